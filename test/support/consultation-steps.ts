import type { Response } from 'supertest';
import { consultationRequest, created, type SeededNetwork, type Written } from './network-fixture';
import type { TestApp } from './test-app';

/** GETs as the holder of `token`, waiting for the read models to reach `position` when one is given. */
export function read(t: TestApp, token: string, path: string, position?: string): Promise<Response> {
  const request = t.http.get(path).set('Authorization', `Bearer ${token}`);
  return position === undefined ? request : request.query({ minPosition: position });
}

/** POSTs as the holder of `token` and answers the raw response, for tests that expect a refusal. */
export function post(t: TestApp, token: string, path: string, body: object = {}): Promise<Response> {
  return t.http.post(path).set('Authorization', `Bearer ${token}`).send(body);
}

/** A one-hour slot starting at `startIso`. */
export function hourFrom(startIso: string): { start: string; end: string } {
  const start = new Date(startIso);
  return { start: start.toISOString(), end: new Date(start.getTime() + 3_600_000).toISOString() };
}

export function requestConsultation(t: TestApp, network: SeededNetwork, overrides: Record<string, unknown> = {}): Promise<Written> {
  return created(t, network.tokens.clinician, '/v1/consultations', consultationRequest(network, overrides));
}

/** A consultation the given expert (chief physician unless told) has accepted. */
export async function acceptedConsultation(t: TestApp, network: SeededNetwork, expertToken = network.tokens.chiefExpert): Promise<Written> {
  const { id } = await requestConsultation(t, network);
  return created(t, expertToken, `/v1/consultations/${id}/accept`);
}

/** A consultation accepted by the given expert and booked into their calendar for `slot`. */
export async function scheduledConsultation(
  t: TestApp,
  network: SeededNetwork,
  slot: { start: string; end: string },
  expertToken = network.tokens.chiefExpert,
): Promise<Written> {
  const { id } = await acceptedConsultation(t, network, expertToken);
  return created(t, expertToken, `/v1/consultations/${id}/schedule`, slot);
}

/** A consultation the chief physician has accepted, scheduled, held and signed. */
export async function completedConsultation(t: TestApp, network: SeededNetwork, slot: { start: string; end: string }): Promise<Written> {
  const { id } = await scheduledConsultation(t, network, slot);
  await created(t, network.tokens.chiefExpert, `/v1/consultations/${id}/start`);
  return created(t, network.tokens.chiefExpert, `/v1/consultations/${id}/opinion`, { opinion: 'Optimise guideline-directed therapy.' });
}
