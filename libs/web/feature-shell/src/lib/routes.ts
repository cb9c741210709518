import { Route, Routes } from '@angular/router';
import { authGuard, guestGuard, homeRedirectGuard, postWriterGuard, workspaceGuard } from './guards';

// The features, each loaded when one of its pages is first opened (the initial bundle stays small).
const auth = () => import('@xp/web/feature-auth');
const settings = () => import('@xp/web/feature-settings');
const composer = () => import('@xp/web/feature-composer');
const review = () => import('@xp/web/feature-review');
const inbox = () => import('@xp/web/feature-inbox');
const recruiting = () => import('@xp/web/feature-recruiting');

/** A lazy page: its path, the translation key of its title, how to load it, and any guard or data. */
function page(path: string, title: string, loadComponent: Route['loadComponent'], more: Route = {}): Route {
  return { path, title, loadComponent, ...more };
}

/** Every route of the web app. */
export const shellRoutes: Routes = [
  page('login', 'login.title', () => auth().then((m) => m.SignInPage), {
    canActivate: [guestGuard],
    data: { mode: 'login' },
  }),
  page('register/confirm', 'confirm.title', () => auth().then((m) => m.ConfirmRegistrationPage)),
  page('register', 'register.title', () => auth().then((m) => m.SignInPage), {
    canActivate: [guestGuard],
    data: { mode: 'register' },
  }),
  page('invitations/:token', 'accept.title', () => auth().then((m) => m.AcceptInvitationPage)),
  page('accounts/connect-error', 'connectError.title', () => auth().then((m) => m.ConnectErrorPage)),
  {
    path: '',
    canActivate: [authGuard],
    loadComponent: () => import('./components/shell-layout').then((m) => m.ShellLayout),
    children: [
      { path: '', pathMatch: 'full', canActivate: [homeRedirectGuard], children: [] },
      page('welcome', 'welcome.title', () => auth().then((m) => m.NoWorkspacePage)),
      page('account', 'account.title', () => settings().then((m) => m.AccountPage)),
      {
        path: 'w/:workspaceId',
        canActivate: [workspaceGuard],
        children: [
          page('', 'calendar.title', () => import('@xp/web/feature-calendar').then((m) => m.CalendarPage), {
            pathMatch: 'full',
          }),
          page('compose', 'composer.title', () => composer().then((m) => m.ComposerPage), {
            canActivate: [postWriterGuard],
          }),
          page('my-work', 'myWork.title', () => import('@xp/web/feature-my-work').then((m) => m.MyWorkPage)),
          page('inbox', 'inbox.title', () => review().then((m) => m.InboxPage)),
          page('conversations', 'conversations.title', () => inbox().then((m) => m.ConversationsPage)),
          page('conversations/:conversationId', 'conversations.title', () => inbox().then((m) => m.ConversationsPage)),
          page('listening', 'listening.title', () => import('@xp/web/feature-listening').then((m) => m.ListeningPage)),
          page('analytics', 'analytics.title', () => import('@xp/web/feature-analytics').then((m) => m.AnalyticsPage)),
          page('posts/:postId/edit', 'composer.editTitle', () => composer().then((m) => m.ComposerPage), {
            canActivate: [postWriterGuard],
          }),
          page('posts/:postId', 'post.title', () => review().then((m) => m.PostPage)),
          page('accounts', 'accounts.title', () => import('@xp/web/feature-accounts').then((m) => m.AccountsPage)),
          page('members', 'members.title', () => import('@xp/web/feature-members').then((m) => m.MembersPage)),
          page('outbox', 'outbox.title', () => settings().then((m) => m.OutboxPage)),
          page('import', 'import.title', () => recruiting().then((m) => m.ImportPage)),
          page('live', 'live.title', () => import('@xp/web/feature-live').then((m) => m.LivePage)),
          page('job-offers', 'jobOffers.title', () => recruiting().then((m) => m.JobOffersPage)),
          page('audit', 'audit.title', () => settings().then((m) => m.AuditPage)),
          page('webhooks', 'webhooks.title', () => settings().then((m) => m.WebhooksPage)),
          page('charter', 'charter.title', () => settings().then((m) => m.CharterPage)),
          page('calendar-feeds', 'feeds.title', () => settings().then((m) => m.CalendarFeedsPage)),
        ],
      },
    ],
  },
  page('**', 'notFound.title', () => import('./pages/not-found-page').then((m) => m.NotFoundPage)),
];
