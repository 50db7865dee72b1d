import type { MaterialAttachedData } from '@telemed/domain/case-material';
import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import type { Projection } from '../projection';
import type { SqlExecutor } from '../read-model-store';

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

/**
 * The materials of each consultation and case review, without what may identify the patient: file
 * names, study UIDs and descriptions stay in the log, encrypted under the patient's key, and are
 * read (and the reading recorded) through the materials route. A case's summary lists these rows.
 */
export const caseMaterialsProjection: Projection = {
  name: 'case-materials',
  version: 1,
  schema: [
    `CREATE TABLE IF NOT EXISTS case_materials (
       material_id TEXT PRIMARY KEY, case_kind TEXT NOT NULL, case_id TEXT NOT NULL, kind TEXT NOT NULL,
       media_type TEXT, size BIGINT, sha256 TEXT, archive TEXT, attached_by TEXT NOT NULL, attached_at TEXT NOT NULL)`,
    `CREATE INDEX IF NOT EXISTS case_materials_by_case ON case_materials (case_id, attached_at)`,
  ],
  tables: [{ name: 'case_materials', orderBy: 'material_id' }],
  eventTypes: ['ConsultationMaterialAttached', 'CaseReviewMaterialAttached'],
  async apply(event: RecordedEvent, db: SqlExecutor) {
    const data = event.data as MaterialAttachedData & { consultationId?: string; caseReviewId?: string };
    const consultation = event.type === 'ConsultationMaterialAttached';
    db.write(
      `INSERT INTO case_materials (material_id, case_kind, case_id, kind, media_type, size, sha256, archive, attached_by, attached_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (material_id) DO NOTHING`,
      [
        data.materialId,
        consultation ? 'consultation' : 'case-review',
        consultation ? data.consultationId! : data.caseReviewId!,
        data.file ? 'file' : 'dicom-study',
        data.file?.mediaType ?? null,
        data.file?.size ?? null,
        data.file?.sha256 ?? null,
        data.dicomStudy?.archive ?? null,
        data.attachedBy,
        data.attachedAt,
      ],
    );
  },
};
