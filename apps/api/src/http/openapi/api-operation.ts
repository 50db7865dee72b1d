import { applyDecorators, type Type } from '@nestjs/common';
import { ApiExtension, ApiExtraModels, ApiOperation, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { ApiProblem, PROBLEM_STATUS_TEXT, type ProblemStatus } from './problem-responses';
import { RECORDED, type Schema } from './response-schema';

interface OperationDoc {
  summary: string;
  description?: string;
  /** 404 when the route names an id that may be unknown or out of the caller's sight. */
  notFound?: boolean;
  /** A route anyone may call (`@Public`): public routes are never rate-limited, so no 429. */
  public?: boolean;
  /** Problem answers beyond the standard ones, or standard ones this route gives for its own reasons, with what they mean here. */
  problems?: Partial<Record<ProblemStatus, string>>;
}

/** The standard problem answers of an operation with the route's own added or restated, in status order. */
function problemAnswers(standard: Array<[ProblemStatus, string?]>, own: Partial<Record<ProblemStatus, string>> = {}) {
  const answers = new Map<ProblemStatus, string>(standard.map(([status, description]) => [status, description ?? PROBLEM_STATUS_TEXT[status]]));
  for (const [status, description] of Object.entries(own)) answers.set(Number(status) as ProblemStatus, description);
  return [...answers.entries()].sort(([a], [b]) => a - b).map(([status, description]) => ApiProblem(status, description));
}

/** The extension a command's several request media types travel in until `buildApiDocument` makes them its request body. */
export const REQUEST_BODY_EXTENSION = 'x-request-body';

/** A schema, or a class whose `@ApiProperty` members describe it. */
export type AnswerSchema = Schema | Type<unknown>;

const schemaOf = (answer: AnswerSchema): Schema => (typeof answer === 'function' ? { $ref: getSchemaPath(answer) } : answer);
const modelsOf = (...answers: Array<AnswerSchema | undefined>) => {
  const classes = answers.filter((answer): answer is Type<unknown> => typeof answer === 'function');
  return classes.length > 0 ? [ApiExtraModels(...classes)] : [];
};

export interface ReadDoc extends OperationDoc {
  /** The schema of the 200 answer. */
  ok: AnswerSchema;
  /** Other media types the route answers in, each with its schema (`application/x-ndjson`, `application/fhir+json`...). */
  alternatives?: Record<string, Schema>;
  /** false when JSON is not among them: only the alternatives are answered. */
  json?: boolean;
  /** The `code`s of the 409 answers this read may give, when it may give any. */
  conflicts?: string[];
}

export interface CommandDoc extends OperationDoc {
  /** The answer's schema; `{id, position}` when absent. */
  answer?: AnswerSchema;
  /** 201 unless the command creates nothing (verify, rebuild, seal...); 204 when it answers no body (a revocation). */
  status?: 200 | 201 | 204;
  /** The `code`s of the 409 answers this command may give, beyond the stale-write and idempotency ones. */
  conflicts?: string[];
  /** false for a POST that records nothing (no 409 for a stale write, no 507 for a full disk). */
  records?: boolean;
  /** A body of other media types than JSON (an upload): each type with its schema, in place of the route's DTO. */
  body?: { description: string; content: Record<string, Schema> };
}

/** Codes any command may answer with 409. */
const COMMAND_CONFLICTS = ['version-conflict', 'idempotency-key-reused', 'idempotency-key-in-progress'];

const conflictText = (codes: string[]) => `${PROBLEM_STATUS_TEXT[409]}: ${codes.map((code) => `\`${code}\``).join(', ')}.`;

/**
 * A read: its summary, its 200 answer and the problems any read may answer (bad query, unknown id,
 * too many requests, read model behind or a dependency down). 401 and 403 come with `@Allow`.
 */
export function ApiRead(doc: ReadDoc) {
  return applyDecorators(
    ...modelsOf(doc.ok),
    ApiOperation({ summary: doc.summary, ...(doc.description && { description: doc.description }) }),
    ApiResponse({
      status: 200,
      description: doc.summary,
      content: Object.fromEntries(
        Object.entries({ ...(doc.json !== false && { 'application/json': schemaOf(doc.ok) }), ...doc.alternatives }).map(([type, schema]) => [type, { schema }]),
      ),
    }),
    ...problemAnswers(
      [
        [400],
        ...(doc.notFound ? [[404] as [ProblemStatus]] : []),
        ...(doc.conflicts ? [[409, conflictText(doc.conflicts)] as [ProblemStatus, string]] : []),
        ...(doc.public ? [] : [[429] as [ProblemStatus]]),
        [503],
      ],
      doc.problems,
    ),
  );
}

/**
 * A command: its summary, its answer and every problem a write may answer (bad input, unknown id,
 * conflicts with their codes, slow, large or non-JSON bodies, too many requests, a dependency down,
 * storage full). 401 and 403 come with `@Allow`.
 */
export function ApiCommand(doc: CommandDoc) {
  const status = doc.status ?? 201;
  const records = doc.records ?? true;
  return applyDecorators(
    ...modelsOf(doc.answer),
    ApiOperation({ summary: doc.summary, ...(doc.description && { description: doc.description }) }),
    ApiResponse(
      status === 204
        ? { status, description: doc.summary }
        : { status, description: status === 201 ? 'Recorded.' : doc.summary, content: { 'application/json': { schema: schemaOf(doc.answer ?? RECORDED) } } },
    ),
    ...(doc.body
      ? [
          ApiExtension(REQUEST_BODY_EXTENSION, {
            required: true,
            description: doc.body.description,
            content: Object.fromEntries(Object.entries(doc.body.content).map(([type, schema]) => [type, { schema }])),
          }),
        ]
      : []),
    ...problemAnswers(
      [
        [400],
        ...(doc.notFound ? [[404] as [ProblemStatus]] : []),
        ...(records ? [[409, conflictText([...(doc.conflicts ?? []), ...COMMAND_CONFLICTS])] as [ProblemStatus, string]] : []),
        [408],
        // Even a command that takes no body refuses one that is too large or not JSON.
        [413],
        [415],
        ...(doc.public ? [] : [[429] as [ProblemStatus]]),
        [503],
        ...(records ? [[507] as [ProblemStatus]] : []),
      ],
      doc.problems,
    ),
  );
}
