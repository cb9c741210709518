import type { Client } from 'pg';

/** What the LISTEN connection needs of a `pg.Client` (tests pass a fake). */
export type ListenClient = Pick<Client, 'connect' | 'query' | 'end' | 'on'>;

export interface ListenOptions {
  channel: string;
  connect: () => ListenClient;
  onNotify: (payload: string) => void;
  /** Runs on every new connection after LISTEN, before it counts as connected (a throw makes it retry). */
  onOpen?: (client: ListenClient) => Promise<void>;
  /** Called after every (re)connection: a wake-up may have been missed while it was down. */
  onConnected: () => void;
  log: (message: string) => void;
  /** Backoff between attempts: doubles from `initialMs` up to `maxMs`, forever. */
  initialMs?: number;
  maxMs?: number;
}

/**
 * The scheduler's LISTEN connection, kept open for as long as the process lives: when PostgreSQL goes away (an
 * outage, a failover, a killed backend) it reconnects with backoff until it succeeds, however long that takes.
 * `connected` feeds /health and /metrics.
 */
export class ListenConnection {
  private client: ListenClient | null = null;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private attempt = 0;
  /** Whether the connection is listening now. */
  connected = false;
  /** Reconnections since start (not counting the first connection). */
  reconnects = 0;

  constructor(private readonly options: ListenOptions) {}

  /** First connection: fails loudly (the boot should not pretend to listen). */
  async start(): Promise<void> {
    await this.open();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    const client = this.client;
    this.client = null;
    this.connected = false;
    await client?.end().catch(() => undefined);
  }

  private async open(): Promise<void> {
    const client = this.options.connect();
    let lost = false;
    const onLost = (why: string) => {
      if (lost || this.stopped) return;
      lost = true;
      if (this.client === client) {
        this.client = null;
        this.connected = false;
        this.options.log(`LISTEN connection lost (${why}); reconnecting`);
        void client.end().catch(() => undefined);
        this.retry();
      }
    };
    client.on('notification', (msg) => this.options.onNotify(msg.payload ?? '0'));
    client.on('error', (e) => onLost(e.message));
    client.on('end', () => onLost('connection ended'));
    this.client = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${this.options.channel}`);
      await this.options.onOpen?.(client);
    } catch (e) {
      lost = true;
      this.client = null;
      await client.end().catch(() => undefined);
      throw e;
    }
    if (this.stopped) return;
    this.connected = true;
    this.attempt = 0;
    this.options.onConnected();
  }

  private retry(): void {
    if (this.stopped || this.timer) return;
    const initial = this.options.initialMs ?? 500;
    const delay = Math.min(this.options.maxMs ?? 30_000, initial * 2 ** this.attempt);
    const attempts = ++this.attempt;
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.stopped) return;
      this.open().then(
        () => {
          this.reconnects++;
          this.options.log(`LISTEN connection re-established after ${attempts} attempt(s)`);
        },
        (e: unknown) => {
          this.options.log(`LISTEN reconnection failed (${e instanceof Error ? e.message : String(e)}); retrying`);
          this.retry();
        },
      );
    }, delay);
    this.timer.unref();
  }
}
