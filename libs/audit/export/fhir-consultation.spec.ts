import { consultationAsFhirResources, type FhirConsultationInput, type FhirResource, patientSystemOf } from './fhir-consultation';

const signed: FhirConsultationInput = {
  id: '7d1c0c7e-3f55-4f4e-9a0b-2b8f6f1f0a11',
  status: 'completed',
  requestingHospitalId: 'hospital-kashgar',
  givingHospitalId: 'hospital-shanghai',
  expertId: 'expert-wang',
  specialty: 'cardiology',
  urgency: 'urgent',
  purpose: 'second opinion before referral',
  caseSummary: 'systolic murmur <grade 3> & dyspnoea',
  patient: { reference: 'MRN-778812', sex: 'male', age: 62 },
  consent: { medical: true, dataSharing: true },
  requestedBy: 'dr-li',
  requestedAt: '2026-03-02T01:00:00.000Z',
  acceptedAt: '2026-03-02T02:00:00.000Z',
  declinedAt: null,
  slot: { start: '2026-03-03T02:00:00.000Z', end: '2026-03-03T02:30:00.000Z' },
  startedAt: '2026-03-03T02:01:00.000Z',
  completedAt: '2026-03-03T02:40:00.000Z',
  opinion: 'echo first; <b>not</b> surgery yet',
  recommendations: 'review in 3 months',
  signedBy: 'expert-wang',
  cancelledAt: null,
  updatedAt: '2026-03-03T02:40:00.000Z',
};

const byType = (resources: FhirResource[]) => Object.fromEntries(resources.map((resource) => [resource.resourceType, resource])) as Record<string, any>;

describe('a consultation as FHIR R4 resources', () => {
  it('adds resources as the consultation lives: asked, scheduled, started, signed', () => {
    const asked = { ...signed, status: 'requested', expertId: null, acceptedAt: null, slot: null, startedAt: null, completedAt: null, signedBy: null, opinion: null, recommendations: null };
    expect(consultationAsFhirResources(asked).map((resource) => resource.resourceType)).toEqual(['ServiceRequest', 'Task', 'Consent']);
    expect(consultationAsFhirResources({ ...asked, status: 'scheduled', slot: signed.slot }).map((resource) => resource.resourceType)).toEqual(['ServiceRequest', 'Task', 'Consent', 'Appointment']);
    expect(consultationAsFhirResources(signed).map((resource) => resource.resourceType)).toEqual(['ServiceRequest', 'Task', 'Consent', 'Appointment', 'Encounter', 'Composition', 'Provenance']);
  });

  it('names the status of the ask, the task, the appointment and the encounter as FHIR does', () => {
    const statuses = (input: FhirConsultationInput) => {
      const resources = byType(consultationAsFhirResources(input));
      return [resources.ServiceRequest.status, resources.Task.status, resources.Appointment?.status, resources.Encounter?.status];
    };
    expect(statuses(signed)).toEqual(['completed', 'completed', 'fulfilled', 'finished']);
    expect(statuses({ ...signed, status: 'in-progress', completedAt: null, signedBy: null })).toEqual(['active', 'in-progress', 'arrived', 'in-progress']);
    expect(statuses({ ...signed, status: 'information-requested', slot: null, startedAt: null, completedAt: null, signedBy: null })).toEqual(['active', 'on-hold', undefined, undefined]);
    expect(statuses({ ...signed, status: 'declined', expertId: null, acceptedAt: null, declinedAt: '2026-03-02T03:00:00.000Z', slot: null, startedAt: null, completedAt: null, signedBy: null })).toEqual(['revoked', 'rejected', undefined, undefined]);
    expect(statuses({ ...signed, status: 'cancelled', startedAt: null, completedAt: null, signedBy: null, cancelledAt: '2026-03-02T05:00:00.000Z' })).toEqual(['revoked', 'cancelled', 'cancelled', undefined]);
  });

  it('gives the task to the hospital asked until an expert accepts it, then to that expert', () => {
    const waiting = byType(consultationAsFhirResources({ ...signed, status: 'requested', expertId: null, acceptedAt: null, slot: null, startedAt: null, completedAt: null, signedBy: null }));
    expect(waiting.Task.owner).toEqual({ type: 'Organization', identifier: { system: 'urn:telemed-backbone:hospital', value: 'hospital-shanghai' } });
    expect(byType(consultationAsFhirResources(signed)).Task.owner).toEqual({ type: 'Practitioner', identifier: { system: 'urn:telemed-backbone:user', value: 'expert-wang' } });
  });

  it('names the patient by record number at the requesting hospital, and the encounter as virtual', () => {
    const resources = byType(consultationAsFhirResources(signed));
    const patient = { type: 'Patient', identifier: { system: patientSystemOf('hospital-kashgar'), value: 'MRN-778812' } };
    expect([resources.ServiceRequest.subject, resources.Task.for, resources.Consent.patient, resources.Encounter.subject, resources.Composition.subject]).toEqual([patient, patient, patient, patient, patient]);
    expect(resources.Encounter.class).toEqual({ system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'VR', display: 'virtual' });
    expect(resources.ServiceRequest.priority).toBe('urgent');
  });

  it('writes the opinion as escaped XHTML, never as markup', () => {
    const { div } = byType(consultationAsFhirResources(signed)).Composition.section[0].text;
    expect(div).toBe('<div xmlns="http://www.w3.org/1999/xhtml"><p>echo first; &lt;b&gt;not&lt;/b&gt; surgery yet</p><p>review in 3 months</p></div>');
  });

  it('records each consent separately: a refused data sharing is a deny', () => {
    const consent = byType(consultationAsFhirResources({ ...signed, consent: { medical: true, dataSharing: false } })).Consent;
    expect([consent.provision.type, consent.provision.provision.map((provision: { type: string }) => provision.type)]).toEqual(['deny', ['permit', 'deny']]);
  });

  it('masks the patient and writes no clinical text for those who see no clinical details', () => {
    const withheld: FhirConsultationInput = { ...signed, patient: undefined, caseSummary: undefined, opinion: undefined, recommendations: undefined };
    const resources = consultationAsFhirResources(withheld);
    const text = JSON.stringify(resources);
    for (const detail of ['MRN-778812', 'murmur', 'surgery', 'review in 3 months', ':patient']) expect({ detail, found: text.includes(detail) }).toEqual({ detail, found: false });
    const masked = { extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/data-absent-reason', valueCode: 'masked' }] };
    expect(byType(resources).ServiceRequest.subject).toEqual(masked);
    expect(byType(resources).Composition.section).toBeUndefined();
  });

  it('gives the opinion’s Provenance an id of its own that names the consultation', () => {
    expect(byType(consultationAsFhirResources(signed)).Provenance.id).toBe(`opinion-${signed.id}`);
  });
});
