import type { CommandBus, ICommand } from '@nestjs/cqrs';
import { Command } from '@nestjs/cqrs';
import { type CommandBehaviour, Commands } from './commands';

class Greet extends Command<string> {
  constructor(readonly name: string) {
    super();
  }
}

/** A bus that answers every command at once, and notes what reached it. */
function busAnswering(answer: (command: ICommand) => Promise<unknown>) {
  const reached: ICommand[] = [];
  const bus = { execute: (command: ICommand) => (reached.push(command), answer(command)) } as unknown as CommandBus;
  return { bus, reached };
}

/** A behaviour that writes where it was in the order, before and after the rest of the pipeline. */
const tracing = (name: string, trail: string[]): CommandBehaviour => ({
  async handle(_command, next) {
    trail.push(`${name} before`);
    try {
      return await next();
    } finally {
      trail.push(`${name} after`);
    }
  },
});

describe('the command pipeline', () => {
  it('hands a command to the bus and answers its result when no behaviour is declared', async () => {
    const { bus, reached } = busAnswering(async (command) => `hello ${(command as Greet).name}`);
    await expect(new Commands(bus).execute(new Greet('Dr Li'))).resolves.toBe('hello Dr Li');
    expect(reached).toHaveLength(1);
  });

  it('runs the behaviours in the order declared, each around the rest', async () => {
    const trail: string[] = [];
    const { bus } = busAnswering(async () => (trail.push('handler'), 'done'));
    await new Commands(bus, [tracing('outer', trail), tracing('inner', trail)]).execute(new Greet('Dr Li'));
    expect(trail).toEqual(['outer before', 'inner before', 'handler', 'inner after', 'outer after']);
  });

  it('lets a refusal pass through every behaviour to the caller', async () => {
    const trail: string[] = [];
    const { bus } = busAnswering(async () => Promise.reject(new Error('refused')));
    await expect(new Commands(bus, [tracing('metering', trail)]).execute(new Greet('Dr Li'))).rejects.toThrow('refused');
    expect(trail).toEqual(['metering before', 'metering after']);
  });

  it('lets a behaviour stop a command before it reaches the bus', async () => {
    const { bus, reached } = busAnswering(async () => 'done');
    const gate: CommandBehaviour = { handle: () => Promise.reject(new Error('closed')) };
    await expect(new Commands(bus, [gate]).execute(new Greet('Dr Li'))).rejects.toThrow('closed');
    expect(reached).toEqual([]);
  });
});
