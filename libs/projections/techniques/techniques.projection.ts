import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import type { Projection } from '../projection';
import type { ProjectionBatch } from '../rows/projection-batch';
import { readModelTable } from '../rows/read-model-table';
import { positionGuardedUpdate } from '../position-guarded-update';

type Data = Record<string, any>;

export const techniquesTable = readModelTable(`CREATE TABLE IF NOT EXISTS techniques (
       id TEXT PRIMARY KEY, status TEXT NOT NULL, pairing_id TEXT NOT NULL, partnership_id TEXT NOT NULL,
       giving_hospital_id TEXT NOT NULL, receiving_hospital_id TEXT NOT NULL, name TEXT NOT NULL,
       fills_regional_gap BIGINT NOT NULL, proposed_on TEXT NOT NULL, performed_on TEXT, supervising_expert_id TEXT,
       cases BIGINT NOT NULL DEFAULT 0, proposed_by TEXT NOT NULL, updated_at TEXT NOT NULL, last_position BIGINT NOT NULL)`);
const techniqueCases = readModelTable(`CREATE TABLE IF NOT EXISTS technique_cases (
       technique_id TEXT NOT NULL, period TEXT NOT NULL, count BIGINT NOT NULL, PRIMARY KEY (technique_id, period))`);

/** New techniques with their first performance and the cases done locally, one row per technique and month. */
export const techniquesProjection: Projection = {
  version: 1,
  name: 'techniques',
  schema: [
    techniquesTable.ddl,
    `CREATE INDEX IF NOT EXISTS techniques_by_partnership ON techniques (partnership_id, proposed_on, id)`,
    `CREATE INDEX IF NOT EXISTS techniques_by_proposal ON techniques (proposed_on, id)`,
    techniqueCases.ddl,
  ],
  tables: [
    { name: 'techniques', orderBy: 'id' },
    { name: 'technique_cases', orderBy: 'technique_id, period' },
  ],
  eventTypes: ['TechniqueProposed', 'TechniqueFirstPerformed', 'TechniqueCasesRecorded'],
  async prefetch(events, batch) {
    await batch.rows(techniquesTable).prefetch(events.map((event) => (event.data as Data).techniqueId));
  },
  async apply(event: RecordedEvent, batch: ProjectionBatch) {
    const data = event.data as Data;
    const position = event.globalPosition;
    const update = positionGuardedUpdate(batch.rows(techniquesTable), data.techniqueId, position);
    switch (event.type) {
      case 'TechniqueProposed':
        batch.rows(techniquesTable).insertIfAbsent({
          id: data.techniqueId, status: 'proposed', pairing_id: data.pairingId, partnership_id: data.partnershipId, giving_hospital_id: data.givingHospitalId,
          receiving_hospital_id: data.receivingHospitalId, name: data.name, fills_regional_gap: data.fillsRegionalGap ? 1 : 0, proposed_on: data.proposedOn,
          proposed_by: data.proposedBy, updated_at: data.proposedAt, last_position: position,
        });
        return;
      case 'TechniqueFirstPerformed':
        await update({ status: 'performed', performed_on: data.performedOn, supervising_expert_id: data.supervisingExpertId }, data.recordedAt);
        return;
      case 'TechniqueCasesRecorded':
        batch.rows(techniqueCases).insertIfAbsent({ technique_id: data.techniqueId, period: data.period, count: data.count });
        await update((row) => ({ cases: Number(row.cases) + Number(data.count) }), data.recordedAt);
        return;
    }
  },
};
