import fc from 'fast-check';

/** A JSON Schema node of the OpenAPI document, as far as the fuzzer reads it. */
export interface SchemaNode {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  format?: string;
  example?: unknown;
  items?: SchemaNode;
  properties?: Record<string, SchemaNode>;
}

/** One request body as it goes on the wire. */
export interface RawBody {
  kind: string;
  contentType: string;
  body: string;
}

/** A field of a body and the JSON type it must have. */
export interface BodyField {
  path: string[];
  type: 'string' | 'boolean' | 'number' | 'array' | 'object';
}

export function resolve(node: SchemaNode, schemas: Record<string, SchemaNode>): SchemaNode {
  return node.$ref ? resolve(schemas[node.$ref.split('/').pop()!], schemas) : node;
}

/** The fields of a body schema, nested objects one level down included. */
export function fieldsOf(node: SchemaNode, schemas: Record<string, SchemaNode>, prefix: string[] = []): BodyField[] {
  return Object.entries(resolve(node, schemas).properties ?? {}).flatMap(([name, raw]) => {
    const field = resolve(raw, schemas);
    const type = field.properties ? 'object' : ((field.type ?? 'string') as BodyField['type']);
    const own: BodyField = { path: [...prefix, name], type: type === ('integer' as string) ? 'number' : type };
    return prefix.length === 0 && field.properties ? [own, ...fieldsOf(field, schemas, [name])] : [own];
  });
}

/** A plausible body from the schema's examples, for routes the fuzzer has no hand-written body for. */
export function exampleOf(node: SchemaNode, schemas: Record<string, SchemaNode>): unknown {
  const schema = resolve(node, schemas);
  if (schema.example !== undefined) return schema.example;
  if (schema.enum) return schema.enum[0];
  if (schema.properties) return Object.fromEntries(Object.entries(schema.properties).map(([name, field]) => [name, exampleOf(field, schemas)]));
  if (schema.type === 'array') return [exampleOf(schema.items ?? {}, schemas)];
  if (schema.type === 'boolean') return true;
  if (schema.type === 'number' || schema.type === 'integer') return 1;
  return schema.format === 'uuid' ? '00000000-0000-4000-8000-000000000000' : 'text';
}

const PLACEHOLDER_VALUE = '@@fuzz-placeholder-7f3a@@';
const PLACEHOLDER = JSON.stringify(PLACEHOLDER_VALUE);

/** `base` with the value at `path` replaced by raw JSON text (which may be nested too deep to build as an object). */
function withRawValue(base: Record<string, unknown>, path: string[], rawValue: string): string {
  const copy = structuredClone(base);
  let parent: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) {
    if (typeof parent[key] !== 'object' || parent[key] === null || Array.isArray(parent[key])) parent[key] = {};
    parent = parent[key] as Record<string, unknown>;
  }
  parent[path[path.length - 1]] = PLACEHOLDER_VALUE;
  return JSON.stringify(copy).replace(PLACEHOLDER, () => rawValue);
}

/** A string's length as MaxLength counts it: a surrogate pair or an emoji presentation sequence is one character. */
function lengthAsValidated(text: string): number {
  return text.length - (text.match(/[^\uFE0F\uFE0E][\uFE0F\uFE0E]/g) ?? []).length - (text.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g) ?? []).length;
}

/** `chunk` repeated until MaxLength would count more than `length` characters. */
function longerThan(length: number, chunk: string): string {
  let text = chunk.repeat(Math.ceil(length / Math.max(1, lengthAsValidated(chunk))));
  while (lengthAsValidated(text) <= length) text += chunk;
  return text;
}

/** Strings a client should never manage to slip through: unicode of every plane, control characters, markup, SQL. */
export const hostileString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom("' OR '1'='1", '1; DROP TABLE events;--', '<script>alert(1)</script>', '../../etc/passwd', '\u202e\u0000\u200b', '${jndi:ldap://x}', '%00', '🏥'.repeat(30)),
);

const smallJson = fc.jsonValue({ maxDepth: 2 });
const notAString = fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.array(smallJson, { maxLength: 3 }), fc.dictionary(hostileString, smallJson, { maxKeys: 3 }));
const WRONG_TYPES: Record<BodyField['type'], fc.Arbitrary<unknown>> = {
  string: notAString,
  number: fc.oneof(hostileString, fc.boolean(), fc.array(smallJson, { maxLength: 3 })),
  boolean: fc.oneof(fc.constantFrom('true', 'false', 'yes', '1'), fc.integer(), fc.array(smallJson, { maxLength: 3 }), fc.dictionary(hostileString, smallJson, { maxKeys: 2 })),
  array: fc.oneof(hostileString, fc.integer(), fc.boolean(), fc.dictionary(hostileString, smallJson, { minKeys: 1, maxKeys: 3 })),
  object: fc.oneof(hostileString, fc.integer(), fc.boolean(), fc.array(smallJson, { maxLength: 3 })),
};

/** Keys a body must never carry: prototype pollution, members every object inherits, and keys no DTO declares. */
const HOSTILE_KEYS = fc.oneof(
  fc.constantFrom('constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__', '', 'a'.repeat(5000)),
  hostileString.map((key) => `x-${key}`),
);
const POISON = fc.constantFrom(
  '"__proto__":{"isAdmin":true}',
  '"constructor":{"prototype":{"isAdmin":true}}',
  '"__proto__":{"__proto__":{"isAdmin":true}}',
);
const JSON_TYPE = 'application/json';
const FOREIGN_TYPES = fc.constantFrom('application/xml', 'text/html', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=fuzz', 'application/octet-stream', 'image/png');

/** Malformed, oversized or foreign bodies, refused by the parser before any handler runs: fit for every POST route. */
export function parserRefusals(base: Record<string, unknown>, bodyLimitBytes: number): fc.Arbitrary<RawBody> {
  const json = JSON.stringify(base);
  return fc.oneof(
    fc.integer({ min: 1, max: Math.max(1, json.length - 1) }).map((cut) => ({ kind: 'truncated JSON', contentType: JSON_TYPE, body: json.slice(0, cut) })),
    fc.tuple(POISON, fc.boolean()).map(([poison, nested]) => ({
      kind: 'prototype pollution',
      contentType: JSON_TYPE,
      body: nested && json.length > 2 ? json.replace(/\{/, () => `{"nested":{${poison}},`) : json.replace(/^\{/, () => `{${poison}${json === '{}' ? '' : ','}`),
    })),
    fc.tuple(FOREIGN_TYPES, hostileString).map(([contentType, text]) => ({ kind: 'foreign media type', contentType, body: text || 'x' })),
    fc.integer({ min: 1, max: 64 * 1024 }).map((extra) => ({ kind: 'over the body limit', contentType: JSON_TYPE, body: `{"filler":"${'x'.repeat(bodyLimitBytes + extra)}"}` })),
  );
}

/** Bodies that are well-formed JSON but break the DTO: every one must be refused by validation. */
export function validationRefusals(base: Record<string, unknown>, fields: BodyField[]): fc.Arbitrary<RawBody> {
  const json = (kind: string) => (body: string): RawBody => ({ kind, contentType: JSON_TYPE, body });
  const field = fc.constantFrom(...fields);
  const stringFields = fields.filter((candidate) => candidate.type === 'string');
  const arrayFields = fields.filter((candidate) => candidate.type === 'array');
  const cases: fc.Arbitrary<RawBody>[] = [
    field.chain((target) => WRONG_TYPES[target.type].map((value) => withRawValue(base, target.path, JSON.stringify(value)))).map(json('wrong type')),
    fc.tuple(fc.constantFrom(...fields.map((candidate) => candidate.path.slice(0, -1))), HOSTILE_KEYS, smallJson)
      .filter(([parent, key]) => !fields.some((candidate) => candidate.path.join('.') === [...parent, key].join('.')))
      .map(([parent, key, value]) => withRawValue(base, [...parent, key], JSON.stringify(value)))
      .map(json('undeclared or inherited key')),
    fc.tuple(field, fc.integer({ min: 33, max: 60_000 }), fc.boolean()).map(([target, depth, arrays]) =>
      withRawValue(base, target.path, arrays ? `${'['.repeat(depth)}${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}0${'}'.repeat(depth)}`),
    ).map(json('deep nesting')),
    fc.oneof(fc.array(smallJson, { maxLength: 4 }), fc.integer(), hostileString, fc.boolean(), fc.constant(null)).map((value) => JSON.stringify(value)).map(json('not an object')),
    hostileString.map((text) => ({ kind: 'text instead of JSON', contentType: 'text/plain', body: text || 'x' })),
  ];
  if (stringFields.length > 0) {
    cases.push(
      fc.tuple(fc.constantFrom(...stringFields), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }), fc.integer({ min: 20_001, max: 60_000 }))
        .map(([target, chunk, length]) => withRawValue(base, target.path, JSON.stringify(longerThan(length, chunk))))
        .map(json('oversized string')),
    );
  }
  if (arrayFields.length > 0) {
    cases.push(
      fc.tuple(fc.constantFrom(...arrayFields), fc.integer({ min: 501, max: 3000 })).map(([target, size]) => {
        const sample = target.path.reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], base);
        const element = Array.isArray(sample) && sample.length > 0 ? sample[0] : 'x';
        return withRawValue(base, target.path, JSON.stringify(Array.from({ length: size }, () => element)));
      }).map(json('oversized array')),
    );
  }
  return fc.oneof(...cases);
}

/** Ids no entity has: very long, path traversal, SQL, unicode, control characters. */
export const hostileId = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 101, maxLength: 3000 }),
  hostileString.filter((id) => id !== ''),
  fc.constantFrom('..', '../..', '../../v1/hospitals', '%2e%2e%2f', 'null', 'undefined', '0', '-1', '00000000-0000-0000-0000-000000000000', '__proto__', 'constructor'),
).map(encodeURIComponent);

/** A query value that no query parameter accepts: too long for any, or a list where one value goes. */
export const hostileQueryValue = fc.oneof(
  fc.tuple(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 4 }), fc.integer({ min: 5001, max: 7000 })).map(([chunk, length]) => ({ values: [chunk.repeat(Math.ceil(length / chunk.length))] })),
  fc.array(hostileString, { minLength: 2, maxLength: 4 }).map((values) => ({ values })),
);

/** A value for `minPosition` that is not a log position. */
export const hostilePosition = fc.oneof(
  hostileString.filter((value) => !/^\d{1,19}$/.test(value)),
  fc.constantFrom('-1', '1e3', '99999999999999999999', '0x10', ' 1', '1.0'),
);
