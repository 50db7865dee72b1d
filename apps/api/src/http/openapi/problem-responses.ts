import { ApiResponse } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE } from '@telemed/application/requests/problem-details';
import { arrayOf, integer, named, object, optional, text } from './response-schema';

/** RFC 9457 problem document: the body of every error answer. */
export const PROBLEM = named(
  'Problem',
  object(
    {
      type: text('`urn:telemed-backbone:problem:<code>`'),
      title: text('the status in words, in the language asked for'),
      status: integer('the HTTP status'),
      detail: text('what went wrong, in the language asked for (Accept-Language: zh-CN or English)'),
      code: text('a stable, machine-readable code: `illegal-transition`, `not-found`, `no-agreement-in-force`...'),
      errors: optional(arrayOf(object({ field: text('the field, as a path: `patient.reference`'), message: text() }), 'each invalid field, for bad input')),
      instance: optional(text('the path that was asked for')),
    },
    'An error answer (RFC 9457). `code` never changes; `title`, `detail` and field messages follow Accept-Language.',
  ),
);

/** What each status means for this API, and the codes it may carry. */
export const PROBLEM_STATUS_TEXT = {
  400: 'Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`).',
  401: 'No bearer token, or one that is invalid or expired (`unauthenticated`).',
  403: "The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`).",
  404: 'No such id, or one the caller may not see (`not-found`).',
  408: 'The request body arrived too slowly (`request-timeout`).',
  409: 'The request conflicts with the current state',
  410: 'What was asked for existed but is gone for good (`material-erased`: the patient\'s data was erased).',
  413: 'The body is larger than the API accepts (`body-too-large`).',
  415: 'The body is not JSON (`unsupported-media-type`).',
  429: 'Too many requests from this caller (`too-many-requests`); Retry-After says when to retry.',
  500: 'The backbone could not answer as it should (`material-integrity-failure`: a stored file no longer matches its recorded SHA-256, so it is not served).',
  503:
    'A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry.',
  507: 'The storage is full or failing, so nothing was written (`storage-full`); reads still work.',
} as const;

export type ProblemStatus = keyof typeof PROBLEM_STATUS_TEXT;

/** A documented problem answer with the shared schema. */
export function ApiProblem(status: ProblemStatus, description: string = PROBLEM_STATUS_TEXT[status]) {
  return ApiResponse({ status, description, content: { [PROBLEM_CONTENT_TYPE]: { schema: PROBLEM } } });
}
