import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * The outcome of a drag-and-drop, where the eye is: a toast at the bottom of the screen (not an alert at the top of
 * the page), with "Undo" which moves the post back.
 */
@Component({
  selector: 'xp-move-toast',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { role: 'status', 'data-testid': 'calendar-notice' },
  template: `
    <span class="msg">{{ message() }}</span>
    @if (canUndo()) {
      <button type="button" class="btn btn--secondary btn--sm" (click)="undo.emit()" [disabled]="busy()">
        {{ 'calendar.undo' | transloco }}
      </button>
    }
    <button type="button" class="close" (click)="dismiss.emit()" [attr.aria-label]="'calendar.dismiss' | transloco">
      ×
    </button>
  `,
  styles: `
    :host {
      position: fixed;
      z-index: 60;
      left: 50%;
      bottom: 1.25rem;
      transform: translateX(-50%);
      display: flex;
      align-items: center;
      gap: 0.75rem;
      max-width: calc(100vw - 2rem);
      padding: 0.65rem 0.9rem;
      border-radius: var(--radius);
      background: #14532d;
      color: #fff;
      box-shadow: 0 10px 30px rgb(0 0 0 / 0.25);
    }
    .close {
      border: none;
      background: none;
      color: inherit;
      font-size: 1.3rem;
      line-height: 1;
      cursor: pointer;
      padding: 0 0.2rem;
    }
  `,
  imports: [TranslocoPipe],
})
export class MoveToast {
  readonly message = input.required<string>();
  readonly canUndo = input(false);
  readonly busy = input(false);
  readonly undo = output<void>();
  readonly dismiss = output<void>();
}
