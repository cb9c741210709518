import { Injectable, Logger } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { ListeningPollService, ListeningSettings } from '@xp/server/application';
import { OneJobTicker } from './interval-ticker';

/**
 * Listening's timed work, in the worker process: every LISTENING_POLL_MS, the monitors due a read (each monitor
 * carries its own next time, from its budget). Safe with many workers: a monitor is claimed with a lease.
 */
@Injectable()
export class ListeningTicker extends OneJobTicker {
  constructor(listening: ListeningPollService, settings: ListeningSettings, registry: SchedulerRegistry) {
    super(registry, new Logger('Listening'), {
      name: 'listening-poll',
      ms: settings.pollMs,
      run: () => listening.pollDue(),
      failure: 'listening poll failed',
    });
  }
}
