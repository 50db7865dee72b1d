import type { AgreementEvent, AgreementTerms } from '@telemed/domain/agreement';
import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import type { Projection } from '../projection';
import type { ProjectionBatch } from '../rows/projection-batch';
import { readModelTable } from '../rows/read-model-table';

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

const agreements = readModelTable<AgreementRow & Record<string, string | null>>(`CREATE TABLE IF NOT EXISTS agreements (
       id TEXT PRIMARY KEY, partnership_id TEXT NOT NULL, status TEXT NOT NULL, valid_from TEXT NOT NULL, valid_until TEXT,
       terms TEXT NOT NULL, registered_by TEXT NOT NULL, registered_at TEXT NOT NULL, amended_at TEXT,
       termination_reason TEXT, termination_effective_at TEXT, terminated_by TEXT, terminated_at TEXT)`);

/** Every partnership's cooperation agreements, as coordinators and both hospitals read them. */
export const agreementsProjection: Projection = {
  version: 1,
  name: 'agreements',
  schema: [
    agreements.ddl,
    `CREATE INDEX IF NOT EXISTS agreements_by_partnership ON agreements (partnership_id, valid_from, id)`,
  ],
  tables: [{ name: 'agreements', orderBy: 'id' }],
  eventTypes: ['AgreementSigned', 'AgreementAmended', 'AgreementTerminated'],
  async apply(recorded: RecordedEvent, batch: ProjectionBatch) {
    const event = { type: recorded.type, data: recorded.data } as AgreementEvent;
    switch (event.type) {
      case 'AgreementSigned': {
        const { data } = event;
        batch.rows(agreements).insertIfAbsent({
          id: data.agreementId, partnership_id: data.partnershipId, status: 'in-effect', valid_from: data.validFrom,
          valid_until: data.validUntil ?? null, terms: termsJson(data), registered_by: data.registeredBy, registered_at: data.registeredAt,
        });
        return;
      }
      case 'AgreementAmended': {
        const { data } = event;
        await batch.rows(agreements).update(data.agreementId, {
          valid_from: data.terms.validFrom,
          valid_until: data.terms.validUntil ?? null,
          terms: termsJson(data.terms),
          amended_at: data.amendedAt,
        });
        return;
      }
      case 'AgreementTerminated': {
        const { data } = event;
        await batch.rows(agreements).update(data.agreementId, {
          status: 'terminated',
          termination_reason: data.reason,
          termination_effective_at: data.effectiveAt,
          terminated_by: data.terminatedBy,
          terminated_at: data.terminatedAt,
        });
        return;
      }
    }
  },
};
