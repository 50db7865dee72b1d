import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createJsonLogger, startTracing } from '@telemed/observability';
import { join } from 'node:path';
import { ConfigError, DependencyWaitExpired, loadConfig, startupDependencies, waitForDependencies } from '@telemed/runtime';
import { createApp } from './create-app';
import { NewerSchemaVersion } from '@telemed/event-store/event-store.errors';
import { WaitingServer } from '@telemed/application/infrastructure/waiting-server';

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
  // Before the app is built: its HTTP server, command bus and event store are traced only when this is on.
  await startTracing(config.tracing);
  // A database that is not reachable yet is waited for (STARTUP_WAIT_SECONDS), the port answering
  // meanwhile: live, not ready, naming what it waits for.
  const dependencies = startupDependencies(config);
  let waiting: WaitingServer | undefined;
  if (dependencies.length > 0) {
    const startup = createJsonLogger({ level: config.observability.logLevel, service: 'api' }).child({ context: 'Startup' });
    waiting = await WaitingServer.listen(config.port, config.host);
    startup.info({ port: waiting.port }, `answering probes on port ${waiting.port} while waiting for ${dependencies.map((dependency) => dependency.name).join(', ')}`);
    try {
      await waitForDependencies(dependencies, config.startupWaitSeconds, {
        waiting: (fields) => startup.warn(fields, `waiting for ${fields.dependency} at ${fields.address} (attempt ${fields.attempt}, next in ${fields.retryInMs} ms)`),
        reached: (fields) => startup.info(fields, `${fields.dependency} at ${fields.address} answers after ${fields.waitedMs} ms`),
      }, waiting);
    } catch (error) {
      await waiting.close();
      if (error instanceof DependencyWaitExpired) {
        startup.fatal({ dependency: error.dependency, address: error.address }, `giving up: ${error.message}`);
        process.exit(1);
      }
      throw error;
    }
  }
  let app;
  try {
    app = await createApp(config);
  } catch (error) {
    await waiting?.close();
    // A downgrade: data written by a newer release is never read by an older one.
    if (error instanceof NewerSchemaVersion) {
      console.error(`refusing to start: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
  // PORT=0: the port picked while waiting stays the process's port.
  const port = waiting && config.port === 0 ? waiting.port : config.port;
  await waiting?.close();
  await app.listen(port, config.host);
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
  if (config.clockOffsetMinutes > 0) {
    logger.warn(`the clock runs ${config.clockOffsetMinutes} minutes ahead of this machine's (DEVELOPMENT_CLOCK_OFFSET_MINUTES): every business time recorded is shifted`);
  }
  if (config.jwtSecretGenerated) {
    logger.log(`development tokens are signed with the secret in ${join(config.dataDir, 'development-jwt-secret')}`);
  }
  logger.log('mint a token: npm run cli -- token --role coordinator --sub coordinator-1 (or --role clinician --sub dr-li --hospital <hospitalId>)');
}

main().catch((error: unknown) => {
  // A start that fails otherwise (a database that went away again while the app was built, a wrong
  // password) exits non-zero for the supervisor to restart it.
  new Logger('Main').fatal({ err: error }, 'start-up failed');
  process.exit(1);
});
