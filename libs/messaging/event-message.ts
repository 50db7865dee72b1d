import type { IHeaders, Message } from 'kafkajs';
import { type JsonEnvelope, type RecordedEvent, toJsonEnvelope } from '@telemed/event-store/event-envelope';

/**
 * Headers every published message carries, so that brokers' tools and consumers can route and
 * filter without parsing the value. They hold identifiers only: never patient details.
 */
export const EVENT_HEADERS = {
  eventId: 'event-id',
  eventType: 'event-type',
  schemaVersion: 'schema-version',
  globalPosition: 'global-position',
  correlationId: 'correlation-id',
} as const;

/** The message value: the envelope as JSON, with the position as a decimal string (JSON has no 64-bit integers). */
export type PublishedEnvelope = JsonEnvelope;

export interface EventMessage extends Message {
  key: string;
  value: string;
  headers: Record<string, string>;
}

/** Keyed by stream id, so that one stream's events land in one partition, in order. */
export function toEventMessage(event: RecordedEvent): EventMessage {
  return {
    key: event.streamId,
    value: JSON.stringify(toJsonEnvelope(event)),
    headers: {
      [EVENT_HEADERS.eventId]: event.eventId,
      [EVENT_HEADERS.eventType]: event.type,
      [EVENT_HEADERS.schemaVersion]: String(event.schemaVersion),
      [EVENT_HEADERS.globalPosition]: event.globalPosition.toString(),
      [EVENT_HEADERS.correlationId]: event.metadata.correlationId,
    },
  };
}

/** A message that is not a published event; the projector sends it to the dead-letter topic. */
export class UnreadableEventMessage extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'UnreadableEventMessage';
  }
}

export function headerText(headers: IHeaders | undefined, name: string): string | undefined {
  const value = headers?.[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined ? undefined : first.toString();
}

const POSITION = /^[1-9]\d*$/;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a consumed message back into the envelope; throws `UnreadableEventMessage` naming what is wrong. */
export function fromEventMessage(message: { key: Buffer | null; value: Buffer | null; headers?: IHeaders }): RecordedEvent {
  if (message.value === null) throw new UnreadableEventMessage('the message has no value');
  let value: unknown;
  try {
    value = JSON.parse(message.value.toString('utf8'));
  } catch {
    throw new UnreadableEventMessage('the value is not JSON');
  }
  if (!isObject(value)) throw new UnreadableEventMessage('the value is not a JSON object');
  const problems: string[] = [];
  const expect = (field: string, ok: boolean) => ok || problems.push(field);
  expect('eventId', typeof value.eventId === 'string' && value.eventId !== '');
  expect('type', typeof value.type === 'string' && value.type !== '');
  expect('schemaVersion', Number.isInteger(value.schemaVersion));
  expect('streamId', typeof value.streamId === 'string' && value.streamId !== '');
  expect('streamRevision', Number.isInteger(value.streamRevision) && (value.streamRevision as number) >= 0);
  expect('globalPosition', typeof value.globalPosition === 'string' && POSITION.test(value.globalPosition));
  expect('recordedAt', typeof value.recordedAt === 'string');
  expect('data', 'data' in value);
  expect('metadata', isObject(value.metadata) && typeof value.metadata.correlationId === 'string');
  if (problems.length > 0) throw new UnreadableEventMessage(`the envelope lacks or has invalid: ${problems.join(', ')}`);
  const key = message.key?.toString('utf8');
  if (key !== value.streamId) throw new UnreadableEventMessage('the key is not the stream id of the event');
  const headerEventId = headerText(message.headers, EVENT_HEADERS.eventId);
  if (headerEventId !== undefined && headerEventId !== value.eventId) {
    throw new UnreadableEventMessage('the event-id header does not match the value');
  }
  const envelope = value as unknown as PublishedEnvelope;
  return { ...envelope, globalPosition: BigInt(envelope.globalPosition) };
}
