import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { SegmentPart } from './segment-part';
import { textPastLimit } from './segments';

/** Under a segment over X's limit: how much too long, the part past the limit highlighted, "split into a thread". */
@Component({
  selector: 'xp-segment-overflow',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="overflow" [attr.data-testid]="'overflow-' + index()">
      <p class="overflow__note">{{ 'composer.overLimit' | transloco: { n: excess() } }}</p>
      <p class="overflow__text">
        <span class="muted">…{{ parts().within.slice(-40) }}</span
        ><mark class="over" [attr.data-testid]="'over-' + index()">{{ parts().over }}</mark>
      </p>
      <button
        type="button"
        class="btn btn--secondary btn--sm"
        (click)="draft.splitSegment(index())"
        [attr.data-testid]="'split-' + index()"
      >
        {{ 'composer.splitThread' | transloco }}
      </button>
    </div>
  `,
  styles: `
    .overflow {
      margin-top: 0.4rem;
      padding: 0.5rem 0.6rem;
      border-radius: var(--radius);
      border: 1px solid var(--danger);
      display: grid;
      gap: 0.35rem;
      justify-items: start;
    }
    .overflow p {
      margin: 0;
    }
    .overflow__note {
      color: var(--danger);
      font-weight: 600;
      font-size: 0.9rem;
    }
    .overflow__text {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      font-size: 0.9rem;
    }
    mark.over {
      background: color-mix(in srgb, var(--danger) 22%, transparent);
      color: inherit;
      border-radius: 2px;
    }
  `,
  imports: [TranslocoPipe],
})
export class SegmentOverflow extends SegmentPart {
  readonly text = input.required<string>();
  /** Weighted characters past the limit. */
  readonly excess = input.required<number>();

  /** The text up to the limit, and past it (highlighted). */
  protected readonly parts = computed(() => textPastLimit(this.text(), this.draft.limit()));
}
