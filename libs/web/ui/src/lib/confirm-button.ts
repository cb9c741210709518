import { ChangeDetectionStrategy, Component, input, model, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * A destructive action asked twice: the first button opens "question + confirm + cancel" in place; the confirm
 * button emits `confirmed`. `open` is a model so a page can keep only one question open in a list.
 */
@Component({
  selector: 'xp-confirm-button',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (open()) {
      <span class="confirm" role="group" [attr.aria-label]="question()">
        {{ question() }}
        <button
          [type]="submit() ? 'submit' : 'button'"
          class="btn btn--danger"
          [class.btn--sm]="small()"
          (click)="confirm($event)"
          [disabled]="busy()"
        >
          {{ confirmLabel() || label() }}
        </button>
        <button type="button" class="btn btn--ghost" [class.btn--sm]="small()" (click)="open.set(false)">
          {{ 'common.cancel' | transloco }}
        </button>
      </span>
    } @else {
      <button
        type="button"
        class="btn"
        [class.btn--ghost]="tone() === 'ghost'"
        [class.btn--secondary]="tone() === 'secondary'"
        [class.btn--sm]="small()"
        [attr.aria-label]="ariaLabel() || null"
        [disabled]="disabled()"
        (click)="open.set(true)"
      >
        {{ label() }}
      </button>
    }
  `,
  styles: `
    .confirm {
      display: inline-flex;
      gap: 0.5rem;
      align-items: center;
      flex-wrap: wrap;
      font-size: 0.9rem;
    }
  `,
  imports: [TranslocoPipe],
})
export class ConfirmButton {
  /** The first button's text. */
  readonly label = input.required<string>();
  /** The question shown once the first button is pressed (also the group's accessible name). */
  readonly question = input.required<string>();
  /** The confirm button's text; the first button's when empty. */
  readonly confirmLabel = input<string>('');
  readonly ariaLabel = input<string>('');
  readonly tone = input<'ghost' | 'secondary'>('ghost');
  readonly small = input(true);
  readonly busy = input(false);
  readonly disabled = input(false);
  /** The confirm button submits its form (the form's handler then runs) instead of emitting `confirmed`. */
  readonly submit = input(false);
  readonly open = model(false);
  readonly confirmed = output<void>();

  protected confirm(event: Event): void {
    if (this.submit()) return;
    event.preventDefault();
    this.confirmed.emit();
  }
}
