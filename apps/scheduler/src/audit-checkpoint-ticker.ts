import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { AuditCheckpointService } from '@xp/server/application';
import { SchedulerRuntime } from './publisher-loop';
import { IntervalTicker } from './interval-ticker';

const INTERVAL = 'audit-checkpoints';

/**
 * Signs a checkpoint of every audit chain that moved, every AUDIT_CHECKPOINT_MS, into the checkpoint file and the
 * database (docs/security.md, "Audit trail"). Several schedulers may do it side by side: a chain already
 * checkpointed at its head is skipped, and a duplicate checkpoint is harmless.
 */
@Injectable()
export class AuditCheckpointTicker extends IntervalTicker implements OnApplicationBootstrap {
  constructor(
    private readonly checkpoints: AuditCheckpointService,
    private readonly runtime: SchedulerRuntime,
    registry: SchedulerRegistry,
  ) {
    super(registry, new Logger('AuditCheckpoints'));
  }

  onApplicationBootstrap(): void {
    this.every(
      INTERVAL,
      this.runtime.auditCheckpointMs,
      () => this.checkpoints.checkpoint(),
      'audit checkpoint failed',
    );
  }

  tick(): Promise<void> {
    return this.once(INTERVAL, () => this.checkpoints.checkpoint(), 'audit checkpoint failed');
  }
}
