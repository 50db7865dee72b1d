import { describeAppending } from './event-store-append.conformance';
import { ATOMIC_STORE, type EventStoreCapabilities, type EventStoreFactory, type EventStoreUnderTest } from './event-store-fixtures';
import { describeReading } from './event-store-read.conformance';
import { describeSubscribing } from './event-store-subscription.conformance';

export type { EventStoreCapabilities, EventStoreFactory, EventStoreUnderTest } from './event-store-fixtures';

/**
 * The one suite every EventStore adapter passes. `makeStore` gives each test a fresh, empty store;
 * `cleanup` runs after each test, also when the test closed the store itself. `capabilities` names
 * what the port leaves to the adapter (by default: an atomic multi-stream append).
 */
export function describeEventStoreConformance(
  name: string,
  makeStore: EventStoreFactory,
  options: { capabilities?: EventStoreCapabilities } = {},
): void {
  const capabilities = options.capabilities ?? ATOMIC_STORE;
  describe(`${name} keeps the event store contract`, () => {
    let current: EventStoreUnderTest | undefined;
    const subject = () => {
      if (!current) throw new Error('the store under test is only available inside a test');
      return current;
    };

    beforeEach(async () => {
      current = await makeStore();
    });
    afterEach(async () => {
      await current?.cleanup();
      current = undefined;
    });

    describeAppending(subject, capabilities);
    describeReading(subject);
    describeSubscribing(subject);
  });
}
