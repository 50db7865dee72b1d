/**
 * The order the suites start in, and the record it is made from.
 *
 * With two workers, the run ends when the slower worker does: a long suite that starts last keeps
 * the run going long after the rest is done. Suites therefore start longest first (the greedy
 * "longest processing time" schedule), by the durations of a whole run kept in
 * test/scheduling/suite-durations.json, so that a fresh clone (no jest cache) starts in the same
 * order as a machine that has run everything before. A suite the record does not know yet starts
 * before the known ones: a new suite is as likely to be long as short, and starting it early costs
 * at most its own time.
 *
 * `TEST_DURATIONS_OUT=<file> npm test` writes a new record from that run (the reporter below);
 * keep it when suites have been added or have changed their length noticeably.
 */
const { readFileSync, writeFileSync } = require('node:fs');
const { join, relative } = require('node:path');
const Sequencer = require('@jest/test-sequencer').default;

const ROOT = join(__dirname, '..', '..');
const RECORD = join(__dirname, 'suite-durations.json');

/** A suite's key in the record: its project and its path from the repository root. */
function suiteKey(project, path) {
  return `${project ?? 'all'} ${relative(ROOT, path).split('\\').join('/')}`;
}

function readRecord(file = RECORD) {
  try {
    return JSON.parse(readFileSync(file, 'utf8')).seconds ?? {};
  } catch {
    return {};
  }
}

class LongestFirst extends Sequencer {
  sort(tests) {
    const seconds = readRecord();
    const known = (test) => seconds[suiteKey(test.context.config.displayName?.name, test.path)];
    return [...tests].sort((a, b) => {
      const [ka, kb] = [known(a), known(b)];
      if (ka === undefined || kb === undefined) return (ka === undefined ? 0 : 1) - (kb === undefined ? 0 : 1) || a.path.localeCompare(b.path);
      return kb - ka || a.path.localeCompare(b.path);
    });
  }
}

/** Jest reporter: with TEST_DURATIONS_OUT set, writes every suite's wall time of this run there. */
class DurationRecorder {
  constructor() {
    this.out = process.env.TEST_DURATIONS_OUT;
    this.seconds = {};
  }

  onTestResult(test, result) {
    if (!this.out || result.testExecError) return;
    const { start, end } = result.perfStats;
    this.seconds[suiteKey(test.context.config.displayName?.name, test.path)] = Math.round((end - start) / 100) / 10;
  }

  onRunComplete() {
    if (!this.out) return;
    const sorted = Object.fromEntries(Object.entries(this.seconds).sort(([a], [b]) => a.localeCompare(b)));
    const total = Object.values(sorted).reduce((sum, value) => sum + value, 0);
    writeFileSync(this.out, `${JSON.stringify({ suites: Object.keys(sorted).length, totalSeconds: Math.round(total), seconds: sorted }, null, 1)}\n`);
  }
}

module.exports = LongestFirst;
module.exports.DurationRecorder = DurationRecorder;
module.exports.suiteKey = suiteKey;
module.exports.readRecord = readRecord;
