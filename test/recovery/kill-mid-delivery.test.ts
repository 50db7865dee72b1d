import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { mintToken } from '@telemed/auth';
import { WEBHOOK_EVENT_TYPES } from '@telemed/domain/webhook';
import { openDecryptedLog } from '../../apps/cli/src/decrypted-log';
import { WebhookReceiver, type ReceivedDelivery } from '../support/webhook-receiver';
import { generateConsultationHistory } from './consultation-history';
import { BackboneProcess, ensureBuilt, type Exit, killLeftoverBackbones } from './backbone-process';

const JWT_SECRET = 'recovery-suite-secret-of-at-least-forty-chars';
/** About 4.8 deliverable events each, with the network’s: some 1,450 deliveries. */
const CONSULTATIONS = 300;

/** The events an endpoint asking for every type receives, oldest first: the ground truth of the log. */
async function deliverableEvents(dataDir: string): Promise<Array<{ id: string; streamId: string; revision: number }>> {
  const { store, close } = await openDecryptedLog(dataDir, { ...process.env, AUTH_JWT_SECRET: JWT_SECRET });
  try {
    const events: Array<{ id: string; streamId: string; revision: number }> = [];
    for (let after = 0n; ; ) {
      const slice = await store.readAll({ after, maxCount: 5000, filter: { eventTypes: [...WEBHOOK_EVENT_TYPES] } });
      events.push(...slice.events.map((event) => ({ id: event.eventId, streamId: event.streamId, revision: event.streamRevision })));
      if (slice.scannedUpTo <= after) return events;
      after = slice.scannedUpTo;
    }
  } finally {
    await close();
  }
}

/**
 * Case by case, whether a delivery ever came before one of its case's earlier events had been
 * delivered: the deliveries of a case may repeat after a restart, but never skip ahead.
 */
function overtakings(deliveries: ReceivedDelivery[]): string[] {
  const highest = new Map<string, number>();
  const found: string[] = [];
  for (const { payload } of deliveries) {
    const key = `${payload.subject.kind}-${payload.subject.id}`;
    const reached = highest.get(key) ?? -1;
    if (payload.subject.sequence > reached + 1) found.push(`${key}: ${payload.subject.sequence} after ${reached}`);
    highest.set(key, Math.max(reached, payload.subject.sequence));
  }
  return found;
}

describe('webhook delivery from a backbone killed mid-delivery', () => {
  const workDir = mkdtempSync(join(tmpdir(), 'telemed-webhook-recovery-'));
  const dataDir = join(workDir, 'data');
  let receiver: WebhookReceiver;
  let expected: Array<{ id: string; streamId: string; revision: number }>;
  let receivedAtKill: number;
  let killedBy: Exit;
  let stoppedBy: Exit;
  let restartedLog: string;

  beforeAll(async () => {
    ensureBuilt();
    await generateConsultationHistory({ dataDir, jwtSecret: JWT_SECRET, consultations: CONSULTATIONS, receivingHospitals: 3, experts: 20 });
    expected = await deliverableEvents(dataDir);
    receiver = await WebhookReceiver.start();
    // A receiver that takes a moment over each delivery, as a hospital system behind a firewall would.
    const url = receiver.url('/his', () => ({ status: 200, delayMs: 2 }));

    const first = new BackboneProcess(dataDir, JWT_SECRET);
    const base = await first.url;
    const coordinator = await mintToken(JWT_SECRET, { sub: 'coordinator-recovery', role: 'coordinator' });
    const call = async (path: string, body: object) => {
      const response = await fetch(`${base}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${coordinator}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (response.status !== 201) throw new Error(`POST ${path} answered ${response.status}: ${await response.text()}`);
      return (await response.json()) as { id: string };
    };
    const { id } = await call('/v1/webhooks', { url, eventTypes: ['*'] });
    await call(`/v1/webhooks/${id}/replay`, { fromPosition: '1' });

    await receiver.waitFor('/his', (got) => got.length >= expected.length / 3, 60_000);
    first.kill('SIGKILL');
    killedBy = await first.exited;
    receivedAtKill = receiver.at('/his').length;

    const second = new BackboneProcess(dataDir, JWT_SECRET);
    await second.url;
    const expectedIds = new Set(expected.map((event) => event.id));
    await receiver.waitFor('/his', (got) => new Set(got.map((delivery) => delivery.id).filter((deliveryId) => expectedIds.has(deliveryId))).size === expectedIds.size, 90_000);
    await sleep(300); // anything still in flight arrives, so that duplicates are counted whole
    stoppedBy = await second.stop();
    restartedLog = second.log;
  }, 240_000);

  afterAll(async () => {
    await killLeftoverBackbones();
    await receiver?.close();
    rmSync(workDir, { recursive: true, force: true });
  });

  it('was killed while delivering, with part of the log delivered and part not', () => {
    expect(expected.length).toBeGreaterThan(1_200);
    expect(killedBy).toEqual({ code: null, signal: 'SIGKILL' });
    expect(receivedAtKill).toBeGreaterThan(0);
    expect(receivedAtKill).toBeLessThan(expected.length);
  });

  it('after the restart every event has been delivered at least once, and nothing that is not in the log', () => {
    const received = receiver.at('/his');
    const receivedIds = new Set(received.map((delivery) => delivery.id));
    expect(expected.filter((event) => !receivedIds.has(event.id))).toEqual([]);
    expect([...receivedIds].filter((id) => !expected.some((event) => event.id === id))).toEqual([]);
  });

  it('no case’s delivery ever overtook an earlier one of the same case, before the kill or after it', () => {
    expect(overtakings(receiver.at('/his'))).toEqual([]);
  });

  it('the restart resumed from the checkpoint: only what was in flight at the kill came twice', () => {
    const duplicates = receiver.at('/his').length - expected.length;
    console.log(`webhook recovery: ${expected.length} events, ${receivedAtKill} received before the kill, ${duplicates} delivered twice`);
    expect(duplicates).toBeGreaterThanOrEqual(0);
    expect(duplicates).toBeLessThan(expected.length / 4);
    expect(restartedLog).toMatch(/webhook delivery started: 1 endpoint/);
    expect([{ code: 0, signal: null }, { code: null, signal: 'SIGTERM' }]).toContainEqual(stoppedBy);
  });
});
