import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import type { Projection } from '../projection';
import type { SqlExecutor } from '../read-model-store';

type Data = Record<string, any>;

/** Hospitals, departments, partnerships, pairings and experts, as coordinators and clients look them up. */
export const networkProjection: Projection = {
  name: 'network',
  schema: [
    `CREATE TABLE IF NOT EXISTS hospitals (
       id TEXT PRIMARY KEY, name TEXT NOT NULL, name_zh TEXT, region TEXT NOT NULL, timezone TEXT NOT NULL,
       working_start TEXT NOT NULL, working_end TEXT NOT NULL, registered_at TEXT NOT NULL)`,
    `CREATE TABLE IF NOT EXISTS departments (
       id TEXT PRIMARY KEY, hospital_id TEXT NOT NULL, name TEXT NOT NULL, specialty TEXT NOT NULL, added_at TEXT NOT NULL)`,
    `CREATE INDEX IF NOT EXISTS departments_by_hospital ON departments (hospital_id)`,
    `CREATE TABLE IF NOT EXISTS partnerships (
       id TEXT PRIMARY KEY, giving_hospital_id TEXT NOT NULL, receiving_hospital_id TEXT NOT NULL,
       programme TEXT NOT NULL, valid_from TEXT NOT NULL, valid_until TEXT, established_at TEXT NOT NULL)`,
    `CREATE TABLE IF NOT EXISTS pairings (
       id TEXT PRIMARY KEY, partnership_id TEXT NOT NULL, giving_department_id TEXT NOT NULL, giving_specialty TEXT NOT NULL,
       receiving_department_id TEXT NOT NULL, receiving_specialty TEXT NOT NULL, paired_at TEXT NOT NULL)`,
    `CREATE INDEX IF NOT EXISTS pairings_by_partnership ON pairings (partnership_id)`,
    `CREATE TABLE IF NOT EXISTS experts (
       id TEXT PRIMARY KEY, name TEXT NOT NULL, hospital_id TEXT NOT NULL, department_id TEXT NOT NULL,
       specialty TEXT NOT NULL, title TEXT NOT NULL, licensed_since TEXT NOT NULL, registered_at TEXT NOT NULL)`,
    `CREATE INDEX IF NOT EXISTS experts_by_hospital ON experts (hospital_id)`,
    // The lookups list experts by name and partnerships oldest first, each a page at a time.
    `CREATE INDEX IF NOT EXISTS experts_by_name ON experts (name, id)`,
    `CREATE INDEX IF NOT EXISTS partnerships_by_establishment ON partnerships (established_at, id)`,
    `CREATE TABLE IF NOT EXISTS expert_availability (
       expert_id TEXT NOT NULL, slot_start TEXT NOT NULL, slot_end TEXT NOT NULL,
       PRIMARY KEY (expert_id, slot_start, slot_end))`,
  ],
  tables: [
    { name: 'hospitals', orderBy: 'id' },
    { name: 'departments', orderBy: 'id' },
    { name: 'partnerships', orderBy: 'id' },
    { name: 'pairings', orderBy: 'id' },
    { name: 'experts', orderBy: 'id' },
    { name: 'expert_availability', orderBy: 'expert_id, slot_start, slot_end' },
  ],
  eventTypes: [
    'HospitalRegistered',
    'DepartmentAdded',
    'PartnershipEstablished',
    'DepartmentsPaired',
    'ExpertRegistered',
    'AvailabilityPublished',
  ],
  async apply(event: RecordedEvent, db: SqlExecutor) {
    const data = event.data as Data;
    switch (event.type) {
      case 'HospitalRegistered':
        db.write(
          `INSERT INTO hospitals (id, name, name_zh, region, timezone, working_start, working_end, registered_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
          [data.hospitalId, data.name, data.nameZh ?? null, data.region, data.timezone, data.workingHours.start, data.workingHours.end, data.registeredAt],
        );
        return;
      case 'DepartmentAdded':
        db.write(
          `INSERT INTO departments (id, hospital_id, name, specialty, added_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
          [data.departmentId, data.hospitalId, data.name, data.specialty, data.addedAt],
        );
        return;
      case 'PartnershipEstablished':
        db.write(
          `INSERT INTO partnerships (id, giving_hospital_id, receiving_hospital_id, programme, valid_from, valid_until, established_at)
           VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
          [data.partnershipId, data.givingHospitalId, data.receivingHospitalId, data.programme, data.validFrom, data.validUntil ?? null, data.establishedAt],
        );
        return;
      case 'DepartmentsPaired':
        db.write(
          `INSERT INTO pairings (id, partnership_id, giving_department_id, giving_specialty, receiving_department_id, receiving_specialty, paired_at)
           VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
          [data.pairingId, data.partnershipId, data.givingDepartmentId, data.givingSpecialty, data.receivingDepartmentId, data.receivingSpecialty, data.pairedAt],
        );
        return;
      case 'ExpertRegistered':
        db.write(
          `INSERT INTO experts (id, name, hospital_id, department_id, specialty, title, licensed_since, registered_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
          [data.expertId, data.name, data.hospitalId, data.departmentId, data.specialty, data.title, data.licensedSince, data.registeredAt],
        );
        return;
      case 'AvailabilityPublished':
        for (const slot of data.slots as Array<{ start: string; end: string }>) {
          db.write(
            `INSERT INTO expert_availability (expert_id, slot_start, slot_end) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`,
            [data.expertId, new Date(slot.start).toISOString(), new Date(slot.end).toISOString()],
          );
        }
        return;
    }
  },
};
