// Zoned time is a shared rule (libs/shared/src/rules/zoned-time.ts); re-exported for the server's existing imports.
export {
  addDays,
  daysBetween,
  isValidTimeZone,
  localToUtc,
  offsetMs,
  parseLocalDate,
  parseLocalTime,
  utcToLocal,
  weekdayOf,
  type LocalWallClock,
} from '@xp/shared';
