import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Permission } from '@xp/shared/permissions';
import { SessionStore } from '@xp/web/data-access';
import { readOnlyNotice } from './read-only-notice';
import { LanguageSwitch } from '@xp/web/ui';
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
  { path: 'compose', key: 'compose', permission: 'posts.write' },
  { path: 'inbox', key: 'inbox' },
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
  imports: [RouterOutlet, RouterLink, RouterLinkActive, TranslocoPipe, LanguageSwitch, HoldBanner],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="skip-link" href="#main">{{ 'app.skip' | transloco }}</a>
    <header class="topbar">
      <div class="topbar__inner">
        <a class="brand" [routerLink]="workspaceId() ? ['/w', workspaceId()] : ['/']">
          <span class="brand__mark" aria-hidden="true">𝕏</span>
          <span class="brand__name">{{ 'app.name' | transloco }}</span>
        </a>

        @if (session.workspaces().length) {
          <div class="switcher">
            <label class="visually-hidden" for="workspace-switcher">{{ 'shell.workspace' | transloco }}</label>
            <select
              #switcher
              id="workspace-switcher"
              class="switcher__select"
              data-testid="workspace-switcher"
              [value]="workspaceId() ?? ''"
              (change)="switchTo(switcher.value)"
            >
              @if (!workspaceId()) {
                <option value="" disabled>{{ 'shell.chooseWorkspace' | transloco }}</option>
              }
              @for (ws of session.workspaces(); track ws.id) {
                <option [value]="ws.id" [selected]="ws.id === workspaceId()">{{ ws.name }}</option>
              }
            </select>
          </div>
        }

        @if (workspaceId(); as ws) {
          <nav class="nav" [attr.aria-label]="'shell.navLabel' | transloco">
            @for (item of nav(); track item.key) {
              <a
                [routerLink]="item.path ? ['/w', ws, item.path] : ['/w', ws]"
                routerLinkActive="is-active"
                [routerLinkActiveOptions]="{ exact: !item.path }"
                ariaCurrentWhenActive="page"
              >
                {{ 'shell.nav.' + item.key | transloco }}
              </a>
            }
          </nav>
        }

        <div class="topbar__end">
          <xp-language-switch
            [options]="language.options"
            [current]="language.current()"
            [label]="'lang.label' | transloco"
            (changed)="chooseLanguage($event)"
          />
          @if (session.user(); as user) {
            <a
              class="user"
              data-testid="current-user"
              routerLink="/account"
              [title]="user.email"
              [attr.aria-label]="'shell.account' | transloco: { name: user.displayName }"
            >
              <span class="user__avatar" aria-hidden="true">{{ initials() }}</span>
              <span class="user__name">{{ user.displayName }}</span>
            </a>
          }
          <button type="button" class="btn btn--ghost" (click)="logout()" [disabled]="loggingOut()">
            {{ 'shell.logout' | transloco }}
          </button>
        </div>
      </div>
    </header>
    @if (workspaceId(); as ws) {
      <xp-hold-banner [workspaceId]="ws" />
      @if (readOnly(); as r) {
        <p class="role-banner" role="note" data-testid="read-only-banner">
          {{ 'shell.readOnly.' + r | transloco: { role: 'roles.' + (workspace()?.role ?? 'viewer') | transloco } }}
        </p>
      }
    }
    <main id="main" class="page" tabindex="-1">
      <router-outlet />
    </main>
  `,
  styles: `
    :host {
      display: block;
      min-height: 100vh;
    }
    .topbar {
      background: var(--surface);
      border-bottom: 1px solid var(--border);
      position: sticky;
      top: 0;
      z-index: 10;
    }
    .topbar__inner {
      max-width: 80rem;
      margin: 0 auto;
      display: flex;
      align-items: center;
      gap: 0.75rem 1rem;
      padding: 0.6rem 1.25rem;
      flex-wrap: wrap;
    }
    .switcher__select {
      font: inherit;
      font-weight: 600;
      padding: 0.35rem 2rem 0.35rem 0.6rem;
      border-radius: var(--radius);
      border: 1px solid var(--border);
      background-color: var(--surface);
      max-width: 15rem;
    }
    .nav {
      display: flex;
      gap: 0.25rem;
      flex-wrap: wrap;
    }
    .nav a {
      padding: 0.4rem 0.7rem;
      border-radius: var(--radius);
      color: var(--fg);
      text-decoration: none;
      font-weight: 500;
    }
    .nav a:hover {
      background: var(--muted-bg);
    }
    .nav a.is-active {
      background: var(--accent-soft);
      color: var(--accent-strong);
    }
    .topbar__end {
      margin-left: auto;
      display: flex;
      align-items: center;
      gap: 0.75rem;
    }
    .user {
      display: inline-flex;
      align-items: center;
      gap: 0.4rem;
      font-size: 0.9rem;
      color: var(--fg);
      text-decoration: none;
      border-radius: 999px;
      padding-right: 0.4rem;
    }
    .user:hover .user__name {
      text-decoration: underline;
    }
    .user__avatar {
      width: 1.9rem;
      height: 1.9rem;
      border-radius: 50%;
      background: var(--accent);
      color: var(--accent-fg);
      display: inline-grid;
      place-items: center;
      font-size: 0.75rem;
      font-weight: 700;
    }
    .role-banner {
      max-width: 80rem;
      margin: 0.75rem auto 0;
      padding: 0.5rem 1.25rem;
      color: var(--muted-fg, inherit);
      font-size: 0.9rem;
    }
    @media (max-width: 720px) {
      .user__name {
        display: none;
      }
    }
  `,
})
export class ShellLayout {
  protected readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageService);
  private readonly router = inject(Router);

  protected readonly loggingOut = signal(false);

  private readonly url = toSignal(
    this.router.events.pipe(
      filter((e): e is NavigationEnd => e instanceof NavigationEnd),
      map((e) => e.urlAfterRedirects),
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
  /** A role that writes no post is told so, with what it can still do (see readOnlyNotice). */
  protected readonly readOnly = computed(() => readOnlyNotice(this.workspace()?.role));
  protected readonly initials = computed(() => {
    const name = this.session.user()?.displayName ?? '';
    return (
      name
        .split(/\s+/)
        .filter(Boolean)
        .slice(0, 2)
        .map((part) => part[0]?.toUpperCase() ?? '')
        .join('') || '?'
    );
  });

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
