import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import type { Projection } from '../projection';
import type { ProjectionBatch } from '../rows/projection-batch';
import { readModelTable } from '../rows/read-model-table';

type Data = Record<string, any>;

const researchOutputs = readModelTable(`CREATE TABLE IF NOT EXISTS research_outputs (
       id TEXT PRIMARY KEY, kind TEXT NOT NULL, partnership_id TEXT NOT NULL, pairing_id TEXT,
       giving_hospital_id TEXT NOT NULL, receiving_hospital_id TEXT NOT NULL, title TEXT NOT NULL, identifier TEXT,
       output_date TEXT NOT NULL, recorded_by TEXT NOT NULL, recorded_at TEXT NOT NULL, last_position BIGINT NOT NULL)`);

/** Grant applications, grants awarded and papers, each attributed to a partnership and perhaps a pairing. */
export const researchOutputsProjection: Projection = {
  version: 1,
  name: 'research-outputs',
  schema: [
    researchOutputs.ddl,
    `CREATE INDEX IF NOT EXISTS research_outputs_by_partnership ON research_outputs (partnership_id, output_date, id)`,
    `CREATE INDEX IF NOT EXISTS research_outputs_by_date ON research_outputs (output_date, id)`,
  ],
  tables: [{ name: 'research_outputs', orderBy: 'id' }],
  eventTypes: ['ResearchOutputRecorded'],
  apply(event: RecordedEvent, batch: ProjectionBatch) {
    if (event.type !== 'ResearchOutputRecorded') return;
    const data = event.data as Data;
    batch.rows(researchOutputs).insertIfAbsent({
      id: data.researchOutputId, kind: data.kind, partnership_id: data.partnershipId, pairing_id: data.pairingId ?? null,
      giving_hospital_id: data.givingHospitalId, receiving_hospital_id: data.receivingHospitalId, title: data.title, identifier: data.identifier ?? null,
      output_date: data.date, recorded_by: data.recordedBy, recorded_at: data.recordedAt, last_position: event.globalPosition,
    });
  },
};
