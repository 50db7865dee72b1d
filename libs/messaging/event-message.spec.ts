import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import { EVENT_HEADERS, fromEventMessage, toEventMessage, UnreadableEventMessage } from './event-message';
import { deadLetterTopic, eventTopics, InvalidTopicName, topicForStream } from './topics';

const requested: RecordedEvent = {
  eventId: '6f1c1a52-4b8e-4c47-9a55-3f4f1d1f0a01',
  type: 'ConsultationRequested',
  schemaVersion: 1,
  streamId: 'consultation-42',
  streamRevision: 0,
  globalPosition: 9_007_199_254_740_993n,
  recordedAt: '2024-05-06T02:00:00.000Z',
  data: { consultationId: '42', patient: { reference: 'MRN-778', name: 'Aygul' } },
  metadata: { actor: { userId: 'clinician-1', role: 'clinician', hospitalId: 'h-1' }, correlationId: 'request-1' },
};

function consumed(message: { key: string | Buffer | null; value: string | Buffer | null; headers?: Record<string, string> }) {
  const buffer = (value: string | Buffer | null) => (value === null ? null : Buffer.from(value));
  return { key: buffer(message.key), value: buffer(message.value), headers: message.headers };
}

describe('an event as a Kafka message', () => {
  it('is keyed by its stream, so a stream stays in one partition', () => {
    expect(toEventMessage(requested).key).toBe('consultation-42');
  });

  it('carries identifiers in its headers and the patient only in its value', () => {
    const message = toEventMessage(requested);
    expect(message.headers).toEqual({
      [EVENT_HEADERS.eventId]: requested.eventId,
      [EVENT_HEADERS.eventType]: 'ConsultationRequested',
      [EVENT_HEADERS.schemaVersion]: '1',
      [EVENT_HEADERS.globalPosition]: '9007199254740993',
      [EVENT_HEADERS.correlationId]: 'request-1',
    });
    expect(JSON.stringify(message.headers)).not.toMatch(/MRN-778|Aygul/);
  });

  it('reads back to the same envelope, a position beyond 2^53 included', () => {
    expect(fromEventMessage(consumed(toEventMessage(requested)))).toEqual(requested);
  });

  it('is unreadable when its value is not an envelope or its key is not the stream', () => {
    const message = toEventMessage(requested);
    expect(() => fromEventMessage(consumed({ ...message, value: '{not json' }))).toThrow(UnreadableEventMessage);
    expect(() => fromEventMessage(consumed({ ...message, value: '{"type":"X"}' }))).toThrow(/eventId/);
    expect(() => fromEventMessage(consumed({ ...message, value: null }))).toThrow(/no value/);
    expect(() => fromEventMessage(consumed({ ...message, key: 'consultation-43' }))).toThrow(/key/);
  });
});

describe('topic names', () => {
  it('follow the stream category: one topic per aggregate type', () => {
    expect(topicForStream('consultation-42')).toBe('telemed.consultation.v1');
    expect(topicForStream('case-review-7')).toBe('telemed.case.v1');
    expect(topicForStream('training-session-7')).toBe('telemed.training.v1');
    expect(topicForStream('audit-seals')).toBe('telemed.audit.v1');
    expect(deadLetterTopic('staging.telemed')).toBe('staging.telemed.dead-letter.v1');
  });

  it('cover every aggregate of the registry', () => {
    expect(eventTopics().sort()).toEqual(
      ['agreements', 'audit', 'case', 'consortium', 'consultation', 'expert', 'further', 'hospital', 'partnership', 'patient', 'posting', 'research', 'technique', 'trainee', 'training', 'visit', 'webhook'].map((category) => `telemed.${category}.v1`),
    );
  });

  it('refuse a category Kafka cannot name a topic after', () => {
    expect(() => topicForStream('weird stream')).toThrow(InvalidTopicName);
  });
});
