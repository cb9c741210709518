import { request, type ClientRequest, type IncomingMessage } from 'node:http';

export interface SseMessage {
  event: string;
  data: unknown;
}

/**
 * A minimal server-sent events reader over node:http (like a browser's EventSource): it keeps every message, and
 * `next` waits for the first message (from the start) that matches.
 */
export class SseClient {
  readonly messages: SseMessage[] = [];
  status = 0;
  private req!: ClientRequest;
  private res: IncomingMessage | null = null;
  private waiters: (() => void)[] = [];
  body = '';
  /** Resolves when the server ends the stream. */
  ended!: Promise<void>;

  static async open(url: string, headers: Record<string, string>): Promise<SseClient> {
    const c = new SseClient();
    await new Promise<void>((resolve, reject) => {
      c.req = request(url, { headers: { accept: 'text/event-stream', ...headers } }, (res) => {
        c.res = res;
        c.status = res.statusCode ?? 0;
        c.ended = new Promise((done) => res.on('end', () => done()));
        res.setEncoding('utf8');
        let buf = '';
        res.on('data', (chunk: string) => {
          c.body += chunk;
          buf += chunk;
          let i: number;
          while ((i = buf.indexOf('\n\n')) >= 0) {
            c.parse(buf.slice(0, i));
            buf = buf.slice(i + 2);
          }
        });
        resolve();
      });
      c.req.on('error', reject);
      c.req.end();
    });
    return c;
  }

  private parse(block: string): void {
    let event = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith('event:')) event = line.slice(6).trim();
      else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
    }
    if (!data.length) return;
    const text = data.join('\n');
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // plain text data
    }
    this.messages.push({ event, data: parsed });
    for (const w of this.waiters.splice(0)) w();
  }

  /**
   * The first message with this event name that satisfies `match`, among those received since the stream opened (or
   * since message number `from`).
   */
  async next<T>(event: string, match: (data: T) => boolean = () => true, timeoutMs = 5000, from = 0): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.messages.slice(from).find((m) => m.event === event && match(m.data as T));
      if (found) return found.data as T;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no ${event} event within ${timeoutMs} ms; got ${JSON.stringify(this.messages)}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  close(): void {
    this.res?.destroy();
    this.req.destroy();
  }
}
