import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Level } from './charter-form';

/** A charter rule's severity: a warning, or a block (the post cannot be approved as is); for a category, also off. */
@Component({
  selector: 'xp-severity-select',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <select #sel [id]="selectId()" [value]="value()" [disabled]="disabled()" (change)="changed.emit(pick(sel.value))">
      @for (s of severities(); track s) {
        <option [value]="s" [selected]="s === value()">{{ 'charter.severities.' + s | transloco }}</option>
      }
    </select>
  `,
  imports: [TranslocoPipe],
})
export class SeveritySelect {
  readonly selectId = input.required<string>();
  readonly value = input.required<Level>();
  readonly disabled = input(false);
  /** Offer "off" (a category that is not checked). */
  readonly withOff = input(false);
  readonly changed = output<Level>();

  protected readonly severities = computed<readonly Level[]>(() =>
    this.withOff() ? ['block', 'warn', 'off'] : ['warn', 'block'],
  );

  protected pick(value: string): Level {
    return value === 'block' ? 'block' : value === 'off' && this.withOff() ? 'off' : 'warn';
  }
}
