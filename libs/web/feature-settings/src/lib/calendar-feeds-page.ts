import { WorkspacePage } from '@xp/web/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { AccountDto, BrandDto, CalendarFeedDto, CalendarFeedScopeValue } from '@xp/shared';
import { BrandsApi, CalendarFeedsApi } from '@xp/web/data-access';
import { FORM_PIECES, newestFirst, PAGE_PIECES } from '@xp/web/ui';
import { firstValueFrom } from 'rxjs';
import { ApiErrorAlert } from '@xp/web/common';

/**
 * `/w/:ws/calendar-feeds`: secret iCal URLs of the workspace, a brand or an account calendar, for Outlook or
 * Google Calendar. The URL is shown once, at creation; a feed can be revoked at any time.
 */
@Component({
  selector: 'xp-calendar-feeds-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './calendar-feeds-page.html',
  imports: [TranslocoPipe, ApiErrorAlert, FORM_PIECES, PAGE_PIECES],
})
export class CalendarFeedsPage extends WorkspacePage {
  private readonly api = inject(CalendarFeedsApi);
  private readonly brandsApi = inject(BrandsApi);

  protected readonly accounts = signal<AccountDto[]>([]);
  protected readonly brands = signal<BrandDto[]>([]);
  protected readonly feeds = signal<CalendarFeedDto[]>([]);
  protected readonly scopes: readonly CalendarFeedScopeValue[] = ['account', 'brand', 'workspace'];
  protected readonly scope = signal<CalendarFeedScopeValue>('account');
  protected readonly targetId = signal('');
  protected readonly created = signal<string | null>(null);
  protected readonly columns = ['feeds.scope', 'feeds.target', 'feeds.createdAt', 'feeds.state'];

  protected readonly targets = computed(() =>
    this.scope() === 'brand'
      ? this.brands().map((b) => ({ id: b.id, label: b.name }))
      : this.accounts().map((a) => ({ id: a.id, label: `@${a.handle}` })),
  );

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
    return new Intl.DateTimeFormat(this.ctx.language.current(), { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date(iso),
    );
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

  protected async load(ws: string): Promise<void> {
    await this.action.read(async () => {
      const [accounts, feeds] = await this.ctx.withAccounts(ws, this.api.list(ws));
      this.accounts.set(accounts);
      this.feeds.set(newestFirst(feeds.items));
      if (!this.targetId()) this.targetId.set(accounts[0]?.id ?? '');
    });
    this.loaded.set(true);
    try {
      this.brands.set(await this.brandsApi.listAll(ws));
    } catch {
      // A member limited to some accounts may not list brands: account feeds still work.
    }
  }
}
