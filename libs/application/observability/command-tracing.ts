import { Injectable, OnModuleInit } from '@nestjs/common';
import { CommandBus, type ICommand } from '@nestjs/cqrs';
import { SpanKind } from '@opentelemetry/api';
import { markFailed, tracer, tracingActive } from '@telemed/observability/tracing/tracing';
import { commandOutcomeOf } from './command-metering';

const TRACED = Symbol('telemed:traced');

export const COMMAND_NAME_ATTRIBUTE = 'telemed.command.name';
export const COMMAND_OUTCOME_ATTRIBUTE = 'telemed.command.outcome';

/**
 * A span per command sent through the CommandBus, named by the command (`RequestConsultation`),
 * parent of the command's reads and append. A refusal (a 4xx) is an outcome, not a failure of the
 * span; anything else thrown marks it failed. Installed only while tracing is on.
 */
@Injectable()
export class CommandTracing implements OnModuleInit {
  constructor(private readonly bus: CommandBus) {}

  onModuleInit(): void {
    const bus = this.bus as CommandBus & { [TRACED]?: true };
    if (!tracingActive() || bus[TRACED]) return;
    bus[TRACED] = true;
    const execute = bus.execute.bind(bus) as (command: ICommand, context?: unknown) => Promise<unknown>;
    const traced = (command: ICommand, context?: unknown): Promise<unknown> => {
      const name = command.constructor?.name ?? 'unknown';
      return tracer.startActiveSpan(name, { kind: SpanKind.INTERNAL, attributes: { [COMMAND_NAME_ATTRIBUTE]: name } }, async (span) => {
        try {
          const result = await execute(command, context);
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
    };
    bus.execute = traced as CommandBus['execute'];
  }
}
