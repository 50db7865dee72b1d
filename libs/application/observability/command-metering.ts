import { HttpException, Injectable } from '@nestjs/common';
import type { ICommand } from '@nestjs/cqrs';
import { DomainError } from '@telemed/domain/core';
import type { CommandBehaviour } from '../commands/commands';
import { HttpProblem } from '../requests/problem-details';
import { ApiMetrics, type CommandOutcomeLabel } from './api-metrics';

/** Refused: the caller asked for something the rules or the request shape do not allow (a 4xx). */
export function commandOutcomeOf(error: unknown): CommandOutcomeLabel {
  if (error instanceof DomainError) return 'refused';
  const status = error instanceof HttpProblem ? error.problem.status : error instanceof HttpException ? error.getStatus() : 500;
  return status >= 400 && status < 500 ? 'refused' : 'error';
}

/** Times every command and counts its outcome (ok, refused, error) by the command's name. */
@Injectable()
export class CommandMetering implements CommandBehaviour {
  constructor(private readonly metrics: ApiMetrics) {}

  async handle<Result>(command: ICommand, next: () => Promise<Result>): Promise<Result> {
    const name = command.constructor?.name ?? 'unknown';
    const started = process.hrtime.bigint();
    const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
    try {
      const result = await next();
      this.metrics.recordCommand(name, 'ok', seconds());
      return result;
    } catch (error) {
      this.metrics.recordCommand(name, commandOutcomeOf(error), seconds());
      throw error;
    }
  }
}
