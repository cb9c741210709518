import { EventEmitter } from 'node:events';
import { ListenConnection, type ListenClient } from './listen-connection';

/** A fake pg client: `connect` succeeds or fails as the test says; `emit('error')` is a lost connection. */
class FakeClient extends EventEmitter {
  ended = false;
  listened: string[] = [];
  constructor(private readonly up: () => boolean) {
    super();
  }
  async connect(): Promise<void> {
    if (!this.up()) throw new Error('connect ECONNREFUSED 127.0.0.1:5432');
  }
  async query(sql: string): Promise<unknown> {
    this.listened.push(sql);
    return {};
  }
  async end(): Promise<void> {
    this.ended = true;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Waits (up to 5 s, the machine may be busy) until `cond` holds. */
async function until(cond: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !cond(); i++) await sleep(10);
}

describe('the scheduler LISTEN connection', () => {
  it('reconnects with backoff for as long as PostgreSQL is down, then wakes the loop', async () => {
    let dbUp = true;
    const clients: FakeClient[] = [];
    const logs: string[] = [];
    let wakes = 0;
    const notified: string[] = [];
    const conn = new ListenConnection({
      channel: 'xp_posts_due',
      connect: () => {
        const c = new FakeClient(() => dbUp);
        clients.push(c);
        return c as unknown as ListenClient;
      },
      onNotify: (p) => notified.push(p),
      onConnected: () => wakes++,
      log: (m) => logs.push(m),
      initialMs: 5,
      maxMs: 20,
    });
    await conn.start();
    expect(conn.connected).toBe(true);
    expect(clients[0]!.listened).toEqual(['LISTEN xp_posts_due']);
    expect(wakes).toBe(1);

    // PostgreSQL goes away for a while: many attempts fail, none gives up.
    dbUp = false;
    clients[0]!.emit('error', new Error('terminating connection due to administrator command'));
    expect(conn.connected).toBe(false);
    await until(() => clients.length > 6);
    expect(clients.length).toBeGreaterThan(6);
    expect(conn.connected).toBe(false);
    expect(logs[0]).toBe('LISTEN connection lost (terminating connection due to administrator command); reconnecting');

    dbUp = true;
    await until(() => conn.connected);
    expect(conn.connected).toBe(true);
    expect(conn.reconnects).toBe(1);
    expect(wakes).toBe(2); // posts that became due during the outage are looked for at once
    const last = clients[clients.length - 1]!;
    expect(last.listened).toEqual(['LISTEN xp_posts_due']);
    last.emit('notification', { payload: '1234' });
    expect(notified).toEqual(['1234']);

    // A connection that ends without an error is also re-established.
    last.emit('end');
    await until(() => conn.reconnects === 2);
    expect(conn.connected).toBe(true);
    expect(conn.reconnects).toBe(2);

    await conn.stop();
    expect(conn.connected).toBe(false);
    const count = clients.length;
    await sleep(40);
    expect(clients.length).toBe(count);
  });
});
