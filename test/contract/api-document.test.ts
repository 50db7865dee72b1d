import { createConfig, lintFromString } from '@redocly/openapi-core';
import { startTestApp, type TestApp } from '../support/test-app';

type Json = Record<string, any>;
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/** Every operation of the document, as `METHOD /path` with its object. */
function operationsOf(document: Json): Array<[string, Json]> {
  return Object.entries(document.paths as Json).flatMap(([path, item]) =>
    Object.entries(item as Json)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, operation]): [string, Json] => [`${method.toUpperCase()} ${path}`, operation]),
  );
}

describe('the API document at /docs-json', () => {
  let t: TestApp;
  let document: Json;
  let text: string;

  beforeAll(async () => {
    // The development mode serves every route, the development sign-in among them.
    t = await startTestApp({ developmentMode: true });
    const answer = await t.http.get('/docs-json').expect(200);
    text = answer.text;
    document = answer.body;
  });

  afterAll(() => t.close());

  it("passes Redocly's recommended lint rules with no error", async () => {
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({ source: text, absoluteRef: 'docs.json', config });
    const errors = problems
      .filter((problem) => problem.severity === 'error')
      .map((problem) => `${problem.ruleId}: ${problem.message} at ${problem.location[0]?.pointer}`);
    expect(errors).toEqual([]);
  });

  it('gives every operation a summary, a tag, an operation id and its security', () => {
    const incomplete = operationsOf(document)
      .filter(([, operation]) => !operation.summary || !operation.tags?.length || !operation.operationId || !Array.isArray(operation.security))
      .map(([name]) => name);
    expect(incomplete).toEqual([]);
  });

  it('describes the body of every success answer with a schema', () => {
    const undescribed = operationsOf(document).flatMap(([name, operation]) =>
      Object.entries(operation.responses as Json)
        // 204 No Content has, by its definition, no body to describe.
        .filter(([status]) => status.startsWith('2') && status !== '204')
        .filter(([, response]) => !response.content || Object.values(response.content as Json).some((media) => !media.schema))
        .map(([status]) => `${name} ${status}`),
    );
    expect(undescribed).toEqual([]);
    expect(operationsOf(document).filter(([, operation]) => !Object.keys(operation.responses).some((status) => status.startsWith('2')))).toEqual([]);
  });

  it('answers every error of every operation as a problem document of the one shared schema', () => {
    const problemRef = '#/components/schemas/Problem';
    expect(document.components.schemas.Problem.required).toEqual(['type', 'title', 'status', 'detail', 'code']);
    const strays = operationsOf(document).flatMap(([name, operation]) =>
      Object.entries(operation.responses as Json)
        .filter(([status]) => /^[45]/.test(status))
        .filter(([, response]) => response.content?.['application/problem+json']?.schema?.$ref !== problemRef)
        .map(([status]) => `${name} ${status}`),
    );
    expect(strays).toEqual([]);
  });

  it('documents 400 on every operation, 401 and 403 on every one that needs a token, and 413, 415 and 507 on writes with a body', () => {
    const missing = operationsOf(document).flatMap(([name, operation]) => {
      const statuses = Object.keys(operation.responses);
      const needsToken = operation.security.some((requirement: Json) => 'bearer' in requirement);
      const wanted = ['400', ...(needsToken ? ['401', '403', '429'] : [])];
      if (operation.requestBody && needsToken) wanted.push('409', '413', '415', '507');
      return wanted.filter((status) => !statuses.includes(status)).map((status) => `${name} ${status}`);
    });
    expect(missing).toEqual([]);
  });

  it('describes the body of every POST but the seven that act on the path alone', () => {
    const posts = operationsOf(document).filter(([name]) => name.startsWith('POST'));
    expect(posts.filter(([, operation]) => !operation.requestBody).map(([name]) => name).sort()).toEqual([
      'POST /v1/audit/seal',
      'POST /v1/audit/verify',
      'POST /v1/case-reviews/{id}/accept',
      'POST /v1/case-reviews/{id}/start',
      'POST /v1/consultations/{id}/start',
      'POST /v1/notifications/tickets',
      'POST /v1/webhooks/{id}/enable',
    ]);
    for (const [, operation] of posts.filter(([, operation]) => operation.requestBody)) {
      expect(operation.requestBody.content['application/json'].schema).toBeDefined();
    }
  });

  it('describes uploads as multipart with a binary file, and each download in the media types it is answered in', () => {
    for (const kind of ['consultations', 'case-reviews']) {
      const attach = document.paths[`/v1/${kind}/{id}/materials`].post;
      expect(Object.keys(attach.requestBody.content).sort()).toEqual(['application/json', 'multipart/form-data']);
      expect(attach.requestBody.content['multipart/form-data'].schema.properties.file).toMatchObject({ type: 'string', format: 'binary' });
      expect(attach.requestBody.content['multipart/form-data'].schema.required).toEqual(['file']);
      expect(attach.responses['413'].description).toContain('material-too-large');
      expect(attach.responses['415'].description).toContain('material-type-not-allowed');
      const download = document.paths[`/v1/${kind}/{id}/materials/{materialId}`].get;
      expect(download.responses['200'].content).toEqual({ '*/*': { schema: expect.objectContaining({ type: 'string', format: 'binary' }) } });
      expect(Object.keys(download.responses)).toEqual(expect.arrayContaining(['409', '410', '500']));
    }
    const report = document.paths['/v1/reports/programme'].get.responses['200'].content;
    expect(Object.keys(report)).toEqual(['application/json', 'text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']);
    expect(report['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'].schema.format).toBe('binary');
    const credits = document.paths['/v1/hospitals/{id}/training-credits'].get.responses['200'].content;
    expect(Object.keys(credits)).toEqual(['application/json', 'text/csv']);
  });
});
