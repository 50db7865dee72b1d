import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { type AuthenticatedRequest, authenticateAs, unauthorized } from '../http/auth';
import { HttpProblem, problem } from '@telemed/application/requests/problem-details';
import { StreamTickets, type TicketRefusal } from '@telemed/application/notifications/stream-tickets';

/** The one route a ticket opens. */
const STREAM_ROUTE = '/v1/notifications/stream';

const REFUSALS: Record<TicketRefusal, string> = {
  'stream-ticket-unknown': 'this stream ticket was never issued; ask for one with POST /v1/notifications/tickets',
  'stream-ticket-used': 'this stream ticket has been used already; each opens one stream: ask for a new one',
  'stream-ticket-expired': 'this stream ticket has expired (tickets last 30 seconds); ask for a new one',
};

/**
 * `GET /v1/notifications/stream?ticket=...`: the ticket, used up here, stands for the bearer token
 * (a browser's EventSource sends no header). Its outcome is handed to the guards as the request's
 * authentication, so the rate limit, the 401 and the access policy apply as with a token.
 */
export function installStreamTicketAuthentication(app: NestFastifyApplication): void {
  const tickets = app.get(StreamTickets);
  const logger = new Logger('StreamTickets');
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('preHandler', async (request: AuthenticatedRequest) => {
    if (request.method !== 'GET' || request.routeOptions.url !== STREAM_ROUTE) return;
    const ticket = (request.query as Record<string, unknown> | undefined)?.ticket;
    if (typeof ticket !== 'string') return;
    authenticateAs(
      request,
      tickets.redeem(ticket, 'notification.stream').then(
        (outcome) => {
          if ('refusal' in outcome) return { refusal: unauthorized(REFUSALS[outcome.refusal], outcome.refusal) };
          request.user = outcome.user;
          return outcome;
        },
        (error: unknown) => {
          logger.error({ err: error, requestId: request.id }, 'a stream ticket could not be checked');
          return { refusal: new HttpProblem(problem(503, 'dependency-unavailable', 'the stream ticket could not be checked; retry shortly'), { 'retry-after': '1' }) };
        },
      ),
    );
  });
}
