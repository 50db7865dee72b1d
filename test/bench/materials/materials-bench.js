'use strict';
/**
 * Upload and download throughput of one case material file (20 MiB unless BENCH_MATERIAL_MIB says
 * otherwise), through the compiled API over loopback HTTP: multipart upload, SHA-256, sealing under
 * the patient's key and the blob store on the way in; the blob store, the two digest checks and
 * decryption on the way out. Run with `node test/bench/materials/materials-bench.js`; with
 * BENCH_MATERIALS_POSTGRES=<postgres url> the log, read models and blobs are in PostgreSQL.
 * A measurement, not a test: it prints the figures and asserts nothing but that the bytes round-trip.
 */
const { createHash, randomBytes } = require('node:crypto');
const { mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { SECRET, freePort, post, seedNetwork, startServer, waitUntilLive } = require('../lib/api-server');
const { buildProject, built } = require('../lib/project-build');

const MIB = 1024 * 1024;
const SIZE = Number(process.env.BENCH_MATERIAL_MIB ?? 20) * MIB;
const ROUNDS = Number(process.env.BENCH_MATERIAL_ROUNDS ?? 5);

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  if (process.env.BENCH_SKIP_BUILD !== '1') buildProject();
  const dataDir = mkdtempSync(join(tmpdir(), 'materials-bench-'));
  const postgres = process.env.BENCH_MATERIALS_POSTGRES;
  if (postgres) Object.assign(process.env, { EVENT_STORE: 'postgres', READ_MODEL_STORE: 'postgres', DATABASE_URL: postgres, PATIENT_DATA_MASTER_KEY: randomBytes(32).toString('base64') });
  process.env.MATERIALS_MAX_BYTES = String(SIZE + MIB);
  const port = await freePort();
  const server = startServer('api', port, dataDir);
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitUntilLive(`${base}/health`, server);
    const network = await seedNetwork(base);
    const consultation = await post(base, network.clinician, '/v1/consultations', {
      partnershipId: network.partnershipId,
      specialty: 'cardiology',
      urgency: 'routine',
      purpose: 'throughput of case materials',
      caseSummary: 'Male, 58.',
      patient: { reference: 'BENCH-0001' },
      consent: { medical: true, dataSharing: true },
    });
    const { mintToken } = built('libs/auth/index');
    const expert = await mintToken(SECRET, { sub: 'auditor-bench', role: 'auditor' });
    const path = `/v1/consultations/${consultation.id}/materials`;
    const uploads = [];
    const downloads = [];
    for (let round = 0; round < ROUNDS; round++) {
      const file = randomBytes(SIZE);
      const form = new FormData();
      form.append('description', `round ${round}`);
      form.append('file', new Blob([file], { type: 'application/pdf' }), `scan-${round}.pdf`);
      let started = process.hrtime.bigint();
      const response = await fetch(`${base}${path}`, { method: 'POST', headers: { authorization: `Bearer ${network.clinician}` }, body: form });
      const attached = await response.json();
      uploads.push(Number(process.hrtime.bigint() - started) / 1e9);
      if (response.status !== 201) throw new Error(`upload answered ${response.status}: ${JSON.stringify(attached)}`);

      started = process.hrtime.bigint();
      const download = await fetch(`${base}${path}/${attached.id}`, { headers: { authorization: `Bearer ${expert}` } });
      const bytes = Buffer.from(await download.arrayBuffer());
      downloads.push(Number(process.hrtime.bigint() - started) / 1e9);
      if (download.status !== 200) throw new Error(`download answered ${download.status}: ${bytes.toString('utf8', 0, 300)}`);
      if (createHash('sha256').update(bytes).digest('hex') !== createHash('sha256').update(file).digest('hex')) throw new Error('the download differs from the upload');
    }
    const mib = SIZE / MIB;
    const line = (name, seconds) =>
      `${name.padEnd(9)} median ${(median(seconds) * 1000).toFixed(0).padStart(5)} ms  ${(mib / median(seconds)).toFixed(1).padStart(6)} MiB/s  (best ${(mib / Math.min(...seconds)).toFixed(1)} MiB/s, ${seconds.length} rounds)`;
    process.stdout.write(`case material of ${mib} MiB, ${postgres ? 'PostgreSQL' : 'embedded (files under DATA_DIR)'}\n`);
    process.stdout.write(`${line('upload', uploads)}\n${line('download', downloads)}\n`);
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
