import {
  dayLabel,
  formatDateTimeText,
  isoWeekday,
  monthGrid,
  monthTitle,
  parseDateTimeText,
  pickerLocale,
  shiftDate,
  shiftMonths,
  weekdayNames,
} from './date-time-text';

describe('date-time field text', () => {
  it('writes a value day/month/year with a 24-hour clock, seconds only when given', () => {
    expect(formatDateTimeText('2026-07-01T09:30', 'datetime')).toBe('01/07/2026 09:30');
    expect(formatDateTimeText('2026-12-31T23:05:07', 'datetime')).toBe('31/12/2026 23:05:07');
    expect(formatDateTimeText('2026-07-01', 'date')).toBe('01/07/2026');
    expect(formatDateTimeText('', 'datetime')).toBe('');
    // Not a value: shown as it is rather than lost.
    expect(formatDateTimeText('demain', 'datetime')).toBe('demain');
    expect(formatDateTimeText('2026-02-30T10:00', 'datetime')).toBe('2026-02-30T10:00');
  });

  it('reads French typing (jj/mm/aaaa, 9h30, "à") and English typing (dd/mm/yyyy) into the same value', () => {
    // French
    expect(parseDateTimeText('01/07/2026 09:30', 'datetime')).toBe('2026-07-01T09:30');
    expect(parseDateTimeText('1/7/2026 9h30', 'datetime')).toBe('2026-07-01T09:30');
    expect(parseDateTimeText('01.07.2026 à 9h', 'datetime')).toBe('2026-07-01T09:00');
    expect(parseDateTimeText('  25/12/2026   18H45 ', 'datetime')).toBe('2026-12-25T18:45');
    // English (en-GB order), with "at" or a comma
    expect(parseDateTimeText('25/12/2026 at 18:45', 'datetime')).toBe('2026-12-25T18:45');
    expect(parseDateTimeText('25/12/2026, 18:45', 'datetime')).toBe('2026-12-25T18:45');
    // Seconds are kept (the composer schedules to the second); ":00" is the same minute
    expect(parseDateTimeText('01/07/2026 09:30:15', 'datetime')).toBe('2026-07-01T09:30:15');
    expect(parseDateTimeText('01/07/2026 09:30:00', 'datetime')).toBe('2026-07-01T09:30');
    // A pasted ISO value
    expect(parseDateTimeText('2026-07-01T09:30', 'datetime')).toBe('2026-07-01T09:30');
    expect(parseDateTimeText('2026-07-01 09:30', 'datetime')).toBe('2026-07-01T09:30');
    // Dates alone
    expect(parseDateTimeText('3/2/2027', 'date')).toBe('2027-02-03');
    expect(parseDateTimeText('2027-02-03', 'date')).toBe('2027-02-03');
  });

  it('round-trips: what it writes, it reads back', () => {
    for (const v of ['2026-07-01T09:30', '2028-02-29T00:00', '2026-10-25T02:30:59']) {
      expect(parseDateTimeText(formatDateTimeText(v, 'datetime'), 'datetime')).toBe(v);
    }
    expect(parseDateTimeText(formatDateTimeText('2026-01-09', 'date'), 'date')).toBe('2026-01-09');
  });

  it('refuses what is not a real date and time, and empties on empty text', () => {
    expect(parseDateTimeText('', 'datetime')).toBe('');
    expect(parseDateTimeText('   ', 'date')).toBe('');
    for (const bad of [
      '31/02/2026 10:00', // no 31 February
      '29/02/2026 10:00', // 2026 is not a leap year
      '01/13/2026 10:00', // month 13 (a US-ordered date is refused, not misread)
      '01/07/2026 24:00',
      '01/07/2026 9:5', // minutes have two digits
      '01/07/2026', // the time is needed
      '01/07/26 10:00', // the year has four digits
      '07/01/2026 10:00 PM',
      'demain 10h',
    ]) {
      expect([bad, parseDateTimeText(bad, 'datetime')]).toEqual([bad, null]);
    }
    expect(parseDateTimeText('01/07/2026 10:00', 'date')).toBeNull();
    expect(parseDateTimeText('29/02/2028', 'date')).toBe('2028-02-29');
  });
});

describe('date-time field calendar', () => {
  it('maps the app language to a day/month/year locale', () => {
    expect(pickerLocale('fr')).toBe('fr-FR');
    expect(pickerLocale('en')).toBe('en-GB');
  });

  it('names months and weekdays in French, Monday first', () => {
    expect(monthTitle(2026, 7, 'fr')).toBe('juillet 2026');
    expect(monthTitle(2026, 2, 'fr')).toBe('février 2026');
    const days = weekdayNames('fr');
    expect(days.map((d) => d.long)).toEqual(['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']);
    expect(days[0]!.short).toMatch(/^lun/);
    expect(dayLabel('2026-07-01', 'fr')).toBe('mercredi 1 juillet 2026');
  });

  it('names months and weekdays in English, Monday first', () => {
    expect(monthTitle(2026, 7, 'en')).toBe('July 2026');
    const days = weekdayNames('en');
    expect(days.map((d) => d.long)).toEqual([
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
      'Sunday',
    ]);
    expect(days[6]!.short).toBe('Sun');
    expect(dayLabel('2026-07-01', 'en')).toBe('Wednesday 1 July 2026');
  });

  it('lays a month out in six Monday-first weeks, with the days around it marked', () => {
    const grid = monthGrid(2026, 7); // 1 July 2026 is a Wednesday
    expect(grid).toHaveLength(6);
    expect(grid.every((w) => w.length === 7)).toBe(true);
    expect(grid[0]!.map((d) => d.iso)).toEqual([
      '2026-06-29',
      '2026-06-30',
      '2026-07-01',
      '2026-07-02',
      '2026-07-03',
      '2026-07-04',
      '2026-07-05',
    ]);
    expect(grid[0]![1]!.inMonth).toBe(false);
    expect(grid[0]![2]!.inMonth).toBe(true);
    expect(grid.flat().filter((d) => d.inMonth)).toHaveLength(31);
    expect(grid.flat().every((d) => isoWeekday(d.iso) === (grid.flat().indexOf(d) % 7) + 1)).toBe(true);
  });

  it('moves by days and months across years, clamping the day to the month', () => {
    expect(shiftDate('2026-12-31', 1)).toBe('2027-01-01');
    expect(shiftDate('2026-03-01', -1)).toBe('2026-02-28');
    expect(shiftMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(shiftMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(shiftMonths('2026-01-15', -1)).toBe('2025-12-15');
    expect(shiftMonths('2026-06-30', 12)).toBe('2027-06-30');
  });
});
