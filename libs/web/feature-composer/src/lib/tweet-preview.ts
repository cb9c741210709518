import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { AccountDto } from '@xp/shared';
import { MediaLightbox, PlaySign, type LightboxItem } from '@xp/web/common';
import { linkCard } from './link-card';
import { LONG_LIMIT, SHORT_LIMIT, textPastLimit, type SegmentDraft } from './segments';

/**
 * How the thread will look on X for one account: the text (the part past the account's limit highlighted), the
 * images (opening the lightbox) and video posters, the poll, and the card of a link when the post has no media.
 */
@Component({
  selector: 'xp-tweet-preview',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './tweet-preview.html',
  styleUrl: './tweet-preview.css',
  host: { '[attr.data-testid]': "'preview-' + account().handle" },
  imports: [TranslocoPipe, MediaLightbox, PlaySign],
})
export class TweetPreview {
  readonly account = input.required<AccountDto>();
  readonly segments = input.required<SegmentDraft[]>();
  readonly color = input<string | undefined>();

  protected readonly posts = computed(() => {
    const limit = this.account().longPosts ? LONG_LIMIT : SHORT_LIMIT;
    return this.segments().map((seg) => ({
      seg,
      text: textPastLimit(seg.text, limit),
      card: seg.media.length || seg.poll ? null : linkCard(seg.text),
    }));
  });

  /** The media of the segment the lightbox shows, and which one (null: closed). */
  protected readonly shown = signal<LightboxItem[]>([]);
  protected readonly open = signal<number | null>(null);
  /** Saved media that an image element could not draw: videos (their first frame is the poster). */
  protected readonly videos = signal<ReadonlySet<number>>(new Set());

  protected isVideo(m: SegmentDraft['media'][number]): boolean {
    return m.video || this.videos().has(m.key);
  }

  protected asVideo(key: number): void {
    this.videos.update((s) => new Set([...s, key]));
  }

  protected openMedia(seg: SegmentDraft, key: number): void {
    const items = seg.media.filter((m) => m.previewUrl);
    this.shown.set(items.map((m) => ({ url: m.previewUrl ?? '', alt: m.altText, video: this.isVideo(m) })));
    this.open.set(
      Math.max(
        0,
        items.findIndex((m) => m.key === key),
      ),
    );
  }
}
