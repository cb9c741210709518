import { Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import { isUuid, LiveSignals, type LiveSignal } from '@xp/server/application';
import { ListenConnection } from '../listen-connection';

/** The channel the live-update triggers notify (migration LiveUpdates1796400000000). */
export const LIVE_CHANNEL = 'xp_live';

/** Reads a trigger's payload (`{"k","w","u"|"a","i"}`); null for anything malformed. */
export function parseLiveSignal(payload: string): LiveSignal | null {
  let p: Record<string, unknown>;
  try {
    p = JSON.parse(payload) as Record<string, unknown>;
  } catch {
    return null;
  }
  const id = (k: string) => (typeof p[k] === 'string' && isUuid(p[k]) ? p[k] : null);
  const workspaceId = id('w');
  if (!workspaceId) return null;
  if (p['k'] === 'n' && id('u') && id('i'))
    return { kind: 'notification', workspaceId, userId: id('u')!, notificationId: id('i')! };
  if (p['k'] === 'r' && id('u')) return { kind: 'read', workspaceId, userId: id('u')! };
  if (p['k'] === 'p' && id('a') && id('i')) return { kind: 'post', workspaceId, accountId: id('a')!, postId: id('i')! };
  if (p['k'] === 'c' && id('a') && id('i'))
    return { kind: 'conversation', workspaceId, accountId: id('a')!, conversationId: id('i')! };
  return null;
}

/**
 * One LISTEN connection per process, opened when the first stream subscribes (a scheduler never opens it), kept
 * open and reconnected with backoff; every signal is fanned out to the subscribers in memory.
 */
export class PgLiveSignals extends LiveSignals implements OnApplicationShutdown {
  private readonly logger = new Logger('LiveSignals');
  private readonly subscribers = new Set<(s: LiveSignal) => void>();
  private readonly listener: ListenConnection;
  private started: Promise<void> | null = null;

  constructor(databaseUrl: string) {
    super();
    this.listener = new ListenConnection({
      channel: LIVE_CHANNEL,
      connect: () => new Client({ connectionString: databaseUrl, application_name: 'x-publisher-api-live' }),
      onNotify: (payload) => this.dispatch(payload),
      onConnected: () => undefined,
      log: (m) => this.logger.warn(m),
    });
  }

  async subscribe(fn: (s: LiveSignal) => void): Promise<() => void> {
    this.started ??= this.listener.start().catch((e: unknown) => {
      this.started = null;
      throw e;
    });
    await this.started;
    this.subscribers.add(fn);
    return () => this.subscribers.delete(fn);
  }

  /** Subscribers now (metrics, tests). */
  get size(): number {
    return this.subscribers.size;
  }

  private dispatch(payload: string): void {
    const signal = parseLiveSignal(payload);
    if (!signal) return;
    for (const fn of this.subscribers) fn(signal);
  }

  async onApplicationShutdown(): Promise<void> {
    this.subscribers.clear();
    await this.listener.stop();
  }
}
