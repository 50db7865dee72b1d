import { beijingMonth } from '@telemed/domain/core';
import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import type { Projection } from '../projection';
import type { ProjectionBatch } from '../rows/projection-batch';
import { readModelTable } from '../rows/read-model-table';

type Data = Record<string, any>;

const secondsBetween = (from: string, to: string) => Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 1000));

const turnaround = readModelTable(`CREATE TABLE IF NOT EXISTS consultation_turnaround (
       consultation_id TEXT PRIMARY KEY, partnership_id TEXT NOT NULL, pairing_id TEXT NOT NULL, urgency TEXT NOT NULL,
       requested_at TEXT NOT NULL, period TEXT NOT NULL, accept_due TEXT, answer_due TEXT,
       accept_seconds BIGINT, accepted_in_time INTEGER, answer_seconds BIGINT, answered_in_time INTEGER,
       paused_since TEXT, paused_seconds BIGINT NOT NULL DEFAULT 0,
       accept_overdue INTEGER NOT NULL DEFAULT 0, answer_overdue INTEGER NOT NULL DEFAULT 0, pause_position BIGINT NOT NULL DEFAULT 0)`);

/**
 * One row per consultation: how long it took to be accepted and answered, and whether each was in
 * time by the deadline as it then stood. Time to answer leaves out the time the expert waited for
 * the clinician's answers. Medians and percentiles are taken over these rows when asked, so every
 * figure equals a recount of the log. Counted in the month (Beijing time) the request was made.
 */
export const turnaroundProjection: Projection = {
  name: 'turnaround',
  version: 2,
  schema: [
    turnaround.ddl,
    `CREATE INDEX IF NOT EXISTS consultation_turnaround_by_partnership ON consultation_turnaround (partnership_id, requested_at)`,
    `CREATE INDEX IF NOT EXISTS consultation_turnaround_by_time ON consultation_turnaround (requested_at)`,
  ],
  tables: [{ name: 'consultation_turnaround', orderBy: 'consultation_id' }],
  eventTypes: [
    'ConsultationRequested',
    'ConsultationAccepted',
    'ConsultationDeclined',
    'ConsultationInformationRequested',
    'ConsultationInformationProvided',
    'ConsultationOpinionSigned',
    'ConsultationResponseOverdue',
    'ConsultationOpinionOverdue',
  ],
  async prefetch(events, batch) {
    await batch.rows(turnaround).prefetch(events.map((event) => (event.data as Data).consultationId));
  },
  async apply(event: RecordedEvent, batch: ProjectionBatch) {
    const data = event.data as Data;
    const id = data.consultationId;
    const rows = batch.rows(turnaround);
    switch (event.type) {
      case 'ConsultationRequested':
        rows.insertIfAbsent({
          consultation_id: id, partnership_id: data.partnershipId, pairing_id: data.pairingId, urgency: data.urgency,
          requested_at: data.requestedAt, period: beijingMonth(data.requestedAt), accept_due: data.clock?.acceptBy ?? null, answer_due: data.clock?.answerBy ?? null,
        });
        return;
      case 'ConsultationAccepted':
      case 'ConsultationDeclined': {
        // A decline answers the request too: the invited party responded.
        const at = event.type === 'ConsultationAccepted' ? data.acceptedAt : data.declinedAt;
        await rows.update(id, (row) =>
          row.accept_seconds !== null
            ? undefined
            : {
                accept_seconds: secondsBetween(row.requested_at as string, at),
                accepted_in_time: row.accept_due === null ? null : Date.parse(at) <= Date.parse(row.accept_due as string) ? 1 : 0,
              },
        );
        return;
      }
      // A pause adds up, so each question and answer is applied once: a redelivered one (at or before the
      // position of the last applied) is passed over.
      case 'ConsultationInformationRequested':
        await rows.update(id, (row) => (BigInt(row.pause_position as number) < event.globalPosition ? { paused_since: data.askedAt, pause_position: event.globalPosition } : undefined));
        return;
      case 'ConsultationInformationProvided':
        await rows.update(id, (row) =>
          BigInt(row.pause_position as number) >= event.globalPosition || !row.paused_since
            ? undefined
            : {
                paused_since: null,
                paused_seconds: Number(row.paused_seconds) + secondsBetween(row.paused_since as string, data.answeredAt),
                answer_due: data.answerBy ?? row.answer_due,
                pause_position: event.globalPosition,
              },
        );
        return;
      case 'ConsultationOpinionSigned':
        await rows.update(id, (row) =>
          row.answer_seconds !== null
            ? undefined
            : {
                answer_seconds: Math.max(0, secondsBetween(row.requested_at as string, data.signedAt) - Number(row.paused_seconds)),
                answered_in_time: row.answer_due === null ? null : Date.parse(data.signedAt) <= Date.parse(row.answer_due as string) ? 1 : 0,
              },
        );
        return;
      case 'ConsultationResponseOverdue':
        await rows.update(id, { accept_overdue: 1 });
        return;
      case 'ConsultationOpinionOverdue':
        await rows.update(id, { answer_overdue: 1 });
        return;
    }
  },
};
