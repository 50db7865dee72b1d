import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import type { Projection } from '../projection';
import type { SqlExecutor } from '../read-model-store';
import { positionGuardedUpdate } from '../position-guarded-update';

type Data = Record<string, any>;

/** New techniques with their first performance and the cases done locally, one row per technique and month. */
export const techniquesProjection: Projection = {
  version: 1,
  name: 'techniques',
  schema: [
    `CREATE TABLE IF NOT EXISTS techniques (
       id TEXT PRIMARY KEY, status TEXT NOT NULL, pairing_id TEXT NOT NULL, partnership_id TEXT NOT NULL,
       giving_hospital_id TEXT NOT NULL, receiving_hospital_id TEXT NOT NULL, name TEXT NOT NULL,
       fills_regional_gap BIGINT NOT NULL, proposed_on TEXT NOT NULL, performed_on TEXT, supervising_expert_id TEXT,
       cases BIGINT NOT NULL DEFAULT 0, proposed_by TEXT NOT NULL, updated_at TEXT NOT NULL, last_position BIGINT NOT NULL)`,
    `CREATE INDEX IF NOT EXISTS techniques_by_partnership ON techniques (partnership_id, proposed_on, id)`,
    `CREATE INDEX IF NOT EXISTS techniques_by_proposal ON techniques (proposed_on, id)`,
    `CREATE TABLE IF NOT EXISTS technique_cases (
       technique_id TEXT NOT NULL, period TEXT NOT NULL, count BIGINT NOT NULL, PRIMARY KEY (technique_id, period))`,
  ],
  tables: [
    { name: 'techniques', orderBy: 'id' },
    { name: 'technique_cases', orderBy: 'technique_id, period' },
  ],
  eventTypes: ['TechniqueProposed', 'TechniqueFirstPerformed', 'TechniqueCasesRecorded'],
  async apply(event: RecordedEvent, db: SqlExecutor) {
    const data = event.data as Data;
    const position = event.globalPosition;
    const update = positionGuardedUpdate(db, 'techniques', data.techniqueId, position);
    switch (event.type) {
      case 'TechniqueProposed':
        db.write(
          `INSERT INTO techniques (id, status, pairing_id, partnership_id, giving_hospital_id, receiving_hospital_id, name,
             fills_regional_gap, proposed_on, proposed_by, updated_at, last_position)
           VALUES (?, 'proposed', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
          [
            data.techniqueId, data.pairingId, data.partnershipId, data.givingHospitalId, data.receivingHospitalId, data.name,
            data.fillsRegionalGap ? 1 : 0, data.proposedOn, data.proposedBy, data.proposedAt, position,
          ],
        );
        return;
      case 'TechniqueFirstPerformed':
        update(`status = 'performed', performed_on = ?, supervising_expert_id = ?`, [data.performedOn, data.supervisingExpertId], data.recordedAt);
        return;
      case 'TechniqueCasesRecorded':
        db.write(`INSERT INTO technique_cases (technique_id, period, count) VALUES (?, ?, ?) ON CONFLICT (technique_id, period) DO NOTHING`, [
          data.techniqueId, data.period, data.count,
        ]);
        update(`cases = cases + ?`, [data.count], data.recordedAt);
        return;
    }
  },
};
