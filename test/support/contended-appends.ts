import { AsyncLocalStorage } from 'node:async_hooks';
import type { EventStore } from '@telemed/event-store/event-store.port';
import { EVENT_STORE } from '@telemed/application/infrastructure/tokens';
import type { TestApp } from './test-app';

/**
 * Runs `act` while every append waits until `contenders` appends are waiting (or `timeoutMs`
 * passes): requests that would otherwise run one after another in a single process all read the
 * same stream revisions before any of them writes, which is the race a real deployment sees.
 * Answers what `act` answered and how many appends reached the store.
 */
export async function withContendedAppends<Result>(
  t: TestApp,
  contenders: number,
  act: () => Promise<Result>,
  timeoutMs = 2000,
): Promise<{ result: Result; appendAttempts: number }> {
  const store = t.app.get<EventStore>(EVENT_STORE);
  const { appendToStream, appendToStreams } = store;
  let appendAttempts = 0;
  let release!: () => void;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const timer = setTimeout(release, timeoutMs);
  const held = async () => {
    appendAttempts += 1;
    if (appendAttempts >= contenders) release();
    await gate;
  };
  // An adapter may implement one append through the other: an append is held (and counted) once.
  const alreadyHeld = new AsyncLocalStorage<true>();
  store.appendToStream = async (...args) => {
    await held();
    return alreadyHeld.run(true, () => appendToStream.apply(store, args));
  };
  store.appendToStreams = async (...args) => {
    if (!alreadyHeld.getStore()) await held();
    return appendToStreams.apply(store, args);
  };
  try {
    return { result: await act(), appendAttempts };
  } finally {
    clearTimeout(timer);
    store.appendToStream = appendToStream;
    store.appendToStreams = appendToStreams;
  }
}
