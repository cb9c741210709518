import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Severity } from './charter-form';

/** A charter rule's severity: a warning, or a block (the post cannot be approved as is). */
@Component({
  selector: 'xp-severity-select',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <select #sel [id]="selectId()" [value]="value()" [disabled]="disabled()" (change)="changed.emit(pick(sel.value))">
      @for (s of severities; track s) {
        <option [value]="s" [selected]="s === value()">{{ 'charter.severities.' + s | transloco }}</option>
      }
    </select>
  `,
})
export class SeveritySelect {
  readonly selectId = input.required<string>();
  readonly value = input.required<Severity>();
  readonly disabled = input(false);
  readonly changed = output<Severity>();
  protected readonly severities: readonly Severity[] = ['warn', 'block'];

  protected pick(value: string): Severity {
    return value === 'block' ? 'block' : 'warn';
  }
}
