import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { NotFound } from '@telemed/domain/core';
import type { AuthenticatedUser } from '@telemed/auth';
import { consultationAsFhirResources, type FhirConsultationInput, type FhirConsultationResourceType, type FhirResource } from '@telemed/audit';
import type { ReadModelStore } from '@telemed/projections';
import { READ_MODELS } from '../infrastructure/tokens';
import { FhirCaseMaterials, isMaterialResourceType, type MaterialResourceType } from './fhir-case-materials';
import { DEFAULT_PAGE_SIZE } from '../reading/page-query.dto';
import { readKeysetPage } from '../reading/keyset-page';
import { consultationScopeCondition } from '../consultations/consultation.queries';
import {
  canSeeRow,
  dateConditions,
  FhirSearchDto,
  inputOf,
  matchesPatient,
  patientCondition,
  patientSearchOf,
  type FhirRequestContext,
  type FhirSearchPage,
} from './fhir-search';

export { FhirSearchDto, type FhirSearchPage } from './fhir-search';

type Row = Record<string, any>;

/** For each resource kind of the consultation itself: the date a search by `date` compares, and what a consultation needs to have that resource at all. */
const KINDS: Record<Exclude<FhirConsultationResourceType, MaterialResourceType>, { dateColumn: string; exists?: string }> = {
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

/** The one resource of the kind a consultation has, if it has one yet. */
const resourceOf = (type: FhirConsultationResourceType, input: FhirConsultationInput): FhirResource | undefined =>
  consultationAsFhirResources(input).find((resource) => resource.resourceType === type);

export class SearchFhir {
  constructor(
    readonly type: FhirConsultationResourceType,
    readonly query: FhirSearchDto,
    readonly user: AuthenticatedUser,
    readonly context: FhirRequestContext,
  ) {}
}


/**
 * A FHIR search over the consultations the caller may see (as `GET /v1/consultations` scopes them),
 * newest request first, or over their materials, newest attached first. Searching by patient is for
 * those who see patients: a coordinator is refused.
 */
@QueryHandler(SearchFhir)
export class SearchFhirHandler implements IQueryHandler<SearchFhir> {
  constructor(
    @Inject(READ_MODELS) private readonly db: ReadModelStore,
    private readonly materials: FhirCaseMaterials,
  ) {}

  async execute({ type, query, user, context }: SearchFhir): Promise<FhirSearchPage> {
    if (isMaterialResourceType(type)) return this.materials.search(type, query, user, context);
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
    const patient = query.patient ? patientSearchOf(query.patient, user) : undefined;
    if (patient) {
      const { where: condition, param } = patientCondition(patient);
      where.push(condition);
      params.push(param);
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
    const inputs = page.rows.map((row) => inputOf(row, user)).filter((input) => matchesPatient(input, patient));
    // Only the request lists the materials, as its supporting information.
    const materials = type === 'ServiceRequest' ? await this.materials.attachedTo(inputs.map((input) => input.id)) : new Map();
    const resources = inputs.flatMap((input) => resourceOf(type, { ...input, materials: materials.get(input.id) ?? [] }) ?? []);
    return { resources, nextCursor: page.nextCursor };
  }
}

export class ReadFhir {
  constructor(
    readonly type: FhirConsultationResourceType,
    readonly id: string,
    readonly user: AuthenticatedUser,
    readonly context: FhirRequestContext,
  ) {}
}

/** One resource by its id; one of a consultation the caller may not see is as unknown as a missing one. */
@QueryHandler(ReadFhir)
export class ReadFhirHandler implements IQueryHandler<ReadFhir> {
  constructor(
    @Inject(READ_MODELS) private readonly db: ReadModelStore,
    private readonly materials: FhirCaseMaterials,
  ) {}

  async execute({ type, id, user, context }: ReadFhir): Promise<FhirResource> {
    if (isMaterialResourceType(type)) return this.materials.read(type, id, user, context);
    const row = await this.db.get<Row>('SELECT * FROM consultations WHERE id = ?', [consultationIdOf(type, id)]);
    const visible = row && canSeeRow(user, row);
    const materials = visible && type === 'ServiceRequest' ? await this.materials.attachedTo([row.id]) : new Map();
    const resource = visible ? resourceOf(type, { ...inputOf(row, user), materials: materials.get(row.id) ?? [] }) : undefined;
    if (!resource || resource.id !== id) throw new NotFound(type, id);
    return resource;
  }
}
