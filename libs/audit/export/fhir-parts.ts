import type { FhirReference } from './fhir-bundle';
import { FHIR_SYSTEMS } from './fhir-bundle';
import type { FhirResource } from './fhir-consultation';

/** What the FHIR mappings of consultations and case reviews share: code systems, references, narrative, the consent. */
export const DATA_ABSENT_REASON = 'http://hl7.org/fhir/StructureDefinition/data-absent-reason';
export const ACT_CODE = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';
export const ACT_REASON = 'http://terminology.hl7.org/CodeSystem/v3-ActReason';
export const CONSENT_SCOPE = 'http://terminology.hl7.org/CodeSystem/consentscope';
export const CONSENT_ACTION = 'http://terminology.hl7.org/CodeSystem/consentaction';
export const LOINC = 'http://loinc.org';
export const PROVENANCE_PARTICIPANT_TYPE = 'http://terminology.hl7.org/CodeSystem/provenance-participant-type';
export const ORDER_PRIORITY: Record<string, string> = { routine: 'routine', urgent: 'urgent', emergency: 'stat' };

/** The patient system of a hospital: a record number means something only at the hospital that issued it. */
export const patientSystemOf = (hospitalId: string) => `urn:telemed-backbone:hospital:${hospitalId}:patient`;

export const practitioner = (userId: string): FhirReference => ({ type: 'Practitioner', identifier: { system: FHIR_SYSTEMS.user, value: userId } });
export const organization = (hospitalId: string): FhirReference => ({ type: 'Organization', identifier: { system: FHIR_SYSTEMS.hospital, value: hospitalId } });

/** The patient by their record number at the requesting hospital, or a reference marked masked for whoever may not see it. */
export function patientOf(input: { patient?: { reference: string }; requestingHospitalId: string }): FhirReference | { extension: Array<{ url: string; valueCode: string }> } {
  if (!input.patient) return { extension: [{ url: DATA_ABSENT_REASON, valueCode: 'masked' }] };
  return { type: 'Patient', identifier: { system: patientSystemOf(input.requestingHospitalId), value: input.patient.reference } };
}

/** The clinical text of a resource as XHTML: the text is escaped, never taken as markup. */
export function narrative(paragraphs: Array<string | null | undefined>) {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const body = paragraphs.filter((text): text is string => Boolean(text && text.trim())).map((text) => `<p>${escape(text)}</p>`);
  return body.length ? { status: 'generated', div: `<div xmlns="http://www.w3.org/1999/xhtml">${body.join('')}</div>` } : undefined;
}

/** Consent facts every case carries: who recorded them, for which hospital, and what the patient agreed to. */
export interface ConsentFacts {
  id: string;
  updatedAt: string;
  requestedAt: string;
  requestedBy: string;
  requestingHospitalId: string;
  givingHospitalId: string;
  patient?: { reference: string };
  consent: { medical: boolean; dataSharing: boolean };
}

export function consentOf(input: ConsentFacts): FhirResource {
  const permit = (yes: boolean) => (yes ? 'permit' : 'deny');
  return {
    resourceType: 'Consent',
    id: input.id,
    meta: { lastUpdated: input.updatedAt },
    status: 'active',
    scope: { coding: [{ system: CONSENT_SCOPE, code: 'patient-privacy', display: 'Privacy Consent' }] },
    category: [{ coding: [{ system: LOINC, code: '59284-0', display: 'Patient Consent' }] }],
    patient: patientOf(input),
    dateTime: input.requestedAt,
    performer: [practitioner(input.requestedBy)],
    organization: [organization(input.requestingHospitalId)],
    policyRule: { coding: [{ system: ACT_CODE, code: 'OPTIN', display: 'opt-in' }] },
    // Two consents the requesting clinician records: to the remote service itself, and to sharing the data with the invited hospital.
    provision: {
      type: permit(input.consent.medical && input.consent.dataSharing),
      provision: [
        { type: permit(input.consent.medical), purpose: [{ system: ACT_REASON, code: 'TREAT', display: 'treatment' }] },
        {
          type: permit(input.consent.dataSharing),
          action: [{ coding: [{ system: CONSENT_ACTION, code: 'disclose', display: 'Disclose' }] }],
          actor: [{ role: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType', code: 'IRCP', display: 'information recipient' }] }, reference: organization(input.givingHospitalId) }],
        },
      ],
    },
  };
}

