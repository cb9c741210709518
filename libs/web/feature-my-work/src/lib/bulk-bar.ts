import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { DateTimeField } from '@xp/web/ui';
import { localInputToIso, type BulkChoice } from './my-work-views';

/**
 * The actions on the selected posts: reschedule (shift by hours or days, or set one date), add a tag, submit,
 * cancel. Emits the choice; the page sends it with the selected posts and offers the undo.
 */
@Component({
  selector: 'xp-bulk-bar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './bulk-bar.html',
  styleUrl: './bulk-bar.css',
  imports: [TranslocoPipe, DateTimeField],
})
export class BulkBar {
  readonly count = input.required<number>();
  readonly busy = input(false);
  readonly choose = output<BulkChoice>();
  readonly clear = output<void>();

  protected readonly mode = signal<'shift' | 'date'>('shift');
  protected readonly amount = signal('1');
  protected readonly unit = signal<'hours' | 'days'>('days');
  protected readonly date = signal('');
  protected readonly tag = signal('');
  /** A translation key when the reschedule or tag fields are not usable. */
  protected readonly problem = signal<string | null>(null);

  protected value(e: Event): string {
    return (e.target as HTMLInputElement | HTMLSelectElement).value;
  }

  protected reschedule(): void {
    if (this.mode() === 'date') {
      const at = localInputToIso(this.date());
      if (!at) return this.problem.set('myWork.bulk.dateNeeded');
      this.emit({ action: 'reschedule', scheduledAt: at });
      return;
    }
    const n = Number(this.amount());
    if (!Number.isInteger(n) || n === 0 || Math.abs(n) > 365) return this.problem.set('myWork.bulk.shiftNeeded');
    this.emit({ action: 'reschedule', shiftMinutes: n * (this.unit() === 'days' ? 1440 : 60) });
  }

  protected addTag(): void {
    const tag = this.tag().trim().replace(/^#/, '');
    if (!tag) return this.problem.set('myWork.bulk.tagNeeded');
    this.emit({ action: 'tag', tags: [tag] });
    this.tag.set('');
  }

  protected emit(choice: BulkChoice): void {
    this.problem.set(null);
    this.choose.emit(choice);
  }
}
