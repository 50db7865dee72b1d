import { Forbidden, NotFound } from '@telemed/domain/core';
import { trainingDecider, trainingSessionStreamId, type TrainingState } from '@telemed/domain/training';
import type { AuthenticatedUser } from '@telemed/auth';
import type { LoadedStream, UnitOfWork } from '@telemed/event-store/unit-of-work';

/** Training sessions hold no patient data: every role sees them, so only existence is checked. */
export async function loadTrainingSession(unitOfWork: UnitOfWork, trainingSessionId: string): Promise<LoadedStream<TrainingState>> {
  const stream = await unitOfWork.load(trainingSessionStreamId(trainingSessionId), trainingDecider);
  if (stream.state.status === 'not-planned') throw new NotFound('training session', trainingSessionId);
  return stream;
}

/** Experts act on a session only as one of its trainers. */
export function requireTrainer(user: AuthenticatedUser, session: TrainingState): void {
  if (user.role === 'expert' && !session.trainerExpertIds.includes(user.userId)) {
    throw new Forbidden('only a trainer of this session may do this');
  }
}
