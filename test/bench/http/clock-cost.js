'use strict';
/**
 * What the response clocks cost the command route: `POST /v1/consultations` (http-bench.js command)
 * under variants of the clocks, interleaved round by round so that the shared machine's moods fall
 * on every variant alike, and reported as the median (and range) of the rounds.
 *
 * usage: node test/bench/http/clock-cost.js   (after a build into BENCH_BUILD_DIR, e.g. by `npm run bench`)
 * - elapsed time: the agreement's targets counted in elapsed time; the deadline watcher at its default (30 s)
 * - working time: the targets counted in the receiving hospital's working time (its hospital stream is read too)
 * - watcher off: DEADLINE_CHECK_INTERVAL_MS=0
 * - watcher every second: DEADLINE_CHECK_INTERVAL_MS=1000
 * - without clocks: BENCH_WITHOUT_CLOCKS_BUILD_DIR, a build of the release before the clocks (optional)
 */
const { join } = require('node:path');
const { runChild, runMain } = require('../lib/child');
const { settings } = require('../lib/settings');

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

function variants() {
  const list = [
    { name: 'elapsed time', env: {} },
    { name: 'working time', env: { BENCH_HTTP_WORKING_TIME: '1' } },
    { name: 'watcher off', env: { DEADLINE_CHECK_INTERVAL_MS: '0' } },
    { name: 'watcher every second', env: { DEADLINE_CHECK_INTERVAL_MS: '1000' } },
  ];
  const without = process.env.BENCH_WITHOUT_CLOCKS_BUILD_DIR;
  if (without) list.push({ name: 'without clocks', env: { BENCH_BUILD_DIR: without } });
  return list;
}

async function main() {
  const measured = new Map(variants().map((variant) => [variant.name, []]));
  for (let round = 1; round <= settings.clockCostRounds; round++) {
    for (const variant of variants()) {
      const result = await runChild(join(__dirname, 'http-bench.js'), ['command'], { env: variant.env });
      measured.get(variant.name).push(result);
      process.stderr.write(`round ${round} ${variant.name}: ${Math.round(result.requestsPerSecond)} requests/s, p99 ${result.latencyP99Ms} ms\n`);
    }
  }
  const rows = [...measured].map(([name, results]) => {
    const rates = results.map((result) => result.requestsPerSecond);
    return {
      variant: name,
      rounds: results.length,
      medianRequestsPerSecond: Math.round(median(rates)),
      minRequestsPerSecond: Math.round(Math.min(...rates)),
      maxRequestsPerSecond: Math.round(Math.max(...rates)),
      medianP99Ms: median(results.map((result) => result.latencyP99Ms)),
      non2xx: results.reduce((sum, result) => sum + result.non2xx, 0),
    };
  });
  console.table(rows);
  process.stdout.write(`${JSON.stringify(rows)}\n`);
}

runMain(main);
