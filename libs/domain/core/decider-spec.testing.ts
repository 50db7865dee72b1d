import type { Decider } from './decider';
import { DomainError } from './domain-error';

/**
 * Specification helper for deciders:
 *   given([past events]).when(command).then([new events])
 *   given([past events]).when(command).thenFails(ErrorClass, 'code')
 */
export function specFor<Command, Event, State>(decider: Decider<Command, Event, State>) {
  return (history: Event[]) => ({
    when: (command: Command) => {
      const run = () => decider.decide(command, history.reduce(decider.evolve, decider.initialState()));
      return {
        then: (expected: Event[]) => expect(run()).toEqual(expected),
        thenFails: (errorClass: new (...args: never[]) => DomainError, code?: string) => {
          let thrown: unknown;
          try {
            run();
          } catch (error) {
            thrown = error;
          }
          expect(thrown).toBeInstanceOf(errorClass);
          if (code !== undefined) expect((thrown as DomainError).code).toBe(code);
          return thrown as DomainError;
        },
      };
    },
  });
}
