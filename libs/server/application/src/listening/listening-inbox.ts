import { Injectable } from '@nestjs/common';
import { AccountRepository, type AccountRecord } from '../accounts/account.ports';
import { InboxIngestService } from '../inbox/inbox-ingest.service';
import type { XInboundPost } from '../inbox/inbox.ports';
import type { MonitorPostWithContext } from './listening.ports';

/** A connected account of the brand: one that may read X for the brand's monitors and receive their posts. */
export const receivesFor = (a: AccountRecord, brandId: string): boolean =>
  a.brandId === brandId && a.status === 'connected';

/**
 * Listening into the inbox: the posts a monitor read, filed in one account's inbox as mentions are (one
 * conversation per X thread, each post once per workspace, the brand's own posts left out), so the team answers
 * them as the brand. The account must be a connected account of the monitor's brand.
 */
@Injectable()
export class ListeningInbox {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly inbox: InboxIngestService,
  ) {}

  /** The account, if it is a connected account of the brand in the workspace. */
  async account(workspaceId: string, brandId: string, accountId: string): Promise<AccountRecord | null> {
    const a = await this.accounts.find(workspaceId, accountId);
    return a && receivesFor(a, brandId) ? a : null;
  }

  /** Files the posts (oldest first, so threads read in order); returns how many landed. */
  async file(account: AccountRecord, posts: MonitorPostWithContext[]): Promise<number> {
    const listened = { ...account, mentionsSinceId: null };
    let filed = 0;
    for (const p of [...posts].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())) {
      if (!p.xContext) continue;
      const post: XInboundPost = {
        id: p.tweetId,
        text: p.text,
        authorUsername: p.authorUsername,
        createdAt: p.createdAt,
        ...p.xContext,
      };
      if (await this.inbox.ingest(listened, post)) filed++;
    }
    return filed;
  }
}
