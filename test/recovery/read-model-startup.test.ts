import { existsSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import { rebuildCommand } from '../../apps/cli/src/rebuild.command';
import { READ_MODELS_FILE } from '@telemed/runtime';
import { consultationsProjection } from '@telemed/projections/consultations/consultations.projection';
import { networkProjection } from '@telemed/projections/network/network.projection';
import { consultationRequest, created, type SeededNetwork } from '../support/network-fixture';
import { BackboneProcess, ensureBuilt, killLeftoverBackbones } from './backbone-process';
import { JWT_SECRET, overHttp, seedNetwork, startBackbone } from '../backup/live-backbone';

/** The read-model file a data directory serves from: the pointer's, else the first one. */
function liveReadModelsOf(dataDir: string): string {
  const pointer = join(dataDir, 'read-models.current');
  return join(dataDir, existsSync(pointer) ? readFileSync(pointer, 'utf8').trim() : READ_MODELS_FILE);
}

/** Overwrites pages of a SQLite file with noise, past its header page, as a torn copy or a bad disk would. */
function overwritePages(file: string, pages: number[]): void {
  const pageSize = readFileSync(file).readUInt16BE(16);
  const fd = openSync(file, 'r+');
  try {
    for (const page of pages) writeSync(fd, randomBytes(pageSize), 0, pageSize, (page - 1) * pageSize);
  } finally {
    closeSync(fd);
  }
}

function withDatabase(file: string, work: (db: Database.Database) => void): void {
  const db = new Database(file);
  try {
    work(db);
  } finally {
    db.close();
  }
}

interface Seeded {
  network: SeededNetwork;
  consultationIds: string[];
}

/** A data directory with a network and a few consultations, written by a backbone that then stopped. */
async function seededDataDirectory(dataDir: string): Promise<Seeded> {
  const { backbone, url } = await startBackbone(dataDir);
  try {
    const t = overHttp(url);
    const network = await seedNetwork(t);
    const consultationIds: string[] = [];
    for (let n = 0; n < 5; n++) {
      const written = await created(t, network.tokens.clinician, '/v1/consultations', consultationRequest(network, { patient: { reference: `KS2-RM-${n}`, sex: 'male', birthDate: '1960-05-01' } }));
      consultationIds.push(written.id);
    }
    return { network, consultationIds };
  } finally {
    await backbone.stop();
  }
}

async function expectServed(url: string, seeded: Seeded): Promise<void> {
  const t = overHttp(url);
  for (const [n, id] of seeded.consultationIds.entries()) {
    const response = await t.http.get(`/v1/consultations/${id}`).set('Authorization', `Bearer ${seeded.network.tokens.clinician}`);
    expect({ status: response.status, status_: response.body.status, reference: response.body.patient?.reference }).toEqual({
      status: 200,
      status_: 'requested',
      reference: `KS2-RM-${n}`,
    });
  }
}

async function readiness(url: string): Promise<{ status: number; body: { checks: { readModels: { schemaVersions: Record<string, unknown> } } } }> {
  const response = await fetch(`${url}/health/ready`);
  return { status: response.status, body: (await response.json()) as never };
}

describe('read models are derived: a damaged or outdated one is rebuilt from the log, not trusted', () => {
  const workDir = mkdtempSync(join(tmpdir(), 'telemed-read-model-startup-'));
  let n = 0;
  const freshDir = () => join(workDir, `data-${++n}`);

  beforeAll(() => ensureBuilt());
  afterAll(async () => {
    await killLeftoverBackbones();
    rmSync(workDir, { recursive: true, force: true });
  });

  it('read models whose pages were overwritten are rebuilt at start-up, said so in the log, and served correctly', async () => {
    const dataDir = freshDir();
    const seeded = await seededDataDirectory(dataDir);
    const file = liveReadModelsOf(dataDir);
    const pages = Math.floor(statSync(file).size / 4096);
    overwritePages(file, [2, 3, 4, Math.max(5, pages - 1)]);

    const { backbone, url } = await startBackbone(dataDir);
    try {
      expect(backbone.log).toMatch(/the read models are damaged \(.+\); rebuilding them from the log before serving/);
      await expectServed(url, seeded);
      const ready = await readiness(url);
      expect(ready.body.checks.readModels.schemaVersions).toMatchObject({ upgrading: false, rebuiltAtStart: expect.stringMatching(/^damaged: /) });
    } finally {
      await backbone.stop();
    }
  }, 60_000);

  it('cli rebuild --swap replaces live read models it cannot read, saying it did not compare them', async () => {
    const dataDir = freshDir();
    const seeded = await seededDataDirectory(dataDir);
    overwritePages(liveReadModelsOf(dataDir), [1]);
    const printed: string[] = [];
    const log = jest.spyOn(console, 'log').mockImplementation((line) => void printed.push(String(line)));
    const error = jest.spyOn(console, 'error').mockImplementation((line) => void printed.push(String(line)));
    try {
      expect(await rebuildCommand(['--data-dir', dataDir, '--swap'])).toBe(0);
    } finally {
      log.mockRestore();
      error.mockRestore();
    }
    expect(printed.join('\n')).toMatch(/live read models are unreadable .*; not compared/);
    expect(JSON.parse(printed.find((line) => line.startsWith('{'))!)).toMatchObject({ compared: false, swapped: true });

    const { backbone, url } = await startBackbone(dataDir);
    try {
      expect(backbone.log).not.toMatch(/damaged/);
      await expectServed(url, seeded);
    } finally {
      await backbone.stop();
    }
  }, 60_000);

  it('read models of an older schema version are rebuilt beside the serving ones and swapped in; readiness names the version served', async () => {
    const dataDir = freshDir();
    const seeded = await seededDataDirectory(dataDir);
    const before = liveReadModelsOf(dataDir);
    // As an older release left them: no versions kept, and a consultation row of another shape.
    withDatabase(before, (db) => {
      db.exec('DROP TABLE read_model_versions');
      db.prepare(`UPDATE consultations SET status = 'shape-of-an-older-release'`).run();
    });

    const { backbone, url } = await startBackbone(dataDir);
    try {
      const deadline = Date.now() + 30_000;
      let ready = await readiness(url);
      while (ready.body.checks.readModels.schemaVersions.upgrading && Date.now() < deadline) ready = await readiness(url);
      expect(ready.body.checks.readModels.schemaVersions).toMatchObject({
        upgrading: false,
        serving: { consultations: consultationsProjection.version, network: networkProjection.version },
        release: { consultations: consultationsProjection.version, network: networkProjection.version },
      });
      expect(backbone.log).toMatch(/read models of an older version \(network, .*consultations.*\); rebuilding them beside the serving ones, then swapping/);
      expect(backbone.log).toMatch(/read models upgraded: \d+ events rebuilt to position \d+, swapped in/);
      await expectServed(url, seeded);
      expect(liveReadModelsOf(dataDir)).not.toBe(before);
      expect(existsSync(before)).toBe(false);
    } finally {
      await backbone.stop();
    }
  }, 60_000);

  it('a data directory whose read models were built by a newer release is refused with status 2', async () => {
    const dataDir = freshDir();
    await seededDataDirectory(dataDir);
    withDatabase(liveReadModelsOf(dataDir), (db) => db.prepare(`UPDATE read_model_versions SET version = 7 WHERE projection = 'consultations'`).run());
    const refused = await refusedStart(dataDir);
    expect(refused.exit.code).toBe(2);
    expect(refused.log).toMatch(new RegExp(`refusing to start: the read model consultations has schema version 7; this release knows up to ${consultationsProjection.version}\\. It was written by a newer release`));
  }, 60_000);

  it('a data directory whose event log was written by a newer release is refused with status 2', async () => {
    const dataDir = freshDir();
    await seededDataDirectory(dataDir);
    withDatabase(join(dataDir, 'events.sqlite'), (db) => db.pragma('user_version = 9'));
    const refused = await refusedStart(dataDir);
    expect(refused.exit.code).toBe(2);
    expect(refused.log).toMatch(/refusing to start: the event store file .*events\.sqlite has schema version 9; this release knows up to 1/);
  }, 60_000);
});

/** Starts a backbone expected to refuse the directory; answers how it exited and what it said. */
async function refusedStart(dataDir: string) {
  const backbone = new BackboneProcess(dataDir, JWT_SECRET);
  const exit = await backbone.exited;
  return { exit, log: backbone.log };
}
