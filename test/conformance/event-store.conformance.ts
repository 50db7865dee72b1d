import { describeAppending } from './event-store-append.conformance';
import type { EventStoreFactory, EventStoreUnderTest } from './event-store-fixtures';
import { describeReading } from './event-store-read.conformance';
import { describeSubscribing } from './event-store-subscription.conformance';

export type { EventStoreFactory, EventStoreUnderTest } from './event-store-fixtures';

/**
 * The one suite every EventStore adapter passes. `makeStore` gives each test a fresh, empty store;
 * `cleanup` runs after each test, also when the test closed the store itself.
 */
export function describeEventStoreConformance(name: string, makeStore: EventStoreFactory): void {
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

    describeAppending(subject);
    describeReading(subject);
    describeSubscribing(subject);
  });
}
