import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';

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
 * opening the full file. A file an image element cannot draw (an MP4 video) is shown as a video.
 */
@Component({
  selector: 'xp-media-thumbs',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="thumbs" data-testid="media-thumbs">
      @for (m of media(); track m.id) {
        <li>
          <a [href]="url(m.id)" target="_blank" rel="noopener">
            @if (videos().has(m.id)) {
              <video class="thumb" [src]="url(m.id)" preload="metadata" muted playsinline></video>
            } @else {
              <img class="thumb" [src]="url(m.id)" [alt]="m.altText ?? ''" loading="lazy" (error)="asVideo(m.id)" />
            }
          </a>
          @if (m.altText) {
            <span class="alt">{{ m.altText }}</span>
          }
        </li>
      }
    </ul>
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
})
export class MediaThumbs {
  readonly workspaceId = input.required<string>();
  readonly media = input.required<readonly MediaRef[]>();
  protected readonly videos = signal<ReadonlySet<string>>(new Set());

  protected url(id: string): string {
    return mediaContentUrl(this.workspaceId(), id);
  }

  protected asVideo(id: string): void {
    this.videos.update((s) => new Set([...s, id]));
  }
}
