import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

/** A column heading: a translation key, or a key with a class (e.g. `num` for right-aligned numbers). */
export type TableColumn = string | { key: string; class: string };

/**
 * A scrollable table with a header row; the page projects the body rows:
 * `<xp-data-table [columns]="['fields.email', 'fields.role']" actions>@for (…) { <tr>…</tr> }</xp-data-table>`.
 * Headings are translation keys; `actions` adds a last, visually hidden "Actions" heading.
 */
@Component({
  selector: 'xp-data-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <!-- Focusable: a keyboard can scroll a table wider than the screen. -->
    <div class="table-wrap" tabindex="0">
      <table class="table" [class]="tableClass()" [attr.data-testid]="testId() || null">
        @if (caption()) {
          <caption class="visually-hidden">
            {{
              caption()
            }}
          </caption>
        }
        <thead>
          <tr>
            @for (column of columns(); track $index) {
              <th scope="col" [class]="classOf(column)">{{ keyOf(column) | transloco }}</th>
            }
            @if (actions()) {
              <th scope="col">
                <span class="visually-hidden">{{ 'common.actions' | transloco }}</span>
              </th>
            }
          </tr>
        </thead>
        <tbody>
          <ng-content />
        </tbody>
      </table>
    </div>
  `,
  styles: `
    th.num {
      text-align: right;
    }
  `,
  imports: [TranslocoPipe],
})
export class DataTable {
  readonly columns = input.required<readonly TableColumn[]>();
  /** Adds an "Actions" column heading (hidden, read by screen readers). */
  readonly actions = input(false, { transform: (v: boolean | '') => v !== false });
  readonly testId = input<string>('');
  readonly caption = input<string>('');
  /** Extra classes on the table element (for page styles such as `report`). */
  readonly tableClass = input<string>('');

  protected keyOf(column: TableColumn): string {
    return typeof column === 'string' ? column : column.key;
  }

  protected classOf(column: TableColumn): string {
    return typeof column === 'string' ? '' : column.class;
  }
}
