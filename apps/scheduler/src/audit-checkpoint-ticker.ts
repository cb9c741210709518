import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { AuditCheckpointService } from '@xp/server/application';
import { SchedulerRuntime } from './publisher-loop';

const INTERVAL = 'audit-checkpoints';

/**
 * Signs a checkpoint of every audit chain that moved, every AUDIT_CHECKPOINT_MS, into the checkpoint file and the
 * database (docs/security.md, "Audit trail"). Several schedulers may do it side by side: a chain already
 * checkpointed at its head is skipped, and a duplicate checkpoint is harmless.
 */
@Injectable()
export class AuditCheckpointTicker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('AuditCheckpoints');
  private current: Promise<unknown> | null = null;

  constructor(
    private readonly checkpoints: AuditCheckpointService,
    private readonly runtime: SchedulerRuntime,
    private readonly registry: SchedulerRegistry,
  ) {}

  onApplicationBootstrap(): void {
    this.registry.addInterval(
      INTERVAL,
      setInterval(() => void this.tick(), this.runtime.auditCheckpointMs),
    );
  }

  async onApplicationShutdown(): Promise<void> {
    try {
      this.registry.deleteInterval(INTERVAL);
    } catch {
      // not registered
    }
    await this.current;
  }

  tick(): Promise<unknown> {
    this.current ??= this.checkpoints
      .checkpoint()
      .catch((e: unknown) => this.logger.warn(`audit checkpoint failed: ${e instanceof Error ? e.message : String(e)}`))
      .finally(() => (this.current = null));
    return this.current;
  }
}
