import { createHash } from 'node:crypto';
import { FHIR_SYSTEMS, type FhirReference } from './fhir-bundle';
import type { FhirConsultationResourceType, FhirResource } from './fhir-consultation';
import { ACT_CODE, consentOf, LOINC, narrative, organization, patientOf, practitioner, PROVENANCE_PARTICIPANT_TYPE } from './fhir-parts';

/**
 * A case discussion (several experts on one case) as FHIR R4 names its parts, in the style of the
 * consultation's: the ask (ServiceRequest), one Task per invited panelist (their invitation and
 * answer), the patient's consent (Consent), the session (Appointment, then Encounter, class
 * virtual), the conclusion with each panelist's contribution (Composition) and who concluded it
 * (Provenance).
 *
 * The input is the case review as the caller may see it: without `patient`, `caseSummary`,
 * `conclusion` and the contributions' `opinion` for those who see no clinical details, and then
 * every patient reference is marked masked and no clinical text is written.
 */
export interface FhirCaseReviewInput {
  id: string;
  status: string;
  requestingHospitalId: string;
  givingHospitalId: string;
  specialties: string[];
  purpose: string;
  caseSummary?: string;
  patient?: { reference: string; [detail: string]: unknown };
  consent: { medical: boolean; dataSharing: boolean };
  requestedBy: string;
  requestedAt: string;
  invitations: Array<{ expertId: string; hospitalId: string; specialty: string; answer: 'pending' | 'accepted' | 'declined'; reason?: string | null; invitedBy: string; invitedAt: string; answeredAt: string | null }>;
  slot: { start: string; end: string } | null;
  startedAt: string | null;
  contributions: Array<{ expertId: string; opinion?: string; recordedAt: string }>;
  conclusion?: string | null;
  concludedBy: string | null;
  concludedAt: string | null;
  cancelledAt: string | null;
  updatedAt: string;
}

/** Every resource of a case review is named after it, so its ids never meet a consultation's (FHIR ids: at most 64 characters). */
export const CASE_REVIEW_RESOURCE_PREFIX = 'case-review-';
export const caseReviewResourceId = (caseReviewId: string) => `${CASE_REVIEW_RESOURCE_PREFIX}${caseReviewId}`;
/** A panelist's Task: the case review's id and a short digest of the expert's id. */
export const panelistTaskId = (caseReviewId: string, expertId: string) =>
  `${caseReviewResourceId(caseReviewId)}-${createHash('sha256').update(expertId).digest('hex').slice(0, 12)}`;
export const conclusionProvenanceId = (caseReviewId: string) => `conclusion-${caseReviewResourceId(caseReviewId)}`;

const PANELIST_TASK = /^case-review-([0-9a-f-]{36})-[0-9a-f]{12}$/;
const CASE_REVIEW_RESOURCE = /^(?:conclusion-)?case-review-([0-9a-f-]{36})$/;

/** The case review a resource id names, or undefined when it names none (a consultation's resource). */
export function caseReviewIdOfResource(resourceId: string): string | undefined {
  return (PANELIST_TASK.exec(resourceId) ?? CASE_REVIEW_RESOURCE.exec(resourceId))?.[1];
}

const CASE_DISCUSSION = { coding: [{ system: ACT_CODE, code: 'VR', display: 'virtual' }], text: 'multidisciplinary case discussion' };

function serviceRequestStatus(status: string): string {
  if (status === 'concluded') return 'completed';
  if (status === 'cancelled') return 'revoked';
  return 'active';
}

/** A panelist's Task: requested until answered; an accepted one follows the session to its end. */
function taskStatus(input: FhirCaseReviewInput, answer: string): string {
  if (answer === 'declined') return 'rejected';
  if (input.status === 'cancelled') return 'cancelled';
  if (answer === 'pending') return input.status === 'concluded' ? 'cancelled' : 'requested';
  if (input.status === 'concluded') return 'completed';
  return input.status === 'in-progress' ? 'in-progress' : 'accepted';
}

const accepted = (input: FhirCaseReviewInput) => input.invitations.filter((invitation) => invitation.answer === 'accepted');
const serviceRequestReference = (input: FhirCaseReviewInput): FhirReference => ({ reference: `ServiceRequest/${caseReviewResourceId(input.id)}`, type: 'ServiceRequest' });
const specialtiesOf = (input: FhirCaseReviewInput) => input.specialties.map((specialty) => ({ text: specialty }));

function serviceRequest(input: FhirCaseReviewInput): FhirResource {
  const panel = accepted(input);
  return {
    resourceType: 'ServiceRequest',
    id: caseReviewResourceId(input.id),
    meta: { lastUpdated: input.updatedAt },
    identifier: [{ system: 'urn:telemed-backbone:case-review', value: input.id }],
    status: serviceRequestStatus(input.status),
    intent: 'order',
    category: [CASE_DISCUSSION],
    priority: 'routine',
    code: { text: `case discussion: ${input.specialties.join(', ')}` },
    subject: patientOf(input),
    authoredOn: input.requestedAt,
    requester: practitioner(input.requestedBy),
    performerType: { text: input.specialties.join(', ') },
    performer: panel.length > 0 ? panel.map((panelist) => practitioner(panelist.expertId)) : [organization(input.givingHospitalId)],
    reasonCode: [{ text: input.purpose }],
    ...(input.caseSummary && { note: [{ text: input.caseSummary }] }),
  };
}

function panelistTask(input: FhirCaseReviewInput, invitation: FhirCaseReviewInput['invitations'][number]): FhirResource {
  const status = taskStatus(input, invitation.answer);
  const ended = status === 'completed' ? input.concludedAt : status === 'cancelled' ? (input.cancelledAt ?? input.concludedAt) : null;
  return {
    resourceType: 'Task',
    id: panelistTaskId(input.id, invitation.expertId),
    meta: { lastUpdated: input.updatedAt },
    basedOn: [serviceRequestReference(input)],
    status,
    // A declined invitation says why, to those who see clinical details (the reason may speak of the case).
    ...(invitation.answer === 'declined' && invitation.reason && input.patient && { statusReason: { text: invitation.reason } }),
    intent: 'order',
    priority: 'routine',
    code: { text: `take part in a case discussion as ${invitation.specialty} panelist` },
    focus: serviceRequestReference(input),
    for: patientOf(input),
    authoredOn: invitation.invitedAt,
    lastModified: invitation.answeredAt ?? invitation.invitedAt,
    requester: practitioner(invitation.invitedBy),
    owner: practitioner(invitation.expertId),
    ...(invitation.answer === 'accepted' && invitation.answeredAt && { executionPeriod: { start: invitation.answeredAt, ...(ended && { end: ended }) } }),
  };
}

function appointment(input: FhirCaseReviewInput, slot: { start: string; end: string }): FhirResource {
  const status = input.status === 'cancelled' ? 'cancelled' : input.status === 'concluded' ? 'fulfilled' : input.status === 'in-progress' ? 'arrived' : 'booked';
  return {
    resourceType: 'Appointment',
    id: caseReviewResourceId(input.id),
    meta: { lastUpdated: input.updatedAt },
    status,
    serviceType: specialtiesOf(input),
    appointmentType: { coding: [{ system: ACT_CODE, code: 'VR', display: 'virtual' }] },
    start: slot.start,
    end: slot.end,
    basedOn: [serviceRequestReference(input)],
    participant: [
      ...accepted(input).map((panelist) => ({ actor: practitioner(panelist.expertId), required: 'required', status: 'accepted' })),
      { actor: practitioner(input.requestedBy), required: 'required', status: 'accepted' },
      ...(input.patient ? [{ actor: patientOf(input), required: 'information-only', status: 'accepted' }] : []),
    ],
  };
}

function encounter(input: FhirCaseReviewInput, startedAt: string): FhirResource {
  const end = input.concludedAt ?? input.cancelledAt;
  return {
    resourceType: 'Encounter',
    id: caseReviewResourceId(input.id),
    meta: { lastUpdated: input.updatedAt },
    status: input.status === 'concluded' ? 'finished' : input.status === 'cancelled' ? 'cancelled' : 'in-progress',
    class: { system: ACT_CODE, code: 'VR', display: 'virtual' },
    type: [CASE_DISCUSSION],
    subject: patientOf(input),
    basedOn: [serviceRequestReference(input)],
    ...(input.slot && { appointment: [{ reference: `Appointment/${caseReviewResourceId(input.id)}`, type: 'Appointment' }] }),
    participant: [...accepted(input).map((panelist) => ({ individual: practitioner(panelist.expertId) })), { individual: practitioner(input.requestedBy) }],
    period: { start: startedAt, ...(end && { end }) },
    serviceProvider: organization(input.givingHospitalId),
  };
}

function composition(input: FhirCaseReviewInput, concludedAt: string, concludedBy: string): FhirResource {
  const conclusion = narrative([input.conclusion]);
  const contributions = input.contributions.flatMap((contribution) => {
    const text = narrative([contribution.opinion]);
    return text ? [{ title: `Contribution recorded ${contribution.recordedAt}`, author: [practitioner(contribution.expertId)], text }] : [];
  });
  return {
    resourceType: 'Composition',
    id: caseReviewResourceId(input.id),
    meta: { lastUpdated: input.updatedAt },
    status: 'final',
    type: { coding: [{ system: LOINC, code: '11488-4', display: 'Consult note' }], text: 'case discussion conclusion' },
    subject: patientOf(input),
    ...(input.startedAt && { encounter: { reference: `Encounter/${caseReviewResourceId(input.id)}`, type: 'Encounter' } }),
    date: concludedAt,
    author: [practitioner(concludedBy), ...input.contributions.map((contribution) => contribution.expertId).filter((expertId, index, all) => expertId !== concludedBy && all.indexOf(expertId) === index).map(practitioner)],
    title: `case discussion conclusion: ${input.specialties.join(', ')}`,
    attester: [{ mode: 'legal', time: concludedAt, party: practitioner(concludedBy) }],
    custodian: organization(input.givingHospitalId),
    event: [{ detail: [serviceRequestReference(input)] }],
    ...((conclusion || contributions.length > 0) && {
      section: [
        ...(conclusion ? [{ title: 'Conclusion', code: { coding: [{ system: LOINC, code: '51848-0', display: 'Evaluation note' }] }, text: conclusion }] : []),
        ...(contributions.length > 0 ? [{ title: 'Contributions of the panel', section: contributions }] : []),
      ],
    }),
  };
}

function provenance(input: FhirCaseReviewInput, concludedAt: string, concludedBy: string): FhirResource {
  return {
    resourceType: 'Provenance',
    id: conclusionProvenanceId(input.id),
    target: [{ reference: `Composition/${caseReviewResourceId(input.id)}`, type: 'Composition' }, serviceRequestReference(input)],
    recorded: concludedAt,
    activity: { coding: [{ system: FHIR_SYSTEMS.eventType, code: 'CaseReviewConcluded' }], text: 'CaseReviewConcluded' },
    agent: [
      { type: { coding: [{ system: PROVENANCE_PARTICIPANT_TYPE, code: 'author', display: 'Author' }] }, who: practitioner(concludedBy) },
      ...[...new Set(input.contributions.map((contribution) => contribution.expertId))].map((expertId) => ({
        type: { coding: [{ system: PROVENANCE_PARTICIPANT_TYPE, code: 'informant', display: 'Informant' }] },
        who: practitioner(expertId),
      })),
    ],
  };
}

/** Every resource one case review has so far, in the order its life adds them. */
export function caseReviewAsFhirResources(input: FhirCaseReviewInput): FhirResource[] {
  const resources = [serviceRequest(input), ...input.invitations.map((invitation) => panelistTask(input, invitation)), consentOf({ ...input, id: caseReviewResourceId(input.id) })];
  if (input.slot) resources.push(appointment(input, input.slot));
  if (input.startedAt) resources.push(encounter(input, input.startedAt));
  if (input.concludedAt && input.concludedBy) {
    resources.push(composition(input, input.concludedAt, input.concludedBy));
    resources.push(provenance(input, input.concludedAt, input.concludedBy));
  }
  return resources;
}

/** The resources of one kind a case review has. */
export function caseReviewResourcesOf(type: FhirConsultationResourceType, input: FhirCaseReviewInput): FhirResource[] {
  return caseReviewAsFhirResources(input).filter((resource) => resource.resourceType === type);
}
