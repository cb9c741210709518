import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { FindingDto } from '@xp/shared';
import { MessagePipe } from '@xp/web/ui';

/** A finding, with the account it is about when several are shown together (`@Kindy:`). */
export type ShownFinding = FindingDto & { handle?: string };

/** The brand charter's findings (blocking or warnings) and how to fix each, in the UI language, announced as they change. */
@Component({
  selector: 'xp-findings-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="findings" [attr.id]="listId()" aria-live="polite">
      @for (f of findings(); track $index) {
        <li [class.block]="f.severity === 'block'" data-testid="finding">
          @if (withSeverity()) {
            <strong>{{ (f.severity === 'block' ? 'composer.blocking' : 'composer.warning') | transloco }}</strong>
          }
          @if (f.category) {
            <em class="category" data-testid="finding-category">{{ 'findings.' + f.category | transloco }}</em>
          }
          {{ f.handle }} {{ f | xpMessage }}
          @if (f.hint) {
            <span class="hint" data-testid="finding-hint">{{ f.hint | xpMessage }}</span>
          }
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
    .findings .category {
      font-style: normal;
      font-weight: 600;
      margin-right: 0.25rem;
    }
    .findings .category::after {
      content: ' ·';
    }
    .findings .hint {
      display: block;
      font-size: 0.82rem;
      opacity: 0.9;
      margin-top: 0.15rem;
    }
    .findings li.block {
      background: var(--danger-bg);
      color: var(--danger-fg);
    }
  `,
  imports: [TranslocoPipe, MessagePipe],
})
export class FindingsList {
  readonly findings = input.required<ShownFinding[]>();
  /** Referenced by the field's `aria-describedby`. */
  readonly listId = input<string | null>(null);
  /** "Blocking" / "Warning" before each text. */
  readonly withSeverity = input(true);
}
