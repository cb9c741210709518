import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';

/** Copies `text` to the clipboard and says so for two seconds. */
@Component({
  selector: 'xp-copy-button',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button type="button" class="btn btn--secondary" (click)="copy()" [attr.aria-label]="ariaLabel() || null">
      {{ copied() ? copiedLabel() : label() }}
    </button>
    <span class="visually-hidden" aria-live="polite">{{ copied() ? copiedLabel() : '' }}</span>
  `,
})
export class CopyButton {
  readonly text = input.required<string>();
  readonly label = input<string>('Copy');
  readonly copiedLabel = input<string>('Copied');
  readonly ariaLabel = input<string>('');
  readonly copiedText = output<string>();

  protected readonly copied = signal(false);
  private timer: ReturnType<typeof setTimeout> | undefined;

  protected async copy(): Promise<void> {
    const value = this.text();
    try {
      await navigator.clipboard.writeText(value);
    } catch {
      this.fallbackCopy(value);
    }
    this.copied.set(true);
    this.copiedText.emit(value);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.copied.set(false), 2000);
  }

  private fallbackCopy(value: string): void {
    const area = document.createElement('textarea');
    area.value = value;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    try {
      document.execCommand('copy');
    } finally {
      area.remove();
    }
  }
}
