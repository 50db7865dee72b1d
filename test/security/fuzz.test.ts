import fc from 'fast-check';
import type { Response } from 'supertest';
import type { UserRole } from '@telemed/auth';
import type { PolicyEntry } from '@telemed/application/access/policy';
import { agreementTerms, consultationRequest, created, seedNetwork, type SeededNetwork } from '../support/network-fixture';
import { hourFrom, requestConsultation } from '../support/consultation-steps';
import { startTestApp, type TestApp } from '../support/test-app';
import { isPublic, policyEntryOf, routesOf } from './support/routes';
import {
  exampleOf, fieldsOf, hostileId, hostilePosition, hostileQueryValue, parserRefusals, type RawBody, type SchemaNode, validationRefusals,
} from './support/hostile-inputs';

const SEED = 20_260_302;
const BODY_RUNS = 60;
const ID_RUNS = 20;
const QUERY_RUNS = 30;
const BODY_LIMIT_BYTES = 256 * 1024;

interface Operation {
  requestBody?: { content: Record<string, { schema: SchemaNode }> };
  parameters?: Array<{ name: string; in: string }>;
}

/**
 * Hostile requests against every route of the running application, from a fixed seed: malformed,
 * oversized, wrongly typed and polluting bodies, ids no entity has, queries no parameter accepts.
 * Each must be answered with a 4xx problem document, never a 5xx, and must write nothing.
 */
// Thousands of hostile requests across every route: the time grows with the routes, not with a fault.
jest.setTimeout(240_000);

describe('hostile input is refused with a problem document on every route, and writes nothing', () => {
  let t: TestApp;
  let network: SeededNetwork;
  let routes: string[];
  let paths: Record<string, Record<string, Operation>>;
  let schemas: Record<string, SchemaNode>;
  let realIds: Record<string, string>;
  let tokens: Record<UserRole, string>;
  let casesTried = 0;
  const answers = new Map<number, number>();

  beforeAll(async () => {
    t = await startTestApp({
      env: {
        RATE_LIMIT_PER_MINUTE: '0',
        RATE_LIMIT_ANONYMOUS_PER_MINUTE: '0',
        BODY_LIMIT_BYTES: String(BODY_LIMIT_BYTES),
        // Seals are written on a schedule of their own; held off, the log's head moves only when a request writes.
        AUDIT_SEAL_EVERY_EVENTS: '1000000',
        AUDIT_SEAL_INTERVAL_MS: '86400000',
      },
    });
    network = await seedNetwork(t);
    const consultation = await requestConsultation(t, network);
    const caseReview = await created(t, network.tokens.clinician, '/v1/case-reviews', caseReviewBody());
    const training = await created(t, network.tokens.coordinator, '/v1/training-sessions', trainingBody());
    realIds = {
      hospitals: network.receivingHospitalId,
      partnerships: network.partnershipId,
      experts: network.chiefExpertId,
      consultations: consultation.id,
      'case-reviews': caseReview.id,
      'training-sessions': training.id,
      streams: `consultation-${consultation.id}`,
    };
    tokens = {
      coordinator: network.tokens.coordinator,
      clinician: network.tokens.clinician,
      expert: network.tokens.chiefExpert,
      auditor: network.tokens.auditor,
    };
    routes = routesOf(t.app).filter((route) => !isPublic(route));
    const document = (await t.http.get('/docs-json')).body;
    paths = document.paths;
    schemas = document.components.schemas;
  });

  afterAll(async () => {
    const tally = [...answers].sort(([a], [b]) => a - b).map(([status, count]) => `${status}×${count}`).join(', ');
    console.log(`fuzz: ${casesTried} hostile requests across ${routes.length} routes (seed ${SEED}); answers ${tally}`);
    await t.close();
  });

  const caseReviewBody = () => ({
    partnershipId: network.partnershipId,
    specialties: ['cardiology'],
    purpose: 'plan for refractory heart failure',
    caseSummary: 'Female, 47, NYHA III.',
    patient: { reference: 'KS2-2026-000456' },
    consent: { medical: true, dataSharing: true },
  });
  const trainingBody = () => ({
    partnershipId: network.partnershipId,
    title: 'Reading coronary angiograms',
    format: 'lecture',
    ...hourFrom('2026-03-09T02:00:00Z'),
    trainerExpertIds: [network.chiefExpertId],
  });

  /** A valid body for each write route, so that one hostile part is the only thing wrong with a request. */
  function validBody(route: string, operation: Operation): Record<string, unknown> {
    const slot = hourFrom('2026-03-20T02:00:00Z');
    const bodies: Record<string, () => Record<string, unknown>> = {
      'POST /v1/hospitals': () => ({ name: 'Hotan District People\'s Hospital', region: 'Xinjiang', timezone: 'Asia/Shanghai', workingHours: { start: '09:30', end: '19:00' } }),
      'POST /v1/hospitals/:id/departments': () => ({ name: 'Cardiology', specialty: 'cardiology' }),
      'POST /v1/partnerships': () => ({ givingHospitalId: network.givingHospitalId, receivingHospitalId: network.otherHospitalId, programme: 'group-aid', validFrom: '2026-01-01' }),
      'POST /v1/partnerships/:id/pairings': () => ({ givingDepartmentId: network.givingDepartmentId, receivingDepartmentId: network.receivingDepartmentId }),
      'POST /v1/partnerships/:id/agreements': () => agreementTerms(network.givingHospitalId, network.receivingHospitalId),
      'POST /v1/agreements/:id/amend': () => ({ liability: 'Shared as the law provides.' }),
      'POST /v1/agreements/:id/terminate': () => ({ reason: 'superseded', effectiveAt: '2026-06-30T16:00:00Z' }),
      'POST /v1/experts': () => ({ name: 'Dr. Wang Fang', hospitalId: network.givingHospitalId, departmentId: network.givingDepartmentId, specialty: 'cardiology', title: 'attending-physician', licensedSince: '2015-09-01' }),
      'POST /v1/experts/:id/availability': () => ({ slots: [slot] }),
      'POST /v1/consultations': () => consultationRequest(network),
      'POST /v1/consultations/:id/accept': () => ({ expertId: network.chiefExpertId }),
      'POST /v1/consultations/:id/decline': () => ({ reasonCode: 'capacity', reason: 'no longer needed' }),
      'POST /v1/consultations/:id/opinion': () => ({ opinion: 'Continue current therapy.', recommendations: 'Review in 3 months.' }),
      'POST /v1/case-reviews': caseReviewBody,
      'POST /v1/case-reviews/:id/invitations': () => ({ expertIds: [network.chiefExpertId] }),
      'POST /v1/case-reviews/:id/contributions': () => ({ opinion: 'Optimise therapy.' }),
      'POST /v1/case-reviews/:id/conclude': () => ({ conclusion: 'Optimise therapy.' }),
      'POST /v1/training-sessions': trainingBody,
      'POST /v1/training-sessions/:id/held': () => ({ heldAt: '2026-03-09T02:00:00Z' }),
      'POST /v1/training-sessions/:id/attendance': () => ({ attendees: [{ staffId: 'KS2-N-0412', name: 'Aynur Tursun' }] }),
      'POST /v1/audit/rebuild': () => ({ swap: false }),
    };
    if (bodies[route]) return bodies[route]();
    if (/\/(schedule|reschedule)$/.test(route)) return slot;
    if (/\/(decline|cancel)$/.test(route)) return { reason: 'no longer needed' };
    return exampleOf(bodySchemaOf(operation)!, schemas) as Record<string, unknown>;
  }

  const operationOf = (route: string): Operation => {
    const [method, pattern] = route.split(' ');
    return paths[pattern.replace(/:(\w+)/g, '{$1}')]?.[method.toLowerCase()] ?? {};
  };
  const bodySchemaOf = (operation: Operation) => operation.requestBody?.content['application/json']?.schema;

  /** A role the route's action allows, so that a request gets past the policy to the input checks. */
  function tokenFor(route: string): string {
    const entry = policyEntryOf(route) as PolicyEntry;
    const role = (['coordinator', 'clinician', 'expert', 'auditor'] as UserRole[]).find((candidate) => candidate in entry.roles)!;
    return tokens[role];
  }

  /** The path with real ids, so that a request whose input passed would reach a real case. */
  function realPath(pattern: string): string {
    const segments = pattern.split('/');
    return segments
      .map((segment, index) => {
        if (segment === ':kind') return 'consultations';
        if (segment === ':id' && segments[index - 1] === ':kind') return realIds.consultations;
        return segment.startsWith(':') ? realIds[segments[index - 1]] ?? realIds.consultations : segment;
      })
      .join('/');
  }

  /** Sends one hostile request and fails unless it is refused with a 4xx problem document and the log is untouched. */
  async function expectRefused(route: string, send: () => Promise<Response>, what: string): Promise<void> {
    casesTried++;
    const headBefore = await t.eventCount();
    const response = await send();
    const headAfter = await t.eventCount();
    answers.set(response.status, (answers.get(response.status) ?? 0) + 1);
    const body = response.body as Record<string, unknown>;
    const isProblem =
      /^application\/problem\+json/.test(response.headers['content-type'] ?? '') &&
      ['type', 'title', 'detail', 'code'].every((member) => typeof body?.[member] === 'string') &&
      body.status === response.status;
    if (response.status < 400 || response.status >= 500 || !isProblem || headAfter !== headBefore) {
      throw new Error(
        `${route} (${what}) answered ${response.status} ${response.headers['content-type']}, log ${headBefore} → ${headAfter}: ${JSON.stringify(body).slice(0, 300)}`,
      );
    }
  }

  /** Runs `numRuns` cases from the fixed seed; a failure names the first refused-wrongly request, shortened. */
  async function property<T>(arbitrary: fc.Arbitrary<T>, check: (value: T) => Promise<void>, numRuns: number): Promise<void> {
    const run = await fc.check(fc.asyncProperty(arbitrary, check), { seed: SEED, numRuns, endOnFailure: true });
    if (run.failed) {
      const cause = run.errorInstance instanceof Error ? run.errorInstance.message : String(run.errorInstance);
      throw new Error(`${cause.slice(0, 600)}\n  case: ${JSON.stringify(run.counterexample).slice(0, 400)} (seed ${SEED}, path ${run.counterexamplePath})`);
    }
  }

  it('refuses malformed, oversized, wrongly typed and polluting bodies on every write route', async () => {
    const writes = routes.filter((route) => route.startsWith('POST '));
    expect(writes.length).toBeGreaterThan(25);
    for (const route of writes) {
      const operation = operationOf(route);
      const schema = bodySchemaOf(operation);
      const base = schema ? validBody(route, operation) : {};
      const fields = schema ? fieldsOf(schema, schemas) : [];
      const bodies = fields.length > 0 ? fc.oneof(parserRefusals(base, BODY_LIMIT_BYTES), validationRefusals(base, fields)) : parserRefusals(base, BODY_LIMIT_BYTES);
      const path = realPath(route.split(' ')[1]);
      await property(
        bodies,
        (raw: RawBody) =>
          expectRefused(route, () => t.http.post(path).set('Authorization', `Bearer ${tokenFor(route)}`).set('content-type', raw.contentType).send(raw.body), raw.kind),
        BODY_RUNS,
      );
    }
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('answers ids no entity has with 400 or 404 on every route that takes one, and writes nothing', async () => {
    const withIds = routes.filter((route) => route.includes('/:'));
    expect(withIds.length).toBeGreaterThan(25);
    for (const route of withIds) {
      const [method, pattern] = route.split(' ');
      const operation = operationOf(route);
      const body = bodySchemaOf(operation) ? validBody(route, operation) : undefined;
      await property(
        fc.tuple(hostileId, fc.nat()),
        ([id, which]) => {
          const params = pattern.split('/').filter((segment) => segment.startsWith(':'));
          const target = params[which % params.length];
          const path = realPath(pattern).split('/').map((segment, index) => (pattern.split('/')[index] === target ? id : segment)).join('/');
          const request = method === 'POST' ? t.http.post(path) : t.http.get(path).query({ at: '2026-03-02T08:00:00Z' });
          void request.set('Authorization', `Bearer ${tokenFor(route)}`);
          return expectRefused(route, () => (body === undefined ? request : request.send(body)), `hostile ${target}`);
        },
        ID_RUNS,
      );
    }
  });

  it('refuses query strings no parameter accepts on every read route', async () => {
    const reads = routes.filter((route) => route.startsWith('GET '));
    expect(reads.length).toBeGreaterThan(15);
    for (const route of reads) {
      const declared = (operationOf(route).parameters ?? []).filter((parameter) => parameter.in === 'query').map((parameter) => parameter.name);
      const names = declared.filter((name) => name !== 'minPosition');
      const hostileQuery = fc.oneof(
        hostilePosition.map((value) => ({ kind: 'minPosition', query: `minPosition=${encodeURIComponent(value)}` })),
        ...(names.length > 0
          ? [
              fc.tuple(fc.constantFrom(...names), hostileQueryValue).map(([name, { values }]) => ({
                kind: `hostile ${name}`,
                query: values.map((value) => `${name}=${encodeURIComponent(value)}`).join('&'),
              })),
              fc.constantFrom('__proto__[isAdmin]=1', '__proto__=x', 'constructor=1', 'toString=1', 'unknown=1').map((query) => ({ kind: 'undeclared parameter', query })),
            ]
          : []),
      );
      const path = realPath(route.split(' ')[1]);
      await property(
        hostileQuery,
        ({ kind, query }) => expectRefused(route, () => t.http.get(`${path}?${query}`).set('Authorization', `Bearer ${tokenFor(route)}`), kind),
        QUERY_RUNS,
      );
    }
  });
});
