import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { SessionStore } from '@xp/web/data-access';
import { LanguageService, homeUrl, safeReturnUrl } from '@xp/web/core';

/** Only for signed-in users; others go to the login page and come back afterwards. */
export const authGuard: CanActivateFn = async (_route, state) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  const language = inject(LanguageService);
  const me = await session.ensureLoaded();
  if (me) {
    await language.adoptUserLocale(me.user.locale);
    return true;
  }
  return router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
};

/** Login and register: a signed-in user goes straight to their workspace. */
export const guestGuard: CanActivateFn = async (route) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  const me = await session.ensureLoaded();
  if (!me) return true;
  const returnUrl = route.queryParamMap.get('returnUrl');
  return safeReturnUrl(router, returnUrl) ?? homeUrl(router, session);
};

/**
 * `/w/:workspaceId`: the workspace must be one of the user's; otherwise their first one.
 * Entering a workspace re-reads the session when it is a few seconds old, so a removed membership,
 * a changed role or a newly joined workspace shows at once.
 */
export const workspaceGuard: CanActivateFn = async (route, state) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  const id = route.paramMap.get('workspaceId');
  const me = await session.revalidate(5_000);
  if (!me) return router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
  if (session.workspace(id)) return true;
  return homeUrl(router, session);
};

/** `/`: the first workspace, or the "no workspace" page. */
export const homeRedirectGuard: CanActivateFn = () => homeUrl(inject(Router), inject(SessionStore));

/**
 * The composer (new post, edit): only for roles allowed `posts.write`. Others (a viewer) land on the workspace's
 * calendar, where the read-only notice says what their role may do, instead of filling a form refused at save.
 */
export const postWriterGuard: CanActivateFn = (route) => {
  const session = inject(SessionStore);
  const id = route.pathFromRoot.map((r) => r.paramMap.get('workspaceId')).find((x) => !!x) ?? null;
  if (session.can(id, 'posts.write')) return true;
  return id ? inject(Router).createUrlTree(['/w', id]) : homeUrl(inject(Router), session);
};
