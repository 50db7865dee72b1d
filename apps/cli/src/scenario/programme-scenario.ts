import { CommandBus } from '@nestjs/cqrs';
import { generateNetwork } from './generate-network';
import { ConsultationTally, generateConsultation } from './generate-consultations';
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
  refusals: Record<string, number>;
}

/** Consultations each partnership receives in a month, at scale 1. */
const CONSULTATIONS_PER_PARTNERSHIP_MONTH = 2.5;

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
  const consultations: ConsultationTally = { requested: 0, completed: 0, declined: 0, cancelled: 0, rescheduled: 0 };

  for (let month = 0; month < options.months; month++) {
    const from = monthStart(options.start, month);
    const days = Math.round((monthStart(options.start, month + 1) - from) / DAY);
    for (const partnership of network.partnerships) {
      const count = countFor(random, CONSULTATIONS_PER_PARTNERSHIP_MONTH * options.scale);
      for (let i = 0; i < count; i++) {
        const requestedAt = from + random.int(0, days - 1) * DAY + random.int(0, 10 * 60) * 60_000;
        await generateConsultation(context, partnership, requestedAt, consultations);
      }
    }
  }

  return {
    hospitals: network.hospitals,
    departments: network.departments,
    partnerships: network.partnerships.length,
    pairings: network.partnerships.reduce((sum, partnership) => sum + partnership.pairings.length, 0),
    experts: network.experts.length,
    consultations,
    refusals: context.refusals,
  };
}
