import type { ProjectionRunner } from '@telemed/projections';
import { HttpProblem, problem } from '../requests/problem-details';

/** How long a patient command waits for the read models; they are local and fast. */
const CATCH_UP_MS = 10_000;

/** Waits until the read models hold the log up to `position`, else answers 503 with Retry-After. */
export async function readModelsCaughtUp(runner: ProjectionRunner, position: bigint): Promise<void> {
  if (await runner.waitFor(position, CATCH_UP_MS)) return;
  throw new HttpProblem(problem(503, 'read-model-behind', `the read models have not yet reached position ${position}; retry shortly`, undefined, { position: String(position) }), {
    'retry-after': '1',
  });
}
