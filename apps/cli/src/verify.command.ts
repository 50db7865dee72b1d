import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readPublicKey, readSeals, verifyLog } from '@telemed/audit';
import { anchorFileOf } from '@telemed/application/audit/seal-scheduler';
import { readAnchor } from '@telemed/application/audit/verify-history';
import { cliCommand, runCli, runs, USAGE_ERROR } from './cli-command';
import { eventLogConfig, openStoredLog, withEventLogOptions, type EventLogOptions } from './event-log';
import { ProgressBar } from './progress-bar';

interface VerifyOptions extends EventLogOptions {
  publicKey?: string;
  /** A file, false for --no-anchor, undefined for the data directory's. */
  anchor?: string | false;
}

/** `cli verify`: the integrity chain of a whole log, offline, with the public key only. */
export function verifyCli(env: NodeJS.ProcessEnv = process.env) {
  const command = withEventLogOptions(
    cliCommand(
      'verify',
      "the log's integrity chain and seals, on any of its stores",
      'Verifies the integrity chain of a log offline, with the public key only: every event against its stream\'s hash chain, ' +
        "every seal's signature and Merkle root, and the anchored latest seal against the log's end. The log is the one the API " +
        'is configured with (EVENT_STORE: sqlite in the data directory, postgres at DATABASE_URL, eventstoredb at ' +
        'EVENTSTORE_CONNECTION_STRING), or the one the options name. Exits 0 when intact, 1 when the history breaks.',
    ),
  )
    .option('--public-key <pem>', "the audit log's public key (default <data dir>/audit/public-key.pem)")
    .option('--anchor <latest-seal.json>', 'the latest seal kept outside the log (default <data dir>/audit/latest-seal.json, when present)')
    .option('--no-anchor', 'verify without an anchored seal');
  return runs<VerifyOptions>(command, (options) => verify(options, env));
}

/** Runs `cli verify` with these arguments. */
export const verifyCommand = (args: string[], env: NodeJS.ProcessEnv = process.env) => runCli(verifyCli(env), args);

async function verify(options: VerifyOptions, env: NodeJS.ProcessEnv): Promise<number> {
  const log = eventLogConfig(options, env);
  const publicKeyFile = options.publicKey ?? join(log.dataDir, 'audit', 'public-key.pem');
  if (!existsSync(publicKeyFile)) {
    console.error(`no public key at ${publicKeyFile}; pass --public-key`);
    return USAGE_ERROR;
  }
  const anchor = options.anchor === false ? undefined : readAnchor(options.anchor ?? anchorFileOf(log.dataDir));
  const store = await openStoredLog(log);
  try {
    // EventStoreDB positions are byte offsets, not counts: there the bar counts without a known end.
    const total = log.eventStore === 'eventstoredb' ? undefined : Number(await store.headPosition());
    const progress = new ProgressBar('verifying', total ?? 0);
    try {
      const report = await verifyLog((slice) => store.readAll(slice), {
        publicKey: readPublicKey(publicKeyFile),
        seals: await readSeals(store),
        anchor,
        onProgress: (checked) => progress.update(checked, total ?? checked),
      });
      const timing = progress.finish(report.eventsChecked);
      console.log(
        JSON.stringify(
          { ...report, eventStore: log.eventStore, anchored: anchor !== undefined, seconds: timing.seconds, eventsPerSecond: timing.perSecond },
          null,
          2,
        ),
      );
      return report.ok ? 0 : 1;
    } finally {
      progress.stop();
    }
  } finally {
    await store.close();
  }
}
