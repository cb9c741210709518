/**
 * Where week and day views open: an hour before the current time in the zone shown (`HH:00:00`), so that the "now"
 * line is in sight with what comes next. `timeZone` undefined: the browser's own.
 */
export function scrollTimeNear(nowMs: number, timeZone?: string): string {
  const hour = Number(
    new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' }).format(new Date(nowMs)),
  );
  return `${String(Math.max(0, hour - 1)).padStart(2, '0')}:00:00`;
}
