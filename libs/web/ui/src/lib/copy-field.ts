import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { CopyButton } from './copy-button';

/** A read-only text (a link, a secret URL) with its label and a copy button; focusing the text selects it. */
@Component({
  selector: 'xp-copy-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <label [for]="inputId()" [class.visually-hidden]="hideLabel()">{{ label() }}</label>
    <div class="copy-row">
      <input
        [id]="inputId()"
        type="text"
        readonly
        [value]="value()"
        [attr.data-testid]="testId() || null"
        (focus)="select($event)"
      />
      <xp-copy-button
        [text]="value()"
        [label]="'common.copy' | transloco"
        [copiedLabel]="'common.copied' | transloco"
        [ariaLabel]="copyLabel()"
      />
    </div>
  `,
  styles: `
    .copy-row {
      display: flex;
      gap: 0.5rem;
      align-items: center;
      margin: 0.25rem 0;
    }
    .copy-row input {
      flex: 1;
      font-family: var(--mono);
      font-size: 0.85rem;
    }
  `,
  imports: [CopyButton, TranslocoPipe],
})
export class CopyField {
  readonly inputId = input.required<string>();
  readonly label = input.required<string>();
  readonly value = input.required<string>();
  /** The copy button's accessible name, e.g. "Copy the invitation link". */
  readonly copyLabel = input<string>('');
  readonly hideLabel = input(false);
  readonly testId = input<string>('');

  protected select(event: FocusEvent): void {
    (event.target as HTMLInputElement | null)?.select();
  }
}
