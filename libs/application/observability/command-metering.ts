import { HttpException, Injectable, OnModuleInit } from '@nestjs/common';
import { CommandBus, type ICommand } from '@nestjs/cqrs';
import { DomainError } from '@telemed/domain/core';
import { HttpProblem } from '../requests/problem-details';
import { ApiMetrics, type CommandOutcomeLabel } from './api-metrics';

const METERED = Symbol('telemed:metered');

/** Refused: the caller asked for something the rules or the request shape do not allow (a 4xx). */
export function commandOutcomeOf(error: unknown): CommandOutcomeLabel {
  if (error instanceof DomainError) return 'refused';
  const status = error instanceof HttpProblem ? error.problem.status : error instanceof HttpException ? error.getStatus() : 500;
  return status >= 400 && status < 500 ? 'refused' : 'error';
}

/**
 * Times every command that goes through the CommandBus (from the API and from the CLI's scenario
 * alike). @nestjs/cqrs has no interceptor hook, so the bus's `execute` is wrapped once per app.
 */
@Injectable()
export class CommandMetering implements OnModuleInit {
  constructor(
    private readonly bus: CommandBus,
    private readonly metrics: ApiMetrics,
  ) {}

  onModuleInit(): void {
    const bus = this.bus as CommandBus & { [METERED]?: true };
    if (bus[METERED]) return;
    bus[METERED] = true;
    const execute = bus.execute.bind(bus) as (command: ICommand, context?: unknown) => Promise<unknown>;
    const metrics = this.metrics;
    const metered = async (command: ICommand, context?: unknown): Promise<unknown> => {
      const name = command.constructor?.name ?? 'unknown';
      const started = process.hrtime.bigint();
      const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
      try {
        const result = await execute(command, context);
        metrics.recordCommand(name, 'ok', seconds());
        return result;
      } catch (error) {
        metrics.recordCommand(name, commandOutcomeOf(error), seconds());
        throw error;
      }
    };
    bus.execute = metered as CommandBus['execute'];
  }
}
