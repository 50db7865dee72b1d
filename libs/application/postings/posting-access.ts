import { NotFound } from '@telemed/domain/core';
import { postingDecider, postingStreamId, type PostingState } from '@telemed/domain/posting';
import type { LoadedStream, UnitOfWork } from '../commands/unit-of-work';

/** Only coordinators change a posting (`posting.record` is theirs alone), so only existence is checked. */
export async function loadPosting(unitOfWork: UnitOfWork, postingId: string): Promise<LoadedStream<PostingState>> {
  const stream = await unitOfWork.load(postingStreamId(postingId), postingDecider);
  if (stream.state.status === 'not-dispatched') throw new NotFound('posting', postingId);
  return stream;
}
