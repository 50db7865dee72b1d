import { InvalidValue } from '@telemed/domain/core';
import { expertStreamId, type ExpertRegistered } from '@telemed/domain/expert';
import type { UnitOfWork } from '../commands/unit-of-work';

/**
 * The expert as registered (hospital, department, specialty, title), read from the first event of
 * their stream: what accepting or inviting needs, without reading and folding their calendar.
 */
export async function loadExpertRegistration(unitOfWork: UnitOfWork, expertId: string): Promise<ExpertRegistered['data'] | undefined> {
  const first = await unitOfWork.readFirstEvent(expertStreamId(expertId));
  return first?.type === 'ExpertRegistered' ? (first as ExpertRegistered).data : undefined;
}

export async function requireExpertRegistration(unitOfWork: UnitOfWork, expertId: string): Promise<ExpertRegistered['data']> {
  const expert = await loadExpertRegistration(unitOfWork, expertId);
  if (!expert) throw new InvalidValue('expertId', 'no such expert', 'unknown-expert');
  return expert;
}
