import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

export interface LanguageOption {
  code: string;
  /** Short text on the button, e.g. "FR". */
  short: string;
  /** Full name for assistive technology, e.g. "Français". */
  name: string;
}

/** A segmented FR/EN switch: one toggle button per language, the current one pressed. */
@Component({
  selector: 'xp-language-switch',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="lang-switch" role="group" [attr.aria-label]="label()" data-testid="language-switch">
      @for (option of options(); track option.code) {
        <button
          type="button"
          class="lang-switch__btn"
          [attr.aria-pressed]="option.code === current()"
          [attr.lang]="option.code"
          [attr.title]="option.name"
          [attr.data-lang]="option.code"
          (click)="changed.emit(option.code)"
        >
          <span aria-hidden="true">{{ option.short }}</span>
          <span class="visually-hidden">{{ option.name }}</span>
        </button>
      }
    </div>
  `,
  styles: `
    .lang-switch {
      display: inline-flex;
      border: 1px solid var(--border);
      border-radius: 999px;
      overflow: hidden;
    }
    .lang-switch__btn {
      border: 0;
      background: transparent;
      color: inherit;
      padding: 0.3rem 0.7rem;
      font: inherit;
      font-size: 0.8rem;
      font-weight: 600;
      cursor: pointer;
    }
    .lang-switch__btn[aria-pressed='true'] {
      background: var(--accent);
      color: var(--accent-fg);
    }
    .lang-switch__btn:focus-visible {
      outline: 2px solid var(--focus);
      outline-offset: -2px;
    }
  `,
})
export class LanguageSwitch {
  readonly options = input.required<readonly LanguageOption[]>();
  readonly current = input.required<string>();
  readonly label = input<string>('Language');
  readonly changed = output<string>();
}
