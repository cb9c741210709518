import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { AccountDto, BrandDto, CalendarFeedDto, CalendarFeedScopeValue } from '@xp/shared';
import { AccountsApi, BrandsApi, CalendarFeedsApi, toApiError } from '@xp/web/data-access';
import {
  ActionRunner,
  Alert,
  Badge,
  CopyField,
  DataTable,
  Field,
  PageHeader,
  SubmitButton,
  newestFirst,
} from '@xp/web/ui';
import { firstValueFrom } from 'rxjs';
import { ApiErrorAlert, LanguageService } from '@xp/web/common';

/**
 * `/w/:ws/calendar-feeds`: secret iCal URLs of the workspace, a brand or an account calendar, for Outlook or
 * Google Calendar. The URL is shown once, at creation; a feed can be revoked at any time.
 */
@Component({
  selector: 'xp-calendar-feeds-page',
  imports: [TranslocoPipe, ApiErrorAlert, Alert, Badge, CopyField, DataTable, Field, PageHeader, SubmitButton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <xp-page-header [heading]="'feeds.title' | transloco" [lead]="'feeds.subtitle' | transloco" />
    <xp-api-error [error]="action.error()" />

    <section class="card" aria-labelledby="feed-new-title">
      <h2 id="feed-new-title">{{ 'feeds.newTitle' | transloco }}</h2>
      <form class="inline-form" (submit)="create($event)" data-testid="feed-form">
        <xp-field [label]="'feeds.scope' | transloco" for="feed-scope">
          <select #scopeSel id="feed-scope" [value]="scope()" (change)="setScope(scopeSel.value)">
            @for (s of scopes; track s) {
              <option [value]="s">{{ 'feeds.scopes.' + s | transloco }}</option>
            }
          </select>
        </xp-field>
        @if (scope() !== 'workspace') {
          <xp-field [label]="'feeds.target' | transloco" for="feed-target">
            <select #targetSel id="feed-target" [value]="targetId()" (change)="targetId.set(targetSel.value)">
              @for (t of targets(); track t.id) {
                <option [value]="t.id" [selected]="t.id === targetId()">{{ t.label }}</option>
              }
            </select>
          </xp-field>
        }
        <xp-submit-button
          [label]="'feeds.create' | transloco"
          [busy]="action.busy()"
          [disabled]="scope() !== 'workspace' && !targetId()"
        />
      </form>
      @if (created(); as url) {
        <xp-alert kind="success" [heading]="'feeds.createdTitle' | transloco" data-testid="feed-created">
          <p class="small">{{ 'feeds.createdText' | transloco }}</p>
          <xp-copy-field
            inputId="feed-url"
            [label]="'feeds.url' | transloco"
            [hideLabel]="true"
            [value]="url"
            [copyLabel]="'feeds.copy' | transloco"
          />
        </xp-alert>
      }
    </section>

    <section class="card" aria-labelledby="feed-list-title">
      <h2 id="feed-list-title">{{ 'feeds.listTitle' | transloco }}</h2>
      @if (!feeds().length) {
        <p class="muted">{{ loaded() ? ('feeds.empty' | transloco) : ('common.loading' | transloco) }}</p>
      } @else {
        <xp-data-table [columns]="columns" actions testId="feeds-table">
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
                    [disabled]="action.busy()"
                    [attr.aria-label]="'feeds.revokeLabel' | transloco: { target: targetLabel(f) }"
                  >
                    {{ 'feeds.revoke' | transloco }}
                  </button>
                }
              </td>
            </tr>
          }
        </xp-data-table>
      }
    </section>
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
  protected readonly scopes: readonly CalendarFeedScopeValue[] = ['account', 'brand', 'workspace'];
  protected readonly scope = signal<CalendarFeedScopeValue>('account');
  protected readonly targetId = signal('');
  protected readonly created = signal<string | null>(null);
  protected readonly loaded = signal(false);
  protected readonly action = new ActionRunner(toApiError);
  protected readonly columns = ['feeds.scope', 'feeds.target', 'feeds.createdAt', 'feeds.state'];

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
    this.created.set(null);
    const scope = this.scope();
    await this.action.run(async () => {
      const res = await firstValueFrom(
        this.api.create(this.workspaceId(), scope === 'workspace' ? { scope } : { scope, targetId: this.targetId() }),
      );
      this.created.set(res.url);
      this.feeds.update((list) => [res.feed, ...list]);
    });
  }

  protected async revoke(f: CalendarFeedDto): Promise<void> {
    await this.action.run(async () => {
      await firstValueFrom(this.api.revoke(this.workspaceId(), f.id));
      this.feeds.update((list) => list.map((x) => (x.id === f.id ? { ...x, revokedAt: new Date().toISOString() } : x)));
    });
  }

  private async load(ws: string): Promise<void> {
    this.action.error.set(null);
    try {
      const [accounts, feeds] = await Promise.all([
        firstValueFrom(this.accountsApi.list(ws)),
        firstValueFrom(this.api.list(ws)),
      ]);
      this.accounts.set(accounts.items);
      this.feeds.set(newestFirst(feeds.items));
      if (!this.targetId()) this.targetId.set(accounts.items[0]?.id ?? '');
    } catch (e) {
      this.action.error.set(toApiError(e));
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
