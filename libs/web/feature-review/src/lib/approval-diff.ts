import { LucideChartBar, LucideImage } from '@lucide/angular';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { PostDto } from '@xp/shared';
import { segmentDiffs } from './word-diff';

/**
 * What changed in a post since its last approval, segment by segment, word by word: deleted words in `<del>`,
 * inserted ones in `<ins>`, each announced by visually hidden text (screen readers do not announce ins/del).
 * Shows nothing when the post was never approved or its content is the approved one.
 */
@Component({
  selector: 'xp-approval-diff',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (diffs(); as diffs) {
      <section class="diff" [attr.aria-labelledby]="'diff-' + post().id" data-testid="approval-diff">
        <h3 class="diff__title" [id]="'diff-' + post().id">{{ 'inbox.diff.title' | transloco }}</h3>
        <p class="small muted">{{ 'inbox.diff.legend' | transloco }}</p>
        <ol class="diff__segments">
          @for (d of diffs; track d.index) {
            <li [attr.data-segment]="d.index" [attr.data-state]="d.state">
              <p class="diff__label">
                <strong>{{ 'inbox.diff.segment' | transloco: { n: d.index + 1 } }}</strong>
                @switch (d.state) {
                  @case ('same') {
                    <span class="muted"> — {{ 'inbox.diff.unchanged' | transloco }}</span>
                  }
                  @case ('added') {
                    <span class="tag tag--ins"> {{ 'inbox.diff.added' | transloco }}</span>
                  }
                  @case ('removed') {
                    <span class="tag tag--del"> {{ 'inbox.diff.removed' | transloco }}</span>
                  }
                }
              </p>
              @if (d.state !== 'same') {
                <p class="diff__text">
                  @for (p of d.parts; track $index) {
                    @switch (p.kind) {
                      @case ('ins') {
                        <span class="visually-hidden">{{ 'inbox.diff.insStart' | transloco }}</span><ins>{{
                          p.text
                        }}</ins
                        ><span class="visually-hidden">{{ 'inbox.diff.end' | transloco }}</span>
                      }
                      @case ('del') {
                        <span class="visually-hidden">{{ 'inbox.diff.delStart' | transloco }}</span><del>{{
                          p.text
                        }}</del
                        ><span class="visually-hidden">{{ 'inbox.diff.end' | transloco }}</span>
                      }
                      @default {
                        <span>{{ p.text }}</span>
                      }
                    }
                  }
                </p>
              }
              @if (d.mediaChanged) {
                <p class="small"><svg lucideImage class="icon"></svg> {{ 'inbox.diff.media' | transloco }}</p>
              }
              @if (d.pollChanged) {
                <p class="small"><svg lucideChartBar class="icon"></svg> {{ 'inbox.diff.poll' | transloco }}</p>
              }
            </li>
          }
        </ol>
      </section>
    }
  `,
  styles: `
    .diff {
      border: 1px solid var(--border);
      border-radius: var(--radius);
      padding: 0.5rem 0.8rem;
      margin: 0.5rem 0;
    }
    .diff__title {
      font-size: 1rem;
      margin: 0 0 0.2rem;
    }
    .diff__segments {
      list-style: none;
      padding: 0;
      margin: 0.4rem 0 0;
    }
    .diff__label {
      margin: 0.4rem 0 0.15rem;
      font-size: 0.88rem;
    }
    .diff__text {
      white-space: pre-wrap;
      margin: 0 0 0.25rem;
    }
    ins,
    del {
      padding: 0 0.12em;
      border-radius: 3px;
    }
    ins {
      background: var(--success-bg);
      color: var(--success-fg);
      text-decoration: underline;
      text-decoration-thickness: 2px;
    }
    del {
      background: var(--danger-bg);
      color: var(--danger-fg);
      text-decoration: line-through;
    }
    .tag {
      font-size: 0.8rem;
      font-weight: 600;
      padding: 0 0.35rem;
      border-radius: 4px;
    }
    .tag--ins {
      background: var(--success-bg);
      color: var(--success-fg);
    }
    .tag--del {
      background: var(--danger-bg);
      color: var(--danger-fg);
    }
  `,
  imports: [TranslocoPipe, LucideChartBar, LucideImage],
})
export class ApprovalDiff {
  readonly post = input.required<PostDto>();

  protected readonly diffs = computed(() => {
    const post = this.post();
    return post.lastApprovedSegments ? segmentDiffs(post.lastApprovedSegments, post.segments) : null;
  });
}
