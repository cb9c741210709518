import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { FindingDto } from '@xp/shared';
import { MessagePipe } from '@xp/web/ui';

/** A finding, with the account it is about when several are shown together (`@Kindy:`). */
export type ShownFinding = FindingDto & { handle?: string };

/** The brand charter's findings (blocking or warnings), in the UI language, announced as they change. */
@Component({
  selector: 'xp-findings-list',
  imports: [TranslocoPipe, MessagePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="findings" [attr.id]="listId()" aria-live="polite">
      @for (f of findings(); track $index) {
        <li [class.block]="f.severity === 'block'" data-testid="finding">
          @if (withSeverity()) {
            <strong>{{ (f.severity === 'block' ? 'composer.blocking' : 'composer.warning') | transloco }}</strong>
          }
          {{ f.handle }} {{ f | xpMessage }}
        </li>
      }
    </ul>
  `,
  styles: `
    .findings {
      list-style: none;
      padding: 0;
      margin: 0.35rem 0;
      font-size: 0.88rem;
    }
    .findings li {
      background: var(--warning-bg);
      color: var(--warning-fg);
      padding: 0.3rem 0.6rem;
      border-radius: 6px;
      margin-top: 0.25rem;
    }
    .findings li.block {
      background: var(--danger-bg);
      color: var(--danger-fg);
    }
  `,
})
export class FindingsList {
  readonly findings = input.required<ShownFinding[]>();
  /** Referenced by the field's `aria-describedby`. */
  readonly listId = input<string | null>(null);
  /** "Blocking" / "Warning" before each text. */
  readonly withSeverity = input(true);
}
