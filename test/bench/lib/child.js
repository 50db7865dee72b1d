'use strict';
/**
 * Each measurement runs in a process of its own, so that one workload's heap, JIT state and
 * open files never colour the next one's figures (and peak RSS is the workload's own). A child
 * reports by printing one line `BENCH_RESULT <json>` on stdout; everything else it prints is passed through.
 */
const { spawn } = require('node:child_process');

const RESULT_PREFIX = 'BENCH_RESULT ';

/** Prints a workload's result for the parent; bigints become strings. */
function report(result) {
  process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(result, (_key, value) => (typeof value === 'bigint' ? value.toString() : value))}\n`);
}

/** Children still running; told to stop should this process end first, so that they stop the servers they started. */
const running = new Set();
let forwardingEnd = false;

function endChildrenWithThisProcess() {
  if (forwardingEnd) return;
  forwardingEnd = true;
  process.once('exit', () => {
    for (const child of running) child.kill('SIGTERM');
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(1));
}

/**
 * This process's CPU time (user + system, every thread) since `before` (a `process.cpuUsage()`), in
 * seconds: on a machine other work shares, wall-clock rates move with their load, CPU time far less.
 */
function cpuSecondsSince(before) {
  const { user, system } = process.cpuUsage(before);
  return (user + system) / 1e6;
}

/** Runs `node [nodeArgs] script args` and answers the result it reported; rejects when it fails or reports nothing. */
function runChild(script, args = [], { env = {}, cwd, nodeArgs = [], timeoutMs = 15 * 60_000 } = {}) {
  endChildrenWithThisProcess();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, script, ...args], {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    running.add(child);
    let result;
    let pending = '';
    // SIGTERM first: a child stops the servers it started before it exits.
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 15_000).unref();
    }, timeoutMs);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      pending += chunk;
      let newline;
      while ((newline = pending.indexOf('\n')) !== -1) {
        const line = pending.slice(0, newline);
        pending = pending.slice(newline + 1);
        if (line.startsWith(RESULT_PREFIX)) result = JSON.parse(line.slice(RESULT_PREFIX.length));
        else if (line.trim()) process.stderr.write(`    ${line}\n`);
      }
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      running.delete(child);
      clearTimeout(timer);
      if (code === 0 && result !== undefined) resolvePromise(result);
      else reject(new Error(`${script} ${args.join(' ')} ended with ${signal ?? `exit code ${code}`}${result === undefined ? ' and reported nothing' : ''}`));
    });
  });
}

/** Runs a workload's main function and exits non-zero on failure, so the parent sees it. */
function runMain(main) {
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(error instanceof Error ? error.stack : error);
      process.exit(1);
    },
  );
}

module.exports = { cpuSecondsSince, report, runChild, runMain, RESULT_PREFIX };
