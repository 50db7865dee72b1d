/**
 * The consultation lifecycle suite (test/api/consultation-lifecycle.test.ts), unchanged, on an
 * application whose EVENT_STORE is EventStoreDB: the test server, or the real server named by
 * EVENTSTORE_CONNECTION_STRING. Until the infrastructure module selects its store by
 * EVENT_STORE=eventstoredb, the suite's startTestApp is swapped for one that builds the app with
 * the EventStoreDB adapter (see startEventStoreDbTestApp).
 */
jest.mock('../support/test-app', () => ({
  ...jest.requireActual('../support/test-app'),
  startTestApp: (options?: { now?: string }) =>
    // Required lazily: the EventStoreDB test app itself imports the module being mocked.
    (require('../support/eventstoredb/eventstoredb-test-app') as typeof import('../support/eventstoredb/eventstoredb-test-app')).startEventStoreDbTestApp(options),
}));

describe('with EVENT_STORE on EventStoreDB', () => {
  require('../api/consultation-lifecycle.test');
});
