import { NotFound } from '@telemed/domain/core';
import { trainingDecider, trainingSessionStreamId, type TrainingState } from '@telemed/domain/training';
import type { AuthenticatedUser } from '@telemed/auth';
import type { LoadedStream, UnitOfWork } from '../commands/unit-of-work';
import type { Action } from '../access/policy';
import { requireAllowed } from '../access/scope';

/** Training sessions hold no patient data: every role sees them (`training.read` is `any`), so only existence is checked. */
export async function loadTrainingSession(unitOfWork: UnitOfWork, trainingSessionId: string): Promise<LoadedStream<TrainingState>> {
  const stream = await unitOfWork.load(trainingSessionStreamId(trainingSessionId), trainingDecider);
  if (stream.state.status === 'not-planned') throw new NotFound('training session', trainingSessionId);
  return stream;
}

/** 403 unless the session is within the caller's scope for `action`: an expert acts on it only as one of its trainers. */
export function requireTrainingScope(action: Action, user: AuthenticatedUser, session: TrainingState): void {
  requireAllowed(action, user, { assignedExpertIds: session.trainerExpertIds }, 'only a trainer of this session may do this');
}
