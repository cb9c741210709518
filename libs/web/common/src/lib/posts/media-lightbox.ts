import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  input,
  model,
  viewChild,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

/** One picture (or video) the lightbox shows. */
export interface LightboxItem {
  url: string;
  alt: string;
  video: boolean;
}

/**
 * Media at full size, as X opens them: a modal dialog (the platform's `<dialog>`: Esc closes it, the page behind is
 * inert), arrows (buttons or ←/→) between the media of the post, focus back on what opened it when it closes.
 * Open it by setting `index`; it sets `index` back to null when closed.
 */
@Component({
  selector: 'xp-media-lightbox',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './media-lightbox.html',
  styleUrl: './media-lightbox.css',
  imports: [TranslocoPipe],
})
export class MediaLightbox {
  readonly items = input.required<readonly LightboxItem[]>();
  readonly index = model<number | null>(null);

  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('dialog');
  protected readonly current = computed(() => {
    const i = this.index();
    return i === null ? null : (this.items()[i] ?? null);
  });
  private opener: HTMLElement | null = null;
  protected readonly navs = [
    { delta: -1, sign: '‹', cls: 'lightbox__nav lightbox__nav--prev', label: 'lightbox.previous' },
    { delta: 1, sign: '›', cls: 'lightbox__nav lightbox__nav--next', label: 'lightbox.next' },
  ] as const;

  constructor() {
    effect(() => {
      const el = this.dialog().nativeElement;
      const open = this.current() !== null;
      if (open && !el.open) {
        this.opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
        el.showModal();
      } else if (!open && el.open) el.close();
    });
  }

  protected step(delta: number): void {
    const n = this.items().length;
    const i = this.index();
    if (i === null || n < 2) return;
    this.index.set((i + delta + n) % n);
  }

  protected keydown(event: KeyboardEvent): void {
    if (event.key === 'ArrowRight') this.step(1);
    else if (event.key === 'ArrowLeft') this.step(-1);
    else return;
    event.preventDefault();
  }

  /** A click on the backdrop (the dialog itself, outside its content) closes it. */
  protected backdrop(event: MouseEvent): void {
    if (event.target === this.dialog().nativeElement) this.close();
  }

  protected close(): void {
    this.dialog().nativeElement.close();
  }

  /** The dialog closed (Esc, the close button, the backdrop): forget the index, focus what opened it. */
  protected closed(): void {
    this.index.set(null);
    const opener = this.opener;
    this.opener = null;
    if (opener?.isConnected) opener.focus();
  }
}
