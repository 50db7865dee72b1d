import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readPublicKey, readSeals, verifyLog } from '@telemed/audit';
import { SqliteEventStore } from '@telemed/event-store/sqlite/sqlite-event-store';
import { ALL_PROJECTIONS, compareReadModels, rebuildReadModels, type ReadModelStore } from '@telemed/projections';
import { EVENTS_FILE } from '../../api/src/infrastructure/infrastructure.module';
import { SqliteReadModelFiles } from '../../api/src/infrastructure/read-model-files';
import { anchorFileOf } from '../../api/src/audit/seal-scheduler';
import { readAnchor } from '../../api/src/audit/verify-history';
import { Progress } from './progress';
import { openDecryptedLog } from './decrypted-log';

export const VERIFY_USAGE = `usage: cli verify [--data-dir <dir>] [--public-key <pem>] [--anchor <latest-seal.json>] [--no-anchor]
  Verifies the integrity chain of a log offline (a running backbone's files or a copy of them), with the
  public key only: every event against its stream's hash chain, every seal's signature and Merkle root,
  and the anchored latest seal against the log's end. Exits 0 when intact, 1 when the history breaks.`;

export const REBUILD_USAGE = `usage: cli rebuild [--data-dir <dir>] [--swap]
  Rebuilds every read model from position 0 into a fresh file, compares it with the live read models
  and, with --swap, makes the rebuilt file the live one. Run it while the backbone is stopped, or use
  POST /v1/audit/rebuild on a running one.`;

export const REPLAY_USAGE = `usage: cli replay [--data-dir <dir>] [--stream <id>] [--type <type>] [--from <instant>] [--to <instant>]
  Prints the history as NDJSON, one event envelope a line, in log order, filtered as asked. Patient data is
  printed as stored: encrypted.`;

function dataDirOf(value: string | undefined): string {
  return resolve(value ?? process.env.DATA_DIR ?? './data');
}

function openStore(dataDir: string): SqliteEventStore {
  const file = join(dataDir, EVENTS_FILE);
  if (!existsSync(file)) throw new Error(`no event log at ${file}`);
  return SqliteEventStore.open(file);
}

export async function verifyCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { 'data-dir': { type: 'string' }, 'public-key': { type: 'string' }, anchor: { type: 'string' }, 'no-anchor': { type: 'boolean' } },
    strict: true,
  });
  const dataDir = dataDirOf(values['data-dir']);
  const publicKeyFile = values['public-key'] ?? join(dataDir, 'audit', 'public-key.pem');
  if (!existsSync(publicKeyFile)) {
    console.error(`no public key at ${publicKeyFile}; pass --public-key\n${VERIFY_USAGE}`);
    return 2;
  }
  const anchor = values['no-anchor'] ? undefined : readAnchor(values.anchor ?? anchorFileOf(dataDir));
  const store = openStore(dataDir);
  try {
    const total = Number(await store.headPosition());
    const progress = new Progress('verifying');
    const report = await verifyLog((options) => store.readAll(options), {
      publicKey: readPublicKey(publicKeyFile),
      seals: await readSeals(store),
      anchor,
      onProgress: (checked) => progress.update(checked, total),
    });
    const timing = progress.finish(report.eventsChecked);
    console.log(JSON.stringify({ ...report, anchored: anchor !== undefined, seconds: timing.seconds, eventsPerSecond: timing.perSecond }, null, 2));
    return report.ok ? 0 : 1;
  } finally {
    await store.close();
  }
}

export async function rebuildCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { 'data-dir': { type: 'string' }, swap: { type: 'boolean' } }, strict: true });
  const dataDir = dataDirOf(values['data-dir']);
  // The read models hold patient data in clear, as the running backbone projects it: decrypt.
  const log = await openDecryptedLog(dataDir);
  const store = log.store;
  const files = new SqliteReadModelFiles(dataDir);
  const { live, unreadable } = await openLiveIfReadable(files);
  const fresh = await files.createFresh();
  let promoted = false;
  try {
    const progress = new Progress('rebuilding');
    const report = await rebuildReadModels(store, fresh.store, ALL_PROJECTIONS, {
      onProgress: ({ position, until }) => progress.update(Number(position), Number(until)),
    });
    const timing = progress.finish(Number(report.position));
    // Damaged live read models cannot be compared with anything: the rebuilt ones replace them unseen.
    if (unreadable) console.error(`the live read models are unreadable (${unreadable}); not compared`);
    const differences = live ? await compareReadModels(live, fresh.store, ALL_PROJECTIONS) : undefined;
    if (values.swap) {
      const promotedStore = await fresh.promote();
      promoted = true;
      await fresh.retire(live);
      await promotedStore.close();
    }
    console.log(
      JSON.stringify(
        {
          position: report.position.toString(),
          eventsApplied: report.eventsApplied,
          seconds: timing.seconds,
          eventsPerSecond: Math.round(report.eventsApplied / Math.max(timing.seconds, 0.001)),
          peakResidentMegabytes: Math.round(process.resourceUsage().maxRSS / 1024),
          ...(differences ? { equal: differences.length === 0, differences } : { compared: false, liveUnreadable: unreadable }),
          swapped: promoted,
        },
        null,
        2,
      ),
    );
    return 0;
  } finally {
    if (!promoted) {
      await fresh.discard();
      await live?.close();
    }
    await log.close();
  }
}

/** The live read models, or why they cannot be read (a damaged file fails to open or its quick check). */
async function openLiveIfReadable(files: SqliteReadModelFiles): Promise<{ live?: ReadModelStore; unreadable?: string }> {
  let live: ReadModelStore | undefined;
  try {
    live = await files.openLive();
    const problem = await live.integrityProblem?.();
    if (problem === undefined) return { live };
    await live.close();
    return { unreadable: problem };
  } catch (error) {
    await live?.close().catch(() => undefined);
    return { unreadable: error instanceof Error ? error.message : String(error) };
  }
}

export async function replayCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { 'data-dir': { type: 'string' }, stream: { type: 'string' }, type: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' } },
    strict: true,
  });
  const from = values.from ? new Date(values.from).toISOString() : undefined;
  const to = values.to ? new Date(values.to).toISOString() : undefined;
  const store = openStore(dataDirOf(values['data-dir']));
  try {
    const total = Number(await store.headPosition());
    const progress = new Progress('replaying');
    const filter = { ...(values.type && { eventTypes: [values.type] }), ...(values.stream && { streamPrefixes: [values.stream] }) };
    let printed = 0;
    for (let after = 0n; ; ) {
      const slice = await store.readAll({ after, maxCount: 5000, filter });
      for (const event of slice.events) {
        if (values.stream && event.streamId !== values.stream) continue;
        if ((from && event.recordedAt < from) || (to && event.recordedAt >= to)) continue;
        process.stdout.write(`${JSON.stringify({ ...event, globalPosition: event.globalPosition.toString() })}\n`);
        printed++;
      }
      progress.update(Number(slice.scannedUpTo), total);
      if (slice.events.length === 0 || slice.scannedUpTo <= after) break;
      after = slice.scannedUpTo;
    }
    progress.finish(printed);
    return 0;
  } finally {
    await store.close();
  }
}
