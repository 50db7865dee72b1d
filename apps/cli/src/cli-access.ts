import { randomUUID } from 'node:crypto';
import { hostname, userInfo } from 'node:os';
import { AccessLog, type AccessAttempt } from '@telemed/audit';
import type { EventMetadata } from '@telemed/event-store/event-envelope';

/** Whoever runs the CLI on the server: the operating-system user, as the access trail and the log name them. */
export function operatingSystemUser(): string {
  try {
    return userInfo().username;
  } catch {
    return `uid-${process.getuid?.() ?? 'unknown'}`; // a container user without a passwd entry
  }
}

/** The metadata of one CLI run, as a request's would be: who, from where, under one request id. */
export function cliRunMetadata(): EventMetadata {
  const requestId = randomUUID();
  return { actor: { userId: `os:${operatingSystemUser()}`, role: 'system' }, correlationId: requestId, requestId, sourceAddress: hostname() };
}

/**
 * Records in the access trail that whoever runs the CLI took these cases' patient details away,
 * before they are shown: a run that cannot record them shows nothing.
 */
export async function recordCliAccess(
  accessLogFile: string,
  reads: Array<Omit<AccessAttempt, 'outcome'>>,
  metadata: EventMetadata = cliRunMetadata(),
): Promise<void> {
  const accessLog = AccessLog.open(accessLogFile);
  try {
    await accessLog.record(metadata, reads.map((read) => ({ ...read, outcome: 'allowed' })));
  } finally {
    await accessLog.close();
  }
}
