import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CallHandler, ExecutionContext } from '@nestjs/common';
import { lastValueFrom, of, throwError } from 'rxjs';
import type { AuthenticatedUser } from '@telemed/auth';
import { ALL_PROJECTIONS, PostgresReadModelStore, rebuildReadModels, SqliteReadModelStore, type ReadModelStore } from '@telemed/projections';
import { GetCaseReview, GetCaseReviewHandler, ListCaseReviews, ListCaseReviewsHandler, type ListCaseReviewsDto } from '@telemed/application/case-reviews/case-review.queries';
import {
  GetConsultation,
  GetConsultationHandler,
  ListConsultations,
  ListConsultationsHandler,
  type ListConsultationsDto,
} from '@telemed/application/consultations/consultation.queries';
import { IdempotencyKeys } from '../../apps/api/src/http/idempotency';
import { GetExpertSchedule, GetExpertScheduleHandler, type ScheduleRangeDto } from '@telemed/application/network/expert-schedule.query';
import { GetExpert, GetExpertHandler, GetPartnership, GetPartnershipHandler, ListHospitals, ListHospitalsHandler, type ListHospitalsDto } from '@telemed/application/network/network.queries';
import { ListExperts, ListExpertsHandler, type ListExpertsDto } from '@telemed/application/network/list-experts.query';
import { ListPartnerships, ListPartnershipsHandler, type ListPartnershipsDto } from '@telemed/application/network/list-partnerships.query';
import { GetAttendance, GetAttendanceHandler, type AttendanceQueryDto } from '@telemed/application/training/attendance.query';
import { countActivities, type StatsQueryDto } from '@telemed/application/stats/stats.queries';
import {
  GetTrainingSession,
  GetTrainingSessionHandler,
  ListTrainingSessions,
  ListTrainingSessionsHandler,
  type ListTrainingSessionsDto,
} from '@telemed/application/training/training.queries';
import { SettableClock } from '../support/test-app';
import { createTestDatabase, type TestDatabase } from '../support/postgres';
import { AVAILABILITY_DAYS, AVAILABILITY_FROM, generateProgrammeLog, type GeneratedProgramme } from './generated-programme';

type Row = Record<string, any>;
type Page<T> = { items: T[]; nextCursor: string | null };

const coordinator: AuthenticatedUser = { role: 'coordinator', userId: 'coordinator-1' };

async function everyPage<T>(page: (cursor?: string) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  for (let cursor: string | undefined; ; ) {
    const answer = await page(cursor);
    items.push(...answer.items);
    if (!answer.nextCursor) return items;
    cursor = answer.nextCursor;
  }
}

describe('the API queries on PostgreSQL read models', () => {
  const workDir = mkdtempSync(join(tmpdir(), 'telemed-pg-queries-'));
  let database: TestDatabase | undefined;
  let programme: GeneratedProgramme | undefined;
  let sqlite: SqliteReadModelStore | undefined;
  let postgres: PostgresReadModelStore | undefined;

  /** Runs a query on both stores and expects the same answer; returns it. */
  async function sameOnBoth<T>(query: (db: ReadModelStore) => Promise<T>): Promise<T> {
    const expected = await query(sqlite!);
    const answer = await query(postgres!);
    expect(answer).toStrictEqual(expected);
    return answer;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    programme = await generateProgrammeLog({ seed: 31, scale: 0.8, months: 14 });
    sqlite = SqliteReadModelStore.open(join(workDir, 'read-models.sqlite'));
    postgres = await PostgresReadModelStore.connect({ connectionString: database.connectionString });
    await rebuildReadModels(programme.events, sqlite, ALL_PROJECTIONS);
    await rebuildReadModels(programme.events, postgres, ALL_PROJECTIONS);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([sqlite?.close(), postgres?.close(), programme?.close()]);
    await database?.drop();
    rmSync(workDir, { recursive: true, force: true });
  });

  it('keeps the read models in the read_models schema by default', async () => {
    expect(postgres!.schema).toBe('read_models');
    const table = await postgres!.get<Row>(`SELECT table_schema FROM information_schema.tables WHERE table_name = 'consultations'`);
    expect(table).toEqual({ table_schema: 'read_models' });
  });

  it('counts activities as on SQLite: overall, by Beijing month, by pairing and per partnership within a range', async () => {
    const overview = await sameOnBoth((db) => countActivities(db, {}, {} as StatsQueryDto));
    expect(overview.consultations.requested).toBeGreaterThan(0);
    expect(overview.training.personTimes).toBeGreaterThan(0);
    const months = await sameOnBoth((db) => countActivities(db, {}, { groupBy: 'month' } as StatsQueryDto));
    expect(months.series.length).toBeGreaterThan(10);
    await sameOnBoth((db) => countActivities(db, {}, { groupBy: 'pairing' } as StatsQueryDto));
    const years = await sameOnBoth((db) => countActivities(db, {}, { groupBy: 'year' } as StatsQueryDto));
    expect(years.series.length).toBeGreaterThan(1);
    for (const groupBy of ['receivingHospital', 'givingHospital'] as const) {
      const hospitals = await sameOnBoth((db) => countActivities(db, {}, { groupBy } as StatsQueryDto));
      expect(hospitals.series.length).toBeGreaterThan(1);
    }
    const partnerships = await postgres!.all<Row>('SELECT id FROM partnerships ORDER BY id');
    expect(partnerships.length).toBeGreaterThan(1);
    for (const { id } of partnerships) {
      const range = { from: '2024-02-29T16:00:00Z', to: '2024-08-31T16:00:00Z' };
      await sameOnBoth((db) => countActivities(db, { partnershipId: id }, { ...range, groupBy: 'month' } as StatsQueryDto));
      await sameOnBoth((db) => countActivities(db, { partnershipId: id }, { ...range, groupBy: 'pairing' } as StatsQueryDto));
    }
  });

  it('pages through every consultation worklist with the same consultations in the same order', async () => {
    const list = (user: AuthenticatedUser, filter: Partial<ListConsultationsDto> = {}) => (db: ReadModelStore) =>
      everyPage((cursor) => new ListConsultationsHandler(db).execute(new ListConsultations({ ...filter, cursor, limit: 7 } as ListConsultationsDto, user)));
    const all = await sameOnBoth(list(coordinator));
    expect(all).toHaveLength(Number((await postgres!.get<Row>('SELECT COUNT(*) AS n FROM consultations'))!.n));
    await sameOnBoth(list(coordinator, { status: 'completed' }));
    for (const { hospital } of await postgres!.all<Row>('SELECT DISTINCT requesting_hospital_id AS hospital FROM consultations')) {
      await sameOnBoth(list({ role: 'clinician', userId: `clinician-${hospital}`, hospitalId: hospital }));
      await sameOnBoth(list(coordinator, { hospitalId: hospital }));
    }
    for (const { id, hospital_id } of await postgres!.all<Row>('SELECT id, hospital_id FROM experts')) {
      await sameOnBoth(list({ role: 'expert', userId: id, hospitalId: hospital_id }));
    }
  });

  it('pages through the case review and training session lists identically', async () => {
    const caseReviews = await sameOnBoth((db) =>
      everyPage((cursor) => new ListCaseReviewsHandler(db).execute(new ListCaseReviews({ cursor, limit: 9 } as ListCaseReviewsDto, coordinator))),
    );
    expect(caseReviews.length).toBeGreaterThan(9);
    for (const { id, hospital_id } of await postgres!.all<Row>('SELECT id, hospital_id FROM experts')) {
      const expert: AuthenticatedUser = { role: 'expert', userId: id, hospitalId: hospital_id };
      await sameOnBoth((db) =>
        everyPage((cursor) => new ListCaseReviewsHandler(db).execute(new ListCaseReviews({ cursor, limit: 5 } as ListCaseReviewsDto, expert))),
      );
    }
    const sessions = await sameOnBoth((db) =>
      everyPage((cursor) => new ListTrainingSessionsHandler(db).execute(new ListTrainingSessions({ cursor, limit: 11 } as ListTrainingSessionsDto))),
    );
    expect(sessions.length).toBeGreaterThan(11);
  });

  it('shows every consultation, case review and training session in detail identically', async () => {
    const detailOf: Record<string, (db: ReadModelStore, id: string) => Promise<unknown>> = {
      consultations: (db: ReadModelStore, id: string) => new GetConsultationHandler(db).execute(new GetConsultation(id, coordinator)),
      case_reviews: (db: ReadModelStore, id: string) => new GetCaseReviewHandler(db).execute(new GetCaseReview(id, coordinator)),
      training_sessions: (db: ReadModelStore, id: string) => new GetTrainingSessionHandler(db).execute(new GetTrainingSession(id)),
    };
    for (const [table, detail] of Object.entries(detailOf)) {
      const ids = await postgres!.all<Row>(`SELECT id FROM ${table} ORDER BY id`);
      expect(ids.length).toBeGreaterThan(0);
      for (const { id } of ids) await sameOnBoth((db) => detail(db, id));
    }
  });

  it("answers the network and every expert's schedule with its free slots identically", async () => {
    const clock = new SettableClock('2024-06-01T00:00:00Z');
    const hospitals = await sameOnBoth((db) => new ListHospitalsHandler(db).execute());
    expect(hospitals.items.length).toBeGreaterThan(1);
    for (const { id } of await postgres!.all<Row>('SELECT id FROM partnerships')) {
      await sameOnBoth((db) => new GetPartnershipHandler(db, clock).execute(new GetPartnership(id)));
    }
    const range = { from: AVAILABILITY_FROM, to: new Date(Date.parse(AVAILABILITY_FROM) + AVAILABILITY_DAYS * 86_400_000).toISOString() };
    let bookings = 0;
    let freeSlots = 0;
    for (const expertId of programme!.expertIds) {
      await sameOnBoth((db) => new GetExpertHandler(db).execute(new GetExpert(expertId)));
      const schedule = await sameOnBoth((db) =>
        new GetExpertScheduleHandler(db, clock).execute(new GetExpertSchedule(expertId, range as ScheduleRangeDto, coordinator)),
      );
      bookings += schedule.bookings.length;
      freeSlots += schedule.freeSlots.length;
    }
    expect(bookings).toBeGreaterThan(0);
    expect(freeSlots).toBeGreaterThan(0);
  });

  it('finds experts by every filter, page by page, as on SQLite', async () => {
    const experts = (filter: Partial<ListExpertsDto>) => (db: ReadModelStore) =>
      everyPage((cursor) => new ListExpertsHandler(db).execute(new ListExperts({ ...filter, cursor, limit: 4 } as ListExpertsDto)));
    const all = await sameOnBoth(experts({}));
    expect(all).toHaveLength(programme!.expertIds.length);
    for (const { hospital_id, department_id, specialty, title } of await postgres!.all<Row>('SELECT DISTINCT hospital_id, department_id, specialty, title FROM experts')) {
      await sameOnBoth(experts({ hospitalId: hospital_id }));
      await sameOnBoth(experts({ departmentId: department_id }));
      await sameOnBoth(experts({ specialty, title }));
    }
    const named = await sameOnBoth(experts({ q: all[0].name.split(' ')[0].toUpperCase() }));
    expect(named.length).toBeGreaterThan(0);
  });

  it('lists partnerships with their names for every caller, page by page, and hospitals by region and name, as on SQLite', async () => {
    const clock = new SettableClock('2024-06-01T00:00:00Z');
    const partnerships = (filter: Partial<ListPartnershipsDto>, user: AuthenticatedUser) => (db: ReadModelStore) =>
      everyPage((cursor) => new ListPartnershipsHandler(db, clock).execute(new ListPartnerships({ ...filter, cursor, limit: 2 } as ListPartnershipsDto, user)));
    const all = await sameOnBoth(partnerships({}, coordinator));
    expect(all.length).toBeGreaterThan(2);
    for (const { id, region } of await postgres!.all<Row>('SELECT id, region FROM hospitals')) {
      await sameOnBoth(partnerships({ hospitalId: id }, coordinator));
      await sameOnBoth(partnerships({}, { role: 'clinician', userId: `clinician-${id}`, hospitalId: id }));
      await sameOnBoth((db) => new ListHospitalsHandler(db).execute(new ListHospitals({ region } as ListHospitalsDto)));
    }
    const byName = await sameOnBoth((db) => new ListHospitalsHandler(db).execute(new ListHospitals({ q: 'HOSPITAL' } as ListHospitalsDto)));
    expect(byName.items.length).toBeGreaterThan(1);
  });

  it('reads back every training session’s attendance, page by page, as on SQLite', async () => {
    let attendees = 0;
    for (const { id } of await postgres!.all<Row>('SELECT id FROM training_sessions ORDER BY id')) {
      const attendance = await sameOnBoth((db) =>
        everyPage((cursor) => new GetAttendanceHandler(db).execute(new GetAttendance(id, { cursor, limit: 40 } as AttendanceQueryDto, coordinator))),
      );
      attendees += attendance.length;
    }
    expect(attendees).toBeGreaterThan(100);
  });

  it('keeps idempotency keys in PostgreSQL: a retry finds the first answer, a refused request frees its key', async () => {
    const keys = new IdempotencyKeys(postgres!);
    const answer = { statusCode: 201, body: JSON.stringify({ id: 'c-1', position: '7' }) };

    expect(await keys.claim('clinician-1', 'retry-1', 'hash-of-first-try')).toBeUndefined();
    await expect(keys.claim('clinician-1', 'retry-1', 'hash-of-first-try')).rejects.toMatchObject({ problem: { status: 409, code: 'idempotency-key-in-progress' } });
    await keys.release('clinician-1', 'retry-1'); // the first try failed
    expect(await keys.claim('clinician-1', 'retry-1', 'hash-of-first-try')).toBeUndefined();
    await keys.complete('clinician-1', 'retry-1', answer);

    expect(await keys.claim('clinician-1', 'retry-1', 'hash-of-first-try')).toEqual(answer);
    await expect(keys.claim('clinician-1', 'retry-1', 'hash-of-another-body')).rejects.toMatchObject({ problem: { status: 409, code: 'idempotency-key-reused' } });
    expect(await keys.claim('clinician-2', 'retry-1', 'hash-of-another-body')).toBeUndefined();
  });
});
