import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** A small pill, coloured by `tone`. */
@Component({
  selector: 'xp-badge',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="badge" [attr.data-tone]="tone()"><ng-content /></span>`,
  styles: `
    .badge {
      display: inline-block;
      padding: 0.1rem 0.55rem;
      border-radius: 999px;
      font-size: 0.78rem;
      font-weight: 600;
      background: var(--muted-bg);
      color: var(--muted-fg);
      white-space: nowrap;
    }
    .badge[data-tone='accent'] {
      background: var(--accent-soft);
      color: var(--accent-strong);
    }
    .badge[data-tone='success'] {
      background: var(--success-bg);
      color: var(--success-fg);
    }
    .badge[data-tone='warning'] {
      background: var(--warning-bg);
      color: var(--warning-fg);
    }
    .badge[data-tone='danger'] {
      background: var(--danger-bg);
      color: var(--danger-fg);
    }
  `,
})
export class Badge {
  readonly tone = input<'neutral' | 'accent' | 'success' | 'warning' | 'danger'>('neutral');
}
