import { Commands } from '@telemed/application/commands/commands';
import type { AuthenticatedUser, UserRole } from '@telemed/auth';
import { DomainError } from '@telemed/domain/core';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { Clock, IdGenerator } from '@telemed/application/infrastructure/tokens';
import { SeededRandom } from './seeded-random';

/** The scenario's own clock: every command is sent at the business time it simulates. */
export class ScenarioClock extends Clock {
  private current = new Date(0).toISOString();

  now(): string {
    return this.current;
  }

  set(instant: Date | string): void {
    this.current = new Date(instant).toISOString();
  }
}

/** Entity ids drawn from the seed, so the same seed yields the same ids. */
export class ScenarioIds extends IdGenerator {
  private readonly random: SeededRandom;

  constructor(seed: number) {
    super();
    this.random = new SeededRandom(seed ^ 0x5eed5eed);
  }

  next(): string {
    return this.random.uuid();
  }
}

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export interface RefusalTally {
  [code: string]: number;
}

/** Sends commands through the application layer as a given user, at a given business time. */
export class ScenarioContext {
  readonly refusals: RefusalTally = {};
  private sequence = 0;

  constructor(
    readonly bus: Commands,
    readonly clock: ScenarioClock,
    readonly random: SeededRandom,
  ) {}

  user(role: UserRole, userId: string, hospitalId?: string): AuthenticatedUser {
    return { role, userId, ...(hospitalId && { hospitalId }) };
  }

  metadata(user: AuthenticatedUser): EventMetadata {
    const requestId = `scenario-${++this.sequence}`;
    return {
      actor: { userId: user.userId, role: user.role, ...(user.hospitalId && { hospitalId: user.hospitalId }) },
      correlationId: requestId,
      causationId: requestId,
      requestId,
      sourceAddress: 'scenario',
    };
  }

  /** Runs a command at `at`; a domain refusal is tallied and answered as undefined, anything else throws. */
  async send(at: number, command: object): Promise<{ id: string; position: string } | undefined> {
    this.clock.set(new Date(at));
    try {
      return await this.bus.execute(command as never);
    } catch (error) {
      if (error instanceof DomainError) {
        this.refusals[error.code] = (this.refusals[error.code] ?? 0) + 1;
        return undefined;
      }
      throw error;
    }
  }
}
