import { NotFound } from '@telemed/domain/core';
import { ActiveConsultation, consultationDecider, consultationStreamId } from '@telemed/domain/consultation';
import type { AuthenticatedUser } from '@telemed/auth';
import type { LoadedStream, UnitOfWork } from '../commands/unit-of-work';
import type { Action } from '../access/policy';
import { isAllowed, requireAllowed, type ScopeFacts } from '../access/scope';

interface ConsultationParties {
  requestingHospitalId: string;
  givingHospitalId: string;
  expertId?: string | null;
}

/** A clinician acts for the requesting hospital, an expert for the hospital the request is addressed to. */
function scopeFacts(user: AuthenticatedUser, consultation: ConsultationParties): ScopeFacts {
  return {
    hospitalIds: [user.role === 'clinician' ? consultation.requestingHospitalId : consultation.givingHospitalId],
    assignedExpertIds: [consultation.expertId],
  };
}

/** Hospital scoping, as the policy's `consultation.read` says: clinicians see their hospital's requests, experts those addressed to theirs. */
export function canSeeConsultation(user: AuthenticatedUser, consultation: ConsultationParties): boolean {
  return isAllowed('consultation.read', user, scopeFacts(user, consultation));
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

/** 403 unless the consultation is within the caller's scope for `action`: for an expert, only the one assigned schedules and starts it. */
export function requireConsultationScope(action: Action, user: AuthenticatedUser, consultation: ActiveConsultation): void {
  requireAllowed(action, user, scopeFacts(user, consultation), 'only the expert assigned to this consultation may do this');
}
