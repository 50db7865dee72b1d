import { beijingMonth } from '@telemed/domain/core';
import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import type { Projection } from '../projection';
import type { SqlExecutor } from '../read-model-store';

type Data = Record<string, any>;

const secondsBetween = (from: string, to: string) => Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 1000));

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
    `CREATE TABLE IF NOT EXISTS consultation_turnaround (
       consultation_id TEXT PRIMARY KEY, partnership_id TEXT NOT NULL, pairing_id TEXT NOT NULL, urgency TEXT NOT NULL,
       requested_at TEXT NOT NULL, period TEXT NOT NULL, accept_due TEXT, answer_due TEXT,
       accept_seconds BIGINT, accepted_in_time INTEGER, answer_seconds BIGINT, answered_in_time INTEGER,
       paused_since TEXT, paused_seconds BIGINT NOT NULL DEFAULT 0,
       accept_overdue INTEGER NOT NULL DEFAULT 0, answer_overdue INTEGER NOT NULL DEFAULT 0, pause_position BIGINT NOT NULL DEFAULT 0)`,
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
  async apply(event: RecordedEvent, db: SqlExecutor) {
    const data = event.data as Data;
    const id = data.consultationId;
    switch (event.type) {
      case 'ConsultationRequested':
        db.write(
          `INSERT INTO consultation_turnaround (consultation_id, partnership_id, pairing_id, urgency, requested_at, period, accept_due, answer_due)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (consultation_id) DO NOTHING`,
          [id, data.partnershipId, data.pairingId, data.urgency, data.requestedAt, beijingMonth(data.requestedAt), data.clock?.acceptBy ?? null, data.clock?.answerBy ?? null],
        );
        return;
      case 'ConsultationAccepted':
      case 'ConsultationDeclined': {
        // A decline answers the request too: the invited party responded.
        const at = event.type === 'ConsultationAccepted' ? data.acceptedAt : data.declinedAt;
        const row = await db.get<{ requestedAt: string; due: string | null }>(
          `SELECT requested_at AS "requestedAt", accept_due AS due FROM consultation_turnaround WHERE consultation_id = ? AND accept_seconds IS NULL`,
          [id],
        );
        if (!row) return;
        db.write(`UPDATE consultation_turnaround SET accept_seconds = ?, accepted_in_time = ? WHERE consultation_id = ?`, [
          secondsBetween(row.requestedAt, at),
          row.due === null ? null : Date.parse(at) <= Date.parse(row.due) ? 1 : 0,
          id,
        ]);
        return;
      }
      // A pause adds up, so each question and answer is applied once: a redelivered one (at or before the
      // position of the last applied) is passed over.
      case 'ConsultationInformationRequested':
        db.write(`UPDATE consultation_turnaround SET paused_since = ?, pause_position = ? WHERE consultation_id = ? AND pause_position < ?`, [
          data.askedAt,
          event.globalPosition,
          id,
          event.globalPosition,
        ]);
        return;
      case 'ConsultationInformationProvided': {
        const row = await db.get<{ pausedSince: string | null }>(
          `SELECT paused_since AS "pausedSince" FROM consultation_turnaround WHERE consultation_id = ? AND pause_position < ?`,
          [id, event.globalPosition],
        );
        if (!row?.pausedSince) return;
        db.write(
          `UPDATE consultation_turnaround SET paused_since = NULL, paused_seconds = paused_seconds + ?, answer_due = COALESCE(?, answer_due), pause_position = ?
           WHERE consultation_id = ?`,
          [secondsBetween(row.pausedSince, data.answeredAt), data.answerBy ?? null, event.globalPosition, id],
        );
        return;
      }
      case 'ConsultationOpinionSigned': {
        const row = await db.get<{ requestedAt: string; due: string | null; paused: number | string }>(
          `SELECT requested_at AS "requestedAt", answer_due AS due, paused_seconds AS paused FROM consultation_turnaround WHERE consultation_id = ? AND answer_seconds IS NULL`,
          [id],
        );
        if (!row) return;
        db.write(`UPDATE consultation_turnaround SET answer_seconds = ?, answered_in_time = ? WHERE consultation_id = ?`, [
          Math.max(0, secondsBetween(row.requestedAt, data.signedAt) - Number(row.paused)),
          row.due === null ? null : Date.parse(data.signedAt) <= Date.parse(row.due) ? 1 : 0,
          id,
        ]);
        return;
      }
      case 'ConsultationResponseOverdue':
        db.write(`UPDATE consultation_turnaround SET accept_overdue = 1 WHERE consultation_id = ?`, [id]);
        return;
      case 'ConsultationOpinionOverdue':
        db.write(`UPDATE consultation_turnaround SET answer_overdue = 1 WHERE consultation_id = ?`, [id]);
        return;
    }
  },
};
