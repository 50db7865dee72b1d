import { Forbidden, NotFound } from '@telemed/domain/core';
import { acceptedPanelists, caseReviewDecider, caseReviewStreamId, type CaseReviewState } from '@telemed/domain/case-review';
import type { AuthenticatedUser } from '@telemed/auth';
import type { LoadedStream, UnitOfWork } from '@telemed/event-store/unit-of-work';

/**
 * Scoping: clinicians see their hospital's case reviews, experts those they are invited to,
 * coordinators and auditors all of them.
 */
export function canSeeCaseReview(
  user: AuthenticatedUser,
  caseReview: { requestingHospitalId: string; invitedExpertIds: readonly string[] },
): boolean {
  switch (user.role) {
    case 'coordinator':
    case 'auditor':
      return true;
    case 'clinician':
      return caseReview.requestingHospitalId === user.hospitalId;
    case 'expert':
      return caseReview.invitedExpertIds.includes(user.userId);
  }
}

/** Loads a case review the caller may see; one the caller may not see is as unknown as a missing one. */
export async function loadVisibleCaseReview(
  unitOfWork: UnitOfWork,
  caseReviewId: string,
  user: AuthenticatedUser,
): Promise<LoadedStream<CaseReviewState>> {
  const stream = await unitOfWork.load(caseReviewStreamId(caseReviewId), caseReviewDecider);
  const { state } = stream;
  const visible = canSeeCaseReview(user, {
    requestingHospitalId: state.requestingHospitalId,
    invitedExpertIds: Object.keys(state.invitations),
  });
  if (state.status === 'not-requested' || !visible) throw new NotFound('case review', caseReviewId);
  return stream;
}

/** Experts act on a case review only as panelists who accepted their invitation. */
export function requireAcceptedPanelist(user: AuthenticatedUser, caseReview: CaseReviewState): void {
  if (user.role === 'expert' && !acceptedPanelists(caseReview).includes(user.userId)) {
    throw new Forbidden('only a panelist who accepted the invitation may do this');
  }
}
