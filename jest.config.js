/**
 * One jest run covers unit specs beside the code and the suites under test/; the end-to-end API
 * suites run again with the event log and read models on PostgreSQL, and with the log on
 * EventStoreDB (the client against a gRPC server built from its own service definitions).
 * TEST_TIER=unit|int|e2e keeps one tier (test/tiers.js); the re-runs belong to the e2e tier.
 */
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.base.json');
const { TIERS, ignoredOutside } = require('./test/tiers');

const tier = process.env.TEST_TIER;
if (tier !== undefined && !TIERS.includes(tier)) throw new Error(`TEST_TIER must be one of ${TIERS.join(', ')} (got "${tier}")`);
const reruns = tier === undefined || tier === 'e2e';
/** API suites about validation, problem documents' language and the docs: they run once, not again per store. */
const STORE_AGNOSTIC_API_SUITES = ['roles-docs', 'validation-messages', 'problem-language'];

const shared = {
  rootDir: '.',
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }] },
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
  moduleFileExtensions: ['ts', 'js', 'json'],
};

module.exports = {
  testTimeout: 30000,
  // Longest suites first, by the durations of the last whole run (test/scheduling/suite-order.js).
  testSequencer: '<rootDir>/test/scheduling/suite-order.js',
  reporters: ['default', '<rootDir>/test/scheduling/duration-recorder.js'],
  projects: [
    {
      ...shared,
      displayName: 'all',
      testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts', '<rootDir>/test/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', ...(tier ? ignoredOutside(tier) : [])],
    },
    ...(reruns ? [{
      ...shared,
      displayName: 'api-on-postgres',
      testMatch: ['<rootDir>/test/api/**/*.test.ts', '<rootDir>/test/audit/verify-and-rebuild.test.ts'],
      // Refused before any store is read or written, or about the documents: nothing differs on PostgreSQL.
      testPathIgnorePatterns: ['/node_modules/', ...STORE_AGNOSTIC_API_SUITES.map((suite) => `<rootDir>/test/api/${suite}\\.test\\.ts$`)],
      setupFiles: ['<rootDir>/test/support/backend-postgres.setup.js'],
    },
    {
      ...shared,
      displayName: 'api-on-eventstoredb',
      testMatch: [
        '<rootDir>/test/api/consultation-*.test.ts',
        '<rootDir>/test/api/case-review-lifecycle.test.ts',
        '<rootDir>/test/api/case-materials.test.ts',
        '<rootDir>/test/api/training-session.test.ts',
        '<rootDir>/test/api/further-study.test.ts',
        '<rootDir>/test/api/postings.test.ts',
        '<rootDir>/test/api/visits.test.ts',
        '<rootDir>/test/api/techniques.test.ts',
        '<rootDir>/test/api/research-outputs.test.ts',
        '<rootDir>/test/api/consortia.test.ts',
        '<rootDir>/test/api/training-credits.test.ts',
        '<rootDir>/test/api/programme-report.test.ts',
      ],
      setupFiles: ['<rootDir>/test/support/backend-eventstoredb.setup.js'],
    }] : []),
  ],
};
