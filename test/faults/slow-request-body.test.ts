import { connect } from 'node:net';
import { startTestApp, type TestApp } from '../support/test-app';

const REQUEST_TIMEOUT_MS = 1500;

/** Sends a JSON body one byte every `everyMs`, never finishing; answers the status line and when it came. */
function dribbleBody(port: number, token: string, everyMs: number): Promise<{ statusLine: string; afterMs: number }> {
  return new Promise((resolve, reject) => {
    const began = Date.now();
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    let timer: NodeJS.Timeout | undefined;
    // A server that never answers must not hold the suite open.
    socket.setTimeout(8000, () => socket.destroy());
    socket.on('connect', () => {
      socket.write(
        `POST /v1/hospitals HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${token}\r\n` +
          'Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n{',
      );
      timer = setInterval(() => socket.writable && socket.write(' '), everyMs);
    });
    socket.on('data', (chunk) => {
      answer += chunk.toString('utf8');
    });
    socket.on('close', () => {
      clearInterval(timer);
      resolve({ statusLine: answer.split('\r\n')[0], afterMs: Date.now() - began });
    });
    socket.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
  });
}

describe('a request that arrives too slowly', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ env: { SERVER_REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS) } });
  });

  afterAll(() => t.close());

  it('is answered 408 at the documented request timeout, not a checking interval later', async () => {
    const port = (t.app.getHttpServer().address() as { port: number }).port;
    const coordinator = await t.token('coordinator', 'coordinator-slow');
    const { statusLine, afterMs } = await dribbleBody(port, coordinator, 100);
    expect(statusLine).toBe('HTTP/1.1 408 Request Timeout');
    // Node looks for expired requests once per checking interval: it must be a small part of the timeout.
    expect(afterMs).toBeGreaterThanOrEqual(REQUEST_TIMEOUT_MS);
    expect(afterMs).toBeLessThan(REQUEST_TIMEOUT_MS * 1.5);
  }, 10_000);
});
