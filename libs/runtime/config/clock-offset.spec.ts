import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from './settings';
import { loadConfig } from './app-config';

const dataDir = mkdtempSync(join(tmpdir(), 'telemed-clock-offset-spec-'));

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig({ DATA_DIR: dataDir, ...env });
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

const ONLY_IN_DEVELOPMENT = 'DEVELOPMENT_CLOCK_OFFSET_MINUTES is accepted only in the development mode, with neither AUTH_JWT_SECRET nor AUTH_JWKS_URL set';

describe('the development clock offset', () => {
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('is none unless given', () => {
    expect(loadConfig({ DATA_DIR: dataDir }).clockOffsetMinutes).toBe(0);
  });

  it('moves the clock ahead in the development mode, where the secret is generated and no provider is configured', () => {
    expect(loadConfig({ DATA_DIR: dataDir, DEVELOPMENT_CLOCK_OFFSET_MINUTES: '90' }).clockOffsetMinutes).toBe(90);
  });

  it('is refused wherever tokens are signed with a configured secret or an identity provider\'s keys', () => {
    expect(problemsOf({ DEVELOPMENT_CLOCK_OFFSET_MINUTES: '90', AUTH_JWT_SECRET: 'x'.repeat(40) })).toEqual([ONLY_IN_DEVELOPMENT]);
    expect(problemsOf({ DEVELOPMENT_CLOCK_OFFSET_MINUTES: '90', AUTH_JWKS_URL: 'https://login.example.org/jwks' })).toContain(ONLY_IN_DEVELOPMENT);
  });

  it('only moves the clock ahead, by at most a year', () => {
    expect(problemsOf({ DEVELOPMENT_CLOCK_OFFSET_MINUTES: '-5' })).toEqual(['DEVELOPMENT_CLOCK_OFFSET_MINUTES must be an integer from 0 to 527040 (got "-5")']);
    expect(problemsOf({ DEVELOPMENT_CLOCK_OFFSET_MINUTES: '600000' })).toHaveLength(1);
  });
});
