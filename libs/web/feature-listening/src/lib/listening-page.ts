import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { AccountDto, BrandDto } from '@xp/shared';
import { ApiErrorAlert, figureFormat, WorkspacePageContext, WorkspaceScoped } from '@xp/web/common';
import { BrandsApi, ListeningApi, toApiError, type ListeningSettingsDto, type MonitorDto } from '@xp/web/data-access';
import { ActionRunner, onChange, PAGE_PIECES } from '@xp/web/ui';
import { firstValueFrom } from 'rxjs';
import type { ListeningRange } from './listening-helpers';
import { LISTENING_REFRESH_MS, MonitorDetail } from './monitor-detail';
import { MonitorForm } from './monitor-form';
import { ListeningCap } from './listening-cap';
import { ShareOfVoice } from './share-of-voice';

/**
 * `/w/:workspaceId/listening`: the workspace's monitors (reads and cost against their budget, paused state, open
 * alerts), the chosen monitor's live volume, posts and alerts, and the share of voice of several monitors. Managers
 * create, edit and delete monitors (listening.manage); every member reads them (listening.read).
 */
@Component({
  selector: 'xp-listening-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './listening-page.html',
  styleUrl: './listening-page.css',
  imports: [TranslocoPipe, ApiErrorAlert, ListeningCap, MonitorDetail, MonitorForm, ShareOfVoice, PAGE_PIECES],
})
export class ListeningPage extends WorkspaceScoped {
  private readonly ctx = inject(WorkspacePageContext);
  private readonly api = inject(ListeningApi);
  private readonly brandsApi = inject(BrandsApi);
  protected readonly lang = this.ctx.language.current;
  protected readonly action = new ActionRunner(toApiError);

  /** The list's column headings (translation keys). */
  protected readonly columns = [
    'listening.name',
    'listening.brand',
    'listening.query',
    'listening.mode',
    'listening.readsToday',
    'listening.cost',
    'listening.state',
  ];
  protected readonly monitors = signal<MonitorDto[]>([]);
  protected readonly brands = signal<BrandDto[]>([]);
  protected readonly accounts = signal<AccountDto[]>([]);
  /** The workspace's monthly cap and spend (read again with the monitors). */
  protected readonly cap = signal<ListeningSettingsDto | null>(null);
  protected readonly selectedId = signal<string | null>(null);
  /** The form: closed, a new monitor, or the monitor being edited. */
  protected readonly editing = signal<'new' | MonitorDto | null>(null);
  protected readonly range = signal<ListeningRange>('24h');
  protected readonly loaded = signal(false);

  protected readonly canManage = computed(() => this.ctx.session.can(this.workspaceId(), 'listening.manage'));
  protected readonly selected = computed(() => this.monitors().find((m) => m.id === this.selectedId()) ?? null);
  protected readonly editedMonitor = computed(() => {
    const e = this.editing();
    return e === 'new' ? null : e;
  });
  protected readonly brandName = (id: string) => this.brands().find((b) => b.id === id)?.name ?? '';

  constructor() {
    super();
    onChange(this.workspaceId, (ws) => {
      this.selectedId.set(null);
      this.editing.set(null);
      void this.loadBrands(ws);
      void this.reload();
    });
    const timer = setInterval(() => void this.reload(true), LISTENING_REFRESH_MS);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }

  private async loadBrands(ws: string): Promise<void> {
    const [brands, accounts] = await Promise.all([
      firstValueFrom(this.brandsApi.list(ws, { limit: 200 })).catch(() => null),
      firstValueFrom(this.ctx.accounts.list(ws)).catch(() => null),
    ]);
    if (ws !== this.workspaceId()) return;
    this.brands.set(brands?.items ?? []);
    this.accounts.set(accounts?.items ?? []);
  }

  protected readonly handle = (id: string | null) => this.accounts().find((a) => a.id === id)?.handle ?? '';

  /** The monitors, each with its count of open alerts (quietly on the periodic refresh: no error banner for a blip). */
  async reload(quiet = false): Promise<void> {
    const ws = this.workspaceId();
    const read = async () => {
      const [page, cap] = await Promise.all([
        firstValueFrom(this.api.list(ws)),
        firstValueFrom(this.api.settings(ws)).catch(() => null),
      ]);
      if (ws !== this.workspaceId()) return;
      this.monitors.set(page.items);
      this.cap.set(cap);
      this.loaded.set(true);
      if (!this.selectedId() && page.items[0]) this.selectedId.set(page.items[0].id);
    };
    if (quiet) await read().catch(() => undefined);
    else await this.action.run(read);
  }

  protected onSaved(m: MonitorDto): void {
    this.editing.set(null);
    this.selectedId.set(m.id);
    void this.reload();
  }

  protected async remove(m: MonitorDto): Promise<void> {
    const ok = await this.action.run(() => firstValueFrom(this.api.remove(this.workspaceId(), m.id)));
    if (!ok) return;
    if (this.selectedId() === m.id) this.selectedId.set(null);
    await this.reload();
  }

  private readonly fmt = computed(() => figureFormat(this.lang()));
  protected readonly money = (usd: number) => this.fmt().money(usd);
  protected readonly count = (n: number) => this.fmt().count(n);
}
