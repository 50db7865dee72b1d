/**
 * A structural check of the FHIR R4 resources the export writes, for tests (no network, no
 * validator package): required members present, resource types, instants, references and UUIDs
 * in their FHIR formats. Answers what is wrong, one line per problem; empty when all is well.
 */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
const URN_UUID = /^urn:uuid:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;
const RELATIVE_REFERENCE = /^[A-Z][A-Za-z]+\/[A-Za-z0-9\-.]{1,64}$/;
const URI = /^[a-z][a-z0-9+.-]*:\S+$/;
const AUDIT_ACTIONS = ['C', 'R', 'U', 'D', 'E'];
const AUDIT_OUTCOMES = ['0', '4', '8', '12'];

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const nonEmptyArray = (value: unknown): value is unknown[] => Array.isArray(value) && value.length > 0;

function referenceProblems(reference: unknown, where: string): string[] {
  if (!isObject(reference)) return [`${where} is not a Reference`];
  const problems: string[] = [];
  if (reference.reference === undefined && reference.identifier === undefined && reference.display === undefined) {
    problems.push(`${where} has neither reference, identifier nor display`);
  }
  if (reference.reference !== undefined && !(typeof reference.reference === 'string' && (RELATIVE_REFERENCE.test(reference.reference) || URN_UUID.test(reference.reference)))) {
    problems.push(`${where}.reference "${String(reference.reference)}" is not a Type/id or urn:uuid reference`);
  }
  if (reference.identifier !== undefined && !(isObject(reference.identifier) && typeof reference.identifier.value === 'string')) {
    problems.push(`${where}.identifier has no value`);
  }
  return problems;
}

function codingProblems(coding: unknown, where: string): string[] {
  return isObject(coding) && typeof coding.system === 'string' && URI.test(coding.system) && typeof coding.code === 'string'
    ? []
    : [`${where} is not a Coding with a system URI and a code`];
}

function auditEventProblems(resource: Json, where: string): string[] {
  const problems = codingProblems(resource.type, `${where}.type`);
  if (!(typeof resource.recorded === 'string' && INSTANT.test(resource.recorded))) problems.push(`${where}.recorded is not an instant`);
  if (resource.action !== undefined && !AUDIT_ACTIONS.includes(String(resource.action))) problems.push(`${where}.action is not a code of audit-event-action`);
  if (resource.outcome !== undefined && !AUDIT_OUTCOMES.includes(String(resource.outcome))) problems.push(`${where}.outcome is not a code of audit-event-outcome`);
  for (const [index, subtype] of ((resource.subtype as unknown[]) ?? []).entries()) problems.push(...codingProblems(subtype, `${where}.subtype[${index}]`));
  if (!nonEmptyArray(resource.agent)) problems.push(`${where}.agent is missing`);
  for (const [index, agent] of ((resource.agent as unknown[]) ?? []).entries()) {
    const at = `${where}.agent[${index}]`;
    if (!isObject(agent) || typeof agent.requestor !== 'boolean') problems.push(`${at}.requestor is not a boolean`);
    if (isObject(agent) && agent.who !== undefined) problems.push(...referenceProblems(agent.who, `${at}.who`));
    if (isObject(agent) && agent.network !== undefined && !(isObject(agent.network) && ['1', '2', '3', '4', '5'].includes(String(agent.network.type)))) {
      problems.push(`${at}.network.type is not a network type code`);
    }
  }
  if (!isObject(resource.source) || resource.source.observer === undefined) problems.push(`${where}.source.observer is missing`);
  else problems.push(...referenceProblems(resource.source.observer, `${where}.source.observer`));
  for (const [index, entity] of ((resource.entity as unknown[]) ?? []).entries()) {
    const at = `${where}.entity[${index}]`;
    if (!isObject(entity)) {
      problems.push(`${at} is not an object`);
      continue;
    }
    if (entity.what !== undefined) problems.push(...referenceProblems(entity.what, `${at}.what`));
    for (const detail of (entity.detail as unknown[]) ?? []) {
      if (!isObject(detail) || typeof detail.type !== 'string' || typeof detail.valueString !== 'string') problems.push(`${at}.detail needs a type and a valueString`);
    }
  }
  return problems;
}

function provenanceProblems(resource: Json, where: string): string[] {
  const problems: string[] = [];
  if (!nonEmptyArray(resource.target)) problems.push(`${where}.target is missing`);
  for (const [index, target] of ((resource.target as unknown[]) ?? []).entries()) problems.push(...referenceProblems(target, `${where}.target[${index}]`));
  if (!(typeof resource.recorded === 'string' && INSTANT.test(resource.recorded))) problems.push(`${where}.recorded is not an instant`);
  if (!nonEmptyArray(resource.agent)) problems.push(`${where}.agent is missing`);
  for (const [index, agent] of ((resource.agent as unknown[]) ?? []).entries()) {
    if (!isObject(agent) || agent.who === undefined) problems.push(`${where}.agent[${index}].who is missing`);
    else problems.push(...referenceProblems(agent.who, `${where}.agent[${index}].who`));
    if (isObject(agent) && agent.onBehalfOf !== undefined) problems.push(...referenceProblems(agent.onBehalfOf, `${where}.agent[${index}].onBehalfOf`));
  }
  for (const extension of (resource.extension as unknown[]) ?? []) {
    if (!isObject(extension) || typeof extension.url !== 'string' || !URI.test(extension.url)) problems.push(`${where}.extension has no absolute url`);
    else if (!Object.keys(extension).some((key) => key.startsWith('value'))) problems.push(`${where}.extension ${extension.url} has no value`);
  }
  return problems;
}

export function fhirBundleProblems(bundle: unknown): string[] {
  if (!isObject(bundle) || bundle.resourceType !== 'Bundle') return ['not a Bundle'];
  const problems: string[] = [];
  if (bundle.type !== 'collection') problems.push('Bundle.type is not collection');
  if (!(typeof bundle.timestamp === 'string' && INSTANT.test(bundle.timestamp))) problems.push('Bundle.timestamp is not an instant');
  if (!Array.isArray(bundle.entry)) return [...problems, 'Bundle.entry is missing'];
  const fullUrls = new Set<string>();
  bundle.entry.forEach((entry: unknown, index) => {
    const where = `entry[${index}]`;
    if (!isObject(entry) || !isObject(entry.resource)) return problems.push(`${where} has no resource`);
    const uuid = typeof entry.fullUrl === 'string' ? URN_UUID.exec(entry.fullUrl)?.[1] : undefined;
    if (!uuid) problems.push(`${where}.fullUrl is not a urn:uuid`);
    else if (fullUrls.has(uuid)) problems.push(`${where}.fullUrl repeats another entry's`);
    else fullUrls.add(uuid);
    const { resource } = entry;
    if (resource.id !== undefined && resource.id !== uuid) problems.push(`${where}.resource.id disagrees with its fullUrl`);
    if (resource.resourceType === 'AuditEvent') problems.push(...auditEventProblems(resource, `${where}.AuditEvent`));
    else if (resource.resourceType === 'Provenance') problems.push(...provenanceProblems(resource, `${where}.Provenance`));
    else problems.push(`${where}.resource is a ${String(resource.resourceType)}, not an AuditEvent or a Provenance`);
    return undefined;
  });
  return problems;
}
