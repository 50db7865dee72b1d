import { RequestConsultation } from '@telemed/application/consultations/request-consultation';
import { AcceptConsultation } from '@telemed/application/consultations/accept-consultation';
import { DeclineConsultation } from '@telemed/application/consultations/decline-consultation';
import { ScheduleConsultation } from '@telemed/application/consultations/schedule-consultation';
import { StartConsultation } from '@telemed/application/consultations/start-consultation';
import { SignOpinion } from '@telemed/application/consultations/sign-opinion';
import { CancelConsultation } from '@telemed/application/consultations/cancel-consultation';
import { RequestInformation } from '@telemed/application/consultations/request-information';
import { ProvideInformation } from '@telemed/application/consultations/provide-information';
import { GiveFeedback } from '@telemed/application/consultations/give-feedback';
import { RecordOverdueDeadline } from '@telemed/application/consultations/deadlines/record-overdue-deadline';
import { CANCEL_REASONS, CONSULTATION_DECLINES, FEEDBACK_COMMENTS, INFORMATION_LOOPS } from './programme-catalogue';
import { attachCaseMaterials, type MaterialTally } from './generate-materials';
import type { ScenarioPartnership } from './generate-network';
import { DAY, HOUR, type ScenarioContext } from './scenario-context';

export interface ConsultationTally {
  requested: number;
  completed: number;
  declined: number;
  cancelled: number;
  rescheduled: number;
  /** Deadlines the backbone recorded as missed: to accept (respond) and to answer (sign the opinion). */
  responseOverdue: number;
  opinionOverdue: number;
  /** Questions the expert asked and the clinician answered before the session. */
  informationLoops: number;
  feedbackGiven: number;
  materials: MaterialTally;
}

/** A slot in Beijing working hours (09:00–17:00 = 01:00–09:00 UTC), some days after `after`. */
export function workingSlot(context: ScenarioContext, after: number, minutes: number): { start: number; end: number } {
  const day = Math.floor(after / DAY) * DAY + context.random.int(1, 4) * DAY;
  const start = day + HOUR + context.random.int(0, 14) * 30 * 60_000;
  return { start, end: start + minutes * 60_000 };
}

/** Books a slot, moving it an hour later whenever an expert turns out to be booked already. */
export async function scheduleWithRetry(
  context: ScenarioContext,
  at: number,
  make: (slot: { start: string; end: string }) => object,
  firstSlot: { start: number; end: number },
  onBooked?: (result: { id: string; position: string }) => void,
): Promise<{ start: number; end: number } | undefined> {
  let slot = firstSlot;
  for (let attempt = 0; attempt < 12; attempt++) {
    const before = context.refusals['double-booking'] ?? 0;
    const result = await context.send(at, make({ start: new Date(slot.start).toISOString(), end: new Date(slot.end).toISOString() }));
    if (result) {
      onBooked?.(result);
      return slot;
    }
    if ((context.refusals['double-booking'] ?? 0) === before) return undefined;
    slot = { start: slot.start + HOUR, end: slot.end + HOUR };
  }
  return undefined;
}

/** One consultation through its life: most complete; some are declined, cancelled or rescheduled. */
export async function generateConsultation(
  context: ScenarioContext,
  partnership: ScenarioPartnership,
  requestedAt: number,
  tally: ConsultationTally,
  /** `waiting`: the programme ends before anyone answers: the request stays open, its deadlines running. */
  outcome: 'answered' | 'waiting' = 'answered',
): Promise<void> {
  const { random } = context;
  if (partnership.pairings.length === 0) return;
  const pairing = random.pick(partnership.pairings);
  const clinician = context.user('clinician', `clinician-${partnership.receivingHospitalId.slice(0, 8)}-${random.int(1, 6)}`, partnership.receivingHospitalId);
  const urgent = random.chance(0.15);
  const requested = await context.send(
    requestedAt,
    new RequestConsultation(
      {
        partnershipId: partnership.id,
        specialty: pairing.specialty,
        urgency: urgent ? 'urgent' : 'routine',
        purpose: `second opinion on ${pairing.specialty} management`,
        caseSummary: 'history, examination and investigations as attached to the patient record',
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
  await attachCaseMaterials(context, 'consultation', id, clinician, requestedAt, tally.materials);
  if (outcome === 'waiting') return;
  const expertUser = random.pick(pairing.experts);
  const expert = context.user('expert', expertUser.id, expertUser.hospitalId);
  // Most requests are answered within their targets (urgent 30 minutes, routine a working day); some are not.
  const late = random.chance(0.2);
  const answeredAt = requestedAt + (urgent ? (late ? random.int(60, 360) : random.int(5, 25)) : late ? random.int(30, 60) * 60 : random.int(1, 6) * 60) * 60_000;

  // The deadline watcher passes just before the expert responds: a late response is recorded overdue first.
  await recordOverdue(context, id, 'accept', answeredAt - 60_000, tally);
  if (random.chance(0.08)) {
    if (await context.send(answeredAt, new DeclineConsultation(id, { ...random.pick(CONSULTATION_DECLINES) }, expert, context.metadata(expert)))) tally.declined++;
    return;
  }
  if (!(await context.send(answeredAt, new AcceptConsultation(id, {}, expert, context.metadata(expert))))) return;
  let scheduledAt = answeredAt + HOUR;
  if (random.chance(0.15)) {
    // The expert needs more before booking a session; the answer clock waits for the clinician.
    const loop = random.pick(INFORMATION_LOOPS);
    const asked = await context.send(answeredAt + 30 * 60_000, new RequestInformation(id, { question: loop.question }, expert, context.metadata(expert)));
    const answeredQuestionAt = answeredAt + random.int(2, 30) * HOUR;
    if (asked && (await context.send(answeredQuestionAt, new ProvideInformation(id, { answer: loop.answer }, clinician, context.metadata(clinician))))) {
      tally.informationLoops++;
      scheduledAt = answeredQuestionAt + HOUR;
    }
  }
  let slot = await scheduleWithRetry(
    context,
    scheduledAt,
    (times) => new ScheduleConsultation(id, times, expert, context.metadata(expert)),
    workingSlot(context, scheduledAt, 45),
  );
  if (!slot) return;
  if (random.chance(0.1)) {
    const moved = await scheduleWithRetry(
      context,
      scheduledAt + HOUR,
      (times) => new ScheduleConsultation(id, times, expert, context.metadata(expert)),
      workingSlot(context, slot.start, 45),
    );
    if (moved) {
      slot = moved;
      tally.rescheduled++;
    }
  }
  if (random.chance(0.05)) {
    if (await context.send(slot.start - 2 * HOUR, new CancelConsultation(id, { reason: random.pick(CANCEL_REASONS) }, clinician, context.metadata(clinician)))) {
      tally.cancelled++;
    }
    return;
  }
  await context.send(slot.start, new StartConsultation(id, expert, context.metadata(expert)));
  await recordOverdue(context, id, 'answer', slot.end - 60_000, tally);
  const signed = await context.send(
    slot.end,
    new SignOpinion(
      id,
      { opinion: 'findings reviewed; opinion and suggested work-up as discussed', recommendations: 'follow up in four weeks' },
      expert,
      context.metadata(expert),
    ),
  );
  if (!signed) return;
  tally.completed++;
  if (random.chance(0.6)) {
    // Mostly useful, as the public e-consult surveys find; now and then not.
    const usefulness = random.pick([5, 5, 5, 4, 4, 4, 4, 3, 3, 2, 1]);
    const comment = random.chance(0.5) ? { comment: random.pick(FEEDBACK_COMMENTS) } : {};
    if (await context.send(slot.end + random.int(1, 72) * HOUR, new GiveFeedback(id, { usefulness, ...comment }, clinician, context.metadata(clinician)))) {
      tally.feedbackGiven++;
    }
  }
}

/** Plays the deadline watcher at `at`: records the deadline overdue if it has passed by then. */
async function recordOverdue(context: ScenarioContext, id: string, deadline: 'accept' | 'answer', at: number, tally: ConsultationTally): Promise<void> {
  const recorded = (await context.send(at, new RecordOverdueDeadline(id, deadline))) as { eventCount?: number } | undefined;
  if (!recorded?.eventCount) return;
  if (deadline === 'accept') tally.responseOverdue++;
  else tally.opinionOverdue++;
}
