import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';

/** A caller's mistake (unknown option, missing or bad value): 2, apart from a failed check (1). */
export const USAGE_ERROR = 2;

/** What each run's action answered, by the command that was parsed. */
const exitStatus = new WeakMap<Command, number>();

function configured(command: Command): Command {
  return command
    .exitOverride()
    .showHelpAfterError('(run it with --help for its usage)')
    .configureOutput({
      // Errors through console.error, so that a caller running the command in process can read them.
      writeErr: (text) => console.error(text.replace(/\n$/, '')),
    });
}

/** The program all commands hang under: `cli <command> [options]`. */
export function cliProgram(): Command {
  return configured(new Command('cli'))
    .description("The backbone's command line: tokens, the programme scenario and the auditors' and operators' commands.")
    .usage('<command> [options]');
}

/**
 * A command of the program: its name, a line for the program's list of commands, what it does in
 * full for its own help, and (added by the caller) its options. `runs` gives it its action.
 */
export function cliCommand(name: string, summary: string, description = summary): Command {
  return configured(new Command(name)).summary(summary).description(description);
}

/** Options a command cannot run without. */
const REQUIRED = new WeakSet<Option>();

/**
 * Marks an option required. Checked when the command runs rather than by commander's own mandatory
 * options, which are checked before unknown ones: a mistyped option is then named as such.
 */
export function required(option: Option): Option {
  REQUIRED.add(option);
  return option;
}

function checkRequired(command: Command): void {
  const missing = command.options.find((option) => REQUIRED.has(option) && command.getOptionValue(option.attributeName()) === undefined);
  if (missing) command.error(`error: required option '${missing.flags}' not specified`, { exitCode: USAGE_ERROR, code: 'commander.missingMandatoryOptionValue' });
}

function rootOf(command: Command): Command {
  let root = command;
  while (root.parent) root = root.parent;
  return root;
}

/**
 * The command's action: it receives the parsed options, then the values of the command's declared
 * arguments in order, and answers the exit status.
 */
export function runs<Options>(command: Command, run: (options: Options, ...args: string[]) => Promise<number>): Command {
  return command.action(async (...params: unknown[]) => {
    // Commander calls an action with each declared argument, then the options, then the command.
    const self = params.pop() as Command;
    const options = params.pop() as Options;
    checkRequired(self);
    exitStatus.set(rootOf(self), await run(options, ...(params as string[])));
  });
}

/**
 * Parses the arguments (without the executable and script) and runs what they name. Exit status:
 * the action's answer; 0 for help; 2 for a usage error, which commander has already explained;
 * 1, with its message, for anything the action threw.
 */
export async function runCli(command: Command, args: string[]): Promise<number> {
  exitStatus.delete(command);
  try {
    // Bare `cli` is a request for help, as `cli help` is.
    await command.parseAsync(args.length === 0 && command.commands.length > 0 ? ['help'] : args, { from: 'user' });
    return exitStatus.get(command) ?? 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : USAGE_ERROR;
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
}

/** An option value that must be a whole number in a range. */
export function integerIn(min: number, max: number): (value: string) => number {
  return (value) => {
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < min || parsed > max) throw new InvalidArgumentError(`must be a whole number from ${min} to ${max}`);
    return parsed;
  };
}

/** An option value that must name an instant with its offset. */
export function instant(value: string): string {
  const parsed = Date.parse(value);
  if (Number.isNaN(parsed)) throw new InvalidArgumentError('must be an instant, such as 2026-03-02T08:00:00Z');
  return new Date(parsed).toISOString();
}
