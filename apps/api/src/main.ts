import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './config/app-config';
import { createApp } from './create-app';
import { NewerSchemaVersion } from '@telemed/event-store/event-store.errors';

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  let app;
  try {
    app = await createApp(config);
  } catch (error) {
    // A downgrade: data written by a newer release is never read by an older one.
    if (error instanceof NewerSchemaVersion) {
      console.error(`refusing to start: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
  await app.listen(config.port, config.host);
  const url = await app.getUrl();
  // One JSON line each (LOG_LEVEL=info or lower), like every other log line of the process.
  const logger = new Logger('Main');
  const storage =
    config.eventStore === 'sqlite' && config.readModelStore === 'sqlite'
      ? `embedded: SQLite in ${config.dataDir}`
      : `event store ${config.eventStore}, read models ${config.readModelStore}, event bus ${config.eventBus}`;
  logger.log({ url, dataDir: config.dataDir }, `telemed-backbone listening on ${url} (${storage})`);
  const metrics = config.observability.metricsEnabled ? `; metrics: ${url}/metrics` : '';
  logger.log(`API documentation: ${url}/docs; probes: ${url}/health/live, ${url}/health/ready${metrics}`);
  if (config.jwtSecretGenerated) {
    logger.log(`development tokens are signed with the secret in ${join(config.dataDir, 'development-jwt-secret')}`);
  }
  logger.log('mint a token: npm run cli -- token --role coordinator --sub coordinator-1 (or --role clinician --sub dr-li --hospital <hospitalId>)');
}

void main();
