import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

/**
 * A labelled form control: `<xp-field label="E-mail" for="login-email"><input id="login-email" …></xp-field>`.
 * The hint, when given, gets the id `<for>-hint` (point the control's aria-describedby at it).
 */
@Component({
  selector: 'xp-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'field' },
  template: `
    <label [for]="controlId()">{{ label() }}</label>
    <ng-content />
    @if (hint()) {
      <small [id]="hintId()" class="hint">{{ hint() }}</small>
    }
  `,
})
export class Field {
  readonly label = input.required<string>();
  /** The id of the projected control (`for` in templates). */
  readonly controlId = input.required<string>({ alias: 'for' });
  readonly hint = input<string>('');

  protected readonly hintId = computed(() => `${this.controlId()}-hint`);
}
