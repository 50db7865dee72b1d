import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './config/app-config';
import { createApp } from './create-app';

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
  const app = await createApp(config);
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
  logger.log(`console: ${url}/; API documentation: ${url}/docs; probes: ${url}/health/live, ${url}/health/ready${metrics}`);
  if (config.jwtSecretGenerated) {
    logger.log(`development tokens are signed with the secret in ${join(config.dataDir, 'development-jwt-secret')}`);
  }
  logger.log('mint a token: npm run cli -- token --role coordinator --sub coordinator-1 (or --role clinician --sub dr-li --hospital <hospitalId>)');
}

void main();
