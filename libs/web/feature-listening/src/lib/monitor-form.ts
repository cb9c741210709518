import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  MONITOR_DAILY_READS_MAX,
  MONITOR_DEFAULT_MIN_VOLUME,
  MONITOR_DEFAULT_SPIKE_FACTOR,
  MONITOR_MODES,
  searchQueryProblem,
  type AccountDto,
  type BrandDto,
  type MonitorMode,
} from '@xp/shared';
import { ApiErrorAlert, WorkspaceScoped } from '@xp/web/common';
import { ListeningApi, toApiError, type ApiError, type MonitorDto } from '@xp/web/data-access';
import { Field, MessagePipe, RadioGroup, SubmitButton, onChange, type RadioOption } from '@xp/web/ui';
import { firstValueFrom } from 'rxjs';
import { parseLanguages, queryProblemMessage } from './listening-helpers';

/**
 * Creates a monitor, or edits one (`monitor` given). The query is checked as it is typed with X's own grammar
 * (searchQueryProblem); a query the server still refuses (MONITOR_QUERY_INVALID) shows its reason and position under
 * the field.
 */
@Component({
  selector: 'xp-monitor-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './monitor-form.html',
  imports: [FormsModule, TranslocoPipe, ApiErrorAlert, Field, MessagePipe, RadioGroup, SubmitButton],
})
export class MonitorForm extends WorkspaceScoped {
  readonly brands = input<readonly BrandDto[]>([]);
  /** The accounts the member sees: the brand's connected ones may receive the posts in their inbox. */
  readonly accounts = input<readonly AccountDto[]>([]);
  readonly monitor = input<MonitorDto | null>(null);
  readonly saved = output<MonitorDto>();
  readonly cancelled = output<void>();

  private readonly api = inject(ListeningApi);
  protected readonly readsMax = MONITOR_DAILY_READS_MAX;
  protected readonly modes: readonly RadioOption<MonitorMode>[] = MONITOR_MODES.map((m) => ({
    value: m,
    label: `listening.modes.${m}`,
  }));

  protected readonly brandId = signal('');
  protected readonly name = signal('');
  protected readonly query = signal('');
  protected readonly languages = signal('fr');
  protected readonly mode = signal<MonitorMode>('volume');
  protected readonly budget = signal(1500);
  protected readonly spikeFactor = signal(MONITOR_DEFAULT_SPIKE_FACTOR);
  protected readonly minVolume = signal(MONITOR_DEFAULT_MIN_VOLUME);
  /** The account whose inbox receives the posts read ('' for none). */
  protected readonly inboxAccountId = signal('');
  protected readonly inboxAccounts = computed(() => {
    const brandId = this.monitor()?.brandId ?? this.brandId();
    return this.accounts().filter((a) => a.brandId === brandId && a.status === 'connected');
  });
  protected readonly saving = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  /** The server's refusal of the query, kept until the query changes. */
  private readonly serverProblem = signal<{ reason: string; position: number; query: string } | null>(null);

  /** The client's pre-check as the query is typed (nothing while it is empty and untouched). */
  protected readonly queryProblem = computed(() => {
    const q = this.query();
    const server = this.serverProblem();
    if (server && server.query === q) return queryProblemMessage(server);
    return q ? queryProblemMessage(searchQueryProblem(q)) : null;
  });
  protected readonly languagesProblem = computed(() =>
    parseLanguages(this.languages()).some((l) => !/^[a-z]{2}$/.test(l)),
  );

  constructor() {
    super();
    onChange(this.monitor, (m) => {
      this.error.set(null);
      this.serverProblem.set(null);
      this.brandId.set(m?.brandId ?? this.brands()[0]?.id ?? '');
      this.name.set(m?.name ?? '');
      this.query.set(m?.query ?? '');
      this.languages.set(m ? m.languages.join(', ') : 'fr');
      this.mode.set(m?.mode ?? 'volume');
      this.budget.set(m?.dailyReadBudget ?? 1500);
      this.spikeFactor.set(m?.spikeFactor ?? MONITOR_DEFAULT_SPIKE_FACTOR);
      this.minVolume.set(m?.minVolume ?? MONITOR_DEFAULT_MIN_VOLUME);
      this.inboxAccountId.set(m?.inboxAccountId ?? '');
    });
    onChange(this.brands, (brands) => {
      if (!this.brandId() && brands[0]) this.brandId.set(brands[0].id);
    });
  }

  protected async save(): Promise<void> {
    if (this.saving() || this.queryProblem() || this.languagesProblem() || !this.name().trim()) return;
    this.saving.set(true);
    this.error.set(null);
    const query = this.query();
    const body = {
      name: this.name().trim(),
      query,
      languages: parseLanguages(this.languages()),
      mode: this.mode(),
      dailyReadBudget: Number(this.budget()),
      spikeFactor: Number(this.spikeFactor()),
      minVolume: Number(this.minVolume()),
      inboxAccountId: this.inboxAccounts().some((a) => a.id === this.inboxAccountId()) ? this.inboxAccountId() : null,
    };
    const m = this.monitor();
    try {
      const saved = await firstValueFrom(
        m
          ? this.api.update(this.workspaceId(), m.id, { ...body, version: m.version })
          : this.api.create(this.workspaceId(), { ...body, brandId: this.brandId() }),
      );
      this.saved.emit(saved);
    } catch (e) {
      const error = toApiError(e);
      const p = error.params as { reason?: unknown; position?: unknown } | undefined;
      if (error.code === 'MONITOR_QUERY_INVALID' && typeof p?.reason === 'string' && typeof p.position === 'number')
        this.serverProblem.set({ reason: p.reason, position: p.position, query });
      else this.error.set(error);
    } finally {
      this.saving.set(false);
    }
  }
}
