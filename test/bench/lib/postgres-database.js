'use strict';
/**
 * A throw-away PostgreSQL database per measurement, as test/support/postgres.ts makes them for the
 * test suites (the machines' server: 127.0.0.1:5432, user postgres, trust auth; TEST_POSTGRES_URL overrides).
 */
const { randomBytes } = require('node:crypto');
const { Client } = require('pg');
const { processCpuMs } = require('./process-cpu');
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

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * CPU ms used so far by each server process (backend) connected to the database, by pid; empty
 * when the server is not on this machine, where /proc cannot see it.
 */
async function backendCpuMs(connectionString) {
  if (!LOOPBACK.has(new URL(connectionString).hostname)) return new Map();
  const client = new Client({ connectionString, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    const { rows } = await client.query('SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()');
    return new Map(rows.map((row) => [row.pid, processCpuMs(row.pid)]).filter(([, ms]) => ms !== undefined));
  } finally {
    await client.end();
  }
}

module.exports = { backendCpuMs, createBenchDatabase, durabilitySettings };
