import type { UserRole } from '@telemed/auth';

/**
 * How far a role's permission reaches, checked against the case itself once it is loaded:
 * - `any`: every case of the kind.
 * - `own-hospital`: the cases of the caller's hospital: for a clinician, those it requested; for an
 *   expert, those addressed to it; for partnership figures, either side of the partnership.
 * - `assigned`: the expert who took the case on: a consultation's accepted expert, a panelist who
 *   accepted, a trainer of the session.
 * - `invited`: an expert invited to a case review's panel, whether or not they have answered.
 * - `self`: the caller's own record (an expert's own availability and calendar).
 */
export type Scope = 'any' | 'own-hospital' | 'assigned' | 'invited' | 'self';

export interface PolicyEntry {
  action: string;
  /** The routes that perform the action, as `METHOD /path` with `:param` placeholders. */
  routes: readonly string[];
  /** The roles allowed, each with its scope; a role not named is refused with 403. */
  roles: Readonly<Partial<Record<UserRole, Scope>>>;
}

const EVERY_ROLE = { coordinator: 'any', clinician: 'any', expert: 'any', auditor: 'any' } as const;

/**
 * The access policy of the whole API: role × action × scope, one entry per action. Routes name
 * their action with `@Allow(action)`; the policy guard checks the role, the handlers check the scope
 * (a case outside the caller's read scope is answered 404, as if it did not exist). Where a scope
 * is a rule of the domain itself (only the assigned expert signs), the decider enforces it too.
 */
export const POLICY = [
  // The network: hospitals, partnerships, experts.
  { action: 'hospital.register', routes: ['POST /v1/hospitals'], roles: { coordinator: 'any' } },
  { action: 'hospital.list', routes: ['GET /v1/hospitals'], roles: EVERY_ROLE },
  { action: 'hospital.read', routes: ['GET /v1/hospitals/:id'], roles: EVERY_ROLE },
  { action: 'department.add', routes: ['POST /v1/hospitals/:id/departments'], roles: { coordinator: 'any' } },
  { action: 'partnership.establish', routes: ['POST /v1/partnerships'], roles: { coordinator: 'any' } },
  { action: 'partnership.read', routes: ['GET /v1/partnerships/:id'], roles: EVERY_ROLE },
  {
    action: 'partnership.list',
    routes: ['GET /v1/partnerships'],
    roles: { coordinator: 'any', auditor: 'any', clinician: 'own-hospital', expert: 'own-hospital' },
  },
  { action: 'partnership.pair-departments', routes: ['POST /v1/partnerships/:id/pairings'], roles: { coordinator: 'any' } },
  { action: 'expert.register', routes: ['POST /v1/experts'], roles: { coordinator: 'any' } },
  { action: 'expert.read', routes: ['GET /v1/experts/:id'], roles: EVERY_ROLE },
  { action: 'expert.list', routes: ['GET /v1/experts'], roles: EVERY_ROLE },
  { action: 'expert.publish-availability', routes: ['POST /v1/experts/:id/availability'], roles: { expert: 'self', coordinator: 'any' } },
  {
    action: 'expert.read-schedule',
    routes: ['GET /v1/experts/:id/schedule'],
    roles: { expert: 'self', coordinator: 'any', auditor: 'any' },
  },

  // Cooperation agreements: coordinators keep them; both hospitals of the partnership read them.
  { action: 'agreement.register', routes: ['POST /v1/partnerships/:id/agreements'], roles: { coordinator: 'any' } },
  { action: 'agreement.amend', routes: ['POST /v1/agreements/:id/amend'], roles: { coordinator: 'any' } },
  { action: 'agreement.terminate', routes: ['POST /v1/agreements/:id/terminate'], roles: { coordinator: 'any' } },
  {
    action: 'agreement.read',
    routes: ['GET /v1/agreements/:id', 'GET /v1/partnerships/:id/agreements'],
    roles: { coordinator: 'any', auditor: 'any', clinician: 'own-hospital', expert: 'own-hospital' },
  },

  // Remote consultations.
  { action: 'consultation.request', routes: ['POST /v1/consultations'], roles: { clinician: 'own-hospital' } },
  { action: 'consultation.accept', routes: ['POST /v1/consultations/:id/accept'], roles: { expert: 'own-hospital' } },
  { action: 'consultation.decline', routes: ['POST /v1/consultations/:id/decline'], roles: { expert: 'own-hospital' } },
  { action: 'consultation.schedule', routes: ['POST /v1/consultations/:id/schedule'], roles: { expert: 'assigned', coordinator: 'any' } },
  { action: 'consultation.start', routes: ['POST /v1/consultations/:id/start'], roles: { expert: 'assigned' } },
  { action: 'consultation.sign-opinion', routes: ['POST /v1/consultations/:id/opinion'], roles: { expert: 'assigned' } },
  { action: 'consultation.cancel', routes: ['POST /v1/consultations/:id/cancel'], roles: { clinician: 'own-hospital', coordinator: 'any' } },
  { action: 'consultation.ask-question', routes: ['POST /v1/consultations/:id/questions'], roles: { expert: 'assigned' } },
  { action: 'consultation.answer-question', routes: ['POST /v1/consultations/:id/answers'], roles: { clinician: 'own-hospital' } },
  { action: 'consultation.give-feedback', routes: ['POST /v1/consultations/:id/feedback'], roles: { clinician: 'own-hospital' } },
  {
    action: 'consultation.read',
    routes: ['GET /v1/consultations/:id', 'GET /v1/consultations'],
    roles: { coordinator: 'any', auditor: 'any', clinician: 'own-hospital', expert: 'own-hospital' },
  },
  // Consultation records as FHIR R4 for the hospitals' own systems, scoped as the consultation lists are.
  { action: 'fhir.metadata', routes: ['GET /v1/fhir/metadata'], roles: EVERY_ROLE },
  {
    action: 'fhir.read',
    routes: ['GET /v1/fhir/:type', 'GET /v1/fhir/:type/:id'],
    roles: { coordinator: 'any', auditor: 'any', clinician: 'own-hospital', expert: 'own-hospital' },
  },
  // Case materials are patient details: the requesting clinicians, the experts on the case and auditors, never coordinators.
  {
    action: 'consultation.attach-material',
    routes: ['POST /v1/consultations/:id/materials'],
    roles: { clinician: 'own-hospital', expert: 'assigned' },
  },
  {
    action: 'consultation.read-materials',
    routes: ['GET /v1/consultations/:id/materials', 'GET /v1/consultations/:id/materials/:materialId'],
    roles: { auditor: 'any', clinician: 'own-hospital', expert: 'own-hospital' },
  },

  // Case discussions.
  { action: 'case-review.request', routes: ['POST /v1/case-reviews'], roles: { clinician: 'own-hospital' } },
  { action: 'case-review.invite', routes: ['POST /v1/case-reviews/:id/invitations'], roles: { coordinator: 'any', clinician: 'own-hospital' } },
  { action: 'case-review.accept-invitation', routes: ['POST /v1/case-reviews/:id/accept'], roles: { expert: 'invited' } },
  { action: 'case-review.decline-invitation', routes: ['POST /v1/case-reviews/:id/decline'], roles: { expert: 'invited' } },
  { action: 'case-review.schedule', routes: ['POST /v1/case-reviews/:id/schedule'], roles: { coordinator: 'any' } },
  { action: 'case-review.start', routes: ['POST /v1/case-reviews/:id/start'], roles: { coordinator: 'any', expert: 'assigned' } },
  { action: 'case-review.contribute', routes: ['POST /v1/case-reviews/:id/contributions'], roles: { expert: 'assigned' } },
  { action: 'case-review.conclude', routes: ['POST /v1/case-reviews/:id/conclude'], roles: { coordinator: 'any', expert: 'assigned' } },
  { action: 'case-review.cancel', routes: ['POST /v1/case-reviews/:id/cancel'], roles: { clinician: 'own-hospital', coordinator: 'any' } },
  {
    action: 'case-review.read',
    routes: ['GET /v1/case-reviews/:id', 'GET /v1/case-reviews'],
    roles: { coordinator: 'any', auditor: 'any', clinician: 'own-hospital', expert: 'invited' },
  },
  {
    action: 'case-review.attach-material',
    routes: ['POST /v1/case-reviews/:id/materials'],
    roles: { clinician: 'own-hospital', expert: 'assigned' },
  },
  {
    action: 'case-review.read-materials',
    routes: ['GET /v1/case-reviews/:id/materials', 'GET /v1/case-reviews/:id/materials/:materialId'],
    roles: { auditor: 'any', clinician: 'own-hospital', expert: 'invited' },
  },

  // Training sessions hold no patient data: everyone reads them.
  { action: 'training.plan', routes: ['POST /v1/training-sessions'], roles: { coordinator: 'any', expert: 'any' } },
  { action: 'training.reschedule', routes: ['POST /v1/training-sessions/:id/reschedule'], roles: { coordinator: 'any' } },
  { action: 'training.mark-held', routes: ['POST /v1/training-sessions/:id/held'], roles: { coordinator: 'any', expert: 'assigned' } },
  {
    action: 'training.record-attendance',
    routes: ['POST /v1/training-sessions/:id/attendance'],
    roles: { coordinator: 'any', expert: 'assigned' },
  },
  { action: 'training.cancel', routes: ['POST /v1/training-sessions/:id/cancel'], roles: { coordinator: 'any' } },
  { action: 'training.read', routes: ['GET /v1/training-sessions/:id', 'GET /v1/training-sessions'], roles: EVERY_ROLE },
  // Attendance names the receiving hospital's staff: those who keep and report it, and that hospital.
  {
    action: 'training.read-attendance',
    routes: ['GET /v1/training-sessions/:id/attendance'],
    roles: { coordinator: 'any', auditor: 'any', expert: 'assigned', clinician: 'own-hospital' },
  },
  // A hospital prints its staff's continuing-education credits: that hospital, and those who keep the records.
  {
    action: 'training.read-credits',
    routes: ['GET /v1/hospitals/:id/training-credits'],
    roles: { coordinator: 'any', auditor: 'any', clinician: 'own-hospital' },
  },

  // The programme ledger: coordinators record it; auditors and the partnership's hospitals read it.
  { action: 'posting.dispatch', routes: ['POST /v1/postings'], roles: { coordinator: 'any' } },
  {
    action: 'posting.record',
    routes: ['POST /v1/postings/:id/arrived', 'POST /v1/postings/:id/extended', 'POST /v1/postings/:id/cut-short', 'POST /v1/postings/:id/returned'],
    roles: { coordinator: 'any' },
  },
  {
    action: 'posting.read',
    routes: ['GET /v1/postings/:id', 'GET /v1/postings', 'GET /v1/postings/summary'],
    roles: { coordinator: 'any', auditor: 'any', clinician: 'own-hospital', expert: 'own-hospital' },
  },
  { action: 'visit.record', routes: ['POST /v1/visits'], roles: { coordinator: 'any' } },
  {
    action: 'visit.read',
    routes: ['GET /v1/visits/:id', 'GET /v1/visits'],
    roles: { coordinator: 'any', auditor: 'any', clinician: 'own-hospital', expert: 'own-hospital' },
  },
  {
    action: 'further-study.record',
    routes: ['POST /v1/further-study', 'POST /v1/further-study/:id/completed', 'POST /v1/further-study/:id/withdrawn'],
    roles: { coordinator: 'any' },
  },
  {
    action: 'further-study.read',
    routes: ['GET /v1/further-study/:id', 'GET /v1/further-study'],
    roles: { coordinator: 'any', auditor: 'any', clinician: 'own-hospital', expert: 'own-hospital' },
  },
  {
    action: 'technique.record',
    routes: ['POST /v1/techniques', 'POST /v1/techniques/:id/performed', 'POST /v1/techniques/:id/cases'],
    roles: { coordinator: 'any' },
  },
  {
    action: 'technique.read',
    routes: ['GET /v1/techniques/:id', 'GET /v1/techniques'],
    roles: { coordinator: 'any', auditor: 'any', clinician: 'own-hospital', expert: 'own-hospital' },
  },
  { action: 'research-output.record', routes: ['POST /v1/research-outputs'], roles: { coordinator: 'any' } },
  {
    action: 'research-output.read',
    routes: ['GET /v1/research-outputs/:id', 'GET /v1/research-outputs'],
    roles: { coordinator: 'any', auditor: 'any', clinician: 'own-hospital', expert: 'own-hospital' },
  },
  {
    action: 'consortium.record',
    routes: ['POST /v1/consortia', 'POST /v1/consortia/:id/members', 'POST /v1/consortia/:id/members/:hospitalId/leave'],
    roles: { coordinator: 'any' },
  },
  {
    action: 'consortium.read',
    routes: ['GET /v1/consortia/:id', 'GET /v1/consortia'],
    roles: { coordinator: 'any', auditor: 'any', clinician: 'own-hospital', expert: 'own-hospital' },
  },

  // Counts.
  {
    action: 'stats.read-partnership',
    routes: ['GET /v1/stats/partnerships/:id'],
    roles: { coordinator: 'any', auditor: 'any', clinician: 'own-hospital', expert: 'own-hospital' },
  },
  { action: 'stats.read-overview', routes: ['GET /v1/stats/overview'], roles: { coordinator: 'any', auditor: 'any' } },
  {
    action: 'stats.read-turnaround',
    routes: ['GET /v1/stats/turnaround'],
    roles: { coordinator: 'any', auditor: 'any', clinician: 'own-hospital', expert: 'own-hospital' },
  },
  // The programme report: the programme's table and the events behind each figure. A hospital reads its own.
  {
    action: 'report.read-programme',
    routes: ['GET /v1/reports/programme', 'GET /v1/reports/programme/figures/:key/events'],
    roles: { coordinator: 'any', auditor: 'any', clinician: 'own-hospital' },
  },

  // Audit: auditors read everything; coordinators read the history without patient details.
  { action: 'audit.read-stream', routes: ['GET /v1/audit/streams/:streamId'], roles: { auditor: 'any', coordinator: 'any' } },
  { action: 'audit.read-log', routes: ['GET /v1/audit/events'], roles: { auditor: 'any', coordinator: 'any' } },
  { action: 'audit.read-as-of', routes: ['GET /v1/audit/:kind/:id/as-of'], roles: { auditor: 'any', coordinator: 'any' } },
  { action: 'audit.read-access-trail', routes: ['GET /v1/audit/access'], roles: { auditor: 'any' } },
  { action: 'audit.export-case', routes: ['GET /v1/audit/exports/:kind/:id'], roles: { auditor: 'any' } },
  { action: 'audit.verify', routes: ['POST /v1/audit/verify'], roles: { auditor: 'any', coordinator: 'any' } },
  { action: 'audit.rebuild', routes: ['POST /v1/audit/rebuild'], roles: { auditor: 'any', coordinator: 'any' } },
  { action: 'audit.seal', routes: ['POST /v1/audit/seal'], roles: { coordinator: 'any' } },

  // The console: who the caller is, and notices of what they may see.
  { action: 'session.read-self', routes: ['GET /v1/me'], roles: EVERY_ROLE },
  { action: 'notification.stream', routes: ['GET /v1/notifications/stream'], roles: EVERY_ROLE },
  { action: 'notification.ticket', routes: ['POST /v1/notifications/tickets'], roles: EVERY_ROLE },

  // Calendar feeds: an expert subscribes to their own calendar, a hospital's staff to a department's; whoever subscribed revokes.
  {
    action: 'calendar-feed.subscribe',
    routes: ['POST /v1/calendar-feeds'],
    roles: { coordinator: 'any', expert: 'self', clinician: 'own-hospital' },
  },
  { action: 'calendar-feed.revoke', routes: ['DELETE /v1/calendar-feeds/:id'], roles: { coordinator: 'any', expert: 'self', clinician: 'self' } },

  // Webhooks: coordinators register endpoints and steer their deliveries; auditors read them.
  { action: 'webhook.register', routes: ['POST /v1/webhooks'], roles: { coordinator: 'any' } },
  { action: 'webhook.read', routes: ['GET /v1/webhooks', 'GET /v1/webhooks/:id/deliveries'], roles: { coordinator: 'any', auditor: 'any' } },
  {
    action: 'webhook.change',
    routes: ['POST /v1/webhooks/:id/disable', 'POST /v1/webhooks/:id/enable', 'POST /v1/webhooks/:id/replay'],
    roles: { coordinator: 'any' },
  },

  // Patients: erasing a patient's data once the retention period is over, unless a legal hold stands.
  { action: 'patient.erase-data', routes: ['POST /v1/patients/erasure'], roles: { coordinator: 'any' } },
  { action: 'patient.place-hold', routes: ['POST /v1/patients/holds'], roles: { coordinator: 'any' } },
  { action: 'patient.release-hold', routes: ['POST /v1/patients/holds/:id/release'], roles: { coordinator: 'any' } },
  { action: 'patient.list-holds', routes: ['GET /v1/patients/holds'], roles: { coordinator: 'any', auditor: 'any' } },
  { action: 'patient.list-retention-due', routes: ['GET /v1/patients/retention-due'], roles: { coordinator: 'any' } },
] as const satisfies readonly PolicyEntry[];

export type Action = (typeof POLICY)[number]['action'];

/**
 * Routes that need no token, marked `@Public()` or served by Fastify plugins outside Nest: probes,
 * metrics (with a token of its own when configured) and the API documentation.
 */
export const PUBLIC_ROUTES: readonly RegExp[] = [
  /^GET \/health(\/(live|ready))?$/,
  /^GET \/metrics$/,
  /^GET \/docs(-json|-yaml|\/.*)?$/,
  // The console's page and files, and how it signs in (development sign-in exists only in that mode).
  /^GET \/((consultations|case-reviews|training|inbox|calendar|registry|dashboard|reports|audit|webhooks|sign-in)(\/?\*)?|assets\/.*)?$/,
  /^GET \/v1\/session\/config$/,
  // A calendar feed: its token, unguessable and revocable, stands for the sign-in a calendar application cannot do.
  /^GET \/calendar\/:token\.ics$/,
  /^POST \/v1\/session\/dev-token$/,
];

const ENTRIES = new Map<string, PolicyEntry>(POLICY.map((entry) => [entry.action, entry]));

export function policyOf(action: Action): PolicyEntry {
  return ENTRIES.get(action)!;
}

/** The scope of `role` for `action`; undefined when the role may not perform it at all. */
export function scopeOf(action: Action, role: UserRole): Scope | undefined {
  return (policyOf(action).roles as Partial<Record<UserRole, Scope>>)[role];
}

export function rolesAllowed(action: Action): UserRole[] {
  return Object.keys(policyOf(action).roles) as UserRole[];
}
