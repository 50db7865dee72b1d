import { agreementDecider, agreementInForce, partnershipAgreementsStreamId, requireAgreementInForce, type Agreement, type AgreementService } from '@telemed/domain/agreement';
import type { ClockTerms, Urgency } from '@telemed/domain/core';
import { hospitalDecider, hospitalStreamId } from '@telemed/domain/hospital';
import type { UnitOfWork } from '../commands/unit-of-work';

/**
 * Reads the partnership's agreements, as a request reads the partnership itself, and refuses the
 * request (409 `no-agreement-in-force`) unless one in force at `now` covers `service`.
 */
export async function agreementCovering(unitOfWork: UnitOfWork, partnershipId: string, service: AgreementService, now: string): Promise<Agreement> {
  const agreements = await unitOfWork.load(partnershipAgreementsStreamId(partnershipId), agreementDecider);
  return requireAgreementInForce(partnershipId, agreements.state, service, now);
}

/**
 * The response clock a consultation or case review requested now runs on: the targets for its
 * urgency of the agreement in force covering the service, counted in the receiving hospital's
 * working time when the agreement says so. None without an agreement in force (the request is
 * then refused by `agreementCovering`).
 */
export async function responseClockTerms(
  unitOfWork: UnitOfWork,
  request: { partnershipId: string; service: AgreementService; receivingHospitalId: string; urgency: Urgency },
  now: string,
): Promise<ClockTerms | undefined> {
  const { partnershipId, service, receivingHospitalId, urgency } = request;
  const agreements = await unitOfWork.load(partnershipAgreementsStreamId(partnershipId), agreementDecider);
  const agreement = agreementInForce(agreements.state, service, now);
  const target = agreement?.terms.responseTargets?.[urgency];
  if (!agreement || !target) return undefined;
  const terms: ClockTerms = { agreementId: agreement.agreementId, acceptMinutes: target.acceptMinutes, answerMinutes: target.answerMinutes };
  if (!agreement.terms.workingTimeOnly) return terms;
  const hospital = await unitOfWork.load(hospitalStreamId(receivingHospitalId), hospitalDecider);
  if (hospital.state.status !== 'registered') return terms;
  return { ...terms, workingTime: { timeZone: hospital.state.timezone, workingHours: hospital.state.workingHours } };
}
