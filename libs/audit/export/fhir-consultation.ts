import { FHIR_SYSTEMS, type FhirCodeableConcept, type FhirReference } from './fhir-bundle';

/**
 * A remote consultation as FHIR R4 names its parts (DOMAIN: consultation request → ServiceRequest):
 * the ask (ServiceRequest), who does it and how far it got (Task), when it is held (Appointment), the
 * video session itself (Encounter, class virtual), the patient's consent (Consent), the signed opinion
 * (Composition) and who signed it (Provenance).
 *
 * The input is the consultation as the caller may see it: without `patient`, `caseSummary`, `opinion`
 * and `recommendations` for those who see no clinical details, and then every patient reference is
 * marked masked and no clinical text is written.
 */
export interface FhirConsultationInput {
  id: string;
  status: string;
  requestingHospitalId: string;
  givingHospitalId: string;
  expertId: string | null;
  specialty: string;
  urgency: string;
  purpose: string;
  caseSummary?: string;
  patient?: { reference: string; [detail: string]: unknown };
  consent: { medical: boolean; dataSharing: boolean };
  requestedBy: string;
  requestedAt: string;
  acceptedAt: string | null;
  declinedAt: string | null;
  slot: { start: string; end: string } | null;
  startedAt: string | null;
  completedAt: string | null;
  opinion?: string | null;
  recommendations?: string | null;
  signedBy: string | null;
  cancelledAt: string | null;
  updatedAt: string;
}

export const FHIR_CONSULTATION_RESOURCE_TYPES = ['ServiceRequest', 'Task', 'Appointment', 'Encounter', 'Consent', 'Composition', 'Provenance'] as const;
export type FhirConsultationResourceType = (typeof FHIR_CONSULTATION_RESOURCE_TYPES)[number];

/** A resource as written here: its type, its id and the members FHIR defines for it. */
export interface FhirResource {
  resourceType: FhirConsultationResourceType;
  id: string;
  [member: string]: unknown;
}

const DATA_ABSENT_REASON = 'http://hl7.org/fhir/StructureDefinition/data-absent-reason';
const ACT_CODE = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';
const ACT_REASON = 'http://terminology.hl7.org/CodeSystem/v3-ActReason';
const CONSENT_SCOPE = 'http://terminology.hl7.org/CodeSystem/consentscope';
const CONSENT_ACTION = 'http://terminology.hl7.org/CodeSystem/consentaction';
const LOINC = 'http://loinc.org';
const PROVENANCE_PARTICIPANT_TYPE = 'http://terminology.hl7.org/CodeSystem/provenance-participant-type';
const ORDER_PRIORITY: Record<string, string> = { routine: 'routine', urgent: 'urgent', emergency: 'stat' };

/** The patient system of a hospital: a record number means something only at the hospital that issued it. */
export const patientSystemOf = (hospitalId: string) => `urn:telemed-backbone:hospital:${hospitalId}:patient`;

const practitioner = (userId: string): FhirReference => ({ type: 'Practitioner', identifier: { system: FHIR_SYSTEMS.user, value: userId } });
const organization = (hospitalId: string): FhirReference => ({ type: 'Organization', identifier: { system: FHIR_SYSTEMS.hospital, value: hospitalId } });

/** The patient by their record number at the requesting hospital, or a reference marked masked for whoever may not see it. */
function patientOf(input: FhirConsultationInput): FhirReference | { extension: Array<{ url: string; valueCode: string }> } {
  if (!input.patient) return { extension: [{ url: DATA_ABSENT_REASON, valueCode: 'masked' }] };
  return { type: 'Patient', identifier: { system: patientSystemOf(input.requestingHospitalId), value: input.patient.reference } };
}

/** The clinical text of a resource as XHTML: the text is escaped, never taken as markup. */
function narrative(paragraphs: Array<string | null | undefined>) {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const body = paragraphs.filter((text): text is string => Boolean(text && text.trim())).map((text) => `<p>${escape(text)}</p>`);
  return body.length ? { status: 'generated', div: `<div xmlns="http://www.w3.org/1999/xhtml">${body.join('')}</div>` } : undefined;
}

function serviceRequestStatus(status: string): string {
  if (status === 'completed') return 'completed';
  if (status === 'declined' || status === 'cancelled') return 'revoked';
  return 'active';
}

const TASK_STATUS: Record<string, string> = {
  requested: 'requested',
  accepted: 'accepted',
  'information-requested': 'on-hold',
  declined: 'rejected',
  scheduled: 'accepted',
  'in-progress': 'in-progress',
  completed: 'completed',
  cancelled: 'cancelled',
};

const serviceRequestReference = (id: string): FhirReference => ({ reference: `ServiceRequest/${id}`, type: 'ServiceRequest' });
const specialtyOf = (input: FhirConsultationInput): FhirCodeableConcept => ({ text: input.specialty });

function serviceRequest(input: FhirConsultationInput): FhirResource {
  return {
    resourceType: 'ServiceRequest',
    id: input.id,
    meta: { lastUpdated: input.updatedAt },
    identifier: [{ system: 'urn:telemed-backbone:consultation', value: input.id }],
    status: serviceRequestStatus(input.status),
    intent: 'order',
    category: [{ coding: [{ system: ACT_CODE, code: 'VR', display: 'virtual' }], text: 'remote consultation' }],
    priority: ORDER_PRIORITY[input.urgency] ?? 'routine',
    code: { text: `${input.specialty} consultation` },
    subject: patientOf(input),
    authoredOn: input.requestedAt,
    requester: practitioner(input.requestedBy),
    performerType: specialtyOf(input),
    performer: [input.expertId ? practitioner(input.expertId) : organization(input.givingHospitalId)],
    reasonCode: [{ text: input.purpose }],
    ...(input.caseSummary && { note: [{ text: input.caseSummary }] }),
  };
}

function task(input: FhirConsultationInput): FhirResource {
  const ended = input.completedAt ?? input.cancelledAt ?? input.declinedAt;
  return {
    resourceType: 'Task',
    id: input.id,
    meta: { lastUpdated: input.updatedAt },
    basedOn: [serviceRequestReference(input.id)],
    status: TASK_STATUS[input.status] ?? 'requested',
    intent: 'order',
    priority: ORDER_PRIORITY[input.urgency] ?? 'routine',
    code: { text: 'answer a remote consultation' },
    focus: serviceRequestReference(input.id),
    for: patientOf(input),
    authoredOn: input.requestedAt,
    lastModified: input.updatedAt,
    requester: organization(input.requestingHospitalId),
    // Who does it: the expert who accepted it, and until then the hospital it is addressed to.
    owner: input.expertId ? practitioner(input.expertId) : organization(input.givingHospitalId),
    ...(input.acceptedAt && { executionPeriod: { start: input.acceptedAt, ...(ended && { end: ended }) } }),
  };
}

function appointment(input: FhirConsultationInput, slot: { start: string; end: string }): FhirResource {
  const status = input.status === 'cancelled' ? 'cancelled' : input.status === 'completed' ? 'fulfilled' : input.status === 'in-progress' ? 'arrived' : 'booked';
  return {
    resourceType: 'Appointment',
    id: input.id,
    meta: { lastUpdated: input.updatedAt },
    status,
    serviceType: [specialtyOf(input)],
    appointmentType: { coding: [{ system: ACT_CODE, code: 'VR', display: 'virtual' }] },
    start: slot.start,
    end: slot.end,
    basedOn: [serviceRequestReference(input.id)],
    participant: [
      ...(input.expertId ? [{ actor: practitioner(input.expertId), required: 'required', status: 'accepted' }] : []),
      { actor: practitioner(input.requestedBy), required: 'required', status: 'accepted' },
      ...(input.patient ? [{ actor: patientOf(input), required: 'information-only', status: 'accepted' }] : []),
    ],
  };
}

function encounter(input: FhirConsultationInput, startedAt: string): FhirResource {
  const end = input.completedAt ?? input.cancelledAt;
  return {
    resourceType: 'Encounter',
    id: input.id,
    meta: { lastUpdated: input.updatedAt },
    status: input.status === 'completed' ? 'finished' : input.status === 'cancelled' ? 'cancelled' : 'in-progress',
    class: { system: ACT_CODE, code: 'VR', display: 'virtual' },
    serviceType: specialtyOf(input),
    subject: patientOf(input),
    basedOn: [serviceRequestReference(input.id)],
    ...(input.slot && { appointment: [{ reference: `Appointment/${input.id}`, type: 'Appointment' }] }),
    participant: [
      ...(input.expertId ? [{ individual: practitioner(input.expertId) }] : []),
      { individual: practitioner(input.requestedBy) },
    ],
    period: { start: startedAt, ...(end && { end }) },
    serviceProvider: organization(input.givingHospitalId),
  };
}

function consent(input: FhirConsultationInput): FhirResource {
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
    // Two consents the requesting clinician records: to the remote consultation itself, and to sharing the data with the invited hospital.
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

function composition(input: FhirConsultationInput, signedAt: string, signedBy: string): FhirResource {
  const text = narrative([input.opinion, input.recommendations]);
  return {
    resourceType: 'Composition',
    id: input.id,
    meta: { lastUpdated: input.updatedAt },
    status: 'final',
    type: { coding: [{ system: LOINC, code: '11488-4', display: 'Consult note' }] },
    subject: patientOf(input),
    ...(input.startedAt && { encounter: { reference: `Encounter/${input.id}`, type: 'Encounter' } }),
    date: signedAt,
    author: [practitioner(signedBy)],
    title: `${input.specialty} consultation opinion`,
    attester: [{ mode: 'legal', time: signedAt, party: practitioner(signedBy) }],
    custodian: organization(input.givingHospitalId),
    event: [{ detail: [serviceRequestReference(input.id)] }],
    ...(text && {
      section: [
        {
          title: 'Opinion and recommendations',
          code: { coding: [{ system: LOINC, code: '51848-0', display: 'Evaluation note' }] },
          text,
        },
      ],
    }),
  };
}

function provenance(input: FhirConsultationInput, signedAt: string, signedBy: string): FhirResource {
  return {
    resourceType: 'Provenance',
    // The opinion's signature is one fact of the case: the same consultation always has the same Provenance.
    id: `opinion-${input.id}`,
    target: [{ reference: `Composition/${input.id}`, type: 'Composition' }, serviceRequestReference(input.id)],
    recorded: signedAt,
    activity: { coding: [{ system: FHIR_SYSTEMS.eventType, code: 'ConsultationOpinionSigned' }], text: 'ConsultationOpinionSigned' },
    agent: [
      {
        type: { coding: [{ system: PROVENANCE_PARTICIPANT_TYPE, code: 'author', display: 'Author' }] },
        who: practitioner(signedBy),
        onBehalfOf: organization(input.givingHospitalId),
      },
    ],
  };
}

/** Every resource one consultation has so far, in the order its life adds them. */
export function consultationAsFhirResources(input: FhirConsultationInput): FhirResource[] {
  const resources = [serviceRequest(input), task(input), consent(input)];
  if (input.slot) resources.push(appointment(input, input.slot));
  if (input.startedAt) resources.push(encounter(input, input.startedAt));
  if (input.completedAt && input.signedBy) {
    resources.push(composition(input, input.completedAt, input.signedBy));
    resources.push(provenance(input, input.completedAt, input.signedBy));
  }
  return resources;
}
