import { createServer, connect, type Server, type Socket } from 'node:net';

/** A broker as a Metadata response names it. */
export interface BrokerAddress {
  nodeId: number;
  host: string;
  port: number;
}

const METADATA_API_KEY = 3;
/** Metadata v9 and later are "flexible" (compact strings, tagged fields); kafkajs 2.2 asks for v6 at most. */
const FIRST_FLEXIBLE_METADATA_VERSION = 9;

/**
 * Splits a byte stream into Kafka frames (a 4-byte big-endian size, then that many bytes). Keeps a
 * list of chunks and concatenates only when a frame is complete, so large fetches stay cheap.
 */
class FrameReader {
  private chunks: Buffer[] = [];
  private buffered = 0;

  constructor(private readonly onFrame: (frame: Buffer) => void) {}

  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    for (;;) {
      if (this.buffered < 4) return;
      const head = this.chunks[0].length >= 4 ? this.chunks[0] : Buffer.concat(this.chunks);
      const frameLength = 4 + head.readInt32BE(0);
      if (this.buffered < frameLength) return;
      const all = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.buffered);
      this.onFrame(all.subarray(0, frameLength));
      const rest = all.subarray(frameLength);
      this.chunks = rest.length > 0 ? [rest] : [];
      this.buffered = rest.length;
    }
  }
}

/**
 * Rewrites a non-flexible Metadata response (v1–v8): each broker's address becomes the proxy in
 * front of it, and a controller id that names no broker (librdkafka 2.0.2's mock answers 0)
 * becomes the lowest broker id, so that kafkajs can find a controller for InitProducerId and admin
 * calls. Answers the frame unchanged when it cannot be read.
 */
export function rewriteMetadataResponse(
  frame: Buffer,
  version: number,
  addressOf: (broker: BrokerAddress) => { host: string; port: number },
): Buffer {
  if (version < 1 || version >= FIRST_FLEXIBLE_METADATA_VERSION) return frame;
  let offset = 8; // size, correlation id
  if (version >= 3) offset += 4; // throttle time
  const brokerCount = frame.readInt32BE(offset);
  offset += 4;
  const brokers: Array<BrokerAddress & { rack: Buffer }> = [];
  for (let index = 0; index < brokerCount; index++) {
    const nodeId = frame.readInt32BE(offset);
    const hostLength = frame.readInt16BE(offset + 4);
    const host = frame.toString('utf8', offset + 6, offset + 6 + hostLength);
    offset += 6 + hostLength;
    const port = frame.readInt32BE(offset);
    offset += 4;
    const rackLength = frame.readInt16BE(offset);
    const rack = frame.subarray(offset, offset + 2 + Math.max(rackLength, 0));
    offset += rack.length;
    brokers.push({ nodeId, host, port, rack });
  }
  const brokersEnd = offset;
  if (version >= 2) offset += 2 + Math.max(frame.readInt16BE(offset), 0); // cluster id
  const controllerAt = offset;

  // Correlation id (and throttle time), then the rewritten brokers, then everything after them.
  const parts: Buffer[] = [frame.subarray(4, version >= 3 ? 12 : 8)];
  const count = Buffer.alloc(4);
  count.writeInt32BE(brokerCount);
  parts.push(count);
  for (const broker of brokers) {
    const address = addressOf(broker);
    const host = Buffer.from(address.host, 'utf8');
    const fixed = Buffer.alloc(10 + host.length);
    fixed.writeInt32BE(broker.nodeId, 0);
    fixed.writeInt16BE(host.length, 4);
    host.copy(fixed, 6);
    fixed.writeInt32BE(address.port, 6 + host.length);
    parts.push(fixed, broker.rack);
  }
  parts.push(frame.subarray(brokersEnd, controllerAt));
  const controller = Buffer.from(frame.subarray(controllerAt, controllerAt + 4));
  const ids = brokers.map((broker) => broker.nodeId);
  if (ids.length > 0 && !ids.includes(controller.readInt32BE(0))) controller.writeInt32BE(Math.min(...ids));
  parts.push(controller, frame.subarray(controllerAt + 4));

  const body = Buffer.concat(parts);
  const size = Buffer.alloc(4);
  size.writeInt32BE(body.length);
  return Buffer.concat([size, body]);
}

/**
 * A loopback proxy in front of each broker of a cluster that rewrites Metadata responses (see
 * `rewriteMetadataResponse`); every other request and response passes through untouched. It also
 * lets a test take the whole cluster off the network and bring it back.
 */
export class MetadataProxy {
  private readonly servers = new Map<string, { server: Server; port: number }>();
  private readonly sockets = new Set<Socket>();
  private offline = false;
  private latencyMs = 0;

  private constructor() {}

  /** Starts one listener per broker; answers the proxy's bootstrap addresses, in the brokers' order. */
  static async start(brokers: ReadonlyArray<{ host: string; port: number }>): Promise<MetadataProxy> {
    const proxy = new MetadataProxy();
    for (const broker of brokers) await proxy.listen(broker);
    return proxy;
  }

  get bootstrapServers(): string[] {
    return [...this.servers.values()].map(({ port }) => `127.0.0.1:${port}`);
  }

  /** Drops every connection and refuses new ones until `restore()`: to clients, the cluster is unreachable. */
  cutOff(): void {
    this.offline = true;
    for (const socket of this.sockets) socket.destroy();
  }

  restore(): void {
    this.offline = false;
  }

  /** Delays every response by `ms` (in order), as a slow network or a busy broker would. */
  setLatency(ms: number): void {
    this.latencyMs = ms;
  }

  async stop(): Promise<void> {
    this.cutOff();
    await Promise.all([...this.servers.values()].map(({ server }) => new Promise<void>((resolve) => server.close(() => resolve()))));
  }

  private async listen(upstream: { host: string; port: number }): Promise<void> {
    const server = createServer((client) => this.accept(client, upstream));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('the proxy has no TCP address');
    this.servers.set(`${upstream.host}:${upstream.port}`, { server, port: address.port });
  }

  private addressOf = (broker: BrokerAddress): { host: string; port: number } => {
    const proxied = this.servers.get(`${broker.host}:${broker.port}`);
    return proxied ? { host: '127.0.0.1', port: proxied.port } : broker;
  };

  private accept(client: Socket, upstream: { host: string; port: number }): void {
    if (this.offline) {
      client.destroy();
      return;
    }
    const broker = connect(upstream.port, upstream.host);
    client.setNoDelay(true);
    broker.setNoDelay(true);
    for (const socket of [client, broker]) {
      this.sockets.add(socket);
      socket.on('error', () => undefined);
      socket.once('close', () => {
        this.sockets.delete(socket);
        client.destroy();
        broker.destroy();
      });
    }
    const metadataRequests = new Map<number, number>();
    const requests = new FrameReader((frame) => {
      if (frame.length >= 12 && frame.readInt16BE(4) === METADATA_API_KEY) {
        metadataRequests.set(frame.readInt32BE(8), frame.readInt16BE(6));
      }
      broker.write(frame);
    });
    const deliver = (frame: Buffer) => {
      // Equal delays fire in order, so responses stay in request order.
      if (this.latencyMs > 0) setTimeout(() => client.write(frame), this.latencyMs);
      else client.write(frame);
    };
    const responses = new FrameReader((frame) => {
      const version = frame.length >= 8 ? metadataRequests.get(frame.readInt32BE(4)) : undefined;
      if (version === undefined) return deliver(frame);
      metadataRequests.delete(frame.readInt32BE(4));
      deliver(rewriteMetadataResponse(frame, version, this.addressOf));
    });
    client.on('data', (chunk: Buffer) => requests.push(chunk));
    broker.on('data', (chunk: Buffer) => responses.push(chunk));
  }
}
