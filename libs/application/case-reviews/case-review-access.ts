import { NotFound } from '@telemed/domain/core';
import { acceptedPanelists, caseReviewDecider, caseReviewStreamId, type CaseReviewState } from '@telemed/domain/case-review';
import type { AuthenticatedUser } from '@telemed/auth';
import type { LoadedStream, UnitOfWork } from '../commands/unit-of-work';
import type { Action } from '../access/policy';
import { isAllowed, requireAllowed } from '../access/scope';

/**
 * Scoping, as the policy's `case-review.read` says: clinicians see their hospital's case reviews,
 * experts those they are invited to, coordinators and auditors all of them.
 */
export function canSeeCaseReview(
  user: AuthenticatedUser,
  caseReview: { requestingHospitalId: string; invitedExpertIds: readonly string[] },
): boolean {
  return isAllowed('case-review.read', user, { hospitalIds: [caseReview.requestingHospitalId], invitedExpertIds: caseReview.invitedExpertIds });
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

/** 403 unless the case review is within the caller's scope for `action`: an expert acts on it only as a panelist who accepted. */
export function requireCaseReviewScope(action: Action, user: AuthenticatedUser, caseReview: CaseReviewState): void {
  const facts = {
    hospitalIds: [caseReview.requestingHospitalId],
    assignedExpertIds: acceptedPanelists(caseReview),
    invitedExpertIds: Object.keys(caseReview.invitations),
  };
  requireAllowed(action, user, facts, 'only a panelist who accepted the invitation may do this');
}
