import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { DateTimeField } from '@xp/web/ui';
import { dateToZonedLocal, POST_KIND_VALUES, type AccountDto } from '@xp/shared';
import { QueueApi, toApiError } from '@xp/web/data-access';
import { firstValueFrom } from 'rxjs';
import { ComposerDraft } from './composer-draft';
import { LanguageService, WorkspaceScoped } from '@xp/web/common';
import { slotNote, type SlotNote } from './slot-note';

/**
 * When each account posts (its local time, or its next free posting slot as the server computes it, or the next one
 * in its best hours), tags, kind.
 */
@Component({
  selector: 'xp-schedule-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card" [attr.aria-label]="'composer.when' | transloco">
      <h2>{{ 'composer.when' | transloco }}</h2>
      @for (a of draft.selectedAccounts(); track a.id) {
        <div class="schedule">
          <label [for]="'when-' + a.id">{{
            'composer.scheduleFor' | transloco: { handle: a.handle, tz: a.timezone }
          }}</label>
          <div class="row">
            <xp-date-time-field
              class="when"
              [inputId]="'when-' + a.id"
              [value]="draft.schedules()[a.id] || ''"
              (valueChange)="draft.setSchedule(a.id, $event)"
              [attr.data-testid]="'schedule-' + a.handle"
            />
            <button type="button" class="btn btn--ghost btn--sm" (click)="fillNextSlot(a)">
              {{ 'composer.nextSlot' | transloco }}
            </button>
            <button
              type="button"
              class="btn btn--ghost btn--sm"
              [attr.data-testid]="'best-slot-' + a.handle"
              [attr.title]="'composer.bestSlotHint' | transloco"
              (click)="fillNextSlot(a, true)"
            >
              {{ 'composer.bestSlot' | transloco }}
            </button>
          </div>
          @if (slotNote()[a.id]; as note) {
            <p class="small muted" role="status" [attr.data-testid]="'slot-note-' + a.handle">
              {{ note.key | transloco: note.params }}
            </p>
          }
        </div>
      }
      <div class="row">
        <div class="field">
          <label for="tags">{{ 'composer.tags' | transloco }}</label>
          <input
            id="tags"
            type="text"
            [value]="draft.tags()"
            (change)="draft.tags.set($any($event.target).value)"
            [attr.placeholder]="'composer.tagsHint' | transloco"
          />
        </div>
        <div class="field">
          <label for="kind">{{ 'composer.kind' | transloco }}</label>
          <select id="kind" (change)="draft.kind.set($any($event.target).value)">
            @for (k of kinds; track k) {
              <option [value]="k" [selected]="k === draft.kind()">{{ 'composer.kinds.' + k | transloco }}</option>
            }
          </select>
        </div>
      </div>
    </section>
  `,
  styles: `
    .row {
      display: flex;
      gap: 0.5rem 1rem;
      align-items: center;
      flex-wrap: wrap;
    }
    .schedule {
      margin-bottom: 1rem;
    }
    .when {
      flex: 0 1 16rem;
    }
  `,
  imports: [TranslocoPipe, DateTimeField],
})
export class SchedulePicker extends WorkspaceScoped {
  protected readonly draft = inject(ComposerDraft);
  private readonly queue = inject(QueueApi);
  protected readonly kinds = POST_KIND_VALUES;
  private readonly lang = inject(LanguageService).current;
  /** What the last "next slot" or "best slot" answer said, per account id. */
  protected readonly slotNote = signal<Record<string, SlotNote>>({});

  /** Fills the account's date with its next free posting slot; `best`: preferring its best hours (analytics). */
  protected async fillNextSlot(account: AccountDto, best = false): Promise<void> {
    try {
      const page = await firstValueFrom(this.queue.nextSlots(this.workspaceId(), account.id, 1, best));
      this.slotNote.update((n) => ({
        ...n,
        [account.id]: slotNote(page, account.postingSlots.length > 0, this.lang()),
      }));
      const [slot] = page.items;
      if (slot) this.draft.setSchedule(account.id, dateToZonedLocal(new Date(slot), account.timezone));
    } catch (e) {
      this.draft.error.set(toApiError(e));
    }
  }
}
