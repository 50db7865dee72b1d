import { foldEvents, NotFound } from '@telemed/domain/core';
import { caseReviewDecider, caseReviewStreamId, type CaseReviewEvent, type CaseReviewState } from '@telemed/domain/case-review';
import { consultationDecider, consultationStreamId, type ActiveConsultation, type ConsultationEvent } from '@telemed/domain/consultation';
import type { MaterialAttachedData, MaterialCaseKind } from '@telemed/domain/case-material';
import type { PatientCaseKind } from '@telemed/audit';
import type { AuthenticatedUser } from '@telemed/auth';
import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import type { EventStore } from '@telemed/event-store/event-store.port';
import { toDomainEvent } from '../commands/stream-state';
import { canSeeCaseReview } from '../case-reviews/case-review-access';
import { canSeeConsultation } from '../consultations/consultation-access';

/** The routes' name of each kind of case, and what each says in the log and in the access trail. */
export const MATERIAL_CASES: Record<MaterialCaseKind, { what: string; trailKind: PatientCaseKind; streamId: (id: string) => string; eventType: string }> = {
  consultation: { what: 'consultation', trailKind: 'consultations', streamId: consultationStreamId, eventType: 'ConsultationMaterialAttached' },
  'case-review': { what: 'case review', trailKind: 'case-reviews', streamId: caseReviewStreamId, eventType: 'CaseReviewMaterialAttached' },
};

/** One material as recorded, with the patient key its encrypted members (and its file) are under. */
export interface RecordedMaterial {
  data: MaterialAttachedData;
  keyId: string | undefined;
}

/** A case's history as read for its materials: whether the caller may see it, and what is attached. */
export interface MaterialCaseHistory {
  exists: boolean;
  visible: boolean;
  materials: RecordedMaterial[];
}

/** Reads a case's stream (decrypted) and says whether it exists, whether `user` may see it, and its materials in order. */
export async function readMaterialCase(store: EventStore, kind: MaterialCaseKind, id: string, user: AuthenticatedUser): Promise<MaterialCaseHistory> {
  const { streamId, eventType } = MATERIAL_CASES[kind];
  const events = await store.readStream(streamId(id));
  const materials = events
    .filter((event) => event.type === eventType)
    .map((event: RecordedEvent): RecordedMaterial => ({ data: event.data as MaterialAttachedData, keyId: event.metadata.encryption?.keyId }));
  if (kind === 'consultation') {
    const state = foldEvents(consultationDecider, events.map(toDomainEvent) as ConsultationEvent[]);
    if (state.status === 'none') return { exists: false, visible: false, materials: [] };
    return { exists: true, visible: canSeeConsultation(user, state as ActiveConsultation), materials };
  }
  const state: CaseReviewState = foldEvents(caseReviewDecider, events.map(toDomainEvent) as CaseReviewEvent[]);
  if (state.status === 'not-requested') return { exists: false, visible: false, materials: [] };
  return { exists: true, visible: canSeeCaseReview(user, { ...state, invitedExpertIds: Object.keys(state.invitations) }), materials };
}

export function caseNotFound(kind: MaterialCaseKind, id: string): NotFound {
  return new NotFound(MATERIAL_CASES[kind].what, id);
}

/** The patient key id of a case: named by its first event, which carries the patient. */
export async function patientKeyIdOfCase(store: EventStore, kind: MaterialCaseKind, id: string): Promise<string | undefined> {
  const [first] = await store.readStream(MATERIAL_CASES[kind].streamId(id), { direction: 'forwards', maxCount: 1 });
  return first?.metadata.encryption?.keyId;
}
