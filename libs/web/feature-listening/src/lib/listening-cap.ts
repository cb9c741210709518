import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiErrorAlert, figureFormat, WorkspacePageContext, WorkspaceScoped } from '@xp/web/common';
import { ListeningApi, toApiError, type ListeningSettingsDto } from '@xp/web/data-access';
import { ActionRunner, Field, SubmitButton } from '@xp/web/ui';
import { firstValueFrom } from 'rxjs';

/**
 * The workspace's monthly cap on listening reads and what this month spent (every read is billed by X); owners and
 * admins (`workspace.update`) change it. The pollers stop reading at the cap.
 */
@Component({
  selector: 'xp-listening-cap',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="cap" data-testid="listening-cap" [attr.aria-label]="'listening.capLabel' | transloco">
      <p>
        {{
          'listening.capLine'
            | transloco: { spent: money(settings().spentThisMonthUsd), cap: money(settings().monthlyCapUsd) }
        }}
        @if (settings().isDefault) {
          <span class="muted">{{ 'listening.capDefault' | transloco }}</span>
        }
      </p>
      @if (reached()) {
        <p class="cap__reached" role="status">{{ 'listening.capReached' | transloco }}</p>
      }
      @if (canEdit()) {
        @if (editing()) {
          <form class="cap__form" (ngSubmit)="save()" novalidate>
            <xp-api-error [error]="action.error()" />
            <xp-field [label]="'listening.capLabel' | transloco" for="listening-cap-usd">
              <input
                id="listening-cap-usd"
                name="cap"
                type="number"
                min="0"
                max="1000000"
                step="0.01"
                required
                [ngModel]="value()"
                (ngModelChange)="value.set($event)"
              />
            </xp-field>
            <xp-submit-button [label]="'listening.capSave' | transloco" [busy]="action.busy()" />
            <button type="button" class="btn btn--ghost" (click)="editing.set(false)">
              {{ 'common.cancel' | transloco }}
            </button>
          </form>
        } @else {
          <button type="button" class="btn btn--ghost btn--sm" (click)="edit()">
            {{ 'listening.capEdit' | transloco }}
          </button>
        }
      }
    </section>
  `,
  styles: `
    .cap {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: center;
      margin: 0 0 1rem;
    }
    .cap p {
      margin: 0;
    }
    .cap__reached {
      color: var(--danger);
      font-weight: 600;
    }
    .cap__form {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: flex-end;
    }
  `,
  imports: [FormsModule, TranslocoPipe, ApiErrorAlert, Field, SubmitButton],
})
export class ListeningCap extends WorkspaceScoped {
  readonly settings = input.required<ListeningSettingsDto>();
  readonly changed = output<ListeningSettingsDto>();

  private readonly ctx = inject(WorkspacePageContext);
  private readonly api = inject(ListeningApi);
  protected readonly action = new ActionRunner(toApiError);
  protected readonly editing = signal(false);
  protected readonly value = signal(0);
  protected readonly canEdit = computed(() => this.ctx.session.can(this.workspaceId(), 'workspace.update'));
  protected readonly reached = computed(() => this.settings().spentThisMonthUsd >= this.settings().monthlyCapUsd);

  private readonly fmt = computed(() => figureFormat(this.ctx.language.current()));
  protected readonly money = (usd: number) => this.fmt().money(usd);

  protected edit(): void {
    this.value.set(this.settings().monthlyCapUsd);
    this.editing.set(true);
  }

  protected async save(): Promise<void> {
    const monthlyCapUsd = Number(this.value());
    const ok = await this.action.run(async () =>
      this.changed.emit(await firstValueFrom(this.api.updateSettings(this.workspaceId(), { monthlyCapUsd }))),
    );
    if (ok) this.editing.set(false);
  }
}
