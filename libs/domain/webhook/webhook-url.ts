import { InvalidValue } from '@telemed/domain/core';

/** Addresses that never leave the machine: plain http is accepted for them, for development. */
const LOOPBACK_HOSTS = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

export const MAX_WEBHOOK_URL_LENGTH = 2000;

const refused = (message: string, params = {}) => new InvalidValue('url', message, 'invalid-webhook-url', params);

/**
 * Why an address cannot receive webhooks, or undefined when it can: https anywhere, plain http only
 * on a loopback address. The address is recorded in the history, so it may carry no user name or
 * password; the signature, not the address, tells the receiver a delivery is genuine.
 */
export function webhookUrlRefusal(url: string): InvalidValue | undefined {
  if (typeof url !== 'string' || url.length > MAX_WEBHOOK_URL_LENGTH) return refused('must be at most {max} characters long', { max: MAX_WEBHOOK_URL_LENGTH });
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return refused('must be an absolute URL');
  }
  const loopbackHttp = parsed.protocol === 'http:' && LOOPBACK_HOSTS.test(parsed.hostname);
  if (parsed.protocol !== 'https:' && !loopbackHttp) return refused('must use https (plain http only for a loopback address)');
  if (parsed.username !== '' || parsed.password !== '') return refused('must not carry a user name or password');
  if (parsed.hash !== '') return refused('must not have a fragment (#...)');
  return undefined;
}
