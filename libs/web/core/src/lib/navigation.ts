import type { Router, UrlTree } from '@angular/router';
import type { SessionStore } from '@xp/web/data-access';

/** The first workspace, or the "no workspace" page. */
export function homeUrl(router: Router, session: SessionStore): UrlTree {
  const first = session.workspaces()[0];
  return first ? router.createUrlTree(['/w', first.id]) : router.createUrlTree(['/welcome']);
}

/** Only same-app paths are followed after sign-in (no open redirect). */
export function safeReturnUrl(router: Router, returnUrl: string | null | undefined): UrlTree | null {
  if (!returnUrl || !returnUrl.startsWith('/') || returnUrl.startsWith('//') || returnUrl.startsWith('/login')) {
    return null;
  }
  try {
    return router.parseUrl(returnUrl);
  } catch {
    return null;
  }
}
