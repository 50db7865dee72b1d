import { agreementDecider, partnershipAgreementsStreamId, requireAgreementInForce, type Agreement, type AgreementService } from '@telemed/domain/agreement';
import type { UnitOfWork } from '@telemed/event-store/unit-of-work';

/**
 * Reads the partnership's agreements, as a request reads the partnership itself, and refuses the
 * request (409 `no-agreement-in-force`) unless one in force at `now` covers `service`.
 */
export async function agreementCovering(unitOfWork: UnitOfWork, partnershipId: string, service: AgreementService, now: string): Promise<Agreement> {
  const agreements = await unitOfWork.load(partnershipAgreementsStreamId(partnershipId), agreementDecider);
  return requireAgreementInForce(partnershipId, agreements.state, service, now);
}
