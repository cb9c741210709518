import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Permission } from '@xp/shared/permissions';
import { InboxCountStore, LiveUpdatesStore, SessionStore } from '@xp/web/data-access';
import { NotificationBell } from './notification-bell';
import { readOnlyNotice } from './read-only-notice';
import { initials, LanguageSwitch } from '@xp/web/ui';
import { filter, map } from 'rxjs';
import { HoldBanner, LanguageService } from '@xp/web/common';

/** A page of the workspace in the navigation: its path under `/w/:ws`, its label key, who may use it. */
interface NavItem {
  path: string;
  key: string;
  permission?: Permission;
}
const NAV: readonly NavItem[] = [
  { path: '', key: 'home' },
  { path: 'my-work', key: 'myWork' },
  { path: 'compose', key: 'compose', permission: 'posts.write' },
  { path: 'inbox', key: 'inbox' },
  { path: 'conversations', key: 'conversations' },
  { path: 'listening', key: 'listening', permission: 'listening.read' },
  { path: 'analytics', key: 'analytics', permission: 'posts.read' },
  { path: 'accounts', key: 'accounts' },
  { path: 'members', key: 'members' },
  { path: 'job-offers', key: 'jobOffers', permission: 'posts.write' },
  { path: 'import', key: 'import', permission: 'posts.write' },
  { path: 'live', key: 'live', permission: 'posts.write' },
  { path: 'calendar-feeds', key: 'feeds', permission: 'calendar.subscribe' },
  { path: 'outbox', key: 'outbox', permission: 'outbox.read' },
  // Every member may read the charter (it opens read-only without charter.write).
  { path: 'charter', key: 'charter' },
  { path: 'audit', key: 'audit', permission: 'audit.read' },
  { path: 'webhooks', key: 'webhooks', permission: 'webhooks.manage' },
];

/** The signed-in frame: top bar with workspace switcher, navigation, language switch and sign-out. */
@Component({
  selector: 'xp-shell-layout',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './shell-layout.html',
  styleUrl: './shell-layout.css',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, TranslocoPipe, LanguageSwitch, HoldBanner, NotificationBell],
})
export class ShellLayout {
  protected readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageService);
  /** The workspace's event stream: the bell, the Validations count, and the pages that update live. */
  protected readonly live = inject(LiveUpdatesStore);
  /** The Conversations count (open conversations of the member's accounts). */
  protected readonly inboxCount = inject(InboxCountStore);
  private readonly router = inject(Router);

  protected readonly loggingOut = signal(false);

  /** Phone: whether the navigation menu is open (closed again by every navigation). */
  protected readonly menuOpen = signal(false);
  private readonly url = toSignal(
    this.router.events.pipe(
      filter((e): e is NavigationEnd => e instanceof NavigationEnd),
      map((e) => {
        this.menuOpen.set(false);
        return e.urlAfterRedirects;
      }),
    ),
    { initialValue: this.router.url },
  );

  /** The workspace id from `/w/:workspaceId/...`. */
  protected readonly workspaceId = computed(() => {
    const match = /^\/w\/([^/?#]+)/.exec(this.url());
    return match?.[1] ? decodeURIComponent(match[1]) : null;
  });
  protected readonly workspace = computed(() => this.session.workspace(this.workspaceId()));
  /** The pages of the workspace this member's role may use (the API's own permission matrix). */
  protected readonly nav = computed(() => {
    const ws = this.workspace()?.id;
    return NAV.filter((item) => !item.permission || this.session.can(ws, item.permission));
  });
  /** One stream for the workspace on screen, while signed in (closed on sign-out and when switching). */
  private readonly listen = effect(() => {
    const ws = this.workspace()?.id;
    const lang = this.language.current();
    if (ws && this.session.signedIn()) this.live.connect(ws, lang);
    else this.live.disconnect();
    this.inboxCount.watch(ws && this.session.signedIn() ? ws : null);
  });
  /** A role that writes no post is told so, with what it can still do (see readOnlyNotice). */
  protected readonly readOnly = computed(() => readOnlyNotice(this.workspace()?.role));
  protected readonly initials = computed(() => initials(this.session.user()?.displayName ?? ''));

  protected switchTo(workspaceId: string): void {
    if (!workspaceId || workspaceId === this.workspaceId()) return;
    // Stay on the same kind of page in the other workspace.
    const rest = /^\/w\/[^/?#]+(\/[^?#]*)?/.exec(this.url())?.[1] ?? '';
    void this.router.navigateByUrl(`/w/${encodeURIComponent(workspaceId)}${rest}`);
  }

  protected chooseLanguage(lang: string): void {
    void this.language.choose(lang);
  }

  protected async logout(): Promise<void> {
    this.loggingOut.set(true);
    try {
      await this.session.logout();
    } catch {
      // Signed out locally anyway.
    } finally {
      this.loggingOut.set(false);
      await this.router.navigateByUrl('/login');
    }
  }
}
