import { LucideCheck } from '@lucide/angular';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { AccountDto } from '@xp/shared';
import { LanguageService, weekdayLabel } from '@xp/web/common';
import { Badge, initials } from '@xp/web/ui';

/** Avatar, name, handle and connection status of an X account (laid out by the parent's flex row). */
@Component({
  selector: 'xp-account-identity',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { style: 'display: contents' },
  template: `
    @let a = account();
    @if (a.avatarUrl && !avatarBroken()) {
      <img class="avatar" [src]="a.avatarUrl" alt="" width="44" height="44" (error)="avatarBroken.set(true)" />
    } @else {
      <span class="avatar avatar--initials" aria-hidden="true">{{ initials() }}</span>
    }
    <div class="who">
      <strong>{{ a.name }}</strong>
      <span class="who__handle">&#64;{{ a.handle }}</span>
    </div>
    <xp-badge [tone]="tone()" data-testid="account-status">{{ 'accounts.status.' + a.status | transloco }}</xp-badge>
  `,
  styles: `
    .avatar {
      width: 44px;
      height: 44px;
      border-radius: 50%;
      object-fit: cover;
      flex: none;
    }
    .avatar--initials {
      display: inline-grid;
      place-items: center;
      background: var(--brand-color);
      color: #fff;
      font-weight: 700;
    }
    .who {
      display: flex;
      flex-direction: column;
      min-width: 10rem;
    }
    .who__handle {
      color: var(--muted-fg);
      font-size: 0.9rem;
    }
  `,
  imports: [TranslocoPipe, Badge],
})
export class AccountIdentity {
  readonly account = input.required<AccountDto>();

  protected readonly avatarBroken = signal(false);
  protected readonly initials = computed(() => {
    const a = this.account();
    return initials(a.name || a.handle);
  });
  protected readonly tone = computed(() => {
    const status = this.account().status;
    return status === 'connected' ? 'success' : status === 'needs_reauth' ? 'warning' : 'danger';
  });
}

/** An account's settings at a glance: timezone, approval policy, posting slots, rate-limit tier, long posts. */
@Component({
  selector: 'xp-account-facts',
  imports: [TranslocoPipe, LucideCheck],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let a = account();
    <dl class="facts">
      <div>
        <dt>{{ 'fields.timezone' | transloco }}</dt>
        <dd data-testid="account-timezone">{{ a.timezone }}</dd>
      </div>
      <div>
        <dt>{{ 'fields.approvalPolicy' | transloco }}</dt>
        <dd>{{ policy() }}</dd>
      </div>
      <div>
        <dt>{{ 'fields.postingSlots' | transloco }}</dt>
        <dd>{{ slots() || ('accounts.noSlotsShort' | transloco) }}</dd>
      </div>
      <div>
        <dt>{{ 'fields.rateLimitTier' | transloco }}</dt>
        <dd>{{ 'accounts.tiers.' + a.rateLimitTier | transloco }}</dd>
      </div>
      @if (a.longPosts) {
        <div>
          <dt>{{ 'accounts.longPostsShort' | transloco }}</dt>
          <dd><svg lucideCheck class="icon"></svg> {{ 'common.yes' | transloco }}</dd>
        </div>
      }
    </dl>
  `,
  styles: `
    .facts {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 2rem;
      margin: 0.75rem 0 0 calc(44px + 0.75rem);
    }
    .facts div {
      display: flex;
      flex-direction: column;
    }
    .facts dt {
      font-size: 0.75rem;
      text-transform: uppercase;
      letter-spacing: 0.04em;
      color: var(--muted-fg);
      font-weight: 600;
    }
    .facts dd {
      margin: 0;
      font-size: 0.92rem;
    }
    @media (max-width: 640px) {
      .facts {
        margin-left: 0;
      }
    }
  `,
})
export class AccountFacts {
  private readonly transloco = inject(TranslocoService);
  private readonly lang = inject(LanguageService).current;

  readonly account = input.required<AccountDto>();

  /** "1 approval (Owner, Admin)", in the UI language. */
  protected readonly policy = computed(() => {
    const lang = this.lang();
    const t = (key: string): string => this.transloco.translate(key, {}, lang);
    const { requiredApprovals, approverRoles } = this.account().approvalPolicy;
    if (requiredApprovals === 0) return t('accounts.approvals.0');
    const roles = approverRoles.map((r) => t(`roles.${r}`)).join(', ');
    return `${t(`accounts.approvals.${requiredApprovals}`)}${roles ? ` (${roles})` : ''}`;
  });

  /** "Mon 09:00, 12:30 · Tue 09:00", days in order. */
  protected readonly slots = computed(() => {
    const lang = this.lang();
    const byDay = new Map<number, string[]>();
    const sorted = [...this.account().postingSlots].sort(
      (a, b) => a.weekday - b.weekday || a.time.localeCompare(b.time),
    );
    for (const slot of sorted) byDay.set(slot.weekday, [...(byDay.get(slot.weekday) ?? []), slot.time]);
    return [...byDay.entries()]
      .map(([day, times]) => `${weekdayLabel(day, lang, 'short')} ${times.join(', ')}`)
      .join(' · ');
  });
}
