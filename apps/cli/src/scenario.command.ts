import { InvalidArgumentError } from 'commander';
import { cliCommand, integerIn, runs } from './cli-command';
import type { ScenarioOptions } from './scenario/generate-scenario';
import { PROGRAMME_PRESET_NAMES, type ProgrammePreset } from './scenario/programme-presets';

function preset(value: string): ProgrammePreset {
  if (!(PROGRAMME_PRESET_NAMES as string[]).includes(value)) throw new InvalidArgumentError(`must be one of ${PROGRAMME_PRESET_NAMES.join(', ')}`);
  return value as ProgrammePreset;
}

function scale(value: string): number {
  const parsed = Number(value);
  if (!(parsed > 0 && parsed <= 100)) throw new InvalidArgumentError('must be a number above 0 and at most 100');
  return parsed;
}

function calendarDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) throw new InvalidArgumentError('must be a date (YYYY-MM-DD)');
  return value;
}

/** `cli scenario`: a generated aid programme, written through the application layer. */
export function scenarioCli() {
  const command = cliCommand(
    'scenario',
    'a generated multi-year aid programme, written into DATA_DIR',
    'Generates a multi-year aid programme into DATA_DIR through the application layer (deterministic per seed): hospitals in ' +
      "Shanghai, Kashgar and Shigatse, partnerships, department pairings, experts, consultations, case discussions and training sessions. Prints what it created and the programme's counts.",
  )
    .option('--seed <n>', 'the seed: the same seed writes the same history, ids included', integerIn(-(2 ** 31), 2 ** 31), 1)
    .option('--scale <x>', 'the size of the programme (1 is about the size of the public reports)', scale, 1)
    .option('--start <YYYY-MM-DD>', 'the first day of the programme', calendarDate, '2023-01-01')
    .option('--months <n>', 'how many months it runs', integerIn(1, 120), 36)
    .option(
      '--preset <name>',
      `a programme shaped like a published one (${PROGRAMME_PRESET_NAMES.join(', ')}): its hospitals, its ledger and figures of its size; prints its programme report beside the published figures`,
      preset,
    );
  // The whole application is loaded only when a programme is generated, not for every command's start.
  return runs<ScenarioOptions>(command, async (options) => (await import('./scenario/generate-scenario')).generateScenario(options));
}
