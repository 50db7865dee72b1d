import { Commands } from '@telemed/application/commands/commands';
import { generateNetwork } from './generate-network';
import { ConsultationTally, generateConsultation } from './generate-consultations';
import { CaseReviewTally, generateCaseReview } from './generate-case-reviews';
import { generateTrainingSession, TrainingTally } from './generate-training';
import { DAY, ScenarioClock, ScenarioContext } from './scenario-context';
import {
  emptyLedgerTally,
  generateCadrePosting,
  generateConsortium,
  generateFurtherStudy,
  generatePosting,
  generateResearchOutput,
  generateTechnique,
  generateVisit,
  type LedgerTally,
} from './generate-ledger';
import { PROGRAMME_PRESETS, type ProgrammePreset, type ProgrammeShape } from './programme-presets';
import { SeededRandom } from './seeded-random';

export interface ScenarioOptions {
  seed: number;
  /** 1 is about the size of the public reports: a few hundred consultations over three years. */
  scale: number;
  /** First day of the simulated programme (UTC midnight). */
  start: string;
  months: number;
  /** A programme shaped like a published one; without it, the default network of three partnerships and no ledger. */
  preset?: ProgrammePreset;
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
  ledger?: LedgerTally;
  refusals: Record<string, number>;
}

/** What each partnership does in a month, at scale 1 (about the public reports over three years). */
const DEFAULT_SHAPE: ProgrammeShape = {
  receivingHospitals: 3,
  perPartnershipMonth: { consultations: 2.5, caseReviews: 2, trainingSessions: 4 },
};

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
export async function generateProgramme(bus: Commands, clock: ScenarioClock, options: ScenarioOptions): Promise<ScenarioSummary> {
  const random = new SeededRandom(options.seed);
  const context = new ScenarioContext(bus, clock, random);
  const startAt = Date.parse(options.start);
  const shape = options.preset ? PROGRAMME_PRESETS[options.preset] : DEFAULT_SHAPE;
  const rates = shape.perPartnershipMonth;
  const network = await generateNetwork(context, startAt, options.scale, shape.receivingHospitals);
  const ledger = shape.ledger ? emptyLedgerTally() : undefined;
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
  const caseReviews: CaseReviewTally = {
    requested: 0,
    concluded: 0,
    cancelled: 0,
    invitationsDeclined: 0,
    responseOverdue: 0,
    conclusionOverdue: 0,
    materials: { files: 0, dicomStudies: 0 },
  };
  const training: TrainingTally = { planned: 0, held: 0, cancelled: 0, personTimes: 0 };
  const someTimeIn = (from: number, days: number) => from + random.int(0, days - 1) * DAY + random.int(0, 10 * 60) * 60_000;

  if (shape.ledger && ledger) {
    for (const partnership of network.partnerships) {
      await generateConsortium(context, partnership, startAt + DAY, Math.round(shape.ledger.consortiumMembers * options.scale), ledger);
      for (let i = Math.round(shape.ledger.managementCadres * options.scale); i > 0; i--) {
        await generateCadrePosting(context, partnership, startAt + random.int(0, options.months * 30 - 1) * DAY, ledger);
      }
    }
  }

  for (let month = 0; month < options.months; month++) {
    const from = monthStart(options.start, month);
    const days = Math.round((monthStart(options.start, month + 1) - from) / DAY);
    for (const partnership of network.partnerships) {
      for (let i = countFor(random, rates.consultations * options.scale); i > 0; i--) {
        await generateConsultation(context, partnership, someTimeIn(from, days), consultations);
      }
      for (let i = countFor(random, rates.caseReviews * options.scale); i > 0; i--) {
        await generateCaseReview(context, partnership, someTimeIn(from, days), caseReviews);
      }
      for (let i = countFor(random, rates.trainingSessions * options.scale); i > 0; i--) {
        // Sessions start on the hour in Beijing working time (09:00–16:00 = 01:00–08:00 UTC).
        const day = from + random.int(0, days - 1) * DAY;
        await generateTrainingSession(context, partnership, day + random.int(1, 8) * 3_600_000, training);
      }
      if (shape.ledger && ledger) {
        const perMonth = shape.ledger.perPartnershipMonth;
        const times = (expected: number) => countFor(random, expected * options.scale);
        const dayIn = () => from + random.int(0, days - 1) * DAY + 2 * 3_600_000;
        for (let i = times(perMonth.postings); i > 0; i--) await generatePosting(context, partnership, dayIn(), ledger);
        for (let i = times(perMonth.visits); i > 0; i--) await generateVisit(context, partnership, dayIn(), ledger);
        for (let i = times(perMonth.furtherStudy); i > 0; i--) await generateFurtherStudy(context, partnership, dayIn(), 'further-study', ledger);
        for (let i = times(perMonth.postgraduates); i > 0; i--) await generateFurtherStudy(context, partnership, dayIn(), 'in-service-postgraduate', ledger);
        for (let i = times(perMonth.techniques); i > 0; i--) await generateTechnique(context, partnership, dayIn(), shape.ledger.regionalGapShare, ledger);
        for (let i = times(perMonth.grantApplications); i > 0; i--) await generateResearchOutput(context, partnership, dayIn(), 'grant-application', ledger);
        for (let i = times(perMonth.grantsAwarded); i > 0; i--) await generateResearchOutput(context, partnership, dayIn(), 'grant-awarded', ledger);
        for (let i = times(perMonth.papers); i > 0; i--) await generateResearchOutput(context, partnership, dayIn(), 'paper', ledger);
      }
    }
  }

  // When the programme ends, each partnership has a request and a case review asked that evening still waiting for experts.
  const endAt = monthStart(options.start, options.months);
  for (const partnership of network.partnerships) {
    await generateConsultation(context, partnership, endAt - 6 * 3_600_000, consultations, 'waiting');
    await generateCaseReview(context, partnership, endAt - 5 * 3_600_000, caseReviews, 'waiting');
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
    ...(ledger && { ledger }),
    refusals: context.refusals,
  };
}
