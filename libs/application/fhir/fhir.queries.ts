import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { Forbidden, NotFound } from '@telemed/domain/core';
import type { AuthenticatedUser } from '@telemed/auth';
import { consultationAsFhirResources, type FhirConsultationInput, type FhirConsultationResourceType, type FhirResource, patientSystemOf } from '@telemed/audit';
import type { ReadModelStore, SqlValue } from '@telemed/projections';
import { READ_MODELS } from '../infrastructure/tokens';
import { PageQueryDto, DEFAULT_PAGE_SIZE } from '../reading/page-query.dto';
import { readKeysetPage } from '../reading/keyset-page';
import { canSeeConsultation } from '../consultations/consultation-access';
import { consultationScopeCondition, consultationView } from '../consultations/consultation.queries';

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
      'a FHIR date with an optional prefix (eq, gt, lt, ge, le): when it was asked (ServiceRequest, Task, Consent), held (Appointment), begun (Encounter) or signed (Composition, Provenance)',
    example: 'ge2026-01-01',
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  @Matches(FHIR_DATE, { message: '$property must be a FHIR date such as ge2026-01-01 or lt2026-01-01T08:00:00Z' })
  date?: string;

  @ApiPropertyOptional({ description: 'the id of the resource' })
  @IsOptional()
  @MaxLength(64)
  @Matches(/^[A-Za-z0-9\-.]{1,64}$/, { message: '$property must be a FHIR id' })
  _id?: string;
}

/** For each resource kind: the date a search by `date` compares, and what a consultation needs to have that resource at all. */
const KINDS: Record<FhirConsultationResourceType, { dateColumn: string; exists?: string }> = {
  ServiceRequest: { dateColumn: 'requested_at' },
  Task: { dateColumn: 'requested_at' },
  Consent: { dateColumn: 'requested_at' },
  Appointment: { dateColumn: 'scheduled_start', exists: 'scheduled_start IS NOT NULL' },
  Encounter: { dateColumn: 'started_at', exists: 'started_at IS NOT NULL' },
  Composition: { dateColumn: 'completed_at', exists: '(completed_at IS NOT NULL AND signed_by IS NOT NULL)' },
  Provenance: { dateColumn: 'completed_at', exists: '(completed_at IS NOT NULL AND signed_by IS NOT NULL)' },
};

/** The consultation id a resource's id names: every kind uses it, the opinion's Provenance after `opinion-`. */
const consultationIdOf = (type: FhirConsultationResourceType, id: string) => (type === 'Provenance' ? id.replace(/^opinion-/, '') : id);

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

/** The consultation as the caller may see it, in the shape the FHIR mapping reads. */
const inputOf = (row: Row, user: AuthenticatedUser) => consultationView(row, user) as FhirConsultationInput;

/** The one resource of the kind a consultation has, if it has one yet. */
const resourceOf = (type: FhirConsultationResourceType, input: FhirConsultationInput): FhirResource | undefined =>
  consultationAsFhirResources(input).find((resource) => resource.resourceType === type);

export class SearchFhir {
  constructor(
    readonly type: FhirConsultationResourceType,
    readonly query: FhirSearchDto,
    readonly user: AuthenticatedUser,
  ) {}
}

export interface FhirSearchPage {
  resources: FhirResource[];
  nextCursor: string | null;
}

/**
 * A FHIR search over the consultations the caller may see (as `GET /v1/consultations` scopes them),
 * newest request first. Searching by patient is for those who see patients: a coordinator is refused.
 */
@QueryHandler(SearchFhir)
export class SearchFhirHandler implements IQueryHandler<SearchFhir> {
  constructor(@Inject(READ_MODELS) private readonly db: ReadModelStore) {}

  async execute({ type, query, user }: SearchFhir): Promise<FhirSearchPage> {
    const kind = KINDS[type];
    const { where, params } = consultationScopeCondition(user);
    if (kind.exists) where.push(kind.exists);
    if (query._id) {
      where.push('id = ?');
      params.push(consultationIdOf(type, query._id));
    }
    if (query.date) {
      const dates = dateConditions(kind.dateColumn, query.date);
      where.push(...dates.where);
      params.push(...dates.params);
    }
    let patient: { system?: string; value: string } | undefined;
    if (query.patient) {
      if (user.role === 'coordinator') throw new Forbidden('coordinators see no patient details, so they cannot search by patient');
      const bar = query.patient.indexOf('|');
      patient = bar === -1 ? { value: query.patient } : { system: query.patient.slice(0, bar), value: query.patient.slice(bar + 1) };
      // The record number as the row holds it, narrowed by SQL and then compared exactly below.
      where.push(`patient LIKE ? ESCAPE '\\'`);
      params.push(`%${`"reference":${JSON.stringify(patient.value)}`.replace(/[\\%_]/g, (character) => `\\${character}`)}%`);
    }
    const page = await readKeysetPage<Row>(this.db, {
      select: 'SELECT * FROM consultations',
      where,
      params,
      sortColumn: 'requested_at',
      idColumn: 'id',
      sortKeyOf: (row) => row.requested_at,
      idOf: (row) => row.id,
      direction: 'descending',
      cursor: query.cursor,
      limit: query.limit ?? DEFAULT_PAGE_SIZE,
    });
    const resources = page.rows
      .map((row) => inputOf(row, user))
      .filter((input) => !patient || (input.patient?.reference === patient.value && (!patient.system || patient.system === patientSystemOf(input.requestingHospitalId))))
      .flatMap((input) => resourceOf(type, input) ?? []);
    return { resources, nextCursor: page.nextCursor };
  }
}

export class ReadFhir {
  constructor(
    readonly type: FhirConsultationResourceType,
    readonly id: string,
    readonly user: AuthenticatedUser,
  ) {}
}

/** One resource by its id; one of a consultation the caller may not see is as unknown as a missing one. */
@QueryHandler(ReadFhir)
export class ReadFhirHandler implements IQueryHandler<ReadFhir> {
  constructor(@Inject(READ_MODELS) private readonly db: ReadModelStore) {}

  async execute({ type, id, user }: ReadFhir): Promise<FhirResource> {
    const row = await this.db.get<Row>('SELECT * FROM consultations WHERE id = ?', [consultationIdOf(type, id)]);
    const visible = row && canSeeConsultation(user, { requestingHospitalId: row.requesting_hospital_id, givingHospitalId: row.giving_hospital_id, expertId: row.expert_id });
    const resource = visible ? resourceOf(type, inputOf(row, user)) : undefined;
    if (!resource || resource.id !== id) throw new NotFound(type, id);
    return resource;
  }
}
