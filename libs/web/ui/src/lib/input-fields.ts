import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { FormControl } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { InputField, type InputType } from './input-field';

/** One text input of a form described as data; `label` and `hint` are translation keys. */
export interface InputFieldSpec {
  control: FormControl<string>;
  id: string;
  label: string;
  type?: InputType;
  autocomplete?: string;
  hint?: string;
  required?: boolean;
  placeholder?: string;
  maxlength?: number;
}

/** A column of labelled text inputs described as data (sign-in forms, password change, …). */
@Component({
  selector: 'xp-input-fields',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // The fields are the parent's flex or grid items.
  host: { style: 'display: contents' },
  template: `
    @for (field of fields(); track field.id) {
      <xp-input-field
        [label]="field.label | transloco"
        [inputId]="field.id"
        [type]="field.type ?? 'text'"
        [control]="field.control"
        [autocomplete]="field.autocomplete ?? ''"
        [hint]="field.hint ? (field.hint | transloco) : ''"
        [required]="field.required ?? false"
        [placeholder]="field.placeholder ?? ''"
        [maxlength]="field.maxlength ?? null"
      />
    }
  `,
  imports: [InputField, TranslocoPipe],
})
export class InputFields {
  readonly fields = input.required<readonly InputFieldSpec[]>();
}

/** A required text input (the common case); `more` adds the type, autocomplete, hint, or `required: false`. */
export function textField(
  control: FormControl<string>,
  id: string,
  label: string,
  more: Partial<Omit<InputFieldSpec, 'control' | 'id' | 'label'>> = {},
): InputFieldSpec {
  return { control, id, label, required: true, ...more };
}

/** A required password input; a new password says so to password managers and shows the rules (`hint`). */
export function passwordField(
  control: FormControl<string>,
  id: string,
  label: string,
  autocomplete: 'current-password' | 'new-password',
  hint?: string,
): InputFieldSpec {
  return textField(control, id, label, { type: 'password', autocomplete, ...(hint ? { hint } : {}) });
}
