import { Commands } from '@telemed/application/commands/commands';
import { randomUUID } from 'node:crypto';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import type { EventStore } from '@telemed/event-store/event-store.port';
import { loadConfig } from '@telemed/runtime';
import { createApp } from '../../apps/api/src/create-app';
import { Clock, EVENT_STORE } from '@telemed/application/infrastructure/tokens';
import type { CommandResponse } from '@telemed/application/commands/command-executor';
import { RegisterHospital } from '@telemed/application/network/register-hospital';
import { AddDepartment } from '@telemed/application/network/add-department';
import { EstablishPartnership } from '@telemed/application/network/establish-partnership';
import { RegisterAgreement } from '@telemed/application/agreements/register-agreement';
import { agreementTerms } from '../support/network-fixture';
import { PairDepartments } from '@telemed/application/network/pair-departments';
import { RegisterExpert } from '@telemed/application/network/register-expert';
import { RequestConsultation } from '@telemed/application/consultations/request-consultation';
import { AcceptConsultation } from '@telemed/application/consultations/accept-consultation';
import { DeclineConsultation } from '@telemed/application/consultations/decline-consultation';
import { ScheduleConsultation } from '@telemed/application/consultations/schedule-consultation';
import { StartConsultation } from '@telemed/application/consultations/start-consultation';
import { SignOpinion } from '@telemed/application/consultations/sign-opinion';
import { CancelConsultation } from '@telemed/application/consultations/cancel-consultation';

// @fastify/static (which serves /docs) depends on content-disposition@3, an ES module jest's CommonJS
// loader cannot read; Node's own require can.
jest.mock('content-disposition', () => process.getBuiltinModule('node:module').createRequire(__filename)('content-disposition'));

/** A clock the generator moves by hand, so every business time is known and strictly increasing. */
export class SettableClock extends Clock {
  constructor(private current: number) {
    super();
  }

  now(): string {
    return new Date(this.current).toISOString();
  }

  advance(ms: number): void {
    this.current += ms;
  }
}

export interface HistoryOptions {
  dataDir: string;
  jwtSecret: string;
  consultations: number;
  receivingHospitals?: number;
  experts?: number;
}

export interface GeneratedHistory {
  head: bigint;
  completed: number;
  declined: number;
  cancelled: number;
  elapsedMs: number;
}

const HOUR = 3_600_000;
const START = Date.parse('2026-03-02T00:00:00Z');
/** Slots are booked from here on, one hour each, back to back per expert, so no booking ever clashes. */
const FIRST_SLOT = Date.parse('2026-06-01T00:00:00Z');

const coordinator: AuthenticatedUser = { userId: 'coordinator-recovery', role: 'coordinator' };

function metadata(actor: AuthenticatedUser): EventMetadata {
  return { actor, correlationId: randomUUID(), requestId: randomUUID() };
}

/** The most lanes, up to 20, that divide the experts evenly. */
function laneCountFor(experts: number): number {
  for (let lanes = Math.min(20, experts); lanes > 1; lanes--) if (experts % lanes === 0) return lanes;
  return 1;
}

/**
 * Writes a programme's worth of consultations through the real application layer: one Shanghai hospital
 * aiding several receiving hospitals in cardiology, its experts answering every request. Every 20th request
 * is declined and every 20th scheduled one is cancelled; the rest are held and signed.
 */
export async function generateConsultationHistory(options: HistoryOptions): Promise<GeneratedHistory> {
  const began = Date.now();
  const clock = new SettableClock(START);
  const app = await createApp(loadConfig({ DATA_DIR: options.dataDir, AUTH_JWT_SECRET: options.jwtSecret }), { clock, logger: false });
  try {
    const commands = app.get(Commands);
    const execute = (command: object) => {
      clock.advance(1000);
      return commands.execute(command) as Promise<CommandResponse>;
    };
    const asCoordinator = () => metadata(coordinator);

    const giving = await execute(
      new RegisterHospital({ name: 'Shanghai Renji Hospital', region: 'Shanghai', timezone: 'Asia/Shanghai' }, asCoordinator()),
    );
    const givingDepartment = await execute(
      new AddDepartment(giving.id, { name: 'Department of Cardiology', specialty: 'cardiology' }, asCoordinator()),
    );
    const partnerships: Array<{ partnershipId: string; clinician: AuthenticatedUser }> = [];
    for (let index = 0; index < (options.receivingHospitals ?? 4); index++) {
      const receiving = await execute(
        new RegisterHospital({ name: `Xinjiang County Hospital ${index + 1}`, region: 'Xinjiang', timezone: 'Asia/Shanghai' }, asCoordinator()),
      );
      const receivingDepartment = await execute(
        new AddDepartment(receiving.id, { name: 'Cardiology', specialty: 'cardiology' }, asCoordinator()),
      );
      const partnership = await execute(
        new EstablishPartnership(
          { givingHospitalId: giving.id, receivingHospitalId: receiving.id, programme: 'group-aid', validFrom: '2025-01-01', validUntil: '2027-12-31' },
          asCoordinator(),
        ),
      );
      await execute(
        new PairDepartments(partnership.id, { givingDepartmentId: givingDepartment.id, receivingDepartmentId: receivingDepartment.id }, asCoordinator()),
      );
      await execute(new RegisterAgreement(partnership.id, agreementTerms(giving.id, receiving.id) as never, asCoordinator()));
      partnerships.push({
        partnershipId: partnership.id,
        clinician: { userId: `clinician-${index + 1}`, role: 'clinician', hospitalId: receiving.id },
      });
    }
    const experts: Array<{ user: AuthenticatedUser; bookings: number }> = [];
    for (let index = 0; index < (options.experts ?? 40); index++) {
      const expert = await execute(
        new RegisterExpert(
          {
            name: `Dr. Expert ${index + 1}`,
            hospitalId: giving.id,
            departmentId: givingDepartment.id,
            specialty: 'cardiology',
            title: 'chief-physician',
            licensedSince: '2010-09-01',
          },
          asCoordinator(),
        ),
      );
      experts.push({ user: { userId: expert.id, role: 'expert', hospitalId: giving.id }, bookings: 0 });
    }

    let completed = 0;
    let declined = 0;
    let cancelled = 0;
    // Lanes run side by side, so that their appends share the log's synced commits; each expert
    // belongs to one lane (the lane count divides the expert count), so no two lanes book one calendar.
    const lanes = laneCountFor(experts.length);
    const runLane = async (lane: number) => {
      for (let index = lane; index < options.consultations; index += lanes) {
        const { partnershipId, clinician } = partnerships[index % partnerships.length];
        const expert = experts[index % experts.length];
        const { id } = await execute(
          new RequestConsultation(
            {
              partnershipId,
              specialty: 'cardiology',
              urgency: index % 7 === 0 ? 'urgent' : 'routine',
              purpose: 'second opinion on the management of heart failure',
              caseSummary: `Patient ${index}: dyspnoea on exertion; echo LVEF 35%.`,
              patient: { reference: `KS-2026-${String(index).padStart(6, '0')}` },
              consent: { medical: true, dataSharing: true },
            },
            clinician,
            metadata(clinician),
          ),
        );
        if (index % 20 === 7) {
          await execute(new DeclineConsultation(id, { reasonCode: 'capacity', reason: 'no expert free this week' }, expert.user, metadata(expert.user)));
          declined++;
          continue;
        }
        await execute(new AcceptConsultation(id, {}, expert.user, metadata(expert.user)));
        const start = FIRST_SLOT + expert.bookings++ * HOUR;
        await execute(
          new ScheduleConsultation(
            id,
            { start: new Date(start).toISOString(), end: new Date(start + HOUR).toISOString() },
            expert.user,
            metadata(expert.user),
          ),
        );
        if (index % 20 === 13) {
          await execute(new CancelConsultation(id, { reason: 'the patient was transferred' }, clinician, metadata(clinician)));
          cancelled++;
          continue;
        }
        await execute(new StartConsultation(id, expert.user, metadata(expert.user)));
        await execute(new SignOpinion(id, { opinion: 'Optimise guideline-directed therapy.' }, expert.user, metadata(expert.user)));
        completed++;
      }
    };
    await Promise.all(Array.from({ length: lanes }, (_, lane) => runLane(lane)));
    const head = await app.get<EventStore>(EVENT_STORE).headPosition();
    return { head, completed, declined, cancelled, elapsedMs: Date.now() - began };
  } finally {
    await app.close();
  }
}
