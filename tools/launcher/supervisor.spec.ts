import { spawn } from 'node:child_process';
import { runningChild, Supervisor, type Running } from './supervisor';

const quick = { initialMs: 20, maxMs: 80, resetAfterMs: 400 };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A fake child: `die()` makes it exit by itself. */
function fake() {
  let die!: (reason: string) => void;
  const exited = new Promise<string>((r) => (die = r));
  let stopped = false;
  const running: Running = {
    exited,
    stop: async () => {
      stopped = true;
    },
  };
  return { running, die: (reason = 'code 1') => die(reason), isStopped: () => stopped };
}

describe('Supervisor (npm start keeps its children alive)', () => {
  it('restarts a child that exits, says so, and doubles the wait on quick deaths up to the maximum', async () => {
    const lines: string[] = [];
    const sup = new Supervisor((m) => lines.push(m), quick);
    const starts: ReturnType<typeof fake>[] = [];
    await sup.add('scheduler', async () => {
      const f = fake();
      starts.push(f);
      return f.running;
    });
    expect(starts).toHaveLength(1);
    starts[0]!.die('code 1');
    await sleep(60);
    expect(starts).toHaveLength(2);
    expect(lines[0]).toBe('scheduler exited (code 1); restarting in 0.0 s');
    expect(lines).toContain('scheduler restarted');
    expect([1, 2, 3, 4, 5].map((n) => sup.delayFor(n))).toEqual([20, 40, 80, 80, 80]);
    starts[1]!.die('SIGKILL');
    await sleep(100);
    expect(starts).toHaveLength(3);
    expect(lines.some((l) => l.startsWith('scheduler exited (SIGKILL)') && l.includes('2 quick exits'))).toBe(true);
    await sup.stop();
    expect(starts[2]!.isStopped()).toBe(true);
  });

  it('does not restart anything once stopping, and stops the last added first', async () => {
    const order: string[] = [];
    const sup = new Supervisor(() => undefined, quick);
    const children = new Map<string, ReturnType<typeof fake>>();
    for (const name of ['PostgreSQL', 'api', 'scheduler']) {
      await sup.add(name, async () => {
        const f = fake();
        const stop = f.running.stop;
        children.set(name, f);
        return {
          exited: f.running.exited,
          stop: async () => {
            order.push(name);
            await stop();
          },
        };
      });
    }
    await sup.stop();
    children.get('api')!.die('code 0');
    await sleep(60);
    expect(order).toEqual(['scheduler', 'api', 'PostgreSQL']);
    expect(children.size).toBe(3);
  });

  it('a start that fails is tried again later instead of giving up', async () => {
    const lines: string[] = [];
    const sup = new Supervisor((m) => lines.push(m), quick);
    let calls = 0;
    let first: ReturnType<typeof fake> | undefined;
    await sup.add('api', async () => {
      calls++;
      if (calls === 2) throw new Error('port in use');
      const f = fake();
      first ??= f;
      return f.running;
    });
    first!.die();
    await sleep(150);
    expect(calls).toBe(3);
    expect(lines).toContain('api could not be restarted: port in use');
    await sup.stop();
  });

  it('supervises a real process: killed, it is started again', async () => {
    const sup = new Supervisor(() => undefined, quick);
    const pids: number[] = [];
    await sup.add('child', async () => {
      const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
      pids.push(child.pid!);
      return runningChild(child);
    });
    process.kill(pids[0]!, 'SIGKILL');
    for (let i = 0; i < 50 && pids.length < 2; i++) await sleep(20);
    expect(pids).toHaveLength(2);
    await sup.stop();
    expect(() => process.kill(pids[1]!, 0)).toThrow();
  });
});
