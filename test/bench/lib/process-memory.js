'use strict';
/** Resident memory of another process on this machine, from /proc (Linux), as lib/process-cpu.js reads its CPU time. */
const { readFileSync } = require('node:fs');

/** The process's resident memory now (VmRSS), in MB; undefined where /proc is not there or the process has ended. */
function processRssMb(pid) {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8')
      .split('\n')
      .find((entry) => entry.startsWith('VmRSS:'));
    return line === undefined ? undefined : Number(line.split(/\s+/)[1]) / 1024;
  } catch {
    return undefined;
  }
}

module.exports = { processRssMb };
