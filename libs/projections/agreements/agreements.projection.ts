import type { AgreementEvent, AgreementTerms } from '@telemed/domain/agreement';
import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import type { Projection } from '../projection';
import type { SqlExecutor } from '../read-model-store';

/** The row of one agreement; its terms are kept whole, as JSON, as the API serves them. */
export interface AgreementRow {
  id: string;
  partnership_id: string;
  status: 'in-effect' | 'terminated';
  valid_from: string;
  valid_until: string | null;
  terms: string;
  registered_by: string;
  registered_at: string;
  amended_at: string | null;
  termination_reason: string | null;
  termination_effective_at: string | null;
  terminated_by: string | null;
  terminated_at: string | null;
}

function termsJson(data: AgreementTerms): string {
  const { services, validFrom, validUntil, responseTargets, workingTimeOnly, fees, liability, signatories } = data;
  return JSON.stringify({ services, validFrom, validUntil, responseTargets, workingTimeOnly, fees, liability, signatories });
}

/** Every partnership's cooperation agreements, as coordinators and both hospitals read them. */
export const agreementsProjection: Projection = {
  version: 1,
  name: 'agreements',
  schema: [
    `CREATE TABLE IF NOT EXISTS agreements (
       id TEXT PRIMARY KEY, partnership_id TEXT NOT NULL, status TEXT NOT NULL, valid_from TEXT NOT NULL, valid_until TEXT,
       terms TEXT NOT NULL, registered_by TEXT NOT NULL, registered_at TEXT NOT NULL, amended_at TEXT,
       termination_reason TEXT, termination_effective_at TEXT, terminated_by TEXT, terminated_at TEXT)`,
    `CREATE INDEX IF NOT EXISTS agreements_by_partnership ON agreements (partnership_id, valid_from, id)`,
  ],
  tables: [{ name: 'agreements', orderBy: 'id' }],
  eventTypes: ['AgreementSigned', 'AgreementAmended', 'AgreementTerminated'],
  async apply(recorded: RecordedEvent, db: SqlExecutor) {
    const event = { type: recorded.type, data: recorded.data } as AgreementEvent;
    switch (event.type) {
      case 'AgreementSigned': {
        const { data } = event;
        db.write(
          `INSERT INTO agreements (id, partnership_id, status, valid_from, valid_until, terms, registered_by, registered_at)
           VALUES (?, ?, 'in-effect', ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
          [data.agreementId, data.partnershipId, data.validFrom, data.validUntil ?? null, termsJson(data), data.registeredBy, data.registeredAt],
        );
        return;
      }
      case 'AgreementAmended': {
        const { data } = event;
        db.write(`UPDATE agreements SET valid_from = ?, valid_until = ?, terms = ?, amended_at = ? WHERE id = ?`, [
          data.terms.validFrom,
          data.terms.validUntil ?? null,
          termsJson(data.terms),
          data.amendedAt,
          data.agreementId,
        ]);
        return;
      }
      case 'AgreementTerminated': {
        const { data } = event;
        db.write(
          `UPDATE agreements SET status = 'terminated', termination_reason = ?, termination_effective_at = ?, terminated_by = ?, terminated_at = ?
           WHERE id = ?`,
          [data.reason, data.effectiveAt, data.terminatedBy, data.terminatedAt, data.agreementId],
        );
        return;
      }
    }
  },
};
