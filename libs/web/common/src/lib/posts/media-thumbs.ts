import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { MediaLightbox, type LightboxItem } from './media-lightbox';
import { PlaySign } from './play-sign';
import { WorkspaceScoped } from '../workspace-scoped';

/** A media of a segment as posts carry it. */
export interface MediaRef {
  id: string;
  altText: string | null;
}

/** The address of a media's bytes (the API checks the reader's right to see it). */
export const mediaContentUrl = (workspaceId: string, id: string): string =>
  `/api/workspaces/${encodeURIComponent(workspaceId)}/media/${encodeURIComponent(id)}/content`;

/**
 * The images (or videos) of a segment as the reviewer will approve them: thumbnails with their alt text, each
 * opening the lightbox (arrows between the segment's media). A file an image element cannot draw (an MP4 video) is
 * shown as a video: its first frame, under a play sign.
 */
@Component({
  selector: 'xp-media-thumbs',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="thumbs" data-testid="media-thumbs">
      @for (m of media(); track m.id; let i = $index) {
        <li>
          <button
            type="button"
            class="open"
            (click)="open.set(i)"
            [attr.aria-label]="'lightbox.open' | transloco: { n: i + 1 }"
            data-testid="media-open"
          >
            @if (videos().has(m.id)) {
              <video class="thumb" [src]="url(m.id)" preload="metadata" muted playsinline></video>
              <xp-play-sign />
            } @else {
              <img class="thumb" [src]="url(m.id)" [alt]="m.altText ?? ''" loading="lazy" (error)="asVideo(m.id)" />
            }
          </button>
          @if (m.altText) {
            <span class="alt">{{ m.altText }}</span>
          }
        </li>
      }
    </ul>
    <xp-media-lightbox [items]="items()" [(index)]="open" />
  `,
  styles: `
    .thumbs {
      list-style: none;
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin: 0.25rem 0 0.5rem;
      padding: 0;
    }
    .thumbs li {
      display: flex;
      flex-direction: column;
      gap: 0.2rem;
      max-width: 10rem;
    }
    .open {
      position: relative;
      padding: 0;
      border: none;
      background: none;
      cursor: zoom-in;
      border-radius: var(--radius);
    }
    .thumb {
      display: block;
      width: 10rem;
      height: 7rem;
      object-fit: cover;
      border-radius: var(--radius);
      border: 1px solid var(--border);
      background: var(--muted-bg);
    }
    .alt {
      font-size: 0.8rem;
      color: var(--muted-fg);
    }
  `,
  imports: [TranslocoPipe, MediaLightbox, PlaySign],
})
export class MediaThumbs extends WorkspaceScoped {
  readonly media = input.required<readonly MediaRef[]>();

  protected readonly videos = signal<ReadonlySet<string>>(new Set());
  /** The media the lightbox shows (null: closed). */
  protected readonly open = signal<number | null>(null);
  protected readonly items = computed<LightboxItem[]>(() =>
    this.media().map((m) => ({ url: this.url(m.id), alt: m.altText ?? '', video: this.videos().has(m.id) })),
  );

  protected url(id: string): string {
    return mediaContentUrl(this.workspaceId(), id);
  }

  protected asVideo(id: string): void {
    this.videos.update((s) => new Set([...s, id]));
  }
}
