/**
 * The event types an endpoint may ask for, by the aggregate whose streams record them: the three
 * activities (with their case materials), partnerships and their agreements. Each has parties the
 * delivery can scope by (its partnership and hospitals); the rest of the log (experts' calendars,
 * the programme ledger, audit seals, erasures, webhooks themselves) is not delivered.
 */
export const WEBHOOK_EVENT_TYPES_BY_STREAM = {
  'consultation-': [
    'ConsultationRequested',
    'ConsultationAccepted',
    'ConsultationDeclined',
    'ConsultationScheduled',
    'ConsultationRescheduled',
    'ConsultationStarted',
    'ConsultationOpinionSigned',
    'ConsultationCancelled',
    'ConsultationInformationRequested',
    'ConsultationInformationProvided',
    'ConsultationResponseOverdue',
    'ConsultationOpinionOverdue',
    'ConsultationFeedbackGiven',
    'ConsultationMaterialAttached',
  ],
  'case-review-': [
    'CaseReviewRequested',
    'PanelistsInvited',
    'InvitationAccepted',
    'InvitationDeclined',
    'CaseReviewScheduled',
    'CaseReviewRescheduled',
    'CaseReviewStarted',
    'ContributionRecorded',
    'CaseReviewConcluded',
    'CaseReviewCancelled',
    'CaseReviewResponseOverdue',
    'CaseReviewConclusionOverdue',
    'CaseReviewMaterialAttached',
  ],
  'training-session-': ['TrainingSessionPlanned', 'TrainingSessionRescheduled', 'TrainingSessionHeld', 'AttendanceRecorded', 'TrainingSessionCancelled'],
  'partnership-': ['PartnershipEstablished', 'DepartmentsPaired'],
  'agreements-': ['AgreementSigned', 'AgreementAmended', 'AgreementTerminated'],
} as const satisfies Record<string, readonly string[]>;

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES_BY_STREAM)[keyof typeof WEBHOOK_EVENT_TYPES_BY_STREAM][number];

export const WEBHOOK_EVENT_TYPES: readonly WebhookEventType[] = Object.values(WEBHOOK_EVENT_TYPES_BY_STREAM).flat();

/** `*` in an endpoint's list: every type above, and any type a later release adds to it. */
export const EVERY_WEBHOOK_EVENT_TYPE = '*';

export function isWebhookEventType(type: string): type is WebhookEventType {
  return (WEBHOOK_EVENT_TYPES as readonly string[]).includes(type);
}

/** The event types a list asks for, `*` expanded. */
export function eventTypesAskedFor(listed: readonly string[]): WebhookEventType[] {
  return listed.includes(EVERY_WEBHOOK_EVENT_TYPE) ? [...WEBHOOK_EVENT_TYPES] : listed.filter(isWebhookEventType);
}
