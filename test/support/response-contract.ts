import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { ObservedResponse } from '../../apps/api/src/create-app';

type Json = Record<string, unknown>;
interface ApiDocument {
  paths: Record<string, Record<string, { responses?: Record<string, { content?: Record<string, { schema?: Json }> }> }>>;
  components?: { schemas?: Record<string, Json> };
}

const DOCUMENT_ID = 'api-document';
/** Keywords whose values are data, not schemas. */
const LITERAL_KEYWORDS = new Set(['enum', 'example', 'examples', 'default', 'required', 'const']);

/**
 * OpenAPI 3.0 schemas as JSON Schema for ajv: `nullable` becomes a null alternative, references point
 * into the document, and an object that does not say otherwise admits no property it does not name,
 * so an answer carrying an undocumented field fails as surely as one missing a documented field.
 */
function asJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(asJsonSchema);
  if (node === null || typeof node !== 'object') return node;
  const { nullable, ...rest } = node as Json;
  const converted: Json = {};
  for (const [key, value] of Object.entries(rest)) {
    if (key === '$ref' && typeof value === 'string') converted.$ref = value.replace(/^#/, `${DOCUMENT_ID}#`);
    else converted[key] = LITERAL_KEYWORDS.has(key) ? value : asJsonSchema(value);
  }
  if (converted.type === 'object' && converted.properties && converted.additionalProperties === undefined) converted.additionalProperties = false;
  return nullable === true ? { anyOf: [{ type: 'null' }, converted] } : converted;
}

/** `/v1/consultations/:id` as the document writes it: `/v1/consultations/{id}`. */
const documentPath = (route: string) => route.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

/** Checks answers the API sent against what `/docs-json` says each route answers. */
export class ResponseContract {
  private readonly ajv = new Ajv({ strict: false, allErrors: false });
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(private readonly document: ApiDocument) {
    addFormats(this.ajv);
    this.ajv.addSchema({ $id: DOCUMENT_ID, components: asJsonSchema(document.components ?? {}) });
  }

  /** Why the answer breaks the contract, or undefined when it keeps it. */
  violationOf(response: ObservedResponse): string | undefined {
    if (!response.route || !/^\/(v1|health)\b/.test(response.route)) return undefined;
    const at = `${response.method} ${response.route} answered ${response.status}`;
    const operation = this.document.paths[documentPath(response.route)]?.[response.method.toLowerCase()];
    if (!operation) return `${at}: the route is not in /docs-json`;
    const documented = operation.responses?.[String(response.status)];
    if (!documented) return `${at}: that status is not documented (documented: ${Object.keys(operation.responses ?? {}).join(', ')})`;
    const mediaType = (response.contentType ?? '').split(';')[0].trim();
    if (!documented.content) return mediaType && response.body !== '' ? `${at}: a ${mediaType} body where none is documented` : undefined;
    // A media range (`*/*`, `image/*`) stands for the types it covers: a download answers in the type its file was uploaded with.
    const content = documented.content[mediaType] ?? documented.content[`${mediaType.split('/')[0]}/*`] ?? documented.content['*/*'];
    if (!content) return `${at}: ${mediaType || 'no content type'} where the document says ${Object.keys(documented.content).join(', ')}`;
    // Streamed answers (exports, event streams) are checked by their own suites.
    if (content !== documented.content[mediaType] || !content.schema || !/^application\/(json|[a-z.-]+\+json)$/.test(mediaType) || typeof response.body !== 'string') return undefined;
    const key = `${response.method} ${response.route} ${response.status} ${mediaType}`;
    let validate = this.validators.get(key);
    if (!validate) {
      validate = this.ajv.compile(asJsonSchema(content.schema) as Json);
      this.validators.set(key, validate);
    }
    let body: unknown;
    try {
      body = JSON.parse(String(response.body));
    } catch {
      return `${at}: the body is not JSON`;
    }
    if (validate(body)) return undefined;
    const errors = (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message}${error.params && 'additionalProperty' in error.params ? ` (${String(error.params.additionalProperty)})` : ''}`);
    return `${at}: ${errors.join('; ')}\n  body: ${String(response.body).slice(0, 600)}`;
  }
}
