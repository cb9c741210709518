import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { AccountDto, BrandDto, CalendarFeedDto, CalendarFeedScopeValue } from '@xp/shared';
import { AccountsApi, ApiError, BrandsApi, CalendarFeedsApi, toApiError } from '@xp/web/data-access';
import { Alert, Badge, CopyButton } from '@xp/web/ui';
import { firstValueFrom } from 'rxjs';
import { ApiErrorAlert, LanguageService } from '@xp/web/common';

/**
 * `/w/:ws/calendar-feeds`: secret iCal URLs of the workspace, a brand or an account calendar, for Outlook or
 * Google Calendar. The URL is shown once, at creation; a feed can be revoked at any time.
 */
@Component({
  selector: 'xp-calendar-feeds-page',
  imports: [TranslocoPipe, ApiErrorAlert, Alert, Badge, CopyButton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page-header">
      <div>
        <h1>{{ 'feeds.title' | transloco }}</h1>
        <p class="lead">{{ 'feeds.subtitle' | transloco }}</p>
      </div>
    </div>
    <xp-api-error [error]="error()" />

    <section class="card" aria-labelledby="feed-new-title">
      <h2 id="feed-new-title">{{ 'feeds.newTitle' | transloco }}</h2>
      <form class="row" (submit)="create($event)" data-testid="feed-form">
        <div class="field">
          <label for="feed-scope">{{ 'feeds.scope' | transloco }}</label>
          <select #scopeSel id="feed-scope" [value]="scope()" (change)="setScope(scopeSel.value)">
            <option value="account">{{ 'feeds.scopes.account' | transloco }}</option>
            <option value="brand">{{ 'feeds.scopes.brand' | transloco }}</option>
            <option value="workspace">{{ 'feeds.scopes.workspace' | transloco }}</option>
          </select>
        </div>
        @if (scope() !== 'workspace') {
          <div class="field">
            <label for="feed-target">{{ 'feeds.target' | transloco }}</label>
            <select #targetSel id="feed-target" [value]="targetId()" (change)="targetId.set(targetSel.value)">
              @for (t of targets(); track t.id) {
                <option [value]="t.id" [selected]="t.id === targetId()">{{ t.label }}</option>
              }
            </select>
          </div>
        }
        <div class="field">
          <button
            type="submit"
            class="btn btn--primary"
            [disabled]="busy() || (scope() !== 'workspace' && !targetId())"
          >
            {{ 'feeds.create' | transloco }}
          </button>
        </div>
      </form>
      @if (created(); as url) {
        <xp-alert kind="success" [heading]="'feeds.createdTitle' | transloco" data-testid="feed-created">
          <p class="small">{{ 'feeds.createdText' | transloco }}</p>
          <div class="url">
            <label for="feed-url" class="visually-hidden">{{ 'feeds.url' | transloco }}</label>
            <input id="feed-url" type="text" readonly [value]="url" (focus)="$any($event.target).select()" />
            <xp-copy-button
              [text]="url"
              [label]="'common.copy' | transloco"
              [copiedLabel]="'common.copied' | transloco"
              [ariaLabel]="'feeds.copy' | transloco"
            />
          </div>
        </xp-alert>
      }
    </section>

    <section class="card" aria-labelledby="feed-list-title">
      <h2 id="feed-list-title">{{ 'feeds.listTitle' | transloco }}</h2>
      @if (!feeds().length) {
        <p class="muted">{{ loaded() ? ('feeds.empty' | transloco) : ('common.loading' | transloco) }}</p>
      } @else {
        <div class="table-wrap">
          <table class="table" data-testid="feeds-table">
            <thead>
              <tr>
                <th scope="col">{{ 'feeds.scope' | transloco }}</th>
                <th scope="col">{{ 'feeds.target' | transloco }}</th>
                <th scope="col">{{ 'feeds.createdAt' | transloco }}</th>
                <th scope="col">{{ 'feeds.state' | transloco }}</th>
                <th scope="col">
                  <span class="visually-hidden">{{ 'common.actions' | transloco }}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              @for (f of feeds(); track f.id) {
                <tr [attr.data-feed]="f.id">
                  <td>{{ 'feeds.scopes.' + f.scope | transloco }}</td>
                  <td>{{ targetLabel(f) }}</td>
                  <td>{{ date(f.createdAt) }}</td>
                  <td>
                    @if (f.revokedAt) {
                      <xp-badge tone="neutral">{{ 'feeds.revoked' | transloco }}</xp-badge>
                    } @else {
                      <xp-badge tone="success">{{ 'feeds.active' | transloco }}</xp-badge>
                    }
                  </td>
                  <td>
                    @if (!f.revokedAt) {
                      <button
                        type="button"
                        class="btn btn--secondary btn--sm"
                        (click)="revoke(f)"
                        [disabled]="busy()"
                        [attr.aria-label]="'feeds.revokeLabel' | transloco: { target: targetLabel(f) }"
                      >
                        {{ 'feeds.revoke' | transloco }}
                      </button>
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
    </section>
  `,
  styles: `
    .row {
      display: flex;
      gap: 0 1rem;
      align-items: flex-end;
      flex-wrap: wrap;
    }
    .url {
      display: flex;
      gap: 0.5rem;
      align-items: center;
    }
    .url input {
      font-family: var(--mono);
      font-size: 0.85rem;
    }
  `,
})
export class CalendarFeedsPage {
  private readonly api = inject(CalendarFeedsApi);
  private readonly accountsApi = inject(AccountsApi);
  private readonly brandsApi = inject(BrandsApi);
  private readonly lang = inject(LanguageService).current;

  readonly workspaceId = input.required<string>();

  protected readonly accounts = signal<AccountDto[]>([]);
  protected readonly brands = signal<BrandDto[]>([]);
  protected readonly feeds = signal<CalendarFeedDto[]>([]);
  protected readonly scope = signal<CalendarFeedScopeValue>('account');
  protected readonly targetId = signal('');
  protected readonly created = signal<string | null>(null);
  protected readonly loaded = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiError | null>(null);

  protected readonly targets = computed(() =>
    this.scope() === 'brand'
      ? this.brands().map((b) => ({ id: b.id, label: b.name }))
      : this.accounts().map((a) => ({ id: a.id, label: `@${a.handle}` })),
  );

  constructor() {
    effect(() => {
      const ws = this.workspaceId();
      untracked(() => void this.load(ws));
    });
  }

  protected setScope(value: string): void {
    const scope = value as CalendarFeedScopeValue;
    this.scope.set(scope);
    this.targetId.set(this.targets()[0]?.id ?? '');
  }

  protected targetLabel(f: CalendarFeedDto): string {
    if (f.scope === 'workspace') return '—';
    if (f.scope === 'brand') return this.brands().find((b) => b.id === f.targetId)?.name ?? '…';
    const a = this.accounts().find((x) => x.id === f.targetId);
    return a ? `@${a.handle}` : '…';
  }

  protected date(iso: string): string {
    return new Intl.DateTimeFormat(this.lang(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  }

  protected async create(event: Event): Promise<void> {
    event.preventDefault();
    this.busy.set(true);
    this.error.set(null);
    this.created.set(null);
    try {
      const scope = this.scope();
      const res = await firstValueFrom(
        this.api.create(this.workspaceId(), scope === 'workspace' ? { scope } : { scope, targetId: this.targetId() }),
      );
      this.created.set(res.url);
      this.feeds.update((list) => [res.feed, ...list]);
    } catch (e) {
      this.error.set(toApiError(e));
    } finally {
      this.busy.set(false);
    }
  }

  protected async revoke(f: CalendarFeedDto): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      await firstValueFrom(this.api.revoke(this.workspaceId(), f.id));
      this.feeds.update((list) => list.map((x) => (x.id === f.id ? { ...x, revokedAt: new Date().toISOString() } : x)));
    } catch (e) {
      this.error.set(toApiError(e));
    } finally {
      this.busy.set(false);
    }
  }

  private async load(ws: string): Promise<void> {
    this.error.set(null);
    try {
      const [accounts, feeds] = await Promise.all([
        firstValueFrom(this.accountsApi.list(ws)),
        firstValueFrom(this.api.list(ws)),
      ]);
      this.accounts.set(accounts.items);
      this.feeds.set(
        [...feeds.items].sort((a, b) => new Date(b.createdAt).getTime() - new Date(a.createdAt).getTime()),
      );
      if (!this.targetId()) this.targetId.set(accounts.items[0]?.id ?? '');
    } catch (e) {
      this.error.set(toApiError(e));
    } finally {
      this.loaded.set(true);
    }
    try {
      this.brands.set(await this.brandsApi.listAll(ws));
    } catch {
      // A member limited to some accounts may not list brands: account feeds still work.
    }
  }
}
