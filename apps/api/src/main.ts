import 'reflect-metadata';
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
  console.log(`telemed-backbone listening on ${url} (embedded: SQLite in ${config.dataDir})`);
  console.log(`  API documentation: ${url}/docs`);
  if (config.jwtSecretGenerated) {
    console.log(`  development tokens are signed with the secret in ${join(config.dataDir, 'development-jwt-secret')}`);
  }
  console.log('  mint a token:  npm run cli -- token --role coordinator --sub coordinator-1');
  console.log('                 npm run cli -- token --role clinician --sub dr-li --hospital <hospitalId>');
}

void main();
