import type { Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { SchedulerRegistry } from '@nestjs/schedule';

/**
 * The worker's timed jobs: named intervals in Nest's registry, each job running once at a time in this process (a
 * tick while it runs gets the running one), a failure logged and left to the next tick. At shutdown the intervals
 * stop and the running jobs are awaited. Across processes, each job is safe on its own (rows claimed with
 * FOR UPDATE SKIP LOCKED, inserts that land once).
 */
export abstract class IntervalTicker implements OnApplicationShutdown {
  private readonly running = new Map<string, Promise<void>>();
  private readonly names: string[] = [];
  protected stopped = false;

  protected constructor(
    protected readonly registry: SchedulerRegistry,
    private readonly logger: Logger,
  ) {}

  /** Runs `job` every `ms` under `name`; `failure` starts the warning logged when a run throws. */
  protected every(name: string, ms: number, job: () => Promise<unknown>, failure: string): void {
    this.names.push(name);
    this.registry.addInterval(
      name,
      setInterval(() => void this.once(name, job, failure), ms),
    );
  }

  /** Runs `job` now, unless it runs already (then: that run). Nothing new after shutdown. */
  protected once(name: string, job: () => Promise<unknown>, failure: string): Promise<void> {
    const current = this.running.get(name);
    if (current || this.stopped) return current ?? Promise.resolve();
    const run = job()
      .then(
        () => undefined,
        (e: unknown) => this.logger.warn(`${failure}: ${e instanceof Error ? e.message : String(e)}`),
      )
      .finally(() => this.running.delete(name));
    this.running.set(name, run);
    return run;
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    for (const name of this.names) {
      try {
        this.registry.deleteInterval(name);
      } catch {
        // not registered
      }
    }
    await Promise.all(this.running.values());
  }
}

/** A ticker of one job, run every `ms` from boot (0: never on its own) and by `poll()`. */
export abstract class OneJobTicker extends IntervalTicker implements OnApplicationBootstrap {
  protected constructor(
    registry: SchedulerRegistry,
    logger: Logger,
    private readonly job: { name: string; ms: number; run: () => Promise<unknown>; failure: string },
  ) {
    super(registry, logger);
  }

  onApplicationBootstrap(): void {
    if (this.job.ms > 0) this.every(this.job.name, this.job.ms, this.job.run, this.job.failure);
  }

  /** The job now, one run at a time in this process. */
  poll(): Promise<void> {
    return this.once(this.job.name, this.job.run, this.job.failure);
  }
}
