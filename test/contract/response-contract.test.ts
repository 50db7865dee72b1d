import { ResponseContract } from '../support/response-contract';

const document = {
  paths: {
    '/v1/things/{id}': {
      get: {
        responses: {
          '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } },
          '404': { content: { 'application/problem+json': { schema: { type: 'object', required: ['code'], properties: { code: { type: 'string' } } } } } },
        },
      },
    },
  },
  components: {
    schemas: {
      Thing: {
        type: 'object',
        required: ['id', 'endedAt'],
        properties: { id: { type: 'string', format: 'uuid' }, endedAt: { type: 'string', format: 'date-time', nullable: true }, note: { type: 'string' } },
      },
    },
  },
};

const ID = '5f0c1b8e-7a4d-4a53-9a43-0d0d4b6f8a11';
const answer = (status: number, body: unknown, contentType = 'application/json; charset=utf-8') => ({
  method: 'GET',
  route: '/v1/things/:id',
  status,
  contentType,
  body: JSON.stringify(body),
});

describe('the check of answers against the API document', () => {
  const contract = new ResponseContract(document);

  it('accepts an answer the document describes, a null where it allows one and an optional member left out', () => {
    expect(contract.violationOf(answer(200, { id: ID, endedAt: null }))).toBeUndefined();
    expect(contract.violationOf(answer(200, { id: ID, endedAt: '2026-03-02T00:00:00.000Z', note: 'n' }))).toBeUndefined();
    expect(contract.violationOf(answer(404, { code: 'not-found' }, 'application/problem+json; charset=utf-8'))).toBeUndefined();
  });

  it('refuses a member the document does not name, a missing one, and a value of another type or format', () => {
    expect(contract.violationOf(answer(200, { id: ID, endedAt: null, secret: 1 }))).toMatch(/additional properties \(secret\)/);
    expect(contract.violationOf(answer(200, { id: ID }))).toMatch(/endedAt/);
    expect(contract.violationOf(answer(200, { id: 'not-a-uuid', endedAt: null }))).toMatch(/format "uuid"/);
    expect(contract.violationOf(answer(200, { id: ID, endedAt: 7 }))).toMatch(/endedAt/);
  });

  it('refuses a status, a media type or a route the document does not describe', () => {
    expect(contract.violationOf(answer(409, { code: 'conflict' }, 'application/problem+json'))).toMatch(/status is not documented/);
    expect(contract.violationOf(answer(404, { code: 'not-found' }))).toMatch(/application\/json where the document says application\/problem\+json/);
    expect(contract.violationOf({ ...answer(200, {}), route: '/v1/other' })).toMatch(/not in \/docs-json/);
  });
});
