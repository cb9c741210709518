import { Routes } from '@angular/router';
import { authGuard, guestGuard, homeRedirectGuard, postWriterGuard, workspaceGuard } from './guards';

/** Every route of the web app. Pages are lazy so the initial bundle stays small. */
export const shellRoutes: Routes = [
  {
    path: 'login',
    canActivate: [guestGuard],
    title: 'login.title',
    data: { mode: 'login' },
    loadComponent: () => import('@xp/web/feature-auth').then((m) => m.SignInPage),
  },
  {
    path: 'register/confirm',
    title: 'confirm.title',
    loadComponent: () => import('@xp/web/feature-auth').then((m) => m.ConfirmRegistrationPage),
  },
  {
    path: 'register',
    canActivate: [guestGuard],
    title: 'register.title',
    data: { mode: 'register' },
    loadComponent: () => import('@xp/web/feature-auth').then((m) => m.SignInPage),
  },
  {
    path: 'invitations/:token',
    title: 'accept.title',
    loadComponent: () => import('@xp/web/feature-auth').then((m) => m.AcceptInvitationPage),
  },
  {
    path: 'accounts/connect-error',
    title: 'connectError.title',
    loadComponent: () => import('@xp/web/feature-auth').then((m) => m.ConnectErrorPage),
  },
  {
    path: '',
    canActivate: [authGuard],
    loadComponent: () => import('./components/shell-layout').then((m) => m.ShellLayout),
    children: [
      { path: '', pathMatch: 'full', canActivate: [homeRedirectGuard], children: [] },
      {
        path: 'welcome',
        title: 'welcome.title',
        loadComponent: () => import('@xp/web/feature-auth').then((m) => m.NoWorkspacePage),
      },
      {
        path: 'account',
        title: 'account.title',
        loadComponent: () => import('@xp/web/feature-settings').then((m) => m.AccountPage),
      },
      {
        path: 'w/:workspaceId',
        canActivate: [workspaceGuard],
        children: [
          {
            path: '',
            pathMatch: 'full',
            title: 'calendar.title',
            loadComponent: () => import('@xp/web/feature-calendar').then((m) => m.CalendarPage),
          },
          {
            path: 'compose',
            canActivate: [postWriterGuard],
            title: 'composer.title',
            loadComponent: () => import('@xp/web/feature-composer').then((m) => m.ComposerPage),
          },
          {
            path: 'my-work',
            title: 'myWork.title',
            loadComponent: () => import('@xp/web/feature-my-work').then((m) => m.MyWorkPage),
          },
          {
            path: 'inbox',
            title: 'inbox.title',
            loadComponent: () => import('@xp/web/feature-review').then((m) => m.InboxPage),
          },
          {
            path: 'conversations',
            title: 'conversations.title',
            loadComponent: () => import('@xp/web/feature-inbox').then((m) => m.ConversationsPage),
          },
          {
            path: 'conversations/:conversationId',
            title: 'conversations.title',
            loadComponent: () => import('@xp/web/feature-inbox').then((m) => m.ConversationsPage),
          },
          {
            path: 'listening',
            title: 'listening.title',
            loadComponent: () => import('@xp/web/feature-listening').then((m) => m.ListeningPage),
          },
          {
            path: 'analytics',
            title: 'analytics.title',
            loadComponent: () => import('@xp/web/feature-analytics').then((m) => m.AnalyticsPage),
          },
          {
            path: 'posts/:postId/edit',
            canActivate: [postWriterGuard],
            title: 'composer.editTitle',
            loadComponent: () => import('@xp/web/feature-composer').then((m) => m.ComposerPage),
          },
          {
            path: 'posts/:postId',
            title: 'post.title',
            loadComponent: () => import('@xp/web/feature-review').then((m) => m.PostPage),
          },
          {
            path: 'accounts',
            title: 'accounts.title',
            loadComponent: () => import('@xp/web/feature-accounts').then((m) => m.AccountsPage),
          },
          {
            path: 'members',
            title: 'members.title',
            loadComponent: () => import('@xp/web/feature-members').then((m) => m.MembersPage),
          },
          {
            path: 'outbox',
            title: 'outbox.title',
            loadComponent: () => import('@xp/web/feature-settings').then((m) => m.OutboxPage),
          },
          {
            path: 'import',
            title: 'import.title',
            loadComponent: () => import('@xp/web/feature-recruiting').then((m) => m.ImportPage),
          },
          {
            path: 'live',
            title: 'live.title',
            loadComponent: () => import('@xp/web/feature-live').then((m) => m.LivePage),
          },
          {
            path: 'job-offers',
            title: 'jobOffers.title',
            loadComponent: () => import('@xp/web/feature-recruiting').then((m) => m.JobOffersPage),
          },
          {
            path: 'audit',
            title: 'audit.title',
            loadComponent: () => import('@xp/web/feature-settings').then((m) => m.AuditPage),
          },
          {
            path: 'webhooks',
            title: 'webhooks.title',
            loadComponent: () => import('@xp/web/feature-settings').then((m) => m.WebhooksPage),
          },
          {
            path: 'charter',
            title: 'charter.title',
            loadComponent: () => import('@xp/web/feature-settings').then((m) => m.CharterPage),
          },
          {
            path: 'calendar-feeds',
            title: 'feeds.title',
            loadComponent: () => import('@xp/web/feature-settings').then((m) => m.CalendarFeedsPage),
          },
        ],
      },
    ],
  },
  {
    path: '**',
    title: 'notFound.title',
    loadComponent: () => import('./pages/not-found-page').then((m) => m.NotFoundPage),
  },
];
