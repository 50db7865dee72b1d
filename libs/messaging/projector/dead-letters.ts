import type { KafkaMessage, Message } from 'kafkajs';

/** A message the projector gave up on, and why. */
export interface DeadLetter {
  topic: string;
  partition: number;
  offset: string;
  /** What went wrong, without event data: the failing projection and its error, or what is unreadable. */
  reason: string;
  eventId?: string;
  eventType?: string;
}

export const DEAD_LETTER_HEADERS = {
  reason: 'dead-letter-reason',
  topic: 'dead-letter-source-topic',
  partition: 'dead-letter-source-partition',
  offset: 'dead-letter-source-offset',
  consumerGroup: 'dead-letter-consumer-group',
  at: 'dead-letter-at',
} as const;

/** The original key, value and headers, plus where the message came from and why it was given up. */
export function deadLetterMessage(message: KafkaMessage, letter: DeadLetter, consumerGroup: string): Message {
  return {
    key: message.key,
    value: message.value,
    headers: {
      ...message.headers,
      [DEAD_LETTER_HEADERS.reason]: letter.reason,
      [DEAD_LETTER_HEADERS.topic]: letter.topic,
      [DEAD_LETTER_HEADERS.partition]: String(letter.partition),
      [DEAD_LETTER_HEADERS.offset]: letter.offset,
      [DEAD_LETTER_HEADERS.consumerGroup]: consumerGroup,
      [DEAD_LETTER_HEADERS.at]: new Date().toISOString(),
    },
  };
}
