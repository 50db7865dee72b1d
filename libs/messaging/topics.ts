import { streamCategory } from '@telemed/event-store/event-envelope';
import { AGGREGATE_SCHEMAS } from './schemas/event-schemas';

export const DEFAULT_TOPIC_PREFIX = 'telemed';
/** Bumped when the message format (key, value envelope, headers) changes incompatibly. */
const MESSAGE_FORMAT_VERSION = 'v1';
const LEGAL_TOPIC_PART = /^[a-zA-Z0-9_-]+$/;

export class InvalidTopicName extends Error {
  constructor(readonly part: string) {
    super(`"${part}" cannot be part of a Kafka topic name (letters, digits, "_" and "-" only)`);
    this.name = 'InvalidTopicName';
  }
}

function topicName(prefix: string, name: string): string {
  for (const part of [...prefix.split('.'), name]) {
    if (!LEGAL_TOPIC_PART.test(part)) throw new InvalidTopicName(part);
  }
  return `${prefix}.${name}.${MESSAGE_FORMAT_VERSION}`;
}

/**
 * One topic per aggregate type, named after the stream category (the stream id up to its first
 * dash): `consultation-…` → `telemed.consultation.v1`, `case-review-…` → `telemed.case.v1`,
 * `training-session-…` → `telemed.training.v1`, `audit-seals` → `telemed.audit.v1`.
 */
export function topicForStream(streamId: string, prefix = DEFAULT_TOPIC_PREFIX): string {
  return topicName(prefix, streamCategory(streamId));
}

/** Where messages the projector cannot apply go, with the reason in their headers. */
export function deadLetterTopic(prefix = DEFAULT_TOPIC_PREFIX): string {
  return topicName(prefix, 'dead-letter');
}

/** The topics the relay publishes to: one per aggregate the schema registry knows. */
export function eventTopics(prefix = DEFAULT_TOPIC_PREFIX): string[] {
  return [...new Set(AGGREGATE_SCHEMAS.map(({ streamPrefix }) => topicForStream(streamPrefix, prefix)))];
}
