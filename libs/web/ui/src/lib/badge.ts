import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

export type BadgeTone = 'neutral' | 'accent' | 'success' | 'warning' | 'danger';

/** Each tone's background and text colour: the theme's variables. */
const TONE_COLORS: Record<BadgeTone, { background: string; color: string }> = {
  neutral: { background: 'var(--muted-bg)', color: 'var(--muted-fg)' },
  accent: { background: 'var(--accent-soft)', color: 'var(--accent-strong)' },
  success: { background: 'var(--success-bg)', color: 'var(--success-fg)' },
  warning: { background: 'var(--warning-bg)', color: 'var(--warning-fg)' },
  danger: { background: 'var(--danger-bg)', color: 'var(--danger-fg)' },
};

/** A small pill, coloured by `tone`. */
@Component({
  selector: 'xp-badge',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="badge" [attr.data-tone]="tone()" [style]="colors()"><ng-content /></span>`,
  styles: `
    .badge {
      display: inline-block;
      padding: 0.1rem 0.55rem;
      border-radius: 999px;
      font-size: 0.78rem;
      font-weight: 600;
      white-space: nowrap;
    }
  `,
})
export class Badge {
  readonly tone = input<BadgeTone>('neutral');

  protected readonly colors = computed(() => TONE_COLORS[this.tone()] ?? TONE_COLORS.neutral);
}
