import { InvalidValue } from '@telemed/domain/core';
import { partnershipDecider, partnershipStreamId, type PartnershipState } from '@telemed/domain/partnership';
import type { LoadedStream, UnitOfWork } from '../commands/unit-of-work';

type EstablishedPartnership = Extract<PartnershipState, { status: 'established' }>;

/**
 * The partnership a request names, loaded for the command: one that was never established is an
 * invalid value of the request (400 `unknown-partnership`), not a missing resource.
 */
export async function loadEstablishedPartnership(unitOfWork: UnitOfWork, partnershipId: string): Promise<LoadedStream<EstablishedPartnership>> {
  const partnership = await unitOfWork.load(partnershipStreamId(partnershipId), partnershipDecider);
  const { state } = partnership;
  if (state.status !== 'established') throw new InvalidValue('partnershipId', 'no such partnership', 'unknown-partnership');
  return { ...partnership, state };
}
