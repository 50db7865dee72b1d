import { parseArgs } from 'node:util';
import { isUserRole, mintToken, requiresHospital, USER_ROLES } from '@telemed/auth';
import { loadConfig } from '../../api/src/config/app-config';

export const TOKEN_USAGE = `usage: cli token --role <${USER_ROLES.join('|')}> --sub <user id> [--hospital <hospital id>] [--ttl <seconds>]
  Mints a development token signed with AUTH_JWT_SECRET, or with the secret generated in DATA_DIR.
  For an expert, --sub is the expert id.`;

export async function tokenCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { role: { type: 'string' }, sub: { type: 'string' }, hospital: { type: 'string' }, ttl: { type: 'string' } },
    strict: true,
  });
  const problems: string[] = [];
  if (!isUserRole(values.role)) problems.push(`--role must be one of ${USER_ROLES.join(', ')}`);
  if (!values.sub) problems.push('--sub is required');
  if (isUserRole(values.role) && requiresHospital(values.role) && !values.hospital) problems.push(`a ${values.role} token needs --hospital`);
  const ttl = values.ttl === undefined ? 8 * 3600 : Number(values.ttl);
  if (!Number.isInteger(ttl) || ttl <= 0) problems.push('--ttl must be a positive number of seconds');
  if (problems.length > 0 || !isUserRole(values.role) || !values.sub) {
    console.error([...problems, TOKEN_USAGE].join('\n'));
    return 2;
  }
  const config = loadConfig();
  console.log(await mintToken(config.jwtSecret, { sub: values.sub, role: values.role, hospitalId: values.hospital }, ttl));
  return 0;
}
