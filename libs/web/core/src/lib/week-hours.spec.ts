import { hourLabel, weekdayLabel, weekHourLabel } from './week-hours';

describe('week hours', () => {
  it('names ISO weekdays in the language, long or short', () => {
    expect(weekdayLabel(1, 'fr')).toBe('lundi');
    expect(weekdayLabel(4, 'fr')).toBe('jeudi');
    expect(weekdayLabel(7, 'en', 'short')).toBe('Sun');
  });

  it('writes hours as people do in the language', () => {
    expect(hourLabel(0, 'fr')).toBe('00 h');
    expect(hourLabel(14, 'en')).toBe('2 PM');
  });

  it('joins a weekday and an hour', () => {
    expect(weekHourLabel(4, 12, 'fr')).toBe('jeudi 12 h');
    expect(weekHourLabel(4, 12, 'en')).toBe('Thursday 12 PM');
  });

  it('gives the same label when asked again (formatters kept per language and style)', () => {
    expect(weekdayLabel(2, 'en')).toBe('Tuesday');
    expect(weekdayLabel(2, 'en')).toBe(weekdayLabel(2, 'en'));
    expect(weekdayLabel(2, 'fr', 'short')).toBe('mar.');
  });
});
