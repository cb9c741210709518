// Keeps the launcher's children alive: a child that dies unexpectedly (the scheduler crashing, the API running out
// of memory, the embedded PostgreSQL killed) is started again after a backoff that doubles on each quick death
// (1 s, 2 s, 4 s … 30 s) and resets once the child has stayed up for a minute. Every death and restart is said on
// the console, so nobody is left with a half-running product that looks alive.

import type { ChildProcess } from 'node:child_process';

export interface Backoff {
  initialMs: number;
  maxMs: number;
  /** A child that stayed up this long is considered healthy again: the next death waits `initialMs`. */
  resetAfterMs: number;
}

export const DEFAULT_BACKOFF: Backoff = { initialMs: 1_000, maxMs: 30_000, resetAfterMs: 60_000 };

/** Something that runs until it stops: a child process, the embedded PostgreSQL. */
export interface Running {
  /** Resolves with a short reason (exit code or signal) when it stops by itself. */
  readonly exited: Promise<string>;
  /** Stops it on purpose (no restart follows). */
  stop(): Promise<void>;
}

interface Entry {
  name: string;
  start: () => Promise<Running>;
  current?: Running;
  failures: number;
  timer?: NodeJS.Timeout;
}

export class Supervisor {
  private readonly entries: Entry[] = [];
  private stopping = false;

  constructor(
    private readonly log: (message: string) => void,
    private readonly backoff: Backoff = DEFAULT_BACKOFF,
    private readonly now: () => number = Date.now,
  ) {}

  /** Starts `start()` now and again after each unexpected exit, until `stop()`. */
  async add(name: string, start: () => Promise<Running>): Promise<void> {
    const entry: Entry = { name, start, failures: 0 };
    this.entries.push(entry);
    await this.launch(entry);
  }

  /** Delay before the next start after `failures` quick deaths in a row. */
  delayFor(failures: number): number {
    return Math.min(this.backoff.maxMs, this.backoff.initialMs * 2 ** Math.max(0, failures - 1));
  }

  private async launch(entry: Entry): Promise<void> {
    const startedAt = this.now();
    const running = await entry.start();
    entry.current = running;
    void running.exited.then((reason) => {
      if (this.stopping || entry.current !== running) return;
      entry.current = undefined;
      entry.failures = this.now() - startedAt >= this.backoff.resetAfterMs ? 1 : entry.failures + 1;
      const delay = this.delayFor(entry.failures);
      this.log(
        `${entry.name} exited (${reason}); restarting in ${(delay / 1000).toFixed(1)} s` +
          (entry.failures > 1 ? ` (${entry.failures} quick exits in a row)` : ''),
      );
      entry.timer = setTimeout(() => {
        entry.timer = undefined;
        if (this.stopping) return;
        this.launch(entry).then(
          () => this.log(`${entry.name} restarted`),
          (e: unknown) => {
            this.log(`${entry.name} could not be restarted: ${e instanceof Error ? e.message : String(e)}`);
            this.launchLater(entry);
          },
        );
      }, delay);
    });
  }

  /** A start that failed is tried again at the next backoff step. */
  private launchLater(entry: Entry): void {
    entry.failures++;
    entry.timer = setTimeout(() => {
      entry.timer = undefined;
      if (!this.stopping) this.launch(entry).catch(() => this.launchLater(entry));
    }, this.delayFor(entry.failures));
  }

  /** Stops every child, most recently added first (so PostgreSQL, added first, stops last). */
  async stop(): Promise<void> {
    this.stopping = true;
    for (const e of this.entries) if (e.timer) clearTimeout(e.timer);
    for (const e of [...this.entries].reverse()) {
      await e.current?.stop().catch((err: unknown) => this.log(`${e.name}: ${String(err)}`));
    }
  }
}

/** A child process as a `Running`: `exited` resolves on its exit; `stop()` sends SIGTERM, then SIGKILL after 5 s. */
export function runningChild(child: ChildProcess): Running {
  const exited = new Promise<string>((resolve) =>
    child.once('exit', (code, signal) => resolve(signal ?? `code ${String(code)}`)),
  );
  return {
    exited,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const kill = setTimeout(() => child.kill('SIGKILL'), 5_000);
      child.kill('SIGTERM');
      await exited;
      clearTimeout(kill);
    },
  };
}
