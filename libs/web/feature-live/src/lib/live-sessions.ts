import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { AccountDto, LiveSessionDto } from '@xp/shared';
import { LanguageService, WorkspaceScoped } from '@xp/web/common';
import { Badge } from '@xp/web/ui';
import { accountHandle, accountZone, formatWhen, isOnAir } from './live-format';

/** The workspace's live sessions, newest first, each a link to its page. */
@Component({
  selector: 'xp-live-sessions',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card" aria-labelledby="live-list-title">
      <h2 id="live-list-title">{{ 'live.sessions' | transloco }}</h2>
      @if (!sessions().length) {
        <p class="muted">{{ loaded() ? ('live.noSessions' | transloco) : ('common.loading' | transloco) }}</p>
      } @else {
        <ul class="sessions" data-testid="live-sessions">
          @for (s of sessions(); track s.id) {
            <li>
              <a
                [routerLink]="['/w', workspaceId(), 'live']"
                [queryParams]="{ session: s.id }"
                [attr.aria-current]="s.id === currentId() ? 'true' : null"
                >{{ s.title }}</a
              >
              <span class="muted small"
                >&#64;{{ handle(s.accountId) }} · {{ when(s.startsAt, s.accountId) }} →
                {{ when(s.endsAt, s.accountId) }}</span
              >
              @if (isActive(s)) {
                <xp-badge tone="success">{{ 'live.onAir' | transloco }}</xp-badge>
              } @else {
                <xp-badge tone="neutral">{{ 'live.ended' | transloco }}</xp-badge>
              }
            </li>
          }
        </ul>
      }
    </section>
  `,
  styles: `
    .sessions {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .sessions li {
      display: flex;
      gap: 0.75rem;
      align-items: center;
      flex-wrap: wrap;
      padding: 0.4rem 0;
      border-bottom: 1px solid var(--border);
    }
    .sessions a[aria-current='true'] {
      font-weight: 700;
    }
  `,
  imports: [RouterLink, TranslocoPipe, Badge],
})
export class LiveSessions extends WorkspaceScoped {
  readonly sessions = input.required<LiveSessionDto[]>();
  readonly accounts = input.required<AccountDto[]>();
  readonly currentId = input<string | null>(null);
  readonly loaded = input(false);
  /** Milliseconds since the epoch, ticking, so a session goes off air without a reload. */
  readonly now = input.required<number>();

  private readonly lang = inject(LanguageService).current;

  protected isActive(s: LiveSessionDto): boolean {
    return isOnAir(s, this.now());
  }

  protected handle(accountId: string): string {
    return accountHandle(this.accounts(), accountId);
  }

  protected when(iso: string | null, accountId: string): string {
    return formatWhen(this.lang(), accountZone(this.accounts(), accountId), iso);
  }
}
