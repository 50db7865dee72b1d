import type { ReadModelStore } from '../read-model-store';
import type { CaseMaterialRow } from './case-materials.projection';

/** A material as a case's summary shows it; its file name and description are read through the materials route. */
export interface CaseMaterialSummary {
  id: string;
  kind: 'file' | 'dicom-study';
  mediaType?: string;
  size?: number;
  sha256?: string;
  archive?: string;
  attachedBy: string;
  attachedAt: string;
}

/** The materials of one consultation or case review, in the order they were attached. */
export async function caseMaterialSummaries(db: ReadModelStore, caseKind: CaseMaterialRow['case_kind'], caseId: string): Promise<CaseMaterialSummary[]> {
  const rows = await db.all<CaseMaterialRow>('SELECT * FROM case_materials WHERE case_id = ? AND case_kind = ? ORDER BY attached_at, material_id', [caseId, caseKind]);
  return rows.map((row) => ({
    id: row.material_id,
    kind: row.kind,
    ...(row.media_type !== null && { mediaType: row.media_type }),
    ...(row.size !== null && { size: Number(row.size) }),
    ...(row.sha256 !== null && { sha256: row.sha256 }),
    ...(row.archive !== null && { archive: row.archive }),
    attachedBy: row.attached_by,
    attachedAt: row.attached_at,
  }));
}
