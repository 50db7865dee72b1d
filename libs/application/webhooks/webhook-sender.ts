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

/**
 * Sends one message as Standard Webhooks describes: a POST of the JSON body with `webhook-id`,
 * `webhook-timestamp` (seconds, the wall clock: receivers check it against their own) and
 * `webhook-signature` (`v1,` and the base64 HMAC-SHA256 of `id.timestamp.body` under the endpoint's
 * secret). Any 2xx answer delivers it; anything else, a redirect included, or no answer within the
 * timeout, is a failed attempt.
 */
export async function sendWebhook(url: string, secret: string, message: WebhookMessage, timeoutMs: number, signal?: AbortSignal): Promise<SendOutcome> {
  const sentAt = new Date();
  const signature = new Webhook(secret).sign(message.id, sentAt, message.body);
  const started = performance.now();
  const latency = () => Math.round(performance.now() - started);
  const timeout = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': WEBHOOK_USER_AGENT,
        'webhook-id': message.id,
        'webhook-timestamp': Math.floor(sentAt.getTime() / 1000).toString(),
        'webhook-signature': signature,
      },
      body: message.body,
      redirect: 'manual',
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    });
    await drain(response);
    const delivered = response.status >= 200 && response.status < 300;
    return { delivered, statusCode: response.status, latencyMs: latency(), error: delivered ? null : `HTTP ${response.status}` };
  } catch (error) {
    const reason = timeout.aborted ? `timed out after ${timeoutMs} ms` : signal?.aborted ? 'stopped' : describe(error);
    return { delivered: false, statusCode: null, latencyMs: latency(), error: reason };
  }
}

/** Reads a little of the answer and lets the rest go, so the connection can be reused or closed. */
async function drain(response: Response): Promise<void> {
  const reader = response.body?.getReader();
  if (!reader) return;
  try {
    for (let read = 0; read < ANSWER_BYTES_READ; ) {
      const { done, value } = await reader.read();
      if (done) return;
      read += value.byteLength;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code;
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'host not found';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return 'connection reset';
  if (code?.startsWith('ERR_TLS') || code?.includes('CERT')) return `TLS: ${code}`;
  return (cause?.message ?? (error as Error).message ?? String(error)).slice(0, 200);
}
