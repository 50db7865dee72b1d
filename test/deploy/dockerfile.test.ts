import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { APPS, DEPLOY, ROOT, readText } from './deploy-files';

/**
 * deploy/Dockerfile read instruction by instruction (no Docker engine here to build it): the stages,
 * the build steps, the user, and that the entry point starts each process from a file the build writes.
 */
type Instruction = { keyword: string; args: string };

function instructions(text: string): Instruction[] {
  return text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [keyword, ...rest] = line.split(/\s+/);
      return { keyword: keyword.toUpperCase(), args: rest.join(' ') };
    });
}

function stages(all: Instruction[]): Array<{ from: string; name?: string; steps: Instruction[] }> {
  const result: Array<{ from: string; name?: string; steps: Instruction[] }> = [];
  for (const instruction of all) {
    if (instruction.keyword === 'FROM') {
      const [from, as, name] = instruction.args.split(/\s+/);
      result.push({ from, ...(as?.toUpperCase() === 'AS' && { name }), steps: [] });
    } else {
      result.at(-1)?.steps.push(instruction);
    }
  }
  return result;
}

const dockerfile = stages(instructions(readText(join(DEPLOY, 'Dockerfile'))));
const runs = (stage: { steps: Instruction[] }) => stage.steps.filter((step) => step.keyword === 'RUN').map((step) => step.args).join('\n');

describe('deploy/Dockerfile', () => {
  it('builds in a builder stage with the tools better-sqlite3 compiles with', () => {
    expect(dockerfile.map((stage) => stage.name)).toEqual(['builder', 'runtime']);
    const builder = dockerfile[0];
    expect(builder.from).toMatch(/^node:20-bookworm/);
    expect(runs(builder)).toMatch(/apt-get install .*python3 make g\+\+/);
    const order = ['npm ci', 'npm run build', 'npm prune --omit=dev'].map((step) => runs(builder).indexOf(step));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('runs on node:20-bookworm-slim as an unprivileged numeric user, with only what the builder produced', () => {
    const runtime = dockerfile[1];
    expect(runtime.from).toBe('node:20-bookworm-slim');
    const user = runtime.steps.filter((step) => step.keyword === 'USER').map((step) => step.args);
    expect(user).toEqual([expect.stringMatching(/^[1-9]\d*:[1-9]\d*$/)]);
    const copies = runtime.steps.filter((step) => step.keyword === 'COPY').map((step) => step.args);
    expect(copies).toEqual(
      expect.arrayContaining(['--from=builder /app/node_modules ./node_modules', '--from=builder /app/dist ./dist']),
    );
    expect(runs(runtime)).not.toMatch(/npm (ci|install)/);
  });

  it('starts api, relay, projector, webhooks or cli from the compiled entry point of each app', () => {
    const runtime = dockerfile[1];
    expect(runtime.steps.find((step) => step.keyword === 'ENTRYPOINT')?.args).toBe('["/app/docker-entrypoint.sh"]');
    expect(runtime.steps.find((step) => step.keyword === 'CMD')?.args).toBe('["api"]');
    const entrypoint = readText(join(DEPLOY, 'docker-entrypoint.sh'));
    expect(entrypoint).toContain(`${APPS.join(' | ')}) exec node "/app/dist/apps/$app/src/main.js"`);
    for (const app of APPS) expect(existsSync(join(ROOT, 'apps', app, 'src', 'main.ts'))).toBe(true);
    expect(statSync(join(DEPLOY, 'docker-entrypoint.sh')).mode & 0o111).not.toBe(0);
    execFileSync('sh', ['-n', join(DEPLOY, 'docker-entrypoint.sh')]);
  });

  it('keeps local state and secrets out of the build context', () => {
    const ignored = readText(join(ROOT, '.dockerignore')).split('\n').map((line) => line.trim());
    expect(ignored).toEqual(expect.arrayContaining(['.git', 'node_modules', 'dist', 'data', '**/*.sqlite', '**/*.pem', '**/.env']));
    // What the Dockerfile copies from the context must not be ignored.
    expect(ignored).toEqual(expect.arrayContaining(['!deploy/docker-entrypoint.sh', '!deploy/healthcheck.js']));
    for (const kept of ['apps', 'libs', 'package.json', 'package-lock.json', 'tsconfig.build.json']) expect(ignored).not.toContain(kept);
  });
});
