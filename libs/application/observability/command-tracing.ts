import { Injectable } from '@nestjs/common';
import type { ICommand } from '@nestjs/cqrs';
import { SpanKind } from '@opentelemetry/api';
import { markFailed, tracer } from '@telemed/observability/tracing/tracing';
import type { CommandBehaviour } from '../commands/commands';
import { commandOutcomeOf } from './command-metering';

export const COMMAND_NAME_ATTRIBUTE = 'telemed.command.name';
export const COMMAND_OUTCOME_ATTRIBUTE = 'telemed.command.outcome';

/**
 * A span per command, named by the command (`RequestConsultation`), parent of the command's reads
 * and append. A refusal (a 4xx) is an outcome, not a failure of the span; anything else thrown
 * marks it failed. In the pipeline only while tracing is on.
 */
@Injectable()
export class CommandTracing implements CommandBehaviour {
  handle<Result>(command: ICommand, next: () => Promise<Result>): Promise<Result> {
    const name = command.constructor?.name ?? 'unknown';
    return tracer.startActiveSpan(name, { kind: SpanKind.INTERNAL, attributes: { [COMMAND_NAME_ATTRIBUTE]: name } }, async (span) => {
      try {
        const result = await next();
        span.setAttribute(COMMAND_OUTCOME_ATTRIBUTE, 'ok');
        return result;
      } catch (error) {
        const outcome = commandOutcomeOf(error);
        span.setAttribute(COMMAND_OUTCOME_ATTRIBUTE, outcome);
        if (outcome === 'error') markFailed(span, error);
        else span.setAttribute('error.type', error instanceof Error ? error.name : 'Error');
        throw error;
      } finally {
        span.end();
      }
    });
  }
}
