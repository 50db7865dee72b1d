import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { Webhook } from 'standardwebhooks';

/** One delivery as a receiver got it: its headers, its body, and whether it verified. */
export interface ReceivedDelivery {
  path: string;
  id: string;
  timestamp: string;
  signature: string;
  body: string;
  payload: { type: string; timestamp: string; position: string; subject: { kind: string; id: string; sequence: number }; data: any; redactedFields?: string[] };
  /** When the request arrived, by the receiver's clock (ms). */
  receivedAt: number;
  /** The status the receiver answered. */
  answered: number;
}

/** How the receiver answers a request: a status, after an optional delay (longer than the sender's timeout: no answer). */
export type Behaviour = (delivery: Omit<ReceivedDelivery, 'answered'>, count: number) => { status: number; delayMs?: number };

const ALWAYS_OK: Behaviour = () => ({ status: 204 });

/**
 * A webhook receiver on a loopback port, as a hospital's system would run one: it records every
 * request and answers as the test tells it, per path. `verify` checks a delivery with the Standard
 * Webhooks reference implementation, as a receiver would.
 */
export class WebhookReceiver {
  readonly deliveries: ReceivedDelivery[] = [];
  private readonly behaviours = new Map<string, Behaviour>();
  private readonly counts = new Map<string, number>();

  private constructor(
    private readonly server: Server,
    readonly baseUrl: string,
  ) {}

  static async start(): Promise<WebhookReceiver> {
    let receiver: WebhookReceiver | undefined;
    const server = createServer((request, response) => void receiver!.handle(request, response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    receiver = new WebhookReceiver(server, `http://127.0.0.1:${port}`);
    return receiver;
  }

  /** The address of one endpoint of this receiver, with how it answers. */
  url(path: string, behaviour: Behaviour = ALWAYS_OK): string {
    this.behaviours.set(path, behaviour);
    return `${this.baseUrl}${path}`;
  }

  answer(path: string, behaviour: Behaviour): void {
    this.behaviours.set(path, behaviour);
  }

  at(path: string): ReceivedDelivery[] {
    return this.deliveries.filter((delivery) => delivery.path === path);
  }

  /** Waits until `done` holds of the deliveries at `path`, polling; fails with what arrived after `timeoutMs`. */
  async waitFor(path: string, done: (deliveries: ReceivedDelivery[]) => boolean, timeoutMs = 10_000): Promise<ReceivedDelivery[]> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (done(this.at(path))) return this.at(path);
      await sleep(10);
    }
    throw new Error(`deliveries at ${path} not as awaited after ${timeoutMs} ms: ${JSON.stringify(this.at(path).map((delivery) => [delivery.payload.type, delivery.answered]))}`);
  }

  static verify(secret: string, delivery: ReceivedDelivery): unknown {
    return new Webhook(secret).verify(delivery.body, { 'webhook-id': delivery.id, 'webhook-timestamp': delivery.timestamp, 'webhook-signature': delivery.signature });
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const path = (request.url ?? '/').split('?')[0];
    const header = (name: string) => String(request.headers[name] ?? '');
    let payload: ReceivedDelivery['payload'];
    try {
      payload = JSON.parse(body);
    } catch {
      payload = { type: '(not JSON)', timestamp: '', position: '0', subject: { kind: '', id: '', sequence: -1 }, data: undefined };
    }
    const arrived = { path, id: header('webhook-id'), timestamp: header('webhook-timestamp'), signature: header('webhook-signature'), body, payload, receivedAt: Date.now() };
    const count = (this.counts.get(path) ?? 0) + 1;
    this.counts.set(path, count);
    const { status, delayMs } = (this.behaviours.get(path) ?? ALWAYS_OK)(arrived, count);
    this.deliveries.push({ ...arrived, answered: status });
    if (delayMs) await sleep(delayMs);
    if (!response.destroyed) response.writeHead(status).end();
  }
}
