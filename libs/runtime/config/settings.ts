import { isAbsolute, resolve } from 'node:path';

/** Every bad or missing setting, reported at once at start-up. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** A variable's value, or undefined when it is unset or empty. */
export function textSetting(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const raw = env[name];
  return raw === undefined || raw === '' ? undefined : raw;
}

/** An integer setting within bounds; a problem is recorded for anything else. */
export function integerSetting(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number, problems: string[]): number {
  const raw = textSetting(env, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push(`${name} must be an integer from ${min} to ${max} (got "${raw}")`);
    return fallback;
  }
  return value;
}

/** A choice among values, the first being the default; a problem is recorded for anything else. */
export function choiceSetting<T extends string>(env: NodeJS.ProcessEnv, name: string, supported: readonly T[], problems: string[]): T {
  const value = textSetting(env, name) ?? supported[0];
  if ((supported as readonly string[]).includes(value)) return value as T;
  problems.push(`${name} must be one of ${supported.join(', ')} (got "${value}")`);
  return supported[0];
}

const TRUE_WORDS = ['true', '1', 'yes'];
const FALSE_WORDS = ['false', '0', 'no'];

/** true/1/yes or false/0/no, in any case; a problem is recorded for anything else. */
export function flagSetting(env: NodeJS.ProcessEnv, name: string, fallback: boolean, problems: string[]): boolean {
  const raw = textSetting(env, name);
  if (raw === undefined) return fallback;
  if (TRUE_WORDS.includes(raw.toLowerCase())) return true;
  if (FALSE_WORDS.includes(raw.toLowerCase())) return false;
  problems.push(`${name} must be true or false (got "${raw}")`);
  return fallback;
}

/** A comma-separated list, items trimmed, empty items dropped. */
export function listSetting(env: NodeJS.ProcessEnv, name: string): string[] {
  return (env[name] ?? '').split(',').map((item) => item.trim()).filter((item) => item !== '');
}

/** A directory, relative to the working directory unless absolute. */
export function directorySetting(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const raw = textSetting(env, name) ?? fallback;
  return isAbsolute(raw) ? raw : resolve(process.cwd(), raw);
}
