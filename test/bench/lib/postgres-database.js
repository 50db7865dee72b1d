'use strict';
/**
 * A throw-away PostgreSQL database per measurement, as test/support/postgres.ts makes them for the
 * test suites (the machines' server: 127.0.0.1:5432, user postgres, trust auth; TEST_POSTGRES_URL overrides).
 */
const { randomBytes } = require('node:crypto');
const { Client } = require('pg');
const { settings } = require('./settings');

async function asAdministrator(work) {
  const admin = new Client({ connectionString: settings.postgresUrl, connectionTimeoutMillis: 5000 });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

/** Creates an empty database; `drop()` removes it, disconnecting whoever is left. */
async function createBenchDatabase(label) {
  const name = `telemed_bench_${label.replace(/[^a-z0-9]/g, '_')}_${randomBytes(4).toString('hex')}`;
  await asAdministrator((admin) => admin.query(`CREATE DATABASE ${name}`));
  const url = new URL(settings.postgresUrl);
  url.pathname = `/${name}`;
  return {
    connectionString: url.toString(),
    drop: () => asAdministrator((admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)),
  };
}

/** The server's settings that decide what a commit costs, for the report. */
async function durabilitySettings() {
  return asAdministrator(async (admin) => {
    const { rows } = await admin.query(`SELECT name, setting FROM pg_settings WHERE name IN ('fsync', 'synchronous_commit', 'wal_sync_method', 'server_version')`);
    return Object.fromEntries(rows.map((row) => [row.name, row.setting]));
  });
}

module.exports = { createBenchDatabase, durabilitySettings };
