import { ChangeDetectionStrategy, Component, input, model } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

export interface RadioOption<T extends string = string> {
  value: T;
  /** Translation key of the option's label. */
  label: string;
}

/** A fieldset of radio buttons bound to `value` (two-way): `<xp-radio-group legend="…" name="mode" [options]="…" [(value)]="mode" />`. */
@Component({
  selector: 'xp-radio-group',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset class="choices">
      <legend>{{ legend() }}</legend>
      @for (option of options(); track option.value) {
        <label class="check">
          <input
            type="radio"
            [name]="name()"
            [value]="option.value"
            [checked]="option.value === value()"
            (change)="value.set(option.value)"
          />
          {{ option.label | transloco }}
        </label>
      }
    </fieldset>
  `,
  imports: [TranslocoPipe],
})
export class RadioGroup<T extends string = string> {
  readonly legend = input.required<string>();
  readonly name = input.required<string>();
  readonly options = input.required<readonly RadioOption<T>[]>();
  readonly value = model.required<T>();
}
