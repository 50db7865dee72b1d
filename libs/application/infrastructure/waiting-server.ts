import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { DependencyWaitReport } from '@telemed/runtime';
import { problem } from '../requests/problem-details';

/**
 * While the process waits for its databases, the port already answers: `/health/live` is 200 (the
 * process is fine, restarting it would not help), `/health/ready` is 503 naming the database it
 * waits for, and every other request is 503 `dependency-unavailable` with `Retry-After`.
 */
export class WaitingServer implements DependencyWaitReport {
  private waitingFor: { dependency: string; address: string; error: string } | undefined;

  private constructor(private readonly server: Server) {}

  static async listen(port: number, host: string): Promise<WaitingServer> {
    let waiting: WaitingServer | undefined;
    const server = createServer((request, response) => waiting!.answer(request, response));
    waiting = new WaitingServer(server);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve());
    });
    return waiting;
  }

  get port(): number {
    return (this.server.address() as { port: number }).port;
  }

  report(dependency: string, address: string, error: string): void {
    this.waitingFor = { dependency, address, error };
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private answer(request: IncomingMessage, response: ServerResponse): void {
    const path = (request.url ?? '/').split('?')[0];
    const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
      response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers }).end(JSON.stringify(body));
    if (path === '/health/live') return void json(200, { status: 'live' });
    const waitingFor = this.waitingFor;
    if (path === '/health/ready') {
      const checks = waitingFor
        ? { [waitingFor.dependency]: { ready: false, address: waitingFor.address, error: waitingFor.error } }
        : { startup: { ready: false, error: 'starting' } };
      return void json(503, { status: 'not-ready', checks });
    }
    json(
      503,
      problem(503, 'dependency-unavailable', 'a database the request needs cannot be reached; try again shortly'),
      { 'content-type': 'application/problem+json', 'retry-after': '5' },
    );
  }
}
