import type { Response } from 'supertest';
import type { TestApp } from './test-app';

/**
 * The answer is an RFC 9457 problem document with this status and code; when `fields` are given,
 * `errors` names each of them.
 */
export function expectProblem(response: Response, status: number, code?: string, fields: string[] = []): void {
  expect({ status: response.status, contentType: response.headers['content-type'] }).toEqual({
    status,
    contentType: expect.stringMatching(/^application\/problem\+json/),
  });
  expect(response.body).toEqual(
    expect.objectContaining({
      type: expect.any(String),
      title: expect.any(String),
      status,
      detail: expect.any(String),
      code: code ?? expect.any(String),
    }),
  );
  if (fields.length > 0) {
    const named = (response.body.errors ?? []).map((error: { field: string }) => error.field);
    expect(named).toEqual(expect.arrayContaining(fields));
  }
}

/** Runs `act` and fails unless the log holds exactly as many events afterwards as before. */
export async function withoutWriting<Result>(t: TestApp, act: () => Promise<Result>): Promise<Result> {
  const before = await t.eventCount();
  const result = await act();
  expect(await t.eventCount()).toBe(before);
  return result;
}
