import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '@telemed/runtime';
import { createApp } from './create-app';
import { NewerSchemaVersion } from '@telemed/event-store/event-store.errors';

/**
 * A rejection nobody handled is a bug, but one request's or one timer's: it is logged and the process
 * stays up, serving everyone else. An uncaught exception may have left state half-changed, so the
 * process logs it and exits with status 70, for its supervisor to restart it from the log.
 */
function guardTheProcess(): void {
  const logger = new Logger('Process');
  process.on('unhandledRejection', (reason) => {
    logger.error({ err: reason }, 'unhandled rejection; the process stays up');
  });
  process.on('uncaughtException', (error) => {
    logger.fatal({ err: error }, 'uncaught exception; exiting for the supervisor to restart the process');
    process.exit(70);
  });
}

async function main() {
  guardTheProcess();
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
  logger.log(`console: ${url}/; API documentation: ${url}/docs; probes: ${url}/health/live, ${url}/health/ready${metrics}`);
  if (config.jwtSecretGenerated) {
    logger.log(`development tokens are signed with the secret in ${join(config.dataDir, 'development-jwt-secret')}`);
  }
  logger.log('mint a token: npm run cli -- token --role coordinator --sub coordinator-1 (or --role clinician --sub dr-li --hospital <hospitalId>)');
}

main().catch((error: unknown) => {
  // A start that fails (a database out of reach at start-up) is not to be waited on: the supervisor retries it.
  new Logger('Main').fatal({ err: error }, 'start-up failed');
  process.exit(1);
});
