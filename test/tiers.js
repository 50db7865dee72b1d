/**
 * The three tiers of the test suite, by where a suite lives:
 * - unit: the specs beside the code in libs/ and apps/ (fast, no services);
 * - e2e: suites that drive the running system from outside: the HTTP API, the console in a browser,
 *   the CLI and the apps as processes (and the API suites again on PostgreSQL and EventStoreDB);
 * - int: every other suite under test/: stores, adapters, projections, Kafka, faults.
 * Every suite belongs to exactly one tier (test/tiers.test.ts checks it).
 */
const E2E_FOLDERS = ['api', 'console', 'security', 'distributed', 'recovery', 'backup', 'upgrade'];
/** CLI process suites that live beside their subject's other suites. */
const E2E_CLI_SUITE = 'audit/[^/]*cli[^/]*\\.test\\.ts$';

const TIER_PATTERNS = {
  unit: '^<rootDir>/(libs|apps)/',
  e2e: `^<rootDir>/test/((${E2E_FOLDERS.join('|')})/|${E2E_CLI_SUITE})`,
  int: `^<rootDir>/test/(?!(${E2E_FOLDERS.join('|')})/)(?!${E2E_CLI_SUITE})`,
};
const TIERS = Object.keys(TIER_PATTERNS);

/** The tier a suite's path (relative to the repository root) belongs to. */
function tiersOf(relativePath) {
  return TIERS.filter((tier) => new RegExp(TIER_PATTERNS[tier].replace('<rootDir>', '')).test(`/${relativePath}`));
}

/** Jest's ignore patterns that leave only the suites of `tier`. */
function ignoredOutside(tier) {
  return TIERS.filter((other) => other !== tier).map((other) => TIER_PATTERNS[other]);
}

module.exports = { TIERS, tiersOf, ignoredOutside };
