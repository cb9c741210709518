import { LucideImage } from '@lucide/angular';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { AccountDto } from '@xp/shared';
import type { SegmentDraft } from './segments';

/** How the thread will look on X for one account. */
@Component({
  selector: 'xp-tweet-preview',
  imports: [TranslocoPipe, LucideImage],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[attr.data-testid]': "'preview-' + account().handle" },
  template: `
    <article class="tweet-card">
      @for (seg of segments(); track seg.key; let last = $last) {
        <div class="tweet" [class.tweet--thread]="!last">
          <span class="avatar" [style.background]="color()" aria-hidden="true">{{ account().name.slice(0, 1) }}</span>
          <div class="tweet__body">
            <p class="tweet__who">
              <strong>{{ account().name }}</strong> <span class="muted">&#64;{{ account().handle }}</span>
            </p>
            <p class="tweet__text">{{ seg.text || ('composer.emptyPreview' | transloco) }}</p>
            @if (seg.media.length) {
              <div class="tweet__media">
                @for (m of seg.media; track m.key) {
                  @if (m.previewUrl) {
                    <img [src]="m.previewUrl" [alt]="m.altText" />
                  } @else {
                    <span class="media__ph"><svg lucideImage class="icon"></svg></span>
                  }
                }
              </div>
            }
            @if (seg.poll) {
              <ul class="tweet__poll">
                @for (o of seg.poll.options; track $index) {
                  <li>{{ o || '…' }}</li>
                }
              </ul>
            }
          </div>
        </div>
      }
    </article>
  `,
  styleUrl: './tweet-preview.css',
})
export class TweetPreview {
  readonly account = input.required<AccountDto>();
  readonly segments = input.required<SegmentDraft[]>();
  readonly color = input<string | undefined>();
}
