import { CdkConnectedOverlay, CdkOverlayOrigin, type ConnectedPosition } from '@angular/cdk/overlay';
import { CdkTrapFocus } from '@angular/cdk/a11y';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  booleanAttribute,
  computed,
  effect,
  forwardRef,
  inject,
  input,
  model,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  NG_VALIDATORS,
  NG_VALUE_ACCESSOR,
  type ControlValueAccessor,
  type ValidationErrors,
  type Validator,
} from '@angular/forms';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { LucideCalendarDays, LucideChevronLeft, LucideChevronRight } from '@lucide/angular';
import {
  dayLabel,
  formatDateTimeText,
  isoWeekday,
  monthGrid,
  monthTitle,
  parseDateTimeText,
  readValue,
  shiftDate,
  shiftMonths,
  weekdayNames,
  writeValue,
  type DateTimeMode,
} from './date-time-text';

const pad = (n: number): string => String(n).padStart(2, '0');
const HOURS = Array.from({ length: 24 }, (_, h) => pad(h));
const MINUTES = Array.from({ length: 12 }, (_, i) => pad(i * 5));

/** Below the field, else above it; aligned on its start, else its end. */
const POSITIONS: ConnectedPosition[] = [
  { originX: 'start', originY: 'bottom', overlayX: 'start', overlayY: 'top', offsetY: 4 },
  { originX: 'end', originY: 'bottom', overlayX: 'end', overlayY: 'top', offsetY: 4 },
  { originX: 'start', originY: 'top', overlayX: 'start', overlayY: 'bottom', offsetY: -4 },
  { originX: 'end', originY: 'top', overlayX: 'end', overlayY: 'bottom', offsetY: -4 },
];

/**
 * A date (or date and time) field that speaks the app's language, not the browser's: a text input in the
 * language's format (`jj/mm/aaaa hh:mm`, `dd/mm/yyyy hh:mm`, 24 h) and a calendar in a popover (month and weekday
 * names from Intl in the current language, keyboard-operable). Its value is the one `<input type="datetime-local">`
 * (or `type="date"`) had: `2026-07-01T09:30` (or `2026-07-01`), a wall time, `''` when empty or not a date.
 *
 * Reactive forms: `<xp-date-time-field inputId="live-start" formControlName="start" />` (also a validator:
 * `dateTimeText` when the text is no date). Signals: `<xp-date-time-field inputId="bulk-date" [(value)]="date" />`.
 * The `<label for>` stays with the page.
 */
@Component({
  selector: 'xp-date-time-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './date-time-field.html',
  styleUrl: './date-time-field.css',
  providers: [
    { provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => DateTimeField), multi: true },
    { provide: NG_VALIDATORS, useExisting: forwardRef(() => DateTimeField), multi: true },
  ],
  host: { class: 'xp-dtf' },
  imports: [
    CdkConnectedOverlay,
    CdkOverlayOrigin,
    CdkTrapFocus,
    LucideCalendarDays,
    LucideChevronLeft,
    LucideChevronRight,
    TranslocoPipe,
  ],
})
export class DateTimeField implements ControlValueAccessor, Validator {
  /** The text input's id, for the page's `<label for>`. */
  readonly inputId = input.required<string>();
  readonly mode = input<DateTimeMode>('datetime');
  readonly required = input(false, { transform: booleanAttribute });
  /** Ids of more text describing the field (a hint of the page's). */
  readonly describedBy = input('');
  /** The time a day picked in the calendar gets when the field has none yet. */
  readonly defaultTime = input('09:00');
  /** The wall-time value (see above). */
  readonly value = model('');

  private readonly transloco = inject(TranslocoService);
  private readonly injector = inject(Injector);

  protected readonly lang = toSignal(this.transloco.langChanges$, { initialValue: this.transloco.getActiveLang() });
  protected readonly text = signal('');
  protected readonly disabled = signal(false);
  protected readonly touched = signal(false);
  /** The text is neither empty nor a date. */
  protected readonly invalid = signal(false);
  protected readonly open = signal(false);
  /** The day that has the focus in the calendar (`YYYY-MM-DD`); its month is the one shown. */
  protected readonly active = signal('2026-01-01');

  protected readonly positions = POSITIONS;
  protected readonly hours = HOURS;
  protected readonly ids = computed(() => {
    const id = this.inputId();
    return { format: `${id}-format`, error: `${id}-error`, dialog: `${id}-dialog`, title: `${id}-title` };
  });
  protected readonly describedByIds = computed(() =>
    [this.ids().format, this.invalid() && this.touched() ? this.ids().error : '', this.describedBy()]
      .filter(Boolean)
      .join(' '),
  );
  protected readonly formatKey = computed(() => (this.mode() === 'date' ? 'dateField.formatDate' : 'dateField.format'));

  private readonly parts = computed(() => readValue(this.value()));
  protected readonly selectedDay = computed(() => {
    const p = this.parts();
    return p ? writeValue(p, 'date') : '';
  });
  /** A time chosen in the calendar before any day: the day picked next gets it. */
  private readonly pendingTime = signal<string | null>(null);
  /** The time shown in the calendar: the value's, else the one chosen before a day, else the default. */
  protected readonly time = computed(() => {
    const t = this.parts()?.time;
    if (t) return { h: pad(t.h), min: pad(t.min) };
    const [h = '09', min = '00'] = (this.pendingTime() ?? this.defaultTime()).split(':');
    return { h, min };
  });
  protected readonly minutes = computed(() => {
    const min = this.time().min;
    return MINUTES.includes(min) ? MINUTES : [...MINUTES, min].sort();
  });
  private readonly view = computed(() => readValue(this.active())!);
  protected readonly title = computed(() => monthTitle(this.view().y, this.view().m, this.lang()));
  protected readonly weekdays = computed(() => weekdayNames(this.lang()));
  protected readonly weeks = computed(() => {
    const { y, m } = this.view();
    const lang = this.lang();
    return monthGrid(y, m).map((week) => week.map((d) => ({ ...d, label: dayLabel(d.iso, lang) })));
  });
  protected readonly today = signal(localToday());

  private readonly textInput = viewChild.required<ElementRef<HTMLInputElement>>('textInput');
  private readonly toggleButton = viewChild.required<ElementRef<HTMLButtonElement>>('toggleBtn');
  private readonly grid = viewChild<ElementRef<HTMLTableElement>>('grid');

  /** The last value this field sent: a value coming back unchanged leaves the text as typed. */
  private sent: string | null = null;
  private onChange: (value: string) => void = () => undefined;
  private onTouched: () => void = () => undefined;
  private onValidatorChange: () => void = () => undefined;

  constructor() {
    effect(() => {
      const value = this.value();
      const mode = this.mode();
      untracked(() => {
        if (value === this.sent) return;
        this.sent = null;
        this.text.set(formatDateTimeText(value, mode));
        this.invalid.set(false);
      });
    });
  }

  // --- ControlValueAccessor, Validator ---------------------------------------------------------------------

  writeValue(value: string | null | undefined): void {
    this.value.set(value ?? '');
  }
  registerOnChange(fn: (value: string) => void): void {
    this.onChange = fn;
  }
  registerOnTouched(fn: () => void): void {
    this.onTouched = fn;
  }
  setDisabledState(disabled: boolean): void {
    this.disabled.set(disabled);
    if (disabled) this.open.set(false);
  }
  validate(): ValidationErrors | null {
    return this.invalid() ? { dateTimeText: true } : null;
  }
  registerOnValidatorChange(fn: () => void): void {
    this.onValidatorChange = fn;
  }

  // --- The text ---------------------------------------------------------------------------------------------

  protected typed(raw: string): void {
    this.text.set(raw);
    const parsed = parseDateTimeText(raw, this.mode());
    const invalid = parsed === null;
    if (invalid !== this.invalid()) {
      this.invalid.set(invalid);
      this.onValidatorChange();
    }
    this.send(parsed ?? '');
  }

  protected blurred(): void {
    this.touched.set(true);
    this.onTouched();
    // A date typed loosely ("1/7/2026 9h30") is shown in the format once the field is left.
    if (!this.invalid()) this.showText(formatDateTimeText(this.value(), this.mode()));
  }

  /** The text in the field now (not at the next render: a key pressed at once sees it). */
  private showText(text: string): void {
    this.text.set(text);
    this.textInput().nativeElement.value = text;
  }

  protected inputKey(event: KeyboardEvent): void {
    if (event.altKey && event.key === 'ArrowDown') {
      event.preventDefault();
      this.show();
    }
  }

  private send(value: string): void {
    if (value === this.value()) return;
    this.sent = value;
    this.value.set(value);
    this.onChange(value);
  }

  // --- The calendar -----------------------------------------------------------------------------------------

  protected toggle(): void {
    if (this.open()) this.close(true);
    else this.show();
  }

  protected show(): void {
    if (this.disabled()) return;
    this.today.set(localToday());
    this.active.set(this.selectedDay() || this.today());
    this.open.set(true);
    this.focusActive();
  }

  protected close(refocus: boolean): void {
    if (!this.open()) return;
    this.open.set(false);
    if (refocus) this.toggleButton().nativeElement.focus();
  }

  /** A pointer outside the calendar closes it (the toggle button handles its own click). */
  protected outside(event: MouseEvent): void {
    const target = event.target as Node | null;
    if (target && this.toggleButton().nativeElement.contains(target)) return;
    this.close(false);
  }

  protected overlayKey(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      this.close(true);
    }
  }

  protected pick(iso: string): void {
    const day = readValue(iso)!;
    if (this.mode() === 'datetime') {
      const t = this.time();
      day.time = { h: +t.h, min: +t.min, s: this.parts()?.time?.s ?? 0 };
    }
    this.commit(writeValue(day, this.mode()));
    this.close(true);
  }

  protected setTime(part: 'h' | 'min', raw: string): void {
    const t = { ...this.time(), [part]: raw };
    const day = this.parts();
    // Without a day yet, the time waits for one.
    if (!day) return this.pendingTime.set(`${t.h}:${t.min}`);
    this.commit(writeValue({ ...day, time: { h: +t.h, min: +t.min, s: day.time?.s ?? 0 } }, 'datetime'));
  }

  private commit(value: string): void {
    this.sent = null;
    this.invalid.set(false);
    this.onValidatorChange();
    this.showText(formatDateTimeText(value, this.mode()));
    this.send(value);
    this.touched.set(true);
    this.onTouched();
  }

  protected month(delta: number): void {
    this.active.set(shiftMonths(this.active(), delta));
  }

  protected goToday(): void {
    this.active.set(this.today());
    this.focusActive();
  }

  /**
   * Arrows move a day or a week, Home/End to the week's ends, Page Up/Down a month (with Shift a year); Enter or
   * Space picks the day.
   */
  protected gridKey(event: KeyboardEvent): void {
    const at = this.active();
    const moves: Record<string, () => string> = {
      ArrowLeft: () => shiftDate(at, -1),
      ArrowRight: () => shiftDate(at, 1),
      ArrowUp: () => shiftDate(at, -7),
      ArrowDown: () => shiftDate(at, 7),
      Home: () => shiftDate(at, 1 - isoWeekday(at)),
      End: () => shiftDate(at, 7 - isoWeekday(at)),
      PageUp: () => shiftMonths(at, event.shiftKey ? -12 : -1),
      PageDown: () => shiftMonths(at, event.shiftKey ? 12 : 1),
    };
    if (event.key === 'Enter' || event.key === ' ') {
      // The active day, even when a fast key press comes before its button has the focus.
      event.preventDefault();
      return this.pick(at);
    }
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    this.active.set(move());
    this.focusActive();
  }

  private focusActive(): void {
    afterNextRender(
      () => {
        const grid = this.grid()?.nativeElement;
        grid?.querySelector<HTMLButtonElement>(`button[data-day="${this.active()}"]`)?.focus();
      },
      { injector: this.injector },
    );
  }

  /** For the page: put the cursor in the text. */
  focus(): void {
    this.textInput().nativeElement.focus();
  }
}

/** Today in the browser's zone, `YYYY-MM-DD` (where the calendar opens on an empty field). */
function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
