import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import type { Projection } from '../projection';
import type { ProjectionBatch } from '../rows/projection-batch';
import { readModelTable } from '../rows/read-model-table';

type Data = Record<string, any>;

const hospitals = readModelTable(`CREATE TABLE IF NOT EXISTS hospitals (
       id TEXT PRIMARY KEY, name TEXT NOT NULL, name_zh TEXT, region TEXT NOT NULL, timezone TEXT NOT NULL,
       working_start TEXT NOT NULL, working_end TEXT NOT NULL, registered_at TEXT NOT NULL)`);
const departments = readModelTable(`CREATE TABLE IF NOT EXISTS departments (
       id TEXT PRIMARY KEY, hospital_id TEXT NOT NULL, name TEXT NOT NULL, specialty TEXT NOT NULL, added_at TEXT NOT NULL)`);
const partnerships = readModelTable(`CREATE TABLE IF NOT EXISTS partnerships (
       id TEXT PRIMARY KEY, giving_hospital_id TEXT NOT NULL, receiving_hospital_id TEXT NOT NULL,
       programme TEXT NOT NULL, valid_from TEXT NOT NULL, valid_until TEXT, established_at TEXT NOT NULL)`);
const pairings = readModelTable(`CREATE TABLE IF NOT EXISTS pairings (
       id TEXT PRIMARY KEY, partnership_id TEXT NOT NULL, giving_department_id TEXT NOT NULL, giving_specialty TEXT NOT NULL,
       receiving_department_id TEXT NOT NULL, receiving_specialty TEXT NOT NULL, paired_at TEXT NOT NULL)`);
const experts = readModelTable(`CREATE TABLE IF NOT EXISTS experts (
       id TEXT PRIMARY KEY, name TEXT NOT NULL, hospital_id TEXT NOT NULL, department_id TEXT NOT NULL,
       specialty TEXT NOT NULL, title TEXT NOT NULL, licensed_since TEXT NOT NULL, registered_at TEXT NOT NULL)`);
const expertAvailability = readModelTable(`CREATE TABLE IF NOT EXISTS expert_availability (
       expert_id TEXT NOT NULL, slot_start TEXT NOT NULL, slot_end TEXT NOT NULL,
       PRIMARY KEY (expert_id, slot_start, slot_end))`);

/** Hospitals, departments, partnerships, pairings and experts, as coordinators and clients look them up. */
export const networkProjection: Projection = {
  name: 'network',
  version: 1,
  schema: [
    hospitals.ddl,
    departments.ddl,
    `CREATE INDEX IF NOT EXISTS departments_by_hospital ON departments (hospital_id)`,
    partnerships.ddl,
    pairings.ddl,
    `CREATE INDEX IF NOT EXISTS pairings_by_partnership ON pairings (partnership_id)`,
    experts.ddl,
    `CREATE INDEX IF NOT EXISTS experts_by_hospital ON experts (hospital_id)`,
    // The lookups list experts by name and partnerships oldest first, each a page at a time.
    `CREATE INDEX IF NOT EXISTS experts_by_name ON experts (name, id)`,
    `CREATE INDEX IF NOT EXISTS partnerships_by_establishment ON partnerships (established_at, id)`,
    expertAvailability.ddl,
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
  apply(event: RecordedEvent, batch: ProjectionBatch) {
    const data = event.data as Data;
    switch (event.type) {
      case 'HospitalRegistered':
        batch.rows(hospitals).insertIfAbsent({
          id: data.hospitalId, name: data.name, name_zh: data.nameZh ?? null, region: data.region, timezone: data.timezone,
          working_start: data.workingHours.start, working_end: data.workingHours.end, registered_at: data.registeredAt,
        });
        return;
      case 'DepartmentAdded':
        batch.rows(departments).insertIfAbsent({ id: data.departmentId, hospital_id: data.hospitalId, name: data.name, specialty: data.specialty, added_at: data.addedAt });
        return;
      case 'PartnershipEstablished':
        batch.rows(partnerships).insertIfAbsent({
          id: data.partnershipId, giving_hospital_id: data.givingHospitalId, receiving_hospital_id: data.receivingHospitalId,
          programme: data.programme, valid_from: data.validFrom, valid_until: data.validUntil ?? null, established_at: data.establishedAt,
        });
        return;
      case 'DepartmentsPaired':
        batch.rows(pairings).insertIfAbsent({
          id: data.pairingId, partnership_id: data.partnershipId, giving_department_id: data.givingDepartmentId, giving_specialty: data.givingSpecialty,
          receiving_department_id: data.receivingDepartmentId, receiving_specialty: data.receivingSpecialty, paired_at: data.pairedAt,
        });
        return;
      case 'ExpertRegistered':
        batch.rows(experts).insertIfAbsent({
          id: data.expertId, name: data.name, hospital_id: data.hospitalId, department_id: data.departmentId, specialty: data.specialty,
          title: data.title, licensed_since: data.licensedSince, registered_at: data.registeredAt,
        });
        return;
      case 'AvailabilityPublished':
        for (const slot of data.slots as Array<{ start: string; end: string }>) {
          batch.rows(expertAvailability).insertIfAbsent({ expert_id: data.expertId, slot_start: new Date(slot.start).toISOString(), slot_end: new Date(slot.end).toISOString() });
        }
        return;
    }
  },
};
