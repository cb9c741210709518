import { LucidePause } from '@lucide/angular';
import { ChangeDetectionStrategy, Component, ElementRef, inject, input, signal, viewChild } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ApiError, HoldDto } from '@xp/web/data-access';
import { Alert } from '@xp/web/ui';
import { ApiErrorAlert } from '../components/api-error-alert';
import { HoldsStore } from './holds-store';
import { WorkspaceScoped } from '../workspace-scoped';

/** The crisis button: holds every post of a workspace, a brand or an account at once, with a written reason. */
@Component({
  selector: 'xp-crisis-button',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      type="button"
      class="btn btn--danger"
      [class.btn--sm]="small()"
      (click)="open()"
      data-testid="crisis-button"
      [attr.aria-label]="'holds.buttonLabel' | transloco: { target: targetLabel() }"
    >
      <svg lucidePause class="icon"></svg> {{ 'holds.button' | transloco }}
    </button>
    <dialog
      #dialog
      class="dialog"
      [attr.aria-labelledby]="dialogId + '-title'"
      (close)="closed()"
      data-testid="crisis-dialog"
    >
      <form method="dialog" (submit)="$event.preventDefault(); confirm()">
        <h2 [id]="dialogId + '-title'">{{ 'holds.dialogTitle' | transloco: { target: targetLabel() } }}</h2>
        <p class="muted">{{ 'holds.dialogText.' + scope() | transloco }}</p>
        @if (!store.available()) {
          <xp-alert kind="info" data-testid="holds-unavailable" [message]="'holds.unavailable' | transloco" />
        }
        <xp-api-error [error]="error()" />
        <div class="field">
          <label [for]="dialogId + '-reason'">{{ 'holds.reason' | transloco }}</label>
          <textarea
            [id]="dialogId + '-reason'"
            rows="3"
            required
            maxlength="500"
            #reason
            [value]="reasonText()"
            (input)="reasonText.set(reason.value)"
          ></textarea>
          @if (tried() && !reasonText().trim()) {
            <p class="field-error" role="alert">{{ 'holds.reasonRequired' | transloco }}</p>
          }
        </div>
        <div class="dialog__actions">
          <button type="button" class="btn btn--ghost" (click)="dialog.close()">
            {{ 'common.cancel' | transloco }}
          </button>
          <button type="submit" class="btn btn--danger" [disabled]="busy()">{{ 'holds.confirm' | transloco }}</button>
        </div>
      </form>
    </dialog>
  `,
  imports: [TranslocoPipe, ApiErrorAlert, Alert, LucidePause],
})
export class CrisisButton extends WorkspaceScoped {
  readonly scope = input.required<HoldDto['scope']>();
  readonly targetId = input<string | null>(null);
  readonly targetLabel = input.required<string>();
  readonly small = input(false);

  protected readonly store = inject(HoldsStore);

  private static seq = 0;
  protected readonly dialogId = `crisis-${++CrisisButton.seq}`;
  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('dialog');
  protected readonly reasonText = signal('');
  protected readonly tried = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiError | null>(null);

  protected open(): void {
    this.error.set(null);
    this.tried.set(false);
    this.dialog().nativeElement.showModal();
  }

  protected closed(): void {
    this.busy.set(false);
  }

  protected async confirm(): Promise<void> {
    this.tried.set(true);
    const reason = this.reasonText().trim();
    if (!reason || this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      await this.store.place(
        this.workspaceId(),
        this.scope(),
        this.scope() === 'workspace' ? this.workspaceId() : this.targetId(),
        reason,
      );
      this.reasonText.set('');
      this.dialog().nativeElement.close();
    } catch (e) {
      this.error.set(e as ApiError);
    } finally {
      this.busy.set(false);
    }
  }
}
