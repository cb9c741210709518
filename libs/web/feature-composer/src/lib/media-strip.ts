import { LucideImage, LucidePaperclip, LucideX } from '@lucide/angular';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { SegmentPart } from './segment-part';
import { MAX_MEDIA, type MediaItem } from './segments';

/** The media of one segment: previews, alt texts, upload state; files are picked or dropped here. */
@Component({
  selector: 'xp-media-strip',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div
      class="dropzone"
      (dragover)="$event.preventDefault()"
      (drop)="drop($event)"
      [class.dropzone--full]="media().length >= maxMedia"
    >
      @for (m of media(); track m.key; let j = $index) {
        <div class="media">
          @if (m.previewUrl) {
            <img [src]="m.previewUrl" alt="" />
          } @else {
            <span class="media__ph"><svg lucideImage class="icon"></svg></span>
          }
          <div class="media__fields">
            <label [for]="'alt-' + m.key" class="small">{{ 'composer.altText' | transloco: { name: m.name } }}</label>
            <input
              type="text"
              [id]="'alt-' + m.key"
              [value]="m.altText"
              maxlength="1000"
              (change)="draft.setAlt(index(), j, $any($event.target).value)"
            />
            @if (m.uploading) {
              <span class="small muted">{{ 'composer.uploading' | transloco }}</span>
            }
            @if (m.error) {
              <span class="field-error small" role="alert">{{ m.error }}</span>
            }
          </div>
          <button
            type="button"
            class="btn btn--ghost btn--sm"
            (click)="draft.removeMedia(index(), j)"
            [attr.aria-label]="'composer.removeMedia' | transloco: { name: m.name }"
          >
            <svg lucideX class="icon"></svg>
          </button>
        </div>
      }
      @if (media().length < maxMedia) {
        <label class="btn btn--ghost btn--sm file">
          <svg lucidePaperclip class="icon"></svg> {{ 'composer.addMedia' | transloco: { n: index() + 1 } }}
          <input
            type="file"
            accept="image/png,image/jpeg,image/gif,image/webp,video/mp4"
            multiple
            class="visually-hidden"
            (change)="pick($event)"
            [attr.data-testid]="'media-input-' + index()"
          />
        </label>
        <span class="muted small">{{ 'composer.dropHint' | transloco }}</span>
      }
    </div>
  `,
  styles: `
    .dropzone {
      border: 2px dashed var(--border);
      border-radius: var(--radius);
      padding: 0.5rem;
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
      margin-top: 0.5rem;
    }
    .media {
      display: flex;
      gap: 0.5rem;
      align-items: center;
      width: 100%;
    }
    .media img,
    .media__ph {
      width: 56px;
      height: 56px;
      object-fit: cover;
      border-radius: 6px;
      display: inline-grid;
      place-items: center;
      background: var(--muted-bg);
    }
    .media__fields {
      flex: 1;
      display: flex;
      flex-direction: column;
      gap: 0.2rem;
    }
    .file {
      cursor: pointer;
      min-height: 44px;
    }
    /* The file input is visually hidden: its keyboard focus is shown on the button-like label around it. */
    .file:has(input:focus-visible) {
      outline: 3px solid var(--focus);
      outline-offset: 2px;
    }
  `,
  imports: [TranslocoPipe, LucideImage, LucidePaperclip, LucideX],
})
export class MediaStrip extends SegmentPart {
  readonly media = input.required<MediaItem[]>();
  protected readonly maxMedia = MAX_MEDIA;

  protected pick(event: Event): void {
    const input = event.target as HTMLInputElement;
    const files = Array.from(input.files ?? []);
    input.value = '';
    this.draft.addFiles(this.index(), files);
  }

  protected drop(event: DragEvent): void {
    event.preventDefault();
    this.draft.addFiles(this.index(), Array.from(event.dataTransfer?.files ?? []));
  }
}
