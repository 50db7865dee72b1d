import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { SEAL_EVENT_TYPE } from '@telemed/audit';
import { PATIENT_DATA_ERASED } from '@telemed/event-store/encryption/patient-erasure';
import { eventUpcasters } from '@telemed/event-store/upcasting';
import { publishedEventTypes, publishedMessageSchema } from './event-schemas';

const DOMAIN = join(__dirname, '../../domain');

/** Every event type the domain declares: `DomainEvent<'Type', …>` in each aggregate's events file. */
function domainEventTypes(): string[] {
  const types: string[] = [];
  for (const folder of readdirSync(DOMAIN)) {
    for (const file of readdirSync(join(DOMAIN, folder)).filter((name) => name.endsWith('.events.ts'))) {
      const source = readFileSync(join(DOMAIN, folder, file), 'utf8');
      for (const match of source.matchAll(/DomainEvent<\s*'(\w+)'/g)) types.push(match[1]);
    }
  }
  return types;
}

describe('the published message schemas', () => {
  it('describe every event type the domain declares, the log seal and the patient-data erasure, at every version from 1 to the current one', () => {
    const published = publishedEventTypes();
    const upcasters = eventUpcasters();
    expect([...new Set(published.map((entry) => entry.type))].sort()).toEqual([...domainEventTypes(), SEAL_EVENT_TYPE, PATIENT_DATA_ERASED].sort());
    for (const type of new Set(published.map((entry) => entry.type))) {
      const versions = published.filter((entry) => entry.type === type).map((entry) => entry.schemaVersion);
      // A version a reader may still meet in the log has its schema, and the current one is among them.
      expect({ type, versions: versions.sort() }).toEqual({ type, versions: Array.from({ length: upcasters.currentVersion(type) }, (_, index) => index + 1) });
    }
  });

  it('are valid JSON Schemas (draft 2020-12) that a strict validator compiles', () => {
    const ajv = new Ajv2020({ strict: true });
    for (const { type, schemaVersion } of publishedEventTypes()) {
      expect(() => ajv.compile(publishedMessageSchema(type, schemaVersion)!)).not.toThrow();
    }
  });

  it('know nothing of a type or version the registry does not hold', () => {
    expect(publishedMessageSchema('ConsultationRequested', 2)).toBeUndefined();
    expect(publishedMessageSchema('SomethingHappened', 1)).toBeUndefined();
  });
});
