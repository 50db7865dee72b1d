import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import type { Projection } from '../projection';
import type { SqlExecutor } from '../read-model-store';

type Data = Record<string, any>;

/** Consortia and every membership, one row per joining: a member that left and joined again has two rows. */
export const consortiaProjection: Projection = {
  version: 1,
  name: 'consortia',
  schema: [
    `CREATE TABLE IF NOT EXISTS consortia (
       id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, lead_hospital_id TEXT NOT NULL,
       formed_by TEXT NOT NULL, formed_at TEXT NOT NULL, last_position BIGINT NOT NULL)`,
    `CREATE TABLE IF NOT EXISTS consortium_members (
       consortium_id TEXT NOT NULL, hospital_id TEXT NOT NULL, joined_on TEXT NOT NULL, left_on TEXT,
       joined_position BIGINT NOT NULL, PRIMARY KEY (consortium_id, hospital_id, joined_position))`,
    `CREATE INDEX IF NOT EXISTS consortium_members_by_hospital ON consortium_members (hospital_id)`,
  ],
  tables: [
    { name: 'consortia', orderBy: 'id' },
    { name: 'consortium_members', orderBy: 'consortium_id, hospital_id, joined_position' },
  ],
  eventTypes: ['ConsortiumFormed', 'ConsortiumMemberJoined', 'ConsortiumMemberLeft'],
  async apply(event: RecordedEvent, db: SqlExecutor) {
    const data = event.data as Data;
    const position = event.globalPosition;
    switch (event.type) {
      case 'ConsortiumFormed':
        db.write(
          `INSERT INTO consortia (id, name, kind, lead_hospital_id, formed_by, formed_at, last_position)
           VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
          [data.consortiumId, data.name, data.kind, data.leadHospitalId, data.formedBy, data.formedAt, position],
        );
        return;
      case 'ConsortiumMemberJoined':
        db.write(
          `INSERT INTO consortium_members (consortium_id, hospital_id, joined_on, joined_position) VALUES (?, ?, ?, ?)
           ON CONFLICT (consortium_id, hospital_id, joined_position) DO NOTHING`,
          [data.consortiumId, data.hospitalId, data.joinedOn, position],
        );
        return;
      case 'ConsortiumMemberLeft':
        // The open membership is the one still without a leaving date; a redelivery finds none and changes nothing.
        db.write(`UPDATE consortium_members SET left_on = ? WHERE consortium_id = ? AND hospital_id = ? AND left_on IS NULL AND joined_position < ?`, [
          data.leftOn, data.consortiumId, data.hospitalId, position,
        ]);
        return;
    }
  },
};
