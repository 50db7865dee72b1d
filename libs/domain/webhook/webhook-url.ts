/** Addresses that never leave the machine: plain http is accepted for them, for development. */
const LOOPBACK_HOSTS = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

export const MAX_WEBHOOK_URL_LENGTH = 2000;

/**
 * Why an address cannot receive webhooks, or undefined when it can: https anywhere, plain http only
 * on a loopback address. The address is recorded in the history, so it may carry no user name or
 * password; the signature, not the address, tells the receiver a delivery is genuine.
 */
export function webhookUrlProblem(url: string): string | undefined {
  if (url.length > MAX_WEBHOOK_URL_LENGTH) return `must be at most ${MAX_WEBHOOK_URL_LENGTH} characters long`;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'must be an absolute URL';
  }
  if (parsed.protocol === 'http:' && !LOOPBACK_HOSTS.test(parsed.hostname)) return 'must use https (plain http only for a loopback address)';
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return 'must use https (plain http only for a loopback address)';
  if (parsed.username !== '' || parsed.password !== '') return 'must not carry a user name or password';
  if (parsed.hash !== '') return 'must not have a fragment (#...)';
  return undefined;
}
