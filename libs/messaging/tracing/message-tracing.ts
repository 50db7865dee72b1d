import { type Context, context, type Span, SpanKind, trace } from '@opentelemetry/api';
import { ATTR_DB_COLLECTION_NAME, ATTR_DB_OPERATION_NAME, ATTR_DB_SYSTEM_NAME } from '@opentelemetry/semantic-conventions';
import type { IHeaders } from 'kafkajs';
import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import { eventTraceParent } from '@telemed/event-store/tracing/event-trace-context';
import { extractTraceContext, injectTraceContext } from '@telemed/observability/tracing/trace-carriers';
import { inSpan, markFailed, tracer } from '@telemed/observability/tracing/tracing';
import { headerText } from '../event-message';
import * as messaging from './messaging-attributes';

/** Headers a traced message carries besides the event's own: the W3C trace context of its `send` span. */
export const TRACE_HEADERS = { traceparent: 'traceparent', tracestate: 'tracestate' } as const;

/** `db.system.name` of the read models the projector writes. */
export type ReadModelSystem = 'postgresql' | 'sqlite';

/**
 * The relay's producer span of one event, `send <topic>`, child of the append that wrote the event
 * (its metadata keeps that context); its own context goes into the message's headers for the
 * projector. It lasts until Kafka acknowledged the batch the message went in.
 */
export function startSendSpan(event: RecordedEvent, topic: string, headers: Record<string, string>, batchSize: number): Span {
  const span = tracer.startSpan(
    `send ${topic}`,
    {
      kind: SpanKind.PRODUCER,
      attributes: {
        [messaging.ATTR_MESSAGING_SYSTEM]: messaging.MESSAGING_SYSTEM_VALUE_KAFKA,
        [messaging.ATTR_MESSAGING_OPERATION_NAME]: 'send',
        [messaging.ATTR_MESSAGING_OPERATION_TYPE]: 'send',
        [messaging.ATTR_MESSAGING_DESTINATION_NAME]: topic,
        [messaging.ATTR_MESSAGING_MESSAGE_ID]: event.eventId,
        [messaging.ATTR_MESSAGING_KAFKA_MESSAGE_KEY]: event.streamId,
        [messaging.ATTR_MESSAGING_BATCH_MESSAGE_COUNT]: batchSize,
      },
    },
    eventTraceParent(event),
  );
  injectTraceContext(headers, trace.setSpan(context.active(), span));
  return span;
}

/** Ends the send spans of a batch: acknowledged, or failed with the error that stopped it. */
export function endSendSpans(spans: readonly Span[], error?: unknown): void {
  for (const span of spans) {
    if (error !== undefined) markFailed(span, error);
    span.end();
  }
}

/** Notes on each send span an attempt Kafka did not acknowledge (the relay sends the batch again). */
export function noteSendFailure(spans: readonly Span[], error: unknown, attempt: number): void {
  for (const span of spans) span.addEvent('send failed', { attempt, 'exception.message': error instanceof Error ? error.message : String(error) });
}

/** The context a consumed message's headers carry: its `send` span as the remote parent. */
export function messageTraceParent(headers: IHeaders | undefined): Context {
  return extractTraceContext({
    traceparent: headerText(headers, TRACE_HEADERS.traceparent),
    tracestate: headerText(headers, TRACE_HEADERS.tracestate),
  });
}

export interface ConsumedMessage {
  topic: string;
  partition: number;
  offset: string;
  groupId: string;
  headers?: IHeaders;
}

/**
 * The projector's consumer span of one event, `process <topic>`, child of the relay's `send` span
 * whose context came in the message headers; the read-model writes of the event are its children.
 */
export function inProcessSpan<T>(event: RecordedEvent, message: ConsumedMessage, work: (span: Span) => Promise<T>): Promise<T> {
  return inSpan(
    `process ${message.topic}`,
    {
      kind: SpanKind.CONSUMER,
      attributes: {
        [messaging.ATTR_MESSAGING_SYSTEM]: messaging.MESSAGING_SYSTEM_VALUE_KAFKA,
        [messaging.ATTR_MESSAGING_OPERATION_NAME]: 'process',
        [messaging.ATTR_MESSAGING_OPERATION_TYPE]: 'process',
        [messaging.ATTR_MESSAGING_DESTINATION_NAME]: message.topic,
        [messaging.ATTR_MESSAGING_DESTINATION_PARTITION_ID]: String(message.partition),
        [messaging.ATTR_MESSAGING_KAFKA_OFFSET]: Number(message.offset),
        [messaging.ATTR_MESSAGING_CONSUMER_GROUP_NAME]: message.groupId,
        [messaging.ATTR_MESSAGING_MESSAGE_ID]: event.eventId,
        [messaging.ATTR_MESSAGING_KAFKA_MESSAGE_KEY]: event.streamId,
      },
    },
    work,
    messageTraceParent(message.headers),
  );
}

/** A client span around one projection's writes to the read models: `write consultations`. */
export function inReadModelWriteSpan<T>(projection: string, system: ReadModelSystem, work: () => Promise<T>): Promise<T> {
  return inSpan(
    `write ${projection}`,
    { kind: SpanKind.CLIENT, attributes: { [ATTR_DB_SYSTEM_NAME]: system, [ATTR_DB_OPERATION_NAME]: 'write', [ATTR_DB_COLLECTION_NAME]: projection } },
    work,
  );
}
