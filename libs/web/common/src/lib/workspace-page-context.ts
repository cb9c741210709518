import { inject, Injectable } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import type { AccountDto } from '@xp/shared';
import { LanguageService } from '@xp/web/core';
import { AccountsApi, MembersApi, PostsApi, SessionStore } from '@xp/web/data-access';
import { firstValueFrom, isObservable, type Observable } from 'rxjs';

/**
 * What the workspace pages that show posts (calendar, composer, inbox, post page) all read: the posts, accounts
 * and members clients, the session and the language. One injection instead of the same six in every page.
 */
@Injectable({ providedIn: 'root' })
export class WorkspacePageContext {
  readonly posts = inject(PostsApi);
  readonly accounts = inject(AccountsApi);
  readonly members = inject(MembersApi);
  readonly session = inject(SessionStore);
  readonly transloco = inject(TranslocoService);
  readonly language = inject(LanguageService);

  /**
   * The workspace's accounts and what the page reads beside them, in parallel (a page names each row's account):
   * `const [accounts, offers] = await this.ctx.withAccounts(ws, this.api.list(ws))`. Rejects when either fails.
   */
  async withAccounts<T>(workspaceId: string, other: Observable<T> | Promise<T>): Promise<[AccountDto[], T]> {
    const [accounts, value] = await Promise.all([
      firstValueFrom(this.accounts.list(workspaceId)),
      isObservable(other) ? firstValueFrom(other) : other,
    ]);
    return [accounts.items, value];
  }
}
