import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { computed, effect, input, output, signal, untracked } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { dateToZonedLocal, zonedLocalToDate, type AccountDto, type LiveSessionDto } from '@xp/shared';
import { ApiError, LiveApi, toApiError } from '@xp/web/data-access';
import { ApiErrorAlert, LanguageService, WorkspaceScoped } from '@xp/web/common';
import { DateTimeField } from '@xp/web/ui';
import { firstValueFrom } from 'rxjs';
import { accountZone, windowLabel } from './live-format';

const DURATIONS = [30, 60, 90, 120, 180, 240, 360, 480, 720] as const;

/** A new live session: account, title, start (in the account's timezone), duration, lateness and budget. */
@Component({
  selector: 'xp-live-session-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <xp-api-error [error]="error()" />
    <section class="card" aria-labelledby="live-new-title">
      <h2 id="live-new-title">{{ 'live.newTitle' | transloco }}</h2>
      @if (!accounts().length && loaded()) {
        <p class="muted">{{ 'live.noAccounts' | transloco }}</p>
      } @else {
        <form class="new" [formGroup]="form" (ngSubmit)="create()" data-testid="live-new">
          <div class="field">
            <label for="live-account">{{ 'live.account' | transloco }}</label>
            <select id="live-account" formControlName="accountId">
              @for (a of accounts(); track a.id) {
                <option [value]="a.id">&#64;{{ a.handle }}</option>
              }
            </select>
          </div>
          <div class="field grow">
            <label for="live-title">{{ 'live.sessionTitle' | transloco }}</label>
            <input id="live-title" type="text" formControlName="title" maxlength="200" required />
          </div>
          <div class="field">
            <label for="live-start">{{ 'live.start' | transloco: { tz: formTz() } }}</label>
            <xp-date-time-field inputId="live-start" formControlName="start" required />
          </div>
          <div class="field">
            <label for="live-duration">{{ 'live.duration' | transloco }}</label>
            <select id="live-duration" formControlName="duration">
              @for (d of durations; track d) {
                <option [value]="d">{{ windowLabel(d) }}</option>
              }
            </select>
          </div>
          <div class="field">
            <label for="live-lateness">{{ 'live.maxLateness' | transloco }}</label>
            <input id="live-lateness" type="number" min="1" max="3600" formControlName="maxLateness" />
          </div>
          <div class="field">
            <label for="live-budget">{{ 'live.budgetInput' | transloco }}</label>
            <input
              id="live-budget"
              type="number"
              min="1"
              max="10000"
              formControlName="budget"
              aria-describedby="live-budget-hint"
            />
            <span id="live-budget-hint" class="hint">{{ 'live.budgetHint' | transloco }}</span>
          </div>
          <div class="field end">
            <button type="submit" class="btn btn--primary" [disabled]="busy()">
              {{ 'live.startSession' | transloco }}
            </button>
          </div>
        </form>
      }
    </section>
  `,
  styles: `
    .new {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
      align-items: flex-end;
    }
    .new .grow {
      flex: 1 1 16rem;
    }
    .new input[type='number'] {
      font: inherit;
      border: 1px solid #c5cad6;
      border-radius: var(--radius);
      padding: 0.45rem 0.6rem;
      min-height: 2.5rem;
    }
    .new input[type='number'] {
      width: 7rem;
    }
  `,
  imports: [ReactiveFormsModule, TranslocoPipe, ApiErrorAlert, DateTimeField],
})
export class LiveSessionForm extends WorkspaceScoped {
  readonly accounts = input.required<AccountDto[]>();
  readonly loaded = input(false);
  readonly created = output<LiveSessionDto>();

  private readonly liveApi = inject(LiveApi);
  private readonly transloco = inject(TranslocoService);
  private readonly lang = inject(LanguageService).current;
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly durations = DURATIONS;
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly form = this.fb.group({
    accountId: ['', Validators.required],
    title: ['', [Validators.required, Validators.maxLength(200)]],
    start: ['', Validators.required],
    duration: [120 as number],
    maxLateness: [60 as number, [Validators.min(1), Validators.max(3600)]],
    budget: [null as number | null],
  });
  private readonly formAccountId = signal('');
  protected readonly formTz = computed(() => accountZone(this.accounts(), this.formAccountId()));

  constructor() {
    super();
    this.form.controls.accountId.valueChanges.subscribe((id) => {
      this.formAccountId.set(id);
      this.form.controls.start.setValue(dateToZonedLocal(new Date(), accountZone(this.accounts(), id)));
    });
    // The first account is preselected once the accounts are read.
    effect(() => {
      const first = this.accounts()[0];
      untracked(() => {
        if (first && !this.form.controls.accountId.value) this.form.controls.accountId.setValue(first.id);
      });
    });
  }

  protected windowLabel(minutes: number): string {
    return windowLabel(this.transloco, this.lang(), minutes);
  }

  protected async create(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    const startsAt = zonedLocalToDate(v.start, accountZone(this.accounts(), v.accountId));
    if (!startsAt) return;
    const endsAt = new Date(startsAt.getTime() + Number(v.duration) * 60_000);
    this.busy.set(true);
    this.error.set(null);
    try {
      const created = await firstValueFrom(
        this.liveApi.create(this.workspaceId(), {
          accountId: v.accountId,
          title: v.title.trim(),
          startsAt: startsAt.toISOString(),
          endsAt: endsAt.toISOString(),
          maxLatenessSeconds: Number(v.maxLateness) || 60,
          ...(v.budget ? { budget: Number(v.budget) } : {}),
        }),
      );
      this.created.emit(created);
    } catch (e) {
      this.error.set(toApiError(e));
    } finally {
      this.busy.set(false);
    }
  }
}
