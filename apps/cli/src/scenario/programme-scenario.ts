import { CommandBus } from '@nestjs/cqrs';
import { generateNetwork } from './generate-network';
import { ConsultationTally, generateConsultation } from './generate-consultations';
import { CaseReviewTally, generateCaseReview } from './generate-case-reviews';
import { generateTrainingSession, TrainingTally } from './generate-training';
import { DAY, ScenarioClock, ScenarioContext } from './scenario-context';
import { SeededRandom } from './seeded-random';

export interface ScenarioOptions {
  seed: number;
  /** 1 is about the size of the public reports: a few hundred consultations over three years. */
  scale: number;
  /** First day of the simulated programme (UTC midnight). */
  start: string;
  months: number;
}

export interface ScenarioSummary {
  hospitals: number;
  departments: number;
  partnerships: number;
  pairings: number;
  experts: number;
  consultations: ConsultationTally;
  caseReviews: CaseReviewTally;
  training: TrainingTally;
  refusals: Record<string, number>;
}

/** What each partnership does in a month, at scale 1 (about the public reports over three years). */
const CONSULTATIONS_PER_PARTNERSHIP_MONTH = 2.5;
const CASE_REVIEWS_PER_PARTNERSHIP_MONTH = 2;
const TRAINING_SESSIONS_PER_PARTNERSHIP_MONTH = 4;

function monthStart(start: string, offset: number): number {
  const date = new Date(start);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + offset, 1);
}

/** Draws how many things happen in a period: the expected count, rounded at random. */
function countFor(random: SeededRandom, expected: number): number {
  const whole = Math.floor(expected);
  return whole + (random.chance(expected - whole) ? 1 : 0);
}

/**
 * A multi-year aid programme generated through the application layer: every fact is a command
 * sent as the person who would send it, at the business time it would happen.
 */
export async function generateProgramme(bus: CommandBus, clock: ScenarioClock, options: ScenarioOptions): Promise<ScenarioSummary> {
  const random = new SeededRandom(options.seed);
  const context = new ScenarioContext(bus, clock, random);
  const startAt = Date.parse(options.start);
  const network = await generateNetwork(context, startAt, options.scale);
  const consultations: ConsultationTally = {
    requested: 0,
    completed: 0,
    declined: 0,
    cancelled: 0,
    rescheduled: 0,
    responseOverdue: 0,
    opinionOverdue: 0,
    informationLoops: 0,
    feedbackGiven: 0,
    materials: { files: 0, dicomStudies: 0 },
  };
  const caseReviews: CaseReviewTally = { requested: 0, concluded: 0, cancelled: 0, invitationsDeclined: 0, materials: { files: 0, dicomStudies: 0 } };
  const training: TrainingTally = { planned: 0, held: 0, cancelled: 0, personTimes: 0 };
  const someTimeIn = (from: number, days: number) => from + random.int(0, days - 1) * DAY + random.int(0, 10 * 60) * 60_000;

  for (let month = 0; month < options.months; month++) {
    const from = monthStart(options.start, month);
    const days = Math.round((monthStart(options.start, month + 1) - from) / DAY);
    for (const partnership of network.partnerships) {
      for (let i = countFor(random, CONSULTATIONS_PER_PARTNERSHIP_MONTH * options.scale); i > 0; i--) {
        await generateConsultation(context, partnership, someTimeIn(from, days), consultations);
      }
      for (let i = countFor(random, CASE_REVIEWS_PER_PARTNERSHIP_MONTH * options.scale); i > 0; i--) {
        await generateCaseReview(context, partnership, someTimeIn(from, days), caseReviews);
      }
      for (let i = countFor(random, TRAINING_SESSIONS_PER_PARTNERSHIP_MONTH * options.scale); i > 0; i--) {
        // Sessions start on the hour in Beijing working time (09:00–16:00 = 01:00–08:00 UTC).
        const day = from + random.int(0, days - 1) * DAY;
        await generateTrainingSession(context, partnership, day + random.int(1, 8) * 3_600_000, training);
      }
    }
  }

  // When the programme ends, each partnership has a request made that evening still waiting for an expert.
  const endAt = monthStart(options.start, options.months);
  for (const partnership of network.partnerships) {
    await generateConsultation(context, partnership, endAt - 6 * 3_600_000, consultations, 'waiting');
  }

  return {
    hospitals: network.hospitals,
    departments: network.departments,
    partnerships: network.partnerships.length,
    pairings: network.partnerships.reduce((sum, partnership) => sum + partnership.pairings.length, 0),
    experts: network.experts.length,
    consultations,
    caseReviews,
    training,
    refusals: context.refusals,
  };
}
