import { Option } from 'commander';
import { mintToken, requiresHospital, USER_ROLES, type UserRole } from '@telemed/auth';
import { loadConfig } from '@telemed/runtime';
import { cliCommand, integerIn, required, runs, USAGE_ERROR } from './cli-command';

interface TokenOptions {
  role: UserRole;
  sub: string;
  hospital?: string;
  ttl: number;
}

/** `cli token`: a development token signed as the API verifies it. */
export function tokenCli(env: NodeJS.ProcessEnv = process.env) {
  const command = cliCommand(
    'token',
    'a development token for a role',
    'Mints a development token signed with AUTH_JWT_SECRET, or with the secret generated in DATA_DIR.',
  )
    .addOption(required(new Option('--role <role>', 'the role the token carries').choices(USER_ROLES)))
    .addOption(required(new Option('--sub <user id>', 'the user id; for an expert, the expert id')))
    .option('--hospital <hospital id>', 'the hospital of a clinician or an expert (required for them)')
    .option('--ttl <seconds>', 'how long the token is valid', integerIn(1, 366 * 24 * 3600), 8 * 3600);
  return runs<TokenOptions>(command, async ({ role, sub, hospital, ttl }) => {
    if (requiresHospital(role) && !hospital) {
      console.error(`a ${role} token needs --hospital`);
      return USAGE_ERROR;
    }
    console.log(await mintToken(loadConfig(env).jwtSecret, { sub, role, hospitalId: hospital }, ttl));
    return 0;
  });
}
