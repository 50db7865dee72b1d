import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import type { Projection } from '../projection';
import type { ProjectionBatch } from '../rows/projection-batch';
import { readModelTable } from '../rows/read-model-table';

type Data = Record<string, any>;

export const consortiaTable = readModelTable(`CREATE TABLE IF NOT EXISTS consortia (
       id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, lead_hospital_id TEXT NOT NULL,
       formed_by TEXT NOT NULL, formed_at TEXT NOT NULL, last_position BIGINT NOT NULL)`);
const members = readModelTable(`CREATE TABLE IF NOT EXISTS consortium_members (
       consortium_id TEXT NOT NULL, hospital_id TEXT NOT NULL, joined_on TEXT NOT NULL, left_on TEXT,
       joined_position BIGINT NOT NULL, PRIMARY KEY (consortium_id, hospital_id, joined_position))`);

/** Consortia and every membership, one row per joining: a member that left and joined again has two rows. */
export const consortiaProjection: Projection = {
  version: 1,
  name: 'consortia',
  schema: [
    consortiaTable.ddl,
    members.ddl,
    `CREATE INDEX IF NOT EXISTS consortium_members_by_hospital ON consortium_members (hospital_id)`,
  ],
  tables: [
    { name: 'consortia', orderBy: 'id' },
    { name: 'consortium_members', orderBy: 'consortium_id, hospital_id, joined_position' },
  ],
  eventTypes: ['ConsortiumFormed', 'ConsortiumMemberJoined', 'ConsortiumMemberLeft'],
  async apply(event: RecordedEvent, batch: ProjectionBatch) {
    const data = event.data as Data;
    const position = event.globalPosition;
    switch (event.type) {
      case 'ConsortiumFormed':
        batch.rows(consortiaTable).insertIfAbsent({
          id: data.consortiumId, name: data.name, kind: data.kind, lead_hospital_id: data.leadHospitalId, formed_by: data.formedBy,
          formed_at: data.formedAt, last_position: position,
        });
        return;
      case 'ConsortiumMemberJoined':
        batch.rows(members).insertIfAbsent({ consortium_id: data.consortiumId, hospital_id: data.hospitalId, joined_on: data.joinedOn, joined_position: position });
        return;
      case 'ConsortiumMemberLeft':
        // The open membership is the one still without a leaving date; a redelivery finds none and changes nothing.
        await batch.statement(
          [members],
          `UPDATE consortium_members SET left_on = ? WHERE consortium_id = ? AND hospital_id = ? AND left_on IS NULL AND joined_position < ?`,
          [data.leftOn, data.consortiumId, data.hospitalId, position],
        );
        return;
    }
  },
};
