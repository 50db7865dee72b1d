/** A JSON Schema (draft 2020-12) as a plain object. */
export type JsonSchema = { [keyword: string]: unknown };

/** An instant as events carry it: ISO-8601 with seconds and an offset (the application writes UTC, `...Z`). */
const INSTANT_PATTERN = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$';

export const text: JsonSchema = { type: 'string' };
/** An identifier: any non-empty string (ids are UUIDs in practice, but the contract does not promise it). */
export const id: JsonSchema = { type: 'string', minLength: 1 };
export const instant: JsonSchema = { type: 'string', pattern: INSTANT_PATTERN };
export const calendarDate: JsonSchema = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
export const clockTime: JsonSchema = { type: 'string', pattern: '^\\d{2}:\\d{2}$' };
export const count: JsonSchema = { type: 'integer', minimum: 0 };

export const oneOf = (values: readonly string[]): JsonSchema => ({ type: 'string', enum: [...values] });
export const listOf = (items: JsonSchema, minItems = 0): JsonSchema => ({ type: 'array', items, ...(minItems > 0 && { minItems }) });

/** An object with exactly these fields: the required ones and, when present, the optional ones. */
export function record(required: Record<string, JsonSchema>, optional: Record<string, JsonSchema> = {}): JsonSchema {
  return {
    type: 'object',
    required: Object.keys(required),
    properties: { ...required, ...optional },
    additionalProperties: false,
  };
}

/** An object with these fields that may carry others as well (a patient's details, as the client gave them). */
export function openRecord(required: Record<string, JsonSchema>): JsonSchema {
  return { type: 'object', required: Object.keys(required), properties: required, additionalProperties: true };
}

export const timeSlot = record({ start: instant, end: instant });

/** The event types of one aggregate: where its streams live, and each type's data schema by version. */
export interface AggregateSchemas {
  /** Every stream of the aggregate starts with this prefix: `consultation-`. */
  streamPrefix: string;
  events: Record<string, Record<number, JsonSchema>>;
}
