import { Inject } from '@nestjs/common';
import { Query, IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { Forbidden, NotFound } from '@telemed/domain/core';
import type { AuthenticatedUser } from '@telemed/auth';
import {
  CASE_REVIEW_RESOURCE_PREFIX,
  caseReviewIdOfResource,
  caseReviewResourcesOf,
  consultationAsFhirResources,
  type FhirCaseReviewInput,
  type FhirConsultationInput,
  type FhirConsultationResourceType,
  type FhirResource,
  patientSystemOf,
} from '@telemed/audit';
import type { ReadModelStore, SqlValue } from '@telemed/projections';
import { READ_MODELS } from '../infrastructure/tokens';
import { PageQueryDto, DEFAULT_PAGE_SIZE } from '../reading/page-query.dto';
import { readKeysetPage } from '../reading/keyset-page';
import { canSeeConsultation } from '../consultations/consultation-access';
import { consultationScopeCondition, consultationView } from '../consultations/consultation.queries';
import { canSeeCaseReview } from '../case-reviews/case-review-access';
import { caseReviewDetailsOf, caseReviewScopeCondition, caseReviewView } from '../case-reviews/case-review.queries';

type Row = Record<string, any>;

/** A FHIR date search value: an optional comparison prefix, then a calendar date or an instant with its offset. */
const FHIR_DATE = /^(eq|gt|lt|ge|le)?(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/;
/** A FHIR token: `value` or `system|value`. */
const FHIR_TOKEN = /^([^|\s]{1,200}\|)?[^|\s]{1,200}$/;

export class FhirSearchDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'the patient by record number: `MRN` or `urn:telemed-backbone:hospital:<hospitalId>:patient|MRN`' })
  @IsOptional()
  @IsString()
  @MaxLength(400)
  @Matches(FHIR_TOKEN, { message: '$property must be a FHIR token: a value, or a system and a value joined by |' })
  patient?: string;

  @ApiPropertyOptional({
    description:
      'a FHIR date with an optional prefix (eq, gt, lt, ge, le): when it was asked (ServiceRequest, Task, Consent), held (Appointment), begun (Encounter) or signed or concluded (Composition, Provenance)',
    example: 'ge2026-01-01',
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  @Matches(FHIR_DATE, { message: '$property must be a FHIR date such as ge2026-01-01 or lt2026-01-01T08:00:00Z' })
  date?: string;

  @ApiPropertyOptional({ description: 'the id of the resource: a consultation\'s, or `case-review-<id>` (a panelist\'s Task: `case-review-<id>-<digest>`)' })
  @IsOptional()
  @MaxLength(64)
  @Matches(/^[A-Za-z0-9\-.]{1,64}$/, { message: '$property must be a FHIR id' })
  _id?: string;
}

/** For each resource kind and each kind of case: the date a search by `date` compares, and what a case needs to have that resource at all. */
const CONSULTATION_KINDS: Record<FhirConsultationResourceType, { dateColumn: string; exists?: string }> = {
  ServiceRequest: { dateColumn: 'requested_at' },
  Task: { dateColumn: 'requested_at' },
  Consent: { dateColumn: 'requested_at' },
  Appointment: { dateColumn: 'scheduled_start', exists: 'scheduled_start IS NOT NULL' },
  Encounter: { dateColumn: 'started_at', exists: 'started_at IS NOT NULL' },
  Composition: { dateColumn: 'completed_at', exists: '(completed_at IS NOT NULL AND signed_by IS NOT NULL)' },
  Provenance: { dateColumn: 'completed_at', exists: '(completed_at IS NOT NULL AND signed_by IS NOT NULL)' },
};

const CASE_REVIEW_KINDS: Record<FhirConsultationResourceType, { dateColumn: string; exists?: string }> = {
  ServiceRequest: { dateColumn: 'requested_at' },
  Task: { dateColumn: 'requested_at', exists: 'EXISTS (SELECT 1 FROM case_review_panel p WHERE p.case_review_id = case_reviews.id)' },
  Consent: { dateColumn: 'requested_at' },
  Appointment: { dateColumn: 'scheduled_start', exists: 'scheduled_start IS NOT NULL' },
  Encounter: { dateColumn: 'started_at', exists: 'started_at IS NOT NULL' },
  Composition: { dateColumn: 'concluded_at', exists: '(concluded_at IS NOT NULL AND concluded_by IS NOT NULL)' },
  Provenance: { dateColumn: 'concluded_at', exists: '(concluded_at IS NOT NULL AND concluded_by IS NOT NULL)' },
};

/** The consultation id a resource's id names: every kind uses it, the opinion's Provenance after `opinion-`. */
const consultationIdOf = (id: string) => id.replace(/^opinion-/, '');

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** A FHIR date search as conditions on a text column of UTC instants: a calendar date is the UTC day it names. */
function dateConditions(column: string, value: string): { where: string[]; params: SqlValue[] } {
  const [, prefix = 'eq', day, time] = FHIR_DATE.exec(value)!;
  if (time) {
    const instant = new Date(`${day}${time}`).toISOString();
    const operator = { eq: '=', gt: '>', lt: '<', ge: '>=', le: '<=' }[prefix]!;
    return { where: [`${column} ${operator} ?`], params: [instant] };
  }
  const start = `${day}T00:00:00.000Z`;
  const end = `${nextDay(day)}T00:00:00.000Z`;
  switch (prefix) {
    case 'gt':
      return { where: [`${column} >= ?`], params: [end] };
    case 'ge':
      return { where: [`${column} >= ?`], params: [start] };
    case 'lt':
      return { where: [`${column} < ?`], params: [start] };
    case 'le':
      return { where: [`${column} < ?`], params: [end] };
    default:
      return { where: [`${column} >= ?`, `${column} < ?`], params: [start, end] };
  }
}

type PatientToken = { system?: string; value: string };

/** The record number as a row's patient JSON holds it, narrowed by SQL and then compared exactly. */
function patientCondition(patient: PatientToken): { where: string; param: string } {
  return {
    where: `patient LIKE ? ESCAPE '\\'`,
    param: `%${`"reference":${JSON.stringify(patient.value)}`.replace(/[\\%_]/g, (character) => `\\${character}`)}%`,
  };
}

const samePatient = (input: { patient?: { reference: string }; requestingHospitalId: string }, patient: PatientToken | undefined) =>
  !patient || (input.patient?.reference === patient.value && (!patient.system || patient.system === patientSystemOf(input.requestingHospitalId)));

/** The consultation as the caller may see it, in the shape the FHIR mapping reads. */
const consultationInputOf = (row: Row, user: AuthenticatedUser) => consultationView(row, user) as FhirConsultationInput;

/** The case review as the caller may see it, in the shape the FHIR mapping reads. */
const caseReviewInputOf = (row: Row, panel: Row[], contributions: Row[], user: AuthenticatedUser) =>
  caseReviewView(row, panel, contributions, user) as FhirCaseReviewInput;

/** The one resource of the kind a consultation has, if it has one yet. */
const consultationResourcesOf = (type: FhirConsultationResourceType, input: FhirConsultationInput): FhirResource[] =>
  consultationAsFhirResources(input).filter((resource) => resource.resourceType === type);

export class SearchFhir extends Query<FhirSearchPage> {
  constructor(
    readonly type: FhirConsultationResourceType,
    readonly query: FhirSearchDto,
    readonly user: AuthenticatedUser,
  ) {
    super();
  }
}

export interface FhirSearchPage {
  resources: FhirResource[];
  nextCursor: string | null;
}

interface Branch {
  sql: string;
  params: SqlValue[];
}

/** One kind of case's matching records, as rows of (kind, record id, sort key, sort id) for the union both kinds are paged through. */
function branch(
  kind: 'consultation' | 'case-review',
  table: string,
  scope: { where: string[]; params: SqlValue[] },
  rules: { dateColumn: string; exists?: string },
  query: FhirSearchDto,
  patient: PatientToken | undefined,
  recordId: string | undefined,
): Branch {
  const where = [...scope.where];
  const params = [...scope.params];
  if (rules.exists) where.push(rules.exists);
  if (recordId !== undefined) {
    where.push('id = ?');
    params.push(recordId);
  }
  if (query.date) {
    const dates = dateConditions(rules.dateColumn, query.date);
    where.push(...dates.where);
    params.push(...dates.params);
  }
  if (patient) {
    const condition = patientCondition(patient);
    where.push(condition.where);
    params.push(condition.param);
  }
  const sortId = kind === 'case-review' ? `'${CASE_REVIEW_RESOURCE_PREFIX}' || id` : 'id';
  return {
    sql: `SELECT '${kind}' AS kind, id AS record_id, requested_at AS sort_at, ${sortId} AS sort_id FROM ${table} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`,
    params,
  };
}

/**
 * A FHIR search over the consultations and case reviews the caller may see (as `GET /v1/consultations`
 * and `GET /v1/case-reviews` scope them), newest request first, one page through both. Searching by
 * patient is for those who see patients: a coordinator is refused.
 */
@QueryHandler(SearchFhir)
export class SearchFhirHandler implements IQueryHandler<SearchFhir> {
  constructor(@Inject(READ_MODELS) private readonly db: ReadModelStore) {}

  async execute({ type, query, user }: SearchFhir): Promise<FhirSearchPage> {
    let patient: PatientToken | undefined;
    if (query.patient) {
      if (user.role === 'coordinator') throw new Forbidden('coordinators see no patient details, so they cannot search by patient');
      const bar = query.patient.indexOf('|');
      patient = bar === -1 ? { value: query.patient } : { system: query.patient.slice(0, bar), value: query.patient.slice(bar + 1) };
    }
    // An id names the resources of one case: a case review's are named after it, a consultation's are its id.
    const caseReviewId = query._id === undefined ? undefined : caseReviewIdOfResource(query._id);
    const branches: Branch[] = [];
    if (query._id === undefined || caseReviewId === undefined) {
      branches.push(branch('consultation', 'consultations', consultationScopeCondition(user), CONSULTATION_KINDS[type], query, patient, query._id && consultationIdOf(query._id)));
    }
    if (query._id === undefined || caseReviewId !== undefined) {
      branches.push(branch('case-review', 'case_reviews', caseReviewScopeCondition(user), CASE_REVIEW_KINDS[type], query, patient, caseReviewId));
    }
    const page = await readKeysetPage<Row>(this.db, {
      select: `SELECT * FROM (${branches.map(({ sql }) => sql).join(' UNION ALL ')}) AS matches`,
      where: [],
      params: branches.flatMap(({ params }) => params),
      sortColumn: 'sort_at',
      idColumn: 'sort_id',
      sortKeyOf: (row) => row.sort_at,
      idOf: (row) => row.sort_id,
      direction: 'descending',
      cursor: query.cursor,
      limit: query.limit ?? DEFAULT_PAGE_SIZE,
    });
    const inputs = await this.inputsOf(page.rows, user);
    const resources = page.rows
      .flatMap((match) => {
        const input = inputs.get(`${match.kind}:${match.record_id}`);
        if (!input || !samePatient(input.input, patient)) return [];
        return input.kind === 'consultation' ? consultationResourcesOf(type, input.input) : caseReviewResourcesOf(type, input.input);
      })
      .filter((resource) => query._id === undefined || resource.id === query._id);
    return { resources, nextCursor: page.nextCursor };
  }

  /** The cases of a page, read in one query per kind, by `kind:id`. */
  private async inputsOf(matches: Row[], user: AuthenticatedUser) {
    const inputs = new Map<string, { kind: 'consultation'; input: FhirConsultationInput } | { kind: 'case-review'; input: FhirCaseReviewInput }>();
    const idsOf = (kind: string) => matches.filter((match) => match.kind === kind).map((match) => match.record_id as string);
    const placeholders = (ids: string[]) => ids.map(() => '?').join(', ');
    const consultationIds = idsOf('consultation');
    if (consultationIds.length > 0) {
      for (const row of await this.db.all<Row>(`SELECT * FROM consultations WHERE id IN (${placeholders(consultationIds)})`, consultationIds)) {
        inputs.set(`consultation:${row.id}`, { kind: 'consultation', input: consultationInputOf(row, user) });
      }
    }
    const caseReviewIds = idsOf('case-review');
    if (caseReviewIds.length > 0) {
      const { panels, contributions } = await caseReviewDetailsOf(this.db, caseReviewIds);
      for (const row of await this.db.all<Row>(`SELECT * FROM case_reviews WHERE id IN (${placeholders(caseReviewIds)})`, caseReviewIds)) {
        inputs.set(`case-review:${row.id}`, { kind: 'case-review', input: caseReviewInputOf(row, panels.get(row.id)!, contributions.get(row.id)!, user) });
      }
    }
    return inputs;
  }
}

export class ReadFhir extends Query<FhirResource> {
  constructor(
    readonly type: FhirConsultationResourceType,
    readonly id: string,
    readonly user: AuthenticatedUser,
  ) {
    super();
  }
}

/** One resource by its id; one of a case the caller may not see is as unknown as a missing one. */
@QueryHandler(ReadFhir)
export class ReadFhirHandler implements IQueryHandler<ReadFhir> {
  constructor(@Inject(READ_MODELS) private readonly db: ReadModelStore) {}

  async execute({ type, id, user }: ReadFhir): Promise<FhirResource> {
    const caseReviewId = caseReviewIdOfResource(id);
    const resources = caseReviewId === undefined ? await this.consultationResources(type, id, user) : await this.caseReviewResources(type, caseReviewId, user);
    const resource = resources.find((candidate) => candidate.id === id);
    if (!resource) throw new NotFound(type, id);
    return resource;
  }

  private async consultationResources(type: FhirConsultationResourceType, id: string, user: AuthenticatedUser): Promise<FhirResource[]> {
    const row = await this.db.get<Row>('SELECT * FROM consultations WHERE id = ?', [consultationIdOf(id)]);
    const visible = row && canSeeConsultation(user, { requestingHospitalId: row.requesting_hospital_id, givingHospitalId: row.giving_hospital_id, expertId: row.expert_id });
    return visible ? consultationResourcesOf(type, consultationInputOf(row, user)) : [];
  }

  private async caseReviewResources(type: FhirConsultationResourceType, caseReviewId: string, user: AuthenticatedUser): Promise<FhirResource[]> {
    const row = await this.db.get<Row>('SELECT * FROM case_reviews WHERE id = ?', [caseReviewId]);
    if (!row) return [];
    const { panels, contributions } = await caseReviewDetailsOf(this.db, [caseReviewId]);
    const panel = panels.get(caseReviewId)!;
    const visible = canSeeCaseReview(user, { requestingHospitalId: row.requesting_hospital_id, invitedExpertIds: panel.map((invitation) => invitation.expert_id as string) });
    return visible ? caseReviewResourcesOf(type, caseReviewInputOf(row, panel, contributions.get(caseReviewId)!, user)) : [];
  }
}
