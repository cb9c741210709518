import { LucidePencil } from '@lucide/angular';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { ComposerDraft } from './composer-draft';
import { SHARED_TAB } from './segments';

/** The accounts to post on, and with several of them, one tab per account for a text of its own. */
@Component({
  selector: 'xp-account-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset class="card accounts" [disabled]="locked()">
      <legend class="h3">{{ 'composer.accounts' | transloco }}</legend>
      @if (!draft.accounts().length && loaded()) {
        <p class="muted">{{ 'composer.noAccounts' | transloco }}</p>
      }
      <div class="chips">
        @for (a of draft.accounts(); track a.id) {
          <label class="chip" [style.--c]="draft.colors().get(a.id)" [class.chip--on]="draft.selected().includes(a.id)">
            <input type="checkbox" [checked]="draft.selected().includes(a.id)" (change)="draft.toggleAccount(a.id)" />
            &#64;{{ a.handle }}
          </label>
        }
      </div>
    </fieldset>

    @if (draft.selectedAccounts().length > 1) {
      <div class="tabs" role="tablist" [attr.aria-label]="'composer.variants' | transloco">
        @for (t of tabs(); track t.id) {
          <button
            type="button"
            role="tab"
            class="tab"
            [attr.aria-selected]="draft.tab() === t.id"
            (click)="openTab(t.id)"
          >
            @if (t.handle) {
              &#64;{{ t.handle }}
              @if (draft.overrides()[t.id]) {
                <svg lucidePencil class="icon"></svg>
              }
            } @else {
              {{ 'composer.sharedText' | transloco }}
            }
          </button>
        }
      </div>
      @if (draft.tab() !== sharedTab) {
        <p class="muted small">
          {{ 'composer.variantText' | transloco }}
          <button type="button" class="btn btn--ghost btn--sm" (click)="draft.dropVariant(draft.tab())">
            {{ 'composer.useShared' | transloco }}
          </button>
        </p>
      }
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .accounts {
      border: 1px solid var(--border);
    }
    .chips {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .chip {
      display: inline-flex;
      align-items: center;
      gap: 0.4rem;
      border: 2px solid var(--c);
      border-radius: 999px;
      padding: 0.3rem 0.8rem;
      cursor: pointer;
    }
    .chip--on {
      background: color-mix(in srgb, var(--c) 14%, white);
    }
    .tabs {
      display: flex;
      gap: 0.25rem;
      flex-wrap: wrap;
      margin-bottom: 0.5rem;
    }
    .tab {
      font: inherit;
      border: 1px solid var(--border);
      background: var(--surface);
      border-radius: var(--radius);
      padding: 0.35rem 0.8rem;
      cursor: pointer;
    }
    .tab[aria-selected='true'] {
      background: var(--accent-soft);
      border-color: var(--accent);
      font-weight: 600;
    }
  `,
  imports: [TranslocoPipe, LucidePencil],
})
export class AccountPicker {
  /** Editing a saved post: its account cannot change. */
  readonly locked = input(false);
  readonly loaded = input(false);

  protected readonly draft = inject(ComposerDraft);
  protected readonly sharedTab = SHARED_TAB;

  /** The shared text first, then one tab per selected account. */
  protected readonly tabs = computed(() => [
    { id: SHARED_TAB, handle: null },
    ...this.draft.selectedAccounts().map((a) => ({ id: a.id, handle: a.handle })),
  ]);

  protected openTab(id: string): void {
    if (id === SHARED_TAB) this.draft.tab.set(SHARED_TAB);
    else this.draft.openVariant(id);
  }
}
