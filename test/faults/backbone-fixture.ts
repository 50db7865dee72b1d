import supertest from 'supertest';
import { mintToken, type UserRole } from '@telemed/auth';
import { consultationRequest, seedNetwork, type SeededNetwork } from '../support/network-fixture';
import type { TestApp } from '../support/test-app';

/** Settings every fault suite's backbone shares: no rate limit (the load is the test), a short request timeout. */
export const FAULT_SUITE_ENV = {
  RATE_LIMIT_PER_MINUTE: '0',
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: '0',
  SERVER_REQUEST_TIMEOUT_MS: '10000',
  LOG_LEVEL: 'info',
};

/** The network of the API suites, seeded over HTTP into a backbone running in its own process. */
export async function seedNetworkOver(url: string, jwtSecret: string): Promise<SeededNetwork> {
  const overHttp = {
    http: supertest(url),
    token: (role: UserRole, sub: string, hospitalId?: string) => mintToken(jwtSecret, { role, sub, hospitalId }),
  } as unknown as TestApp;
  return seedNetwork(overHttp);
}

/** A consultation request of its own patient each time. */
export function consultationBody(network: SeededNetwork): () => object {
  let patient = 0;
  return () =>
    consultationRequest(network, { patient: { reference: `KS2-FAULT-${String(++patient).padStart(6, '0')}`, sex: 'female', birthDate: '1971-05-14' } });
}

/** Lines of the process log that report an error nobody handled. */
export function unhandledErrorsIn(log: string): string[] {
  return log.split('\n').filter((line) => /unhandled rejection|uncaught exception|Unhandled 'error' event|unhandled error/i.test(line));
}
