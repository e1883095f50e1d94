/**
 * A plain WebSocket client for protocol tests: keeps every frame it receives, waits for frames by
 * content, and sends requests whose answer (ack or error) is matched by `ref`.
 */
import WebSocket from 'ws';

/** A frame from the server. */
export type Frame = { readonly type: string; readonly [field: string]: unknown };

/** One connection to the example server, as a page would hold it. */
export class WsClient {
  readonly frames: Frame[] = [];
  private readonly waiters: { match: (f: Frame) => boolean; resolve: (f: Frame) => void }[] = [];
  private nextRef = 100;

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const frame = JSON.parse(data.toString()) as Frame;
      this.frames.push(frame);
      for (const waiter of this.waiters.filter((w) => w.match(frame))) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(frame);
      }
    });
  }

  /** Connects to `${baseUrl}/ws` and waits for the server's hello. */
  static async open(baseUrl: string): Promise<WsClient> {
    const socket = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/ws`);
    const client = new WsClient(socket);
    await client.next((f) => f.type === 'hello');
    return client;
  }

  /** The first frame, received already or later, that matches; fails after `timeoutMs`. */
  next(match: (f: Frame) => boolean, timeoutMs = 5_000): Promise<Frame> {
    const found = this.frames.find(match);
    if (found !== undefined) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching frame within ${timeoutMs} ms; got ${JSON.stringify(this.frames.slice(-5))}`)), timeoutMs);
      this.waiters.push({ match, resolve: (f) => (clearTimeout(timer), resolve(f)) });
    });
  }

  /** Sends a frame with a fresh `ref` and resolves with its answer: `ack` or `error`. */
  request(frame: Record<string, unknown>): Promise<Frame> {
    const ref = ++this.nextRef;
    this.socket.send(JSON.stringify({ ...frame, ref }));
    return this.next((f) => f.ref === ref && (f.type === 'ack' || f.type === 'error'));
  }

  /** Sends raw text (or anything) and resolves with the next error frame. */
  sendRaw(data: string | Buffer, binary = false): Promise<Frame> {
    const count = this.frames.filter((f) => f.type === 'error').length;
    this.socket.send(data, { binary });
    return this.next((f) => f.type === 'error' && this.frames.filter((g) => g.type === 'error').indexOf(f) >= count);
  }

  close(): void {
    this.socket.close();
  }
}
