// The end-to-end API suites, run again with the event log on EventStoreDB (the gRPC test server).
process.env.TEST_BACKEND = 'eventstoredb';
