import {
  checkCharter,
  contentHash,
  mergeCharter,
  postApprovalPolicy,
  type ApprovalPolicy,
  type Charter,
  type Finding,
  type PostKind,
} from '@xp/server/domain';
import type { HoldCoverage } from '@xp/shared';
import { AccountRepository, type AccountRecord } from '../accounts/account.ports';
import { Clock } from '../ports';
import { checkKind, isHeld, measure, type PostView } from './post-content';
import { CharterRepository, PostRepository, type PostRecord, type PostSegment } from './post.ports';

/** The content a charter check reads. */
export interface CharterSubject {
  id: string | null;
  kind: PostKind;
  segments: PostSegment[];
  tags: string[];
  scheduledAt: Date | null;
}

/** How a post is shown: measured segments, hold, approvals, charter findings and the reviewer's diff. */
export class PostViews {
  constructor(
    private readonly posts: PostRepository,
    private readonly accounts: AccountRepository,
    private readonly charters: CharterRepository,
    private readonly clock: Clock,
  ) {}

  /** The charter findings of a post's content, against the account's recent and neighbouring posts. */
  async findings(workspaceId: string, account: AccountRecord, post: CharterSubject): Promise<Finding[]> {
    const charter = await this.charterFor(workspaceId, account.brandId);
    const siblings = (await this.accounts.list(workspaceId, null))
      .filter((a) => a.brandId === account.brandId && a.id !== account.id)
      .map((a) => a.id);
    const recent = await this.posts.recent(workspaceId, [account.id, ...siblings], 50);
    // An undated post (the composer's live check before a date is picked) is placed at the moment of the check, so
    // the self-promotion ratio still counts it among the account's posts around now.
    const around = post.scheduledAt ?? this.clock.now();
    const neighbours = await this.posts.neighbours(workspaceId, account.id, around, 10);
    return checkCharter(
      {
        postId: post.id,
        accountId: account.id,
        kind: post.kind,
        segments: post.segments,
        tags: post.tags,
        scheduledAt: around,
      },
      charter,
      {
        siblingAccountIds: siblings,
        recentPosts: recent.filter((r) => r.id !== post.id),
        accountPosts: neighbours
          .filter((n) => n.id !== post.id && (n.scheduledAt ?? n.publishedAt))
          .map((n) => ({ id: n.id, at: (n.scheduledAt ?? n.publishedAt)!, tags: n.tags, segments: n.segments })),
      },
    );
  }

  async charterFor(workspaceId: string, brandId: string): Promise<Charter> {
    const stored = await this.charters.get(workspaceId, brandId);
    return mergeCharter(stored?.config);
  }

  /** The approval policy of a post of this kind on this account (replies follow the account's reply policy). */
  policyOf(account: AccountRecord, kind: PostKind): ApprovalPolicy {
    return postApprovalPolicy(account, kind);
  }

  /** A new kind for a saved post: a reply stays a reply, and no other post becomes one. */
  kindChange(post: PostRecord, kind: PostKind): PostKind {
    return checkKind({ kind, inReplyToTweetId: post.inReplyToTweetId ?? undefined });
  }

  /** The full view of one post (the post page, the answer of every write). */
  async view(post: PostRecord): Promise<PostView> {
    const account = await this.accounts.find(post.workspaceId, post.accountId);
    const approvals = await this.posts.approvals(post.workspaceId, post.id);
    const holds = await this.posts.activeHolds(post.workspaceId);
    const findings = account ? await this.findings(post.workspaceId, account, subjectOf(post)) : [];
    return {
      post,
      segments: measure(post.segments, account ?? undefined),
      held: account ? isHeld(holds, account, post.status) : false,
      approvals: approvals.map((a) => ({ ...a, current: a.contentHash === post.contentHash })),
      approvalsRequired: account ? postApprovalPolicy(account, post.kind).requiredApprovals : 1,
      findings,
      lastApprovedSegments: await this.changedSinceApproval(post),
    };
  }

  private async changedSinceApproval(post: PostRecord): Promise<PostSegment[] | null> {
    const last = await this.posts.lastApprovedSegments(post.workspaceId, post.id);
    return last && contentHash(last) !== post.contentHash ? last : null;
  }
}

/** The calendar's view: no charter run per post (the composer and the post page show findings). */
export function lightView(
  post: PostRecord,
  account: AccountRecord | undefined,
  holds: readonly HoldCoverage[],
): PostView {
  return {
    post,
    segments: measure(post.segments, account),
    held: account ? isHeld(holds, account, post.status) : false,
    approvals: [],
    approvalsRequired: account ? postApprovalPolicy(account, post.kind).requiredApprovals : 1,
    findings: [],
    lastApprovedSegments: null,
  };
}

/** What the charter reads of a saved post. */
export function subjectOf(post: Pick<PostRecord, 'id' | 'kind' | 'segments' | 'tags' | 'scheduledAt'>): CharterSubject {
  return { id: post.id, kind: post.kind, segments: post.segments, tags: post.tags, scheduledAt: post.scheduledAt };
}
