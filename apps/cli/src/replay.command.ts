import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ACCESS_LOG_FILE, AmbiguousStreamId, resolveStream, type AccessAttempt } from '@telemed/audit';
import { NotFound } from '@telemed/domain/core';
import type { PatientDataCipher } from '@telemed/event-store/encryption';
import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import type { EventStore } from '@telemed/event-store/event-store.port';
import { loadConfig } from '@telemed/runtime';
import { patientCaseOf } from '@telemed/application/audit/audit-envelope';
import { cliCommand, instant, runCli, runs } from './cli-command';
import { cliRunMetadata, recordCliAccess } from './cli-access';
import { openPatientDataCipher } from './decrypted-log';
import { eventLogConfig, eventLogEnv, openStoredLog, withEventLogOptions, type EventLogOptions } from './event-log';
import { ProgressBar } from './progress-bar';

interface ReplayOptions extends EventLogOptions {
  stream?: string;
  type?: string;
  from?: string;
  to?: string;
  decrypt?: boolean;
}

/** `cli replay`: the history as NDJSON, filtered, as stored or decrypted. */
export function replayCli(env: NodeJS.ProcessEnv = process.env) {
  const command = withEventLogOptions(
    cliCommand(
      'replay',
      'the history as NDJSON, filtered, as stored or decrypted',
      'Prints the history as NDJSON, one event envelope a line, in log order, filtered as asked. Patient data is printed as ' +
        'stored (encrypted, enc:v1:...) unless --decrypt is given. Exits 1 when the stream asked for does not exist.',
    ),
  )
    .option('--stream <id>', "one stream: its stream id (consultation-<id>), or a case's or the network's raw id, resolved to its stream")
    .option('--type <type>', 'only events of this type, such as ConsultationDeclined')
    .option('--from <instant>', 'only events recorded at or after this instant', instant)
    .option('--to <instant>', 'only events recorded before this instant', instant)
    .option(
      '--decrypt',
      "print patient data decrypted, with the log's keys (the embedded data directory's, or PATIENT_DATA_MASTER_KEY); every " +
        "case whose patient details are printed is first recorded in the access trail under the operating-system user",
    );
  return runs<ReplayOptions>(command, (options) => replay(options, env));
}

/** Runs `cli replay` with these arguments. */
export const replayCommand = (args: string[], env: NodeJS.ProcessEnv = process.env) => runCli(replayCli(env), args);

async function replay(options: ReplayOptions, env: NodeJS.ProcessEnv): Promise<number> {
  const log = eventLogConfig(options, env);
  const patientData = options.decrypt ? await openPatientData(log.dataDir, eventLogEnv(log, env)) : undefined;
  const store = await openStoredLog(log).catch(async (error: unknown) => {
    await patientData?.close();
    throw error;
  });
  const printer = new EventPrinter(options, patientData?.cipher, join(log.dataDir, ACCESS_LOG_FILE));
  try {
    return options.stream ? await printStream(store, options.stream, printer) : await printLog(store, options, printer);
  } finally {
    await store.close();
    await patientData?.close();
  }
}

/** The keys must exist already: a master key generated now would open nothing. */
async function openPatientData(dataDir: string, env: NodeJS.ProcessEnv) {
  const masterKeyFile = join(dataDir, 'keys', 'master.key');
  if (!env.PATIENT_DATA_MASTER_KEY && !existsSync(masterKeyFile)) {
    throw new Error(`--decrypt needs the log's master key: PATIENT_DATA_MASTER_KEY, or ${masterKeyFile} of the embedded data directory`);
  }
  return openPatientDataCipher(loadConfig(env));
}

async function printStream(store: EventStore, streamIdOrId: string, printer: EventPrinter): Promise<number> {
  try {
    const stream = await resolveStream(store, streamIdOrId);
    await printer.print(stream.events);
    return 0;
  } catch (error) {
    if (!(error instanceof NotFound || error instanceof AmbiguousStreamId)) throw error;
    console.error(error instanceof NotFound ? `no stream ${streamIdOrId} in the log, neither as a stream id nor as the id of a case or of the network` : error.message);
    return 1;
  }
}

async function printLog(store: EventStore, options: ReplayOptions, printer: EventPrinter): Promise<number> {
  const total = Number(await store.headPosition());
  const progress = new ProgressBar('replaying', total);
  try {
    const filter = options.type ? { eventTypes: [options.type] } : undefined;
    let scanned = 0n;
    for (let after = 0n; ; after = scanned) {
      const slice = await store.readAll({ after, maxCount: 5000, filter });
      await printer.print(slice.events);
      scanned = slice.scannedUpTo;
      progress.update(Number(scanned), total);
      if (slice.events.length === 0 || scanned <= after) break;
    }
    progress.finish(Number(scanned));
    return 0;
  } finally {
    progress.stop();
  }
}

/**
 * Prints events as NDJSON lines, keeping those the options ask for. Decrypting, it records each
 * case whose patient details it is about to print in the access trail first, once per run.
 */
class EventPrinter {
  private readonly recorded = new Set<string>();
  private readonly metadata = cliRunMetadata();

  constructor(
    private readonly options: ReplayOptions,
    private readonly cipher: PatientDataCipher | undefined,
    private readonly accessLogFile: string,
  ) {}

  async print(events: RecordedEvent[]): Promise<void> {
    const { type, from, to } = this.options;
    const kept = events.filter((event) => (!type || event.type === type) && !(from && event.recordedAt < from) && !(to && event.recordedAt >= to));
    if (kept.length === 0) return;
    const shown = this.cipher ? await this.decrypted(kept) : kept;
    process.stdout.write(shown.map((event) => `${JSON.stringify({ ...event, globalPosition: event.globalPosition.toString() })}\n`).join(''));
  }

  private async decrypted(events: RecordedEvent[]): Promise<RecordedEvent[]> {
    const reads: Array<Omit<AccessAttempt, 'outcome'>> = [];
    for (const event of events) {
      const patientCase = event.metadata.encryption ? patientCaseOf(event.streamId) : undefined;
      if (!patientCase || this.recorded.has(event.streamId)) continue;
      this.recorded.add(event.streamId);
      reads.push({ action: 'replay', ...patientCase });
    }
    if (reads.length > 0) await recordCliAccess(this.accessLogFile, reads, this.metadata);
    return this.cipher!.decrypt(events);
  }
}
