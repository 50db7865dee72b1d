import { Inject, Injectable } from '@nestjs/common';
import { NotFound } from '@telemed/domain/core';
import type { AuthenticatedUser } from '@telemed/auth';
import { caseMaterialAsFhirResource, type FhirCaseMaterialInput, type FhirConsultationResourceType, type FhirResource } from '@telemed/audit';
import type { EventStore } from '@telemed/event-store/event-store.port';
import type { ReadModelStore } from '@telemed/projections';
import { EVENT_STORE, READ_MODELS } from '../infrastructure/tokens';
import { AccessRecorder } from '../audit/access-recorder';
import { seesPatientDetails } from '../audit/audit-envelope';
import { consultationScopeCondition } from '../consultations/consultation.queries';
import { readMaterialCase } from '../case-materials/material-case';
import { DEFAULT_PAGE_SIZE } from '../reading/page-query.dto';
import { readKeysetPage } from '../reading/keyset-page';
import {
  canSeeRow,
  dateConditions,
  inputOf,
  matchesPatient,
  patientCondition,
  patientSearchOf,
  type FhirRequestContext,
  type FhirSearchDto,
  type FhirSearchPage,
} from './fhir-search';

type Row = Record<string, any>;

/** The FHIR resources a consultation's materials are: a file's DocumentReference, a DICOM study reference's ImagingStudy. */
export const MATERIAL_KIND_OF = { DocumentReference: 'file', ImagingStudy: 'dicom-study' } as const;
export type MaterialResourceType = keyof typeof MATERIAL_KIND_OF;

export const isMaterialResourceType = (type: FhirConsultationResourceType): type is MaterialResourceType => Object.hasOwn(MATERIAL_KIND_OF, type);

/** A consultation's row with one of its materials, as the search and the read select them. */
const MATERIAL_ROWS = `SELECT consultations.*, case_materials.material_id AS material_id, case_materials.kind AS material_kind,
    case_materials.media_type AS material_media_type, case_materials.size AS material_size, case_materials.sha256 AS material_sha256,
    case_materials.archive AS material_archive, case_materials.attached_by AS material_attached_by, case_materials.attached_at AS material_attached_at
  FROM case_materials JOIN consultations ON consultations.id = case_materials.case_id`;

function materialOf(row: Row): FhirCaseMaterialInput {
  return {
    id: row.material_id,
    kind: row.material_kind,
    ...(row.material_media_type !== null && { mediaType: row.material_media_type }),
    ...(row.material_size !== null && { size: Number(row.material_size) }),
    ...(row.material_sha256 !== null && { sha256: row.material_sha256 }),
    ...(row.material_archive !== null && { archive: row.material_archive }),
    attachedBy: row.material_attached_by,
    attachedAt: row.material_attached_at,
  };
}

/**
 * The materials attached to the consultations a caller may see, as FHIR resources. What the read
 * model holds (type, size, SHA-256, archive) is enough for every role; a study's Instance UID, which
 * may single the patient out, stays encrypted in the log: it is read from the consultation's stream
 * for those who see patient details, and that reading is written to the access trail first.
 */
@Injectable()
export class FhirCaseMaterials {
  constructor(
    @Inject(READ_MODELS) private readonly db: ReadModelStore,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly accessRecorder: AccessRecorder,
  ) {}

  /** The materials of each consultation, in the order attached: what a ServiceRequest lists as supporting information. */
  async attachedTo(consultationIds: string[]): Promise<Map<string, Array<{ id: string; kind: 'file' | 'dicom-study' }>>> {
    const byConsultation = new Map<string, Array<{ id: string; kind: 'file' | 'dicom-study' }>>();
    if (consultationIds.length === 0) return byConsultation;
    const rows = await this.db.all<Row>(
      `SELECT case_id, material_id, kind FROM case_materials WHERE case_kind = 'consultation' AND case_id IN (${consultationIds.map(() => '?').join(', ')})
       ORDER BY attached_at, material_id`,
      consultationIds,
    );
    for (const row of rows) byConsultation.set(row.case_id, [...(byConsultation.get(row.case_id) ?? []), { id: row.material_id, kind: row.kind }]);
    return byConsultation;
  }

  /** A search over the materials of one kind of the consultations the caller may see, newest attached first. */
  async search(type: MaterialResourceType, query: FhirSearchDto, user: AuthenticatedUser, context: FhirRequestContext): Promise<FhirSearchPage> {
    const { where, params } = consultationScopeCondition(user);
    where.push(`case_materials.case_kind = 'consultation'`, 'case_materials.kind = ?');
    params.push(MATERIAL_KIND_OF[type]);
    if (query._id) {
      where.push('case_materials.material_id = ?');
      params.push(query._id);
    }
    if (query.date) {
      const dates = dateConditions('case_materials.attached_at', query.date);
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
      select: MATERIAL_ROWS,
      where,
      params,
      sortColumn: 'case_materials.attached_at',
      idColumn: 'case_materials.material_id',
      sortKeyOf: (row) => row.material_attached_at,
      idOf: (row) => row.material_id,
      direction: 'descending',
      cursor: query.cursor,
      limit: query.limit ?? DEFAULT_PAGE_SIZE,
    });
    const rows = page.rows.filter((row) => matchesPatient(inputOf(row, user), patient));
    return { resources: await this.resourcesOf(type, rows, user, context), nextCursor: page.nextCursor };
  }

  /** One material by its id; one of a consultation the caller may not see, or of another kind, is unknown. */
  async read(type: MaterialResourceType, id: string, user: AuthenticatedUser, context: FhirRequestContext): Promise<FhirResource> {
    const row = await this.db.get<Row>(`${MATERIAL_ROWS} WHERE case_materials.material_id = ? AND case_materials.case_kind = 'consultation'`, [id]);
    if (!row || row.material_kind !== MATERIAL_KIND_OF[type] || !canSeeRow(user, row)) throw new NotFound(type, id);
    const [resource] = await this.resourcesOf(type, [row], user, context);
    return resource;
  }

  private async resourcesOf(type: MaterialResourceType, rows: Row[], user: AuthenticatedUser, context: FhirRequestContext): Promise<FhirResource[]> {
    const studyUids = type === 'ImagingStudy' && seesPatientDetails(user) ? await this.studyUidsOf(rows, user, context) : new Map<string, string>();
    return rows.map((row) => {
      const material = materialOf(row);
      const studyInstanceUid = studyUids.get(material.id);
      return caseMaterialAsFhirResource(inputOf(row, user), { ...material, ...(studyInstanceUid && { studyInstanceUid }) }, context.apiBaseUrl);
    });
  }

  /** The Study Instance UIDs of the rows' studies, from their consultations' streams, the reading recorded in the access trail. */
  private async studyUidsOf(rows: Row[], user: AuthenticatedUser, context: FhirRequestContext): Promise<Map<string, string>> {
    const consultationIds = [...new Set(rows.map((row) => row.id as string))];
    if (consultationIds.length === 0) return new Map();
    await this.accessRecorder.recordOrRefuse(
      context.metadata,
      consultationIds.map((caseId) => ({ action: 'view', kind: 'consultations', caseId, outcome: 'allowed' })),
    );
    const uids = new Map<string, string>();
    for (const consultationId of consultationIds) {
      const { materials } = await readMaterialCase(this.store, 'consultation', consultationId, user);
      for (const { data } of materials) if (data.studyInstanceUid) uids.set(data.materialId, data.studyInstanceUid);
    }
    return uids;
  }
}
