import { Forbidden, NotFound } from '@telemed/domain/core';
import { ActiveConsultation, consultationDecider, consultationStreamId } from '@telemed/domain/consultation';
import type { AuthenticatedUser } from '@telemed/auth';
import type { LoadedStream, UnitOfWork } from '@telemed/event-store/unit-of-work';

/** Hospital scoping: clinicians see their hospital's requests, experts those addressed to their hospital. */
export function canSeeConsultation(
  user: AuthenticatedUser,
  consultation: { requestingHospitalId: string; givingHospitalId: string; expertId?: string | null },
): boolean {
  switch (user.role) {
    case 'coordinator':
    case 'auditor':
      return true;
    case 'clinician':
      return consultation.requestingHospitalId === user.hospitalId;
    case 'expert':
      return consultation.givingHospitalId === user.hospitalId || consultation.expertId === user.userId;
  }
}

/** Loads a consultation the caller may see; one the caller may not see is as unknown as a missing one. */
export async function loadVisibleConsultation(
  unitOfWork: UnitOfWork,
  consultationId: string,
  user: AuthenticatedUser,
): Promise<LoadedStream<ActiveConsultation>> {
  const stream = await unitOfWork.load(consultationStreamId(consultationId), consultationDecider);
  if (stream.state.status === 'none' || !canSeeConsultation(user, stream.state)) throw new NotFound('consultation', consultationId);
  return stream as LoadedStream<ActiveConsultation>;
}

/** Only the expert who accepted a consultation acts on it as an expert. */
export function requireAssignedExpert(user: AuthenticatedUser, consultation: ActiveConsultation): void {
  if (user.role === 'expert' && consultation.expertId !== user.userId) {
    throw new Forbidden('only the expert assigned to this consultation may do this');
  }
}
