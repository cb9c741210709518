// Zoned time is a shared rule (libs/shared/src/rules/zoned-time.ts): import it from '@xp/shared'. These re-exports
// keep the server's existing imports compiling.
export { addDays, localToUtc, utcToLocal, type LocalWallClock } from '@xp/shared';
