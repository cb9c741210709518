import { inject, Injectable } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { LanguageService } from '@xp/web/core';
import { AccountsApi, MembersApi, PostsApi, SessionStore } from '@xp/web/data-access';

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
}
