import { createJsonLogger, JsonNestLogger } from '@telemed/observability';
import { HOSPITAL, startObservedApp, type ObservedApp } from './observability-app';

/** Details only a patient record would hold; none may reach the log. */
const PATIENT_NAME = 'Patient-Marker-Abdukerim-Tursun';
const PATIENT_QUERY = 'KS2-2026-777001';

describe('the JSON request log', () => {
  let t: ObservedApp;
  let token: string;

  beforeAll(async () => {
    t = await startObservedApp();
    token = await t.coordinatorToken();
  });

  afterAll(() => t.close());

  const requestLines = (requestId: string) =>
    t.logLines().filter((line) => line.context === 'HTTP' && line.requestId === requestId);

  it('writes every line as one JSON object with a level, a time and the service', () => {
    const lines = t.logLines();
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line).toEqual(expect.objectContaining({ level: expect.any(String), time: expect.any(String), service: 'api' }));
    }
  });

  it('logs a request once, with its request id, correlation id, method, route pattern, status and duration', async () => {
    const response = await t.http
      .post('/v1/hospitals')
      .set('Authorization', `Bearer ${token}`)
      .set('x-request-id', 'req-observed-1')
      .set('x-correlation-id', 'referral-batch-42')
      .send({ ...HOSPITAL, name: `Renji ${PATIENT_NAME}` });
    expect(response.status).toBe(201);

    expect(requestLines('req-observed-1')).toEqual([
      expect.objectContaining({
        level: 'info',
        requestId: 'req-observed-1',
        correlationId: 'referral-batch-42',
        method: 'POST',
        route: '/v1/hospitals',
        status: 201,
        durationMs: expect.any(Number),
      }),
    ]);
  });

  it('uses the request id as correlation id when the caller sends none', async () => {
    const response = await t.http.get('/v1/hospitals').set('Authorization', `Bearer ${token}`);
    const requestId = response.headers['x-request-id'];
    expect(requestLines(requestId)).toEqual([expect.objectContaining({ correlationId: requestId, route: '/v1/hospitals', status: 200 })]);
  });

  it('never logs the Authorization header, a request body or a query string', async () => {
    const response = await t.http
      .get(`/v1/consultations?patientReference=${PATIENT_QUERY}`)
      .set('Authorization', `Bearer ${token}`);
    const [line] = requestLines(response.headers['x-request-id']);
    expect(line).toEqual(expect.objectContaining({ route: '/v1/consultations', method: 'GET' }));

    const log = t.rawLog();
    expect(log).not.toContain(token);
    expect(log.toLowerCase()).not.toContain('authorization');
    expect(log).not.toContain('Bearer');
    expect(log).not.toContain(PATIENT_NAME);
    expect(log).not.toContain(PATIENT_QUERY);
  });

  it('names unknown paths "unmatched" instead of echoing them', async () => {
    const response = await t.http.get(`/no-such-route/${PATIENT_QUERY}`);
    expect(response.status).toBe(404);
    expect(requestLines(response.headers['x-request-id'])).toEqual([expect.objectContaining({ route: 'unmatched', status: 404 })]);
    expect(t.rawLog()).not.toContain(PATIENT_QUERY);
  });
});

describe('Nest log calls through the JSON logger', () => {
  const capture = (level: 'info' | 'warn' = 'info') => {
    const lines: string[] = [];
    const logger = new JsonNestLogger(createJsonLogger({ level, service: 'test', destination: { write: (line) => void lines.push(line) } }));
    return { logger, lines: () => lines.map((line) => JSON.parse(line)) };
  };

  it('keeps the context, the fields of an object message and the error', () => {
    const { logger, lines } = capture();
    logger.error({ err: new Error('disk full'), requestId: 'r-1' }, 'unhandled error', 'HTTP');
    expect(lines()).toEqual([
      expect.objectContaining({ level: 'error', context: 'HTTP', requestId: 'r-1', msg: 'unhandled error', err: expect.objectContaining({ message: 'disk full' }) }),
    ]);
  });

  it('drops lines below LOG_LEVEL and demotes the start-up route listing to debug', () => {
    const { logger, lines } = capture('warn');
    logger.log('read models resume from position 0', 'Projections');
    logger.log('Mapped {/v1/hospitals, POST} route', 'RouterExplorer');
    logger.warn('seal is late', 'Audit');
    expect(lines()).toEqual([expect.objectContaining({ level: 'warn', context: 'Audit', msg: 'seal is late' })]);
  });
});
