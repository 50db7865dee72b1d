'use strict';
/**
 * CPU time of processes on this machine, from /proc (Linux). Divided by the requests answered it
 * gives a cost per request that a machine busy with other work disturbs far less than throughput.
 */
const { readFileSync } = require('node:fs');

/** User + system CPU ms the process has used so far (clock ticks of 100 a second); undefined where /proc is not there. */
function processCpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

/** CPU ms spent between two samples of `processCpuMs` by pid: a process absent from the first started after it. */
function cpuSpentBetween(before, after) {
  let spent = 0;
  for (const [pid, ms] of after) spent += ms - (before.get(pid) ?? 0);
  return spent;
}

module.exports = { cpuSpentBetween, processCpuMs };
