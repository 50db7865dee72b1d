/**
 * A decider is the whole behaviour of one aggregate as three pure functions:
 * `decide` turns a wish (command) into facts (events) given the current state,
 * `evolve` folds one fact into the state, and `initialState` is where every stream begins.
 */
export interface Decider<Command, Event, State> {
  decide(command: Command, state: State): Event[];
  evolve(state: State, event: Event): State;
  initialState(): State;
  /**
   * The type of an event that carries the whole state (the books closed): `evolve` of it answers
   * that state whatever came before, so a stream is loaded from its latest one of these onwards.
   */
  readonly summaryEventType?: string;
}

/** Every domain event is a named fact with the data a reader of the history needs. */
export interface DomainEvent<Type extends string = string, Data = unknown> {
  type: Type;
  data: Data;
}

export function foldEvents<Event, State>(
  decider: Pick<Decider<unknown, Event, State>, 'evolve' | 'initialState'>,
  events: readonly Event[],
): State {
  return events.reduce(decider.evolve, decider.initialState());
}
