import { LucideArrowDown, LucideArrowUp, LucideChartBar, LucideGripVertical, LucideTrash } from '@lucide/angular';
import { CdkDragHandle } from '@angular/cdk/drag-drop';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { parseTweetText } from '@xp/shared';
import { FindingsList } from '@xp/web/common';
import { SegmentPart } from './segment-part';
import type { SegmentDraft } from './segments';
import { MediaStrip } from './media-strip';
import { PollEditor } from './poll-editor';
import { SegmentOverflow } from './segment-overflow';

/** One post of the thread: its text with the weighted counter, findings, media, poll and moves. */
@Component({
  // The host is the list item the thread's drop list drags (`cdkDrag` is set by the parent).
  selector: 'li[xpSegmentEditor]',
  imports: [
    TranslocoPipe,
    CdkDragHandle,
    FindingsList,
    MediaStrip,
    PollEditor,
    SegmentOverflow,
    LucideArrowDown,
    LucideArrowUp,
    LucideChartBar,
    LucideGripVertical,
    LucideTrash,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'segment', '[attr.data-testid]': "'segment-' + index()" },
  template: `
    <div class="segment__head">
      <span class="drag" cdkDragHandle aria-hidden="true"><svg lucideGripVertical class="icon"></svg></span>
      <label [for]="'seg-' + segment().key">{{
        'composer.segmentLabel' | transloco: { n: index() + 1, total: total() }
      }}</label>
      <span
        class="counter"
        [class.counter--over]="count().over"
        [attr.data-testid]="'counter-' + index()"
        aria-live="polite"
      >
        {{ count().length }} / {{ draft.limit() }}
      </span>
    </div>
    <textarea
      [id]="'seg-' + segment().key"
      rows="4"
      [value]="segment().text"
      (input)="setText($any($event.target).value)"
      [attr.aria-describedby]="'seg-find-' + segment().key"
    ></textarea>
    @if (count().over) {
      <xp-segment-overflow [text]="segment().text" [index]="index()" [excess]="count().length - draft.limit()" />
    }
    <xp-findings-list [findings]="draft.segmentFindings(index())" [listId]="'seg-find-' + segment().key" />
    <xp-media-strip [media]="segment().media" [index]="index()" />
    @if (segment().poll; as poll) {
      <xp-poll-editor [poll]="poll" [index]="index()" [segmentKey]="segment().key" />
    }
    <div class="segment__actions">
      @if (!segment().poll && !segment().media.length) {
        <button type="button" class="btn btn--ghost btn--sm" (click)="addPoll()">
          <svg lucideChartBar class="icon"></svg> {{ 'composer.addPoll' | transloco }}
        </button>
      }
      @for (step of steps; track step.delta) {
        <button
          type="button"
          class="btn btn--ghost btn--sm"
          (click)="draft.move(index(), index() + step.delta)"
          [disabled]="!canMove(step.delta)"
          [attr.aria-label]="step.label | transloco: { n: index() + 1 }"
        >
          @if (step.delta < 0) {
            <svg lucideArrowUp class="icon"></svg>
          } @else {
            <svg lucideArrowDown class="icon"></svg>
          }
        </button>
      }
      @if (total() > 1) {
        <button
          type="button"
          class="btn btn--ghost btn--sm"
          (click)="draft.removeSegment(index())"
          [attr.aria-label]="'composer.removeSegment' | transloco: { n: index() + 1 }"
        >
          <svg lucideTrash class="icon"></svg> {{ 'composer.remove' | transloco }}
        </button>
      }
    </div>
  `,
  styles: `
    :host {
      display: block;
      border: 1px solid var(--border);
      border-radius: var(--radius);
      padding: 0.75rem;
      background: var(--surface);
    }
    .segment__head {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      margin-bottom: 0.35rem;
    }
    .drag {
      cursor: grab;
      color: var(--muted-fg);
    }
    .counter {
      margin-left: auto;
      font-variant-numeric: tabular-nums;
      font-size: 0.85rem;
      color: var(--muted-fg);
    }
    .counter--over {
      color: var(--danger);
      font-weight: 700;
    }
    .segment__actions {
      display: flex;
      gap: 0.35rem;
      justify-content: flex-end;
      margin-top: 0.5rem;
      flex-wrap: wrap;
    }
  `,
})
export class SegmentEditor extends SegmentPart {
  readonly segment = input.required<SegmentDraft>();
  /** How many segments the thread has. */
  readonly total = input.required<number>();

  protected readonly steps = [
    { delta: -1, label: 'composer.moveUp' },
    { delta: 1, label: 'composer.moveDown' },
  ] as const;

  /** X's weighted length (URLs count 23, emoji 2) against the limit of the accounts on screen. */
  protected readonly count = computed(() => {
    const limit = this.draft.limit();
    const parsed = parseTweetText(this.segment().text, { maxWeightedLength: limit });
    return { length: parsed.weightedLength, over: parsed.weightedLength > limit };
  });

  protected canMove(delta: number): boolean {
    const to = this.index() + delta;
    return to >= 0 && to < this.total();
  }

  protected setText(text: string): void {
    this.draft.updateSegment(this.index(), (s) => ({ ...s, text }));
  }

  protected addPoll(): void {
    this.draft.updateSegment(this.index(), (s) => ({ ...s, poll: { options: ['', ''], durationMinutes: 1440 } }));
  }
}
