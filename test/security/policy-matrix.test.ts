import type { IncomingMessage } from 'node:http';
import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { randomUUID } from 'node:crypto';
import type { UserRole } from '@telemed/auth';
import { PolicyGuard } from '../../apps/api/src/http/policy/allow';
import { HttpProblem } from '@telemed/application/requests/problem-details';
import { expectProblem } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';
import { isPublic, pathOf, POLICY_ROUTES, policyEntryOf, routesOf } from './support/routes';

type Caller = UserRole | 'no token';
const CALLERS: Caller[] = ['coordinator', 'clinician', 'expert', 'auditor', 'no token'];

/**
 * Every route against every role. Paths name an id nothing has (the expert's token names the same id
 * as its own, so `self` holds) and bodies are empty: a role the policy allows is then answered 2xx,
 * 400 or 404, never 401 or 403, and one it does not name is answered 403 before anything is read.
 */
describe('one access policy decides who may call every route', () => {
  const id = randomUUID();
  const hospitalId = randomUUID();
  let t: TestApp;
  let routes: string[];
  let tokens: Record<Caller, string | undefined>;

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '0', RATE_LIMIT_ANONYMOUS_PER_MINUTE: '0' } });
    routes = routesOf(t.app);
    tokens = {
      coordinator: await t.token('coordinator', 'coordinator-matrix'),
      clinician: await t.token('clinician', 'clinician-matrix', hospitalId),
      expert: await t.token('expert', id, hospitalId),
      auditor: await t.token('auditor', 'auditor-matrix'),
      'no token': undefined,
    };
  });

  afterAll(() => t.close());

  it('finds every route of the running server in the policy, or among the few public ones', () => {
    expect(routes.length).toBeGreaterThan(45);
    expect(routes.filter((route) => !isPublic(route) && !policyEntryOf(route))).toEqual([]);
  });

  it('names no route in the policy that the server does not have', () => {
    expect(POLICY_ROUTES.map(([route]) => route).filter((route) => !routes.includes(route))).toEqual([]);
  });

  it('publishes each route\'s action and roles in the OpenAPI document, as the policy states them', async () => {
    const document = await t.http.get('/docs-json');
    const paths = document.body.paths as Record<string, Record<string, { 'x-policy'?: { action: string; roles: object } }>>;
    const documented = POLICY_ROUTES.map(([route, entry]) => {
      const [method, pattern] = route.split(' ');
      const operation = paths[pattern.replace(/:(\w+)/g, '{$1}')]?.[method.toLowerCase()];
      return { route, policy: operation?.['x-policy'] ?? null, expected: { action: entry.action, roles: entry.roles } };
    });
    expect(documented.filter(({ policy, expected }) => JSON.stringify(policy) !== JSON.stringify(expected))).toEqual([]);
  });

  it('answers the public probes without a token', async () => {
    expect((await t.http.get('/health')).status).toBe(200);
    expect(routes.filter(isPublic)).toEqual(expect.arrayContaining(['GET /health', 'GET /docs', 'GET /docs-json']));
  });

  /** An event stream never ends: an answer that opens one is judged by its status, then dropped. */
  function untilEventStream(response: IncomingMessage, callback: (error: Error | null, body: unknown) => void) {
    if (/^text\/event-stream/.test(response.headers['content-type'] ?? '')) {
      response.destroy();
      return callback(null, {});
    }
    let text = '';
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => (text += chunk));
    response.on('end', () => callback(null, text === '' ? {} : JSON.parse(text)));
  }

  it.each(POLICY_ROUTES)('%s answers each role as the policy says', async (route, entry) => {
    const [method, pattern] = route.split(' ');
    const expected: Record<string, string> = {};
    const answered: Record<string, string> = {};
    const headBefore = await t.eventCount();
    for (const caller of CALLERS) {
      const request = method === 'POST' ? t.http.post(pathOf(pattern, id)) : method === 'DELETE' ? t.http.delete(pathOf(pattern, id)) : t.http.get(pathOf(pattern, id));
      if (entry.action === 'notification.stream') void request.buffer(true).parse(untilEventStream as never);
      if (tokens[caller]) void request.set('Authorization', `Bearer ${tokens[caller]}`);
      const response = method === 'POST' ? await request.send({}) : await request;
      const allowed = caller !== 'no token' && caller in entry.roles;
      expected[caller] = caller === 'no token' ? '401' : allowed ? 'allowed' : '403';
      answered[caller] = response.status === 401 || response.status === 403 ? String(response.status) : response.status < 500 ? 'allowed' : `${response.status}`;
      if (expected[caller] === '401') expectProblem(response, 401, 'unauthenticated');
      if (expected[caller] === '403') expectProblem(response, 403, 'role-not-allowed');
    }
    expect({ route, answered }).toEqual({ route, answered: expected });
    expect(await t.eventCount()).toBe(headBefore);
  });

  it('refuses every role a route that names no action of the policy', () => {
    const guard = new PolicyGuard(new Reflector());
    class UnlistedController {
      unlisted() {}
    }
    const context = {
      getHandler: () => UnlistedController.prototype.unlisted,
      getClass: () => UnlistedController,
      switchToHttp: () => ({ getRequest: () => ({ user: { userId: 'coordinator-1', role: 'coordinator' } }) }),
    } as unknown as ExecutionContext;
    const refusal = (() => {
      try {
        return guard.canActivate(context);
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(HttpProblem);
    expect((refusal as HttpProblem).problem).toMatchObject({ status: 403, code: 'no-policy' });
  });
});
