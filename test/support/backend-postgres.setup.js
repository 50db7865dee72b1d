// The end-to-end API suites, run again with the log and the read models on PostgreSQL.
process.env.TEST_BACKEND = 'postgres';
