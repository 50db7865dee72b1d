import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { Webhook } from 'standardwebhooks';
import type { WebhookMessage } from './webhook-messages';

export interface SendOutcome {
  delivered: boolean;
  statusCode: number | null;
  latencyMs: number;
  /** Why an attempt failed, in a few words: `HTTP 503`, `timed out after 10000 ms`, `connection refused`. */
  error: string | null;
}

export const WEBHOOK_USER_AGENT = 'telemed-backbone-webhooks/1';
/** What is read of a receiver's answer: its status is what counts; a body is not kept. */
const ANSWER_BYTES_READ = 4096;

/** Connections to receivers are kept open between deliveries: most endpoints receive many in a row. */
const AGENTS = {
  'http:': new HttpAgent({ keepAlive: true, maxSockets: 64 }),
  'https:': new HttpsAgent({ keepAlive: true, maxSockets: 64 }),
};

/**
 * Sends one message as Standard Webhooks describes: a POST of the JSON body with `webhook-id`,
 * `webhook-timestamp` (seconds, the wall clock: receivers check it against their own) and
 * `webhook-signature` (`v1,` and the base64 HMAC-SHA256 of `id.timestamp.body` under the endpoint's
 * secret). Any 2xx answer delivers it; anything else, a redirect included (never followed), or no
 * whole answer within the timeout, is a failed attempt.
 */
export function sendWebhook(url: string, secret: string, message: WebhookMessage, timeoutMs: number, signal?: AbortSignal): Promise<SendOutcome> {
  const sentAt = new Date();
  const signature = new Webhook(secret).sign(message.id, sentAt, message.body);
  const body = Buffer.from(message.body, 'utf8');
  const target = new URL(url);
  const secure = target.protocol === 'https:';
  const started = performance.now();
  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: Omit<SendOutcome, 'latencyMs'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', stop);
      resolve({ ...outcome, latencyMs: Math.round(performance.now() - started) });
    };
    const answered = (response: IncomingMessage) => {
      const status = response.statusCode ?? 0;
      const delivered = status >= 200 && status < 300;
      let read = 0;
      const done = () => finish({ delivered, statusCode: status, error: delivered ? null : `HTTP ${status}` });
      response.on('data', (chunk: Buffer) => {
        read += chunk.length;
        if (read > ANSWER_BYTES_READ) response.destroy();
      });
      response.on('end', done);
      response.on('close', done);
      response.on('error', done);
    };
    const request = (secure ? httpsRequest : httpRequest)(
      target,
      {
        method: 'POST',
        agent: secure ? AGENTS['https:'] : AGENTS['http:'],
        headers: {
          'content-type': 'application/json',
          'content-length': body.length,
          'user-agent': WEBHOOK_USER_AGENT,
          'webhook-id': message.id,
          'webhook-timestamp': Math.floor(sentAt.getTime() / 1000).toString(),
          'webhook-signature': signature,
        },
      },
      answered,
    );
    const timer = setTimeout(() => {
      finish({ delivered: false, statusCode: null, error: `timed out after ${timeoutMs} ms` });
      request.destroy();
    }, timeoutMs);
    const stop = () => {
      finish({ delivered: false, statusCode: null, error: 'stopped' });
      request.destroy();
    };
    if (signal?.aborted) return stop();
    signal?.addEventListener('abort', stop, { once: true });
    request.on('error', (error) => finish({ delivered: false, statusCode: null, error: describe(error) }));
    request.end(body);
  });
}

function describe(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ECONNREFUSED':
      return 'connection refused';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'host not found';
    case 'ECONNRESET':
    case 'EPIPE':
      return 'connection reset';
    default:
      if (error.code?.startsWith('ERR_TLS') || error.code?.includes('CERT')) return `TLS: ${error.code}`;
      return (error.message ?? String(error)).slice(0, 200);
  }
}
