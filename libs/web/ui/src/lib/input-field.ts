import { ChangeDetectionStrategy, Component, booleanAttribute, computed, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { DateTimeField } from './date-time/date-time-field';

export type InputType = 'text' | 'email' | 'password' | 'url' | 'date' | 'datetime-local';

/**
 * A labelled text input (`date` and `datetime-local` are the app's own date field, which follows the app's language
 * rather than the browser's) bound to a reactive-forms control, with an optional hint it is described by:
 * `<xp-input-field [label]="…" inputId="login-email" type="email" [control]="form.controls.email" required />`.
 * For selects, checkboxes or anything else, wrap the control in `<xp-field>` instead.
 */
@Component({
  selector: 'xp-input-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'field' },
  template: `
    <label [for]="inputId()">{{ label() }}</label>
    @if (type() === 'date' || type() === 'datetime-local') {
      <xp-date-time-field
        [inputId]="inputId()"
        [mode]="type() === 'date' ? 'date' : 'datetime'"
        [formControl]="control()"
        [required]="required()"
        [describedBy]="hint() ? hintId() : ''"
      />
    } @else {
      <input
        [id]="inputId()"
        [type]="type()"
        [formControl]="control()"
        [attr.autocomplete]="autocomplete() || null"
        [attr.placeholder]="placeholder() || null"
        [attr.maxlength]="maxlength()"
        [attr.required]="required() ? '' : null"
        [attr.aria-describedby]="hint() ? hintId() : null"
      />
    }
    @if (hint()) {
      <small [id]="hintId()" class="hint">{{ hint() }}</small>
    }
  `,
  imports: [ReactiveFormsModule, DateTimeField],
})
export class InputField {
  readonly label = input.required<string>();
  readonly inputId = input.required<string>();
  readonly control = input.required<FormControl<string>>();
  readonly type = input<InputType>('text');
  readonly autocomplete = input<string>('');
  readonly placeholder = input<string>('');
  readonly maxlength = input<number | null>(null);
  readonly required = input(false, { transform: booleanAttribute });
  readonly hint = input<string>('');

  protected readonly hintId = computed(() => `${this.inputId()}-hint`);
}
