import type { ReferenceObject, SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';

/**
 * Terse builders for the schemas of what the API answers. A schema given a name with `named` becomes
 * a component of `/docs-json` (and so a type of the console's generated client); the rest are inlined.
 */
export type Schema = SchemaObject | ReferenceObject;

const OPTIONAL = Symbol('optional');
interface OptionalProperty {
  [OPTIONAL]: Schema;
}
type Property = Schema | OptionalProperty;

const withDescription = (schema: SchemaObject, description?: string): SchemaObject => (description ? { ...schema, description } : schema);

export const text = (description?: string): SchemaObject => withDescription({ type: 'string' }, description);
export const id = (description?: string): SchemaObject => withDescription({ type: 'string', format: 'uuid' }, description);
export const instant = (description?: string): SchemaObject => withDescription({ type: 'string', format: 'date-time' }, description);
export const calendarDate = (description?: string): SchemaObject => withDescription({ type: 'string', format: 'date' }, description);
export const integer = (description?: string): SchemaObject => withDescription({ type: 'integer' }, description);
export const decimal = (description?: string): SchemaObject => withDescription({ type: 'number' }, description);
export const flag = (description?: string): SchemaObject => withDescription({ type: 'boolean' }, description);
/** A global log position: a decimal string, since positions outgrow JavaScript numbers. */
export const position = (description = 'global log position, a decimal string'): SchemaObject => ({ type: 'string', pattern: '^[0-9]+$', description });
export const oneOf = (values: readonly string[], description?: string): SchemaObject => withDescription({ type: 'string', enum: [...values] }, description);
export const arrayOf = (items: Schema, description?: string): SchemaObject => withDescription({ type: 'array', items }, description);
/** Any JSON object: event data and states whose shape is the event type's, described by its schema version. */
export const anyObject = (description?: string): SchemaObject => withDescription({ type: 'object', additionalProperties: true }, description);
/** A map from keys to one kind of value. */
export const mapOf = (values: Schema, description?: string): SchemaObject => withDescription({ type: 'object', additionalProperties: values }, description);

/** The same value, or null (a reference is always to an object schema here). */
export function nullable(schema: Schema): Schema {
  return '$ref' in schema ? { type: 'object', allOf: [schema], nullable: true } : { ...schema, nullable: true };
}

/** A property the answer carries only sometimes (the schema's description says when). */
export function optional(schema: Schema): OptionalProperty {
  return { [OPTIONAL]: schema };
}

/** An object with exactly these properties; every one is required unless marked `optional`. */
export function object(properties: Record<string, Property>, description?: string): SchemaObject {
  const required = Object.keys(properties).filter((key) => !(OPTIONAL in properties[key]));
  const schemas = Object.fromEntries(
    Object.entries(properties).map(([key, property]) => [key, OPTIONAL in property ? property[OPTIONAL] : property]),
  ) as Record<string, Schema>;
  return withDescription({ type: 'object', ...(required.length > 0 && { required }), properties: schemas }, description);
}

const NAMED = new Map<string, SchemaObject>();

/** Registers a component schema under `name` and answers a reference to it. */
export function named(name: string, schema: SchemaObject): ReferenceObject {
  const known = NAMED.get(name);
  if (known && known !== schema) throw new Error(`two response schemas are named ${name}`);
  NAMED.set(name, schema);
  return { $ref: `#/components/schemas/${name}` };
}

/** Every named schema, by name. */
export function namedSchemas(): Record<string, SchemaObject> {
  return Object.fromEntries(NAMED);
}

/** A page of a list read by keyset: its items and the cursor of the next page, null on the last. */
export function pageOf(item: Schema): SchemaObject {
  return object({ items: arrayOf(item), nextCursor: nullable(text('pass as `cursor` to read the next page; null on the last page')) });
}

/** A whole list, unpaged. */
export function listOf(item: Schema): SchemaObject {
  return object({ items: arrayOf(item) });
}

/** What every command answers: the id it acted on and the position of its last event. */
export const RECORDED = named(
  'Recorded',
  object({
    id: id('the entity the command acted on'),
    position: position('the global log position of the last event written; pass it as `minPosition` to read your write'),
  }),
);
