import { PlanTrainingSession } from '@telemed/application/training/plan-training-session';
import { MarkHeld } from '@telemed/application/training/mark-held';
import { RecordAttendance } from '@telemed/application/training/record-attendance';
import { CancelTrainingSession } from '@telemed/application/training/cancel-training-session';
import { CANCEL_REASONS, TRAINING_TITLES } from './programme-catalogue';
import type { ScenarioPartnership } from './generate-network';
import { scheduleWithRetry } from './generate-consultations';
import { DAY, HOUR, type ScenarioContext } from './scenario-context';

export interface TrainingTally {
  planned: number;
  held: number;
  cancelled: number;
  personTimes: number;
}

const FORMATS = Object.keys(TRAINING_TITLES) as Array<'lecture' | 'ward-round' | 'surgical-guidance' | 'workshop'>;

/** A session taught by experts of a paired department; attendance is often posted in two parts. */
export async function generateTrainingSession(
  context: ScenarioContext,
  partnership: ScenarioPartnership,
  startsAt: number,
  tally: TrainingTally,
): Promise<void> {
  const { random } = context;
  if (partnership.pairings.length === 0) return;
  const pairing = random.pick(partnership.pairings);
  const coordinator = context.user('coordinator', 'programme-coordinator');
  const format = random.pick(FORMATS);
  const trainers = [...new Set([random.pick(pairing.experts), random.pick(pairing.experts)])];
  const plannedAt = startsAt - random.int(3, 14) * DAY;
  let planned: { id: string } | undefined;
  const slot = await scheduleWithRetry(
    context,
    plannedAt,
    (times) => {
      const command = new PlanTrainingSession(
        {
          partnershipId: partnership.id,
          pairingId: pairing.id,
          title: random.pick(TRAINING_TITLES[format]),
          format,
          ...times,
          trainerExpertIds: trainers.map((trainer) => trainer.id),
          audienceDepartmentIds: [pairing.receivingDepartmentId],
        },
        coordinator,
        context.metadata(coordinator),
      );
      return command;
    },
    { start: startsAt, end: startsAt + 2 * HOUR },
    (result) => (planned = result),
  );
  if (!slot || !planned) return;
  tally.planned++;
  const id = planned.id;
  if (random.chance(0.05)) {
    if (await context.send(slot.start - DAY, new CancelTrainingSession(id, { reason: random.pick(CANCEL_REASONS) }, coordinator, context.metadata(coordinator)))) {
      tally.cancelled++;
    }
    return;
  }
  const trainer = context.user('expert', trainers[0].id, trainers[0].hospitalId);
  if (!(await context.send(slot.end, new MarkHeld(id, {}, trainer, context.metadata(trainer))))) return;
  tally.held++;
  const size = Math.min(partnership.staff.length, random.int(8, 50));
  const offset = random.int(0, partnership.staff.length - 1);
  const attendees = Array.from({ length: size }, (_, i) => partnership.staff[(offset + i) % partnership.staff.length]);
  const firstPost = random.chance(0.4) ? attendees.slice(0, Math.ceil(size * 0.7)) : attendees;
  await context.send(slot.end + HOUR, new RecordAttendance(id, { attendees: firstPost }, trainer, context.metadata(trainer)));
  if (firstPost.length < attendees.length) {
    // The second list repeats part of the first: a person still counts once per session.
    await context.send(slot.end + 2 * HOUR, new RecordAttendance(id, { attendees: attendees.slice(Math.floor(size * 0.5)) }, trainer, context.metadata(trainer)));
  }
  tally.personTimes += attendees.length;
}
