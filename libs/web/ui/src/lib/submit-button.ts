import { ChangeDetectionStrategy, Component, booleanAttribute, input } from '@angular/core';

/**
 * The end of a form: the form-level complaint (when `problem` is not empty) and the primary submit button,
 * disabled while `busy`.
 */
@Component({
  selector: 'xp-submit-button',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (problem()) {
      <p class="field-error" role="alert">{{ problem() }}</p>
    }
    <button class="btn btn--primary" [class.btn--block]="block()" type="submit" [disabled]="busy() || disabled()">
      {{ label() }}
    </button>
  `,
})
export class SubmitButton {
  readonly label = input.required<string>();
  readonly busy = input(false);
  readonly disabled = input(false);
  /** Why the form cannot be sent yet (shown above the button as an alert); empty = nothing to say. */
  readonly problem = input<string>('');
  readonly block = input(false, { transform: booleanAttribute });
}
