import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CORE_SCHEMA, load, loadAll, mergeTag } from 'js-yaml';

export const ROOT = join(__dirname, '..', '..');
export const DEPLOY = join(ROOT, 'deploy');

/** The processes of the one image, each with its entry point in the build output. */
export const APPS = ['api', 'relay', 'projector', 'webhooks', 'cli'] as const;

/** YAML as Compose reads it (YAML 1.2 core types, with `<<` merge keys). */
const COMPOSE_YAML = CORE_SCHEMA.withTags(mergeTag);

export function readText(path: string): string {
  return readFileSync(path, 'utf8');
}

export function loadYaml(path: string): unknown {
  return load(readText(path), { schema: COMPOSE_YAML });
}

export function loadYamlDocuments(path: string): unknown[] {
  return loadAll(readText(path)).filter((document) => document !== null && document !== undefined);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

let sources: Array<{ file: string; text: string }> | undefined;

/** Files of apps/ and libs/ that read `name` from the environment (`env.NAME`, `env['NAME']`, `setting(env, 'NAME')`). */
export function filesReading(name: string): string[] {
  sources ??= [...sourceFiles(join(ROOT, 'apps')), ...sourceFiles(join(ROOT, 'libs'))].map((file) => ({ file, text: readText(file) }));
  const reads = new RegExp(`env\\.${name}\\b|env\\[['"\`]${name}['"\`]\\]|\\(env, ['"\`]${name}['"\`]`);
  return sources.filter((source) => reads.test(source.text)).map((source) => relative(ROOT, source.file));
}

export type Manifest = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  [field: string]: unknown;
};
