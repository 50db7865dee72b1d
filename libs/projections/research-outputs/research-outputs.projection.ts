import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import type { Projection } from '../projection';
import type { SqlExecutor } from '../read-model-store';

type Data = Record<string, any>;

/** Grant applications, grants awarded and papers, each attributed to a partnership and perhaps a pairing. */
export const researchOutputsProjection: Projection = {
  version: 1,
  name: 'research-outputs',
  schema: [
    `CREATE TABLE IF NOT EXISTS research_outputs (
       id TEXT PRIMARY KEY, kind TEXT NOT NULL, partnership_id TEXT NOT NULL, pairing_id TEXT,
       giving_hospital_id TEXT NOT NULL, receiving_hospital_id TEXT NOT NULL, title TEXT NOT NULL, identifier TEXT,
       output_date TEXT NOT NULL, recorded_by TEXT NOT NULL, recorded_at TEXT NOT NULL, last_position BIGINT NOT NULL)`,
    `CREATE INDEX IF NOT EXISTS research_outputs_by_partnership ON research_outputs (partnership_id, output_date, id)`,
    `CREATE INDEX IF NOT EXISTS research_outputs_by_date ON research_outputs (output_date, id)`,
  ],
  tables: [{ name: 'research_outputs', orderBy: 'id' }],
  eventTypes: ['ResearchOutputRecorded'],
  async apply(event: RecordedEvent, db: SqlExecutor) {
    if (event.type !== 'ResearchOutputRecorded') return;
    const data = event.data as Data;
    db.write(
      `INSERT INTO research_outputs (id, kind, partnership_id, pairing_id, giving_hospital_id, receiving_hospital_id, title,
         identifier, output_date, recorded_by, recorded_at, last_position)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
      [
        data.researchOutputId, data.kind, data.partnershipId, data.pairingId ?? null, data.givingHospitalId,
        data.receivingHospitalId, data.title, data.identifier ?? null, data.date, data.recordedBy, data.recordedAt,
        event.globalPosition,
      ],
    );
  },
};
