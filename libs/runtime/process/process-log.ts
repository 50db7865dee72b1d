import type { LogLine } from '@telemed/messaging';

/** One JSON object per line on stdout (errors on stderr), as the deployment's log collector expects. */
export function processLog(service: string): LogLine {
  return (level, message, fields = {}) => {
    const line = JSON.stringify({ time: new Date().toISOString(), level, service, message, ...fields }, (_key, value) =>
      typeof value === 'bigint' ? value.toString() : value instanceof Error ? { name: value.name, message: value.message } : value,
    );
    (level === 'error' ? process.stderr : process.stdout).write(`${line}\n`);
  };
}
