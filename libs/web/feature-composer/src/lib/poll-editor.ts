import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { LanguageService } from '@xp/web/common';
import { SegmentPart } from './segment-part';
import { POLL_DURATIONS, type PollDraft } from './segments';

/** The poll of one segment: two to four options and a duration. */
@Component({
  selector: 'xp-poll-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset class="poll">
      <legend>{{ 'composer.poll' | transloco }}</legend>
      @for (opt of poll().options; track $index; let k = $index) {
        <input
          type="text"
          maxlength="25"
          [value]="opt"
          (input)="setOption(k, $any($event.target).value)"
          [attr.aria-label]="'composer.pollOption' | transloco: { n: k + 1 }"
        />
      }
      <div class="row">
        @if (poll().options.length < 4) {
          <button type="button" class="btn btn--ghost btn--sm" (click)="addOption()">
            + {{ 'composer.pollAddOption' | transloco }}
          </button>
        }
        <label [for]="'poll-d-' + segmentKey()" class="small">{{ 'composer.pollDuration' | transloco }}</label>
        <select [id]="'poll-d-' + segmentKey()" (change)="setDuration(+$any($event.target).value)">
          @for (d of durations; track d) {
            <option [value]="d" [selected]="d === poll().durationMinutes">{{ durationText(d) }}</option>
          }
        </select>
        <button type="button" class="btn btn--ghost btn--sm" (click)="remove()">
          {{ 'composer.pollRemove' | transloco }}
        </button>
      </div>
    </fieldset>
  `,
  styles: `
    .poll {
      border: 1px solid var(--border);
      border-radius: var(--radius);
      margin-top: 0.5rem;
      display: flex;
      flex-direction: column;
      gap: 0.4rem;
    }
    .row {
      display: flex;
      gap: 0.5rem 1rem;
      align-items: center;
      flex-wrap: wrap;
    }
  `,
  imports: [TranslocoPipe],
})
export class PollEditor extends SegmentPart {
  readonly poll = input.required<PollDraft>();
  readonly segmentKey = input.required<number>();

  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);
  protected readonly durations = POLL_DURATIONS;

  protected durationText(minutes: number): string {
    const lang = this.language.current();
    return minutes < 1440
      ? this.transloco.translate('composer.hours', { n: minutes / 60 }, lang)
      : this.transloco.translate('composer.days', { n: minutes / 1440 }, lang);
  }

  private edit(fn: (poll: PollDraft) => PollDraft): void {
    this.draft.updateSegment(this.index(), (s) => (s.poll ? { ...s, poll: fn(s.poll) } : s));
  }

  protected addOption(): void {
    this.edit((p) => ({ ...p, options: [...p.options, ''] }));
  }

  protected setOption(k: number, value: string): void {
    this.edit((p) => ({ ...p, options: p.options.map((o, x) => (x === k ? value : o)) }));
  }

  protected setDuration(minutes: number): void {
    this.edit((p) => ({ ...p, durationMinutes: minutes }));
  }

  protected remove(): void {
    this.draft.updateSegment(this.index(), (s) => ({ ...s, poll: null }));
  }
}
