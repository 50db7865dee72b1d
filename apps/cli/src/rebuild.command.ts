import { resolve } from 'node:path';
import { ALL_PROJECTIONS, compareReadModels, rebuildReadModels, type ReadModelStore } from '@telemed/projections';
import { SqliteReadModelFiles } from '@telemed/runtime';
import { cliCommand, runCli, runs } from './cli-command';
import { openDecryptedLog } from './decrypted-log';
import { ProgressBar } from './progress-bar';

interface RebuildOptions {
  dataDir?: string;
  swap?: boolean;
}

/** `cli rebuild`: the read models rebuilt from the log, compared with the live ones, and swapped in when asked. */
export function rebuildCli(env: NodeJS.ProcessEnv = process.env) {
  const command = cliCommand(
    'rebuild',
    'the read models rebuilt from the log and compared, swapped in on request',
    'Rebuilds every read model from position 0 into a fresh file, compares it with the live read models and, with --swap, ' +
      'makes the rebuilt file the live one. Run it while the backbone is stopped, or use POST /v1/audit/rebuild on a running one.',
  )
    .option('--data-dir <dir>', 'the data directory (default DATA_DIR, else ./data)')
    .option('--swap', 'make the rebuilt read models the live ones');
  return runs<RebuildOptions>(command, (options) => rebuild(options, env));
}

/** Runs `cli rebuild` with these arguments. */
export const rebuildCommand = (args: string[], env: NodeJS.ProcessEnv = process.env) => runCli(rebuildCli(env), args);

async function rebuild(options: RebuildOptions, env: NodeJS.ProcessEnv): Promise<number> {
  const dataDir = resolve(options.dataDir ?? env.DATA_DIR ?? './data');
  // The read models hold patient data in clear, as the running backbone projects it: decrypt.
  const log = await openDecryptedLog(dataDir, env);
  const files = new SqliteReadModelFiles(dataDir);
  const { live, unreadable } = await openLiveIfReadable(files);
  const fresh = await files.createFresh();
  let promoted = false;
  try {
    const progress = new ProgressBar('rebuilding', 0);
    let report: Awaited<ReturnType<typeof rebuildReadModels>>;
    let timing: { seconds: number };
    try {
      report = await rebuildReadModels(log.store, fresh.store, ALL_PROJECTIONS, {
        onProgress: (step) => progress.update(Number(step.position), Number(step.until)),
      });
      timing = progress.finish(Number(report.position));
    } finally {
      progress.stop();
    }
    // Damaged live read models cannot be compared with anything: the rebuilt ones replace them unseen.
    if (unreadable) console.error(`the live read models are unreadable (${unreadable}); not compared`);
    const differences = live ? await compareReadModels(live, fresh.store, ALL_PROJECTIONS) : undefined;
    if (options.swap) {
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
