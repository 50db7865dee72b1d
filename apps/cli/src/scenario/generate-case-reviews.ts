import { RequestCaseReview } from '@telemed/application/case-reviews/request-case-review';
import { InvitePanelists } from '@telemed/application/case-reviews/invite-panelists';
import { AcceptInvitation } from '@telemed/application/case-reviews/accept-invitation';
import { DeclineInvitation } from '@telemed/application/case-reviews/decline-invitation';
import { ScheduleCaseReview } from '@telemed/application/case-reviews/schedule-case-review';
import { StartCaseReview } from '@telemed/application/case-reviews/start-case-review';
import { RecordContribution } from '@telemed/application/case-reviews/record-contribution';
import { ConcludeCaseReview } from '@telemed/application/case-reviews/conclude-case-review';
import { CancelCaseReview } from '@telemed/application/case-reviews/cancel-case-review';
import { RecordOverdueCaseReviewDeadline } from '@telemed/application/case-reviews/record-overdue-case-review-deadline';
import { CANCEL_REASONS, DECLINE_REASONS } from './programme-catalogue';
import type { ScenarioExpert, ScenarioPartnership } from './generate-network';
import { scheduleWithRetry, workingSlot } from './generate-consultations';
import { HOUR, type ScenarioContext } from './scenario-context';
import { attachCaseMaterials, type MaterialTally } from './generate-materials';

export interface CaseReviewTally {
  requested: number;
  concluded: number;
  cancelled: number;
  invitationsDeclined: number;
  /** Deadlines the backbone recorded as missed: no panellist accepted in time, the panel did not conclude in time. */
  responseOverdue: number;
  conclusionOverdue: number;
  materials: MaterialTally;
}

/** A multidisciplinary review: three experts invited, most accept, the panel meets and concludes. */
export async function generateCaseReview(
  context: ScenarioContext,
  partnership: ScenarioPartnership,
  requestedAt: number,
  tally: CaseReviewTally,
  /** `waiting`: the programme ends before anyone is invited: the request stays open, its deadlines running. */
  outcome: 'held' | 'waiting' = 'held',
): Promise<void> {
  const { random } = context;
  if (partnership.pairings.length === 0) return;
  const pairing = random.pick(partnership.pairings);
  const second = random.pick(partnership.pairings);
  const clinician = context.user('clinician', `clinician-${partnership.receivingHospitalId.slice(0, 8)}-${random.int(1, 6)}`, partnership.receivingHospitalId);
  const coordinator = context.user('coordinator', 'programme-coordinator');
  const requested = await context.send(
    requestedAt,
    new RequestCaseReview(
      {
        partnershipId: partnership.id,
        specialties: [...new Set([pairing.specialty, second.specialty])],
        purpose: 'multidisciplinary review of a complex case',
        caseSummary: 'course, imaging and pathology as attached to the patient record',
        patient: { reference: `MRN-${random.int(100000, 999999)}` },
        consent: { medical: true, dataSharing: true },
      },
      clinician,
      context.metadata(clinician),
    ),
  );
  if (!requested) return;
  tally.requested++;
  const id = requested.id;
  await attachCaseMaterials(context, 'case-review', id, clinician, requestedAt, tally.materials);
  if (outcome === 'waiting') return;
  const candidates: ScenarioExpert[] = [...new Set([...pairing.experts, ...second.experts])];
  const panel = [...new Set(Array.from({ length: 3 }, () => random.pick(candidates)))];
  let at = requestedAt + HOUR;
  await context.send(at, new InvitePanelists(id, { expertIds: panel.map((expert) => expert.id) }, coordinator, context.metadata(coordinator)));
  const accepted: ScenarioExpert[] = [];
  for (const expert of panel) {
    const user = context.user('expert', expert.id, expert.hospitalId);
    at += random.int(1, 12) * HOUR;
    // The deadline watcher passes just before each answer until a panellist has accepted.
    if (accepted.length === 0) await recordOverdue(context, id, 'accept', at - 60_000, tally);
    if (random.chance(0.2)) {
      if (await context.send(at, new DeclineInvitation(id, { reason: random.pick(DECLINE_REASONS) }, user, context.metadata(user)))) tally.invitationsDeclined++;
    } else if (await context.send(at, new AcceptInvitation(id, user, context.metadata(user)))) {
      accepted.push(expert);
    }
  }
  if (accepted.length === 0 || random.chance(0.05)) {
    await recordOverdue(context, id, 'accept', at + HOUR - 60_000, tally);
    if (await context.send(at + HOUR, new CancelCaseReview(id, { reason: random.pick(CANCEL_REASONS) }, clinician, context.metadata(clinician)))) tally.cancelled++;
    return;
  }
  const slot = await scheduleWithRetry(
    context,
    at + HOUR,
    (times) => new ScheduleCaseReview(id, times, coordinator, context.metadata(coordinator)),
    workingSlot(context, at + HOUR, 90),
  );
  if (!slot) return;
  await context.send(slot.start, new StartCaseReview(id, coordinator, context.metadata(coordinator)));
  for (const [index, expert] of accepted.entries()) {
    const user = context.user('expert', expert.id, expert.hospitalId);
    await context.send(slot.start + (index + 1) * 15 * 60_000, new RecordContribution(id, { opinion: `${expert.specialty} view: findings and suggested plan` }, user, context.metadata(user)));
  }
  await recordOverdue(context, id, 'answer', slot.end - 60_000, tally);
  if (await context.send(slot.end, new ConcludeCaseReview(id, { conclusion: 'the panel agrees on the plan as recorded' }, coordinator, context.metadata(coordinator)))) {
    tally.concluded++;
  }
}

/** Plays the deadline watcher at `at`: records the deadline overdue if it has passed by then. */
async function recordOverdue(context: ScenarioContext, id: string, deadline: 'accept' | 'answer', at: number, tally: CaseReviewTally): Promise<void> {
  const recorded = (await context.send(at, new RecordOverdueCaseReviewDeadline(id, deadline))) as { eventCount?: number } | undefined;
  if (!recorded?.eventCount) return;
  if (deadline === 'accept') tally.responseOverdue++;
  else tally.conclusionOverdue++;
}
