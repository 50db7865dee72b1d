import { Inject, Injectable, Optional } from '@nestjs/common';
import { type Command, CommandBus, type ICommand } from '@nestjs/cqrs';

/**
 * A step every command passes through on its way to its handler (metering, for one): it may act
 * before and after `next`, which runs the rest of the pipeline and the handler.
 */
export interface CommandBehaviour {
  handle<Result>(command: ICommand, next: () => Promise<Result>): Promise<Result>;
}

/** The behaviours of the pipeline, outermost first, as the application module declares them. */
export const COMMAND_BEHAVIOURS = Symbol('command behaviours');

/**
 * The one way into the application's commands, for every entry point (the API's controllers, the
 * CLI, the background jobs): the command goes through the declared behaviours, then the CommandBus
 * hands it to its handler. A command declared as `Command<R>` answers an `R`.
 */
@Injectable()
export class Commands {
  constructor(
    private readonly bus: CommandBus,
    @Optional() @Inject(COMMAND_BEHAVIOURS) private readonly behaviours: readonly CommandBehaviour[] = [],
  ) {}

  execute<Result>(command: Command<Result>): Promise<Result>;
  execute<Result = unknown>(command: ICommand): Promise<Result>;
  execute<Result>(command: ICommand): Promise<Result> {
    const run = (index: number): Promise<Result> =>
      index === this.behaviours.length ? this.bus.execute<ICommand, Result>(command) : this.behaviours[index].handle(command, () => run(index + 1));
    return run(0);
  }
}
