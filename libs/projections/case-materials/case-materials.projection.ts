import type { MaterialAttachedData } from '@telemed/domain/case-material';
import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import type { Projection } from '../projection';
import type { ProjectionBatch } from '../rows/projection-batch';
import { readModelTable } from '../rows/read-model-table';

/** One attached material as its case's summary lists it: what kind, how large, by whom and when. */
export interface CaseMaterialRow {
  material_id: string;
  case_kind: 'consultation' | 'case-review';
  case_id: string;
  kind: 'file' | 'dicom-study';
  media_type: string | null;
  size: number | string | null;
  sha256: string | null;
  archive: string | null;
  attached_by: string;
  attached_at: string;
}

const materials = readModelTable(`CREATE TABLE IF NOT EXISTS case_materials (
       material_id TEXT PRIMARY KEY, case_kind TEXT NOT NULL, case_id TEXT NOT NULL, kind TEXT NOT NULL,
       media_type TEXT, size BIGINT, sha256 TEXT, archive TEXT, attached_by TEXT NOT NULL, attached_at TEXT NOT NULL)`);

/**
 * The materials of each consultation and case review, without what may identify the patient: file
 * names, study UIDs and descriptions stay in the log, encrypted under the patient's key, and are
 * read (and the reading recorded) through the materials route. A case's summary lists these rows.
 */
export const caseMaterialsProjection: Projection = {
  name: 'case-materials',
  version: 1,
  schema: [
    materials.ddl,
    `CREATE INDEX IF NOT EXISTS case_materials_by_case ON case_materials (case_id, attached_at)`,
  ],
  tables: [{ name: 'case_materials', orderBy: 'material_id' }],
  eventTypes: ['ConsultationMaterialAttached', 'CaseReviewMaterialAttached'],
  apply(event: RecordedEvent, batch: ProjectionBatch) {
    const data = event.data as MaterialAttachedData & { consultationId?: string; caseReviewId?: string };
    const consultation = event.type === 'ConsultationMaterialAttached';
    batch.rows(materials).insertIfAbsent({
      material_id: data.materialId,
      case_kind: consultation ? 'consultation' : 'case-review',
      case_id: consultation ? data.consultationId! : data.caseReviewId!,
      kind: data.file ? 'file' : 'dicom-study',
      media_type: data.file?.mediaType ?? null,
      size: data.file?.size ?? null,
      sha256: data.file?.sha256 ?? null,
      archive: data.dicomStudy?.archive ?? null,
      attached_by: data.attachedBy,
      attached_at: data.attachedAt,
    });
  },
};
