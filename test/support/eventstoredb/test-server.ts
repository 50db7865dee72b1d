import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import type * as Grpc from '@grpc/grpc-js';
import { AppendReq, AppendResp, BatchAppendReq, BatchAppendResp, ReadReq, ReadResp } from '@eventstore/db-client/generated/streams_pb';
import { StreamsService } from '@eventstore/db-client/generated/streams_grpc_pb';
import { ServerFeaturesService } from '@eventstore/db-client/generated/serverfeatures_grpc_pb';
import { SupportedMethod, SupportedMethods } from '@eventstore/db-client/generated/serverfeatures_pb';
import { GossipService } from '@eventstore/db-client/generated/gossip_grpc_pb';
import { MonitoringService } from '@eventstore/db-client/generated/monitoring_grpc_pb';
import { OperationsService } from '@eventstore/db-client/generated/operations_grpc_pb';
import { PersistentSubscriptionsService } from '@eventstore/db-client/generated/persistent_grpc_pb';
import { ProjectionsService } from '@eventstore/db-client/generated/projections_grpc_pb';
import { UsersService } from '@eventstore/db-client/generated/users_grpc_pb';
import { InMemoryLog } from './in-memory-log';
import { readEventResponse, streamIdentifier, streamNameOf, type UuidFormat } from './grpc-messages';
import { serveAllSubscription, subscriptionFilter } from './all-subscription';
import { append, batchAppend } from './append-rpcs';

// The gRPC runtime the client's generated definitions were built against, not whichever copy is nearest.
const grpc = createRequire(require.resolve('@eventstore/db-client/generated/streams_grpc_pb'))('@grpc/grpc-js') as typeof Grpc;

export interface EventStoreTestServerOptions {
  /**
   * Advertise Streams.BatchAppend through ServerFeatures, as servers since 21.10 do, so the client
   * appends with it; with `false` ServerFeatures answers UNIMPLEMENTED and the client falls back to
   * Streams.Append, as it does against older servers. Default true.
   */
  batchAppend?: boolean;
}

export interface EventStoreTestServer {
  /** `esdb://127.0.0.1:<port>?tls=false`: a single insecure node, so the client needs no gossip. */
  connectionString: string;
  /** How often each RPC was called, by its path. */
  readonly calls: ReadonlyMap<string, number>;
  /** Appends a record the way the server's own subsystems do: a `$` type in a `$` stream. */
  writeSystemEvent(streamId?: string, type?: string): void;
  /** Ends open subscriptions and shuts the server down. */
  stop(): Promise<void>;
}

type UntypedHandler = Grpc.UntypedHandleCall;
type ServiceDefinition = Grpc.ServiceDefinition;

/** What a freshly created EventStoreDB holds in $all before any user writes. */
const STARTUP_SYSTEM_EVENTS: Array<[string, string]> = [
  ['$settings', '$settings'],
  ['$users', '$UserCreated'],
  ['$user-admin', '$User'],
];

/**
 * An in-memory EventStoreDB single node speaking the real gRPC protocol through the client
 * package's own generated service definitions, so the real client (and the adapter above it) runs
 * unchanged against it. Implemented: Streams.Read (stream reads, $all reads, subscriptions to $all
 * with filters and checkpoints), Streams.Append, Streams.BatchAppend, ServerFeatures. Every other
 * method of every service the client knows answers UNIMPLEMENTED, so a gap fails loudly: Streams
 * Delete and Tombstone, subscriptions to a single stream, persistent subscriptions, projections,
 * users, operations, gossip, monitoring.
 *
 * Not modelled: authentication and TLS, stream metadata semantics ($maxCount, $maxAge, ACLs; a
 * `$$stream` append is stored like any record), link events, BatchAppend deadlines, and dropping
 * a subscriber that reads too slowly (this server waits for it instead).
 */
export async function startEventStoreTestServer(options: EventStoreTestServerOptions = {}): Promise<EventStoreTestServer> {
  const log = new InMemoryLog();
  const calls = new Map<string, number>();
  const openCalls = new Set<Grpc.ServerWritableStream<ReadReq, ReadResp> | Grpc.ServerDuplexStream<BatchAppendReq, BatchAppendResp>>();
  const server = new grpc.Server();
  const writeSystemEvent = (streamId = '$stats-127.0.0.1:2113', type = '$statsCollected') => {
    const data = Buffer.from(JSON.stringify({ at: new Date().toISOString() }));
    log.append(streamId, { kind: 'any' }, [{ eventId: randomUUID(), type, contentType: 'application/json', data, customMetadata: new Uint8Array() }]);
  };
  STARTUP_SYSTEM_EVENTS.forEach(([streamId, type]) => writeSystemEvent(streamId, type));

  const counted = (definition: { path: string }, handler: UntypedHandler): UntypedHandler =>
    ((call: unknown, callback: unknown) => {
      calls.set(definition.path, (calls.get(definition.path) ?? 0) + 1);
      (handler as (call: unknown, callback: unknown) => void)(call, callback);
    }) as UntypedHandler;

  const implemented: Record<string, UntypedHandler> = {
    [StreamsService.read.path]: ((call: Grpc.ServerWritableStream<ReadReq, ReadResp>) => {
      openCalls.add(call);
      call.on('close', () => openCalls.delete(call));
      read(log, call).catch((error: unknown) => failStream(call, error));
    }) as UntypedHandler,
    [StreamsService.append.path]: ((call: Grpc.ServerReadableStream<AppendReq, AppendResp>, callback: Grpc.sendUnaryData<AppendResp>) =>
      append(log, call, callback)) as UntypedHandler,
    [StreamsService.batchAppend.path]: ((call: Grpc.ServerDuplexStream<BatchAppendReq, BatchAppendResp>) => {
      openCalls.add(call);
      call.on('close', () => openCalls.delete(call));
      batchAppend(log, call);
    }) as UntypedHandler,
  };
  if (options.batchAppend !== false) {
    implemented[ServerFeaturesService.getSupportedMethods.path] = ((_call: unknown, callback: Grpc.sendUnaryData<SupportedMethods>) =>
      callback(null, supportedMethods(Object.keys(implemented)))) as UntypedHandler;
  }

  const services: ServiceDefinition[] = [
    StreamsService, ServerFeaturesService, GossipService, MonitoringService, OperationsService,
    PersistentSubscriptionsService, ProjectionsService, UsersService,
  ] as unknown as ServiceDefinition[];
  for (const service of services) {
    const implementation: Grpc.UntypedServiceImplementation = {};
    for (const [name, definition] of Object.entries(service)) {
      implementation[name] = counted(definition, implemented[definition.path] ?? unimplemented(definition));
    }
    server.addService(service, implementation);
  }

  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (error, bound) => (error ? reject(error) : resolve(bound))),
  );
  return {
    connectionString: `esdb://127.0.0.1:${port}?tls=false`,
    calls,
    writeSystemEvent,
    async stop() {
      openCalls.forEach((call) => call.end());
      await new Promise<void>((resolve) => {
        const force = setTimeout(() => {
          server.forceShutdown();
          resolve();
        }, 1000);
        server.tryShutdown(() => {
          clearTimeout(force);
          resolve();
        });
      });
    },
  };
}

function unimplemented(definition: { path: string; responseStream: boolean }): UntypedHandler {
  const error = { code: grpc.status.UNIMPLEMENTED, details: `the EventStoreDB test server does not implement ${definition.path}` };
  if (!definition.responseStream) {
    return ((_call: unknown, callback: Grpc.sendUnaryData<unknown>) => callback(error, null)) as UntypedHandler;
  }
  return ((call: Grpc.ServerWritableStream<unknown, unknown>) => call.emit('error', error)) as UntypedHandler;
}

function failStream(call: Grpc.ServerWritableStream<unknown, unknown>, error: unknown): void {
  const code = error instanceof RangeError || error instanceof SyntaxError ? grpc.status.INVALID_ARGUMENT : grpc.status.INTERNAL;
  call.emit('error', { code, details: error instanceof Error ? error.message : String(error) });
}

function supportedMethods(paths: string[]): SupportedMethods {
  const methods = new SupportedMethods().setEventStoreServerVersion('23.10.0-test');
  for (const path of [...paths, ServerFeaturesService.getSupportedMethods.path]) {
    const [, serviceName, methodName] = path.split('/');
    methods.addMethods(new SupportedMethod().setServiceName(serviceName.toLowerCase()).setMethodName(methodName.toLowerCase()));
  }
  return methods;
}

async function read(log: InMemoryLog, call: Grpc.ServerWritableStream<ReadReq, ReadResp>): Promise<void> {
  const options = call.request.getOptions();
  if (!options) throw new RangeError('read options are required');
  const uuidFormat: UuidFormat = options.getUuidOption()?.hasStructured() ? 'structured' : 'string';
  const direction = options.getReadDirection() === ReadReq.Options.ReadDirection.BACKWARDS ? 'backwards' : 'forwards';

  if (options.hasSubscription()) {
    if (options.hasStream()) {
      call.emit('error', { code: grpc.status.UNIMPLEMENTED, details: 'the EventStoreDB test server implements subscriptions to $all only' });
      return;
    }
    const all = options.getAll()!;
    const start = all.hasStart() ? 'start' : all.hasEnd() ? 'end' : BigInt(all.getPosition()!.getCommitPosition());
    await serveAllSubscription(log, call, start, subscriptionFilter(options), uuidFormat, randomUUID());
    call.end();
    return;
  }

  const count = options.hasCount() ? Number(BigInt(options.getCount())) : Number.MAX_SAFE_INTEGER;
  if (options.hasStream()) {
    const stream = options.getStream()!;
    const streamId = streamNameOf(stream.getStreamIdentifier());
    const from = stream.hasStart() ? 'start' : stream.hasEnd() ? 'end' : BigInt(stream.getRevision());
    const events = log.readStream(streamId, direction, from, count);
    if (!events) {
      call.write(new ReadResp().setStreamNotFound(new ReadResp.StreamNotFound().setStreamIdentifier(streamIdentifier(streamId))));
    }
    for (const event of events ?? []) call.write(readEventResponse(event, uuidFormat));
    call.end();
    return;
  }
  const all = options.getAll()!;
  const from = all.hasStart() ? 'start' : all.hasEnd() ? 'end' : BigInt(all.getPosition()!.getCommitPosition());
  for (const event of log.readAll(direction, from, count, subscriptionFilter(options))) call.write(readEventResponse(event, uuidFormat));
  call.end();
}
