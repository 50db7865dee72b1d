'use strict';
/**
 * Ending the application processes a benchmark starts: politely first, then for good, and never
 * leaving one behind when the benchmark itself ends early.
 */

const running = (child) => child.exitCode === null && child.signalCode === null;

/** SIGTERM to each, SIGKILL to any still running after `graceMs`; resolves once every one has exited. */
async function stopProcesses(children, graceMs = 10_000) {
  await Promise.all(
    children.map(
      (child) =>
        new Promise((resolve) => {
          if (!running(child)) return resolve();
          const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
          child.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
          child.kill('SIGTERM');
        }),
    ),
  );
}

/**
 * Should this process exit before it has stopped them (an error, Ctrl-C, the parent's SIGTERM), the
 * children it started are killed with it. `children` may grow after the call.
 */
function endWithThisProcess(children) {
  process.once('exit', () => {
    for (const child of children) if (running(child)) child.kill('SIGKILL');
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(1));
}

module.exports = { endWithThisProcess, stopProcesses };
