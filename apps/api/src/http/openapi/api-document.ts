import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { withRolesInDescriptions } from '../policy/roles-docs';
import { namedSchemas } from './response-schema';
import { REQUEST_BODY_EXTENSION } from './api-operation';

/** A command that takes other media types than JSON carries its request body in an extension until here. */
function withRequestBodies(document: OpenAPIObject): OpenAPIObject {
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item) as Array<Record<string, unknown>>) {
      if (!operation || typeof operation !== 'object' || !(REQUEST_BODY_EXTENSION in operation)) continue;
      operation.requestBody = operation[REQUEST_BODY_EXTENSION];
      delete operation[REQUEST_BODY_EXTENSION];
    }
  }
  return document;
}

/** Each tag of /docs with what its routes are about. */
const TAGS: Record<string, string> = {
  session: 'How the console signs in, and who the caller is',
  network: 'Hospitals, departments, partnerships, pairings and experts, with their calendars',
  agreements: 'The agreements under which a partnership provides its services',
  consultations: 'Remote consultations, from request to signed opinion',
  'case reviews': 'Case discussions with a panel of experts',
  'case materials': 'Files and imaging study references attached to consultations and case reviews',
  'training sessions': 'Training sessions and their attendance',
  postings: 'Specialists and management cadres posted to the receiving hospital',
  'short visits': 'Short visits of experts: lectures, mobile clinics, surgical guidance, ward rounds',
  'further study': "Receiving hospitals' staff in further study at the giving hospital",
  'new techniques': 'Techniques introduced at the receiving hospital, and their cases',
  'research outputs': 'Grant applications, grants awarded and papers',
  consortia: 'Medical consortia and specialist alliances, and their members',
  stats: "The programme's counts by partnership, pairing and period, and how fast consultations are answered",
  reports: "The programme report: each figure by Beijing year, with the events behind it, as JSON, CSV or a spreadsheet",
  patients: 'Retention, legal holds and erasure of patient data',
  audit: 'The event log: history, state as of an instant, verification, rebuild, exports and the access trail',
  notifications: 'Live notices about what the caller may see',
  health: 'Liveness and readiness of the backbone',
};

/**
 * The OpenAPI document of the API: every route's operation from its decorators, the named response
 * schemas as components (sorted, so the console's generated client does not change with import order),
 * and each operation's roles from the policy table.
 */
export function buildApiDocument(app: INestApplication): OpenAPIObject {
  const builder = new DocumentBuilder()
    .setTitle('telemed-backbone')
    .setDescription(
      'Event-sourced backbone for cross-regional medical aid: remote consultations, case discussions and training sessions. ' +
        'Errors are problem documents (application/problem+json) with a stable `code`; their title, detail and field messages follow ' +
        'Accept-Language: Simplified Chinese for zh-CN, English otherwise.',
    )
    .setVersion('1')
    .setLicense('UNLICENSED', '')
    .addServer('/', 'this backbone')
    .addBearerAuth();
  for (const [name, description] of Object.entries(TAGS)) builder.addTag(name, description);
  const document = withRequestBodies(SwaggerModule.createDocument(app, builder.build()));
  const schemas = { ...document.components?.schemas, ...namedSchemas() };
  document.components = {
    ...document.components,
    schemas: Object.fromEntries(Object.entries(schemas).sort(([a], [b]) => a.localeCompare(b))),
  };
  return withRolesInDescriptions(document);
}
