import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

/** A report's "export as CSV" button: `label` is a translation key; `export` asks the report for its file. */
@Component({
  selector: 'xp-csv-button',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      type="button"
      class="btn btn--secondary btn--sm"
      [attr.data-testid]="testId()"
      [disabled]="disabled()"
      (click)="export.emit()"
    >
      {{ label() | transloco }}
    </button>
  `,
  imports: [TranslocoPipe],
})
export class CsvButton {
  readonly label = input.required<string>();
  readonly testId = input.required<string>();
  readonly disabled = input(false);
  readonly export = output<void>();
}
