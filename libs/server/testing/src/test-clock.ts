import { Clock } from '@xp/server/application';

/** A clock the test moves by hand. */
export class TestClock extends Clock {
  private current: number;
  constructor(start: Date | string = '2026-03-02T09:00:00Z') {
    super();
    this.current = new Date(start).getTime();
  }
  now(): Date {
    return new Date(this.current);
  }
  set(at: Date | string): void {
    this.current = new Date(at).getTime();
  }
  advance(ms: number): void {
    this.current += ms;
  }
}
