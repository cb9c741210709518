import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { Field } from '@xp/web/ui';

/** A field's problem: the screen's own check (a translation key) or the API's words. */
export type FieldProblem = { key: string } | { text: string } | null;

/** A charter limit typed as digits (empty: no limit), with its hint and its problem shown next to it. */
@Component({
  selector: 'xp-charter-number-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <xp-field [label]="label()" [for]="inputId()" [hint]="hint()">
      <input
        #box
        [id]="inputId()"
        type="text"
        inputmode="numeric"
        [attr.aria-describedby]="describedBy()"
        [attr.aria-invalid]="error() ? 'true' : null"
        [value]="value()"
        (input)="changed.emit(box.value)"
      />
      @if (error(); as e) {
        <p class="field-error" [id]="inputId() + '-error'" role="alert">
          {{ 'key' in e ? (e.key | transloco) : e.text }}
        </p>
      }
    </xp-field>
  `,
  imports: [TranslocoPipe, Field],
})
export class CharterNumberField {
  readonly label = input.required<string>();
  readonly inputId = input.required<string>();
  readonly value = input.required<string>();
  readonly error = input<FieldProblem>(null);
  readonly hint = input<string>('');
  readonly changed = output<string>();

  protected readonly describedBy = computed(() =>
    [this.hint() ? `${this.inputId()}-hint` : '', `${this.inputId()}-error`].filter(Boolean).join(' '),
  );
}
