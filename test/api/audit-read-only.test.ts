import { randomUUID } from 'node:crypto';
import { AccessLog, SEAL_STREAM } from '@telemed/audit';
import type { EventStore } from '@telemed/event-store/event-store.port';
import { EVENT_STORE } from '@telemed/application/infrastructure/tokens';
import { created, seedNetwork, type SeededNetwork } from '../support/network-fixture';
import { hourFrom, post, requestConsultation } from '../support/consultation-steps';
import { expectProblem } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * POSTs an auditor may make because they change no record: verifying the history, comparing a
 * rebuild of the read models with the live ones, and a ticket that opens their own notification
 * stream once. Every other write route must refuse the auditor.
 */
const AUDITOR_CHECKS = new Map([
  ['POST /v1/audit/verify', 200],
  ['POST /v1/audit/rebuild', 200],
  ['POST /v1/notifications/tickets', 201],
]);

/**
 * Every route of the running server, from the Fastify router itself (`printRoutes`), so a route
 * added by any controller, or straight on Fastify, is seen. Each line of the tree is a path segment
 * below its parent, e.g. `│   └── /:id (GET, HEAD)`.
 */
function routesOf(tree: string): string[] {
  const prefixes: string[] = [];
  const routes: string[] = [];
  for (const line of tree.split('\n')) {
    const match = /^((?:[│ ] {3})*)[├└]── (.+?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!match) continue;
    const depth = match[1].length / 4;
    prefixes.length = depth;
    const path = (prefixes[depth - 1] ?? '') + match[2];
    prefixes.push(path);
    for (const method of (match[3] ?? '').split(', ').filter(Boolean)) routes.push(`${method} ${path}`);
  }
  return routes;
}

describe('an auditor reads everything and can write nothing', () => {
  let t: TestApp;
  let network: SeededNetwork;
  let writeRoutes: string[];
  let idsByCollection: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-03-02T00:00:00Z' });
    network = await seedNetwork(t);
    const { tokens } = network;
    const consultation = await requestConsultation(t, network);
    const caseReview = await created(t, tokens.clinician, '/v1/case-reviews', {
      partnershipId: network.partnershipId,
      specialties: ['cardiology'],
      purpose: 'plan for refractory heart failure',
      caseSummary: 'Female, 47, NYHA III.',
      patient: { reference: 'KS2-2026-000456' },
      consent: { medical: true, dataSharing: true },
    });
    const training = await created(t, tokens.coordinator, '/v1/training-sessions', {
      partnershipId: network.partnershipId,
      title: 'Reading coronary angiograms',
      format: 'lecture',
      ...hourFrom('2026-03-09T02:00:00Z'),
      trainerExpertIds: [network.chiefExpertId],
    });
    // Real ids, so a route that forgot its role check would reach a real entity, not a 404.
    idsByCollection = {
      hospitals: network.receivingHospitalId,
      partnerships: network.partnershipId,
      experts: network.chiefExpertId,
      consultations: consultation.id,
      'case-reviews': caseReview.id,
      'training-sessions': training.id,
    };
    const router = t.app.getHttpAdapter().getInstance();
    writeRoutes = routesOf(router.printRoutes({ commonPrefix: false })).filter((route) => !READ_METHODS.has(route.split(' ')[0]));
  });

  afterAll(() => t.close());

  /** A concrete URL for a route pattern: each `:param` replaced by the id of a real entity of that collection. */
  function urlOf(pattern: string): string {
    const segments = pattern.split('/');
    return segments.map((segment, index) => (segment.startsWith(':') ? (idsByCollection[segments[index - 1]] ?? randomUUID()) : segment)).join('/');
  }

  /** Events written after `position`, leaving out the seals the backbone writes on its own schedule. */
  async function writtenAfter(position: bigint): Promise<string[]> {
    const slice = await t.app.get<EventStore>(EVENT_STORE).readAll({ after: position, maxCount: 10_000 });
    return slice.events.filter((event) => event.streamId !== SEAL_STREAM).map((event) => `${event.streamId} ${event.type}`);
  }

  async function accessTrailLength(): Promise<number> {
    return (await t.app.get(AccessLog).readAll({ after: 0n, maxCount: 10_000 })).events.length;
  }

  it('finds every write route of the running server, those of the documentation included', async () => {
    expect(writeRoutes).toEqual(
      expect.arrayContaining([
        'POST /v1/hospitals',
        'POST /v1/experts/:id/availability',
        'POST /v1/consultations',
        'POST /v1/consultations/:id/opinion',
        'POST /v1/case-reviews/:id/conclude',
        'POST /v1/training-sessions/:id/attendance',
      ]),
    );
    const document = await t.http.get('/docs-json');
    expect(document.status).toBe(200);
    const documented = Object.entries(document.body.paths as Record<string, Record<string, unknown>>).flatMap(([path, operations]) =>
      Object.keys(operations)
        .map((method) => method.toUpperCase())
        .filter((method) => !READ_METHODS.has(method))
        .map((method) => `${method} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    expect(documented.length).toBeGreaterThan(20);
    expect(writeRoutes).toEqual(expect.arrayContaining(documented));
  });

  it('refuses the auditor every write route with 403, and nothing is written', async () => {
    const head = await t.app.get<EventStore>(EVENT_STORE).headPosition();
    const trailBefore = await accessTrailLength();
    const answers: Record<string, number> = {};
    for (const route of writeRoutes.filter((route) => !AUDITOR_CHECKS.has(route))) {
      const [method, pattern] = route.split(' ');
      const response = await t.http[method.toLowerCase() as 'post'](urlOf(pattern))
        .set('Authorization', `Bearer ${network.tokens.auditor}`)
        .send({});
      answers[route] = response.status;
    }
    expect(Object.keys(answers).length).toBeGreaterThan(25);
    expect(Object.entries(answers).filter(([, status]) => status !== 403)).toEqual([]);
    expect(await writtenAfter(head)).toEqual([]);
    expect(await accessTrailLength()).toBe(trailBefore);
  });

  it('lets the auditor verify the history and compare a rebuild, writing nothing to the log', async () => {
    const head = await t.app.get<EventStore>(EVENT_STORE).headPosition();
    for (const [route, status] of AUDITOR_CHECKS) {
      if (!writeRoutes.includes(route)) continue;
      const response = await post(t, network.tokens.auditor, urlOf(route.split(' ')[1]));
      expect({ route, status: response.status }).toEqual({ route, status });
    }
    if (writeRoutes.includes('POST /v1/audit/rebuild')) {
      expectProblem(await post(t, network.tokens.auditor, '/v1/audit/rebuild', { swap: true }), 403);
    }
    expect(await writtenAfter(head)).toEqual([]);
  });
});
