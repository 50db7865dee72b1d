import supertest from 'supertest';
import { mintToken, type UserRole } from '@telemed/auth';
import type { TestApp } from '../support/test-app';
import { consultationRequest, seedNetwork, type SeededNetwork } from '../support/network-fixture';
import { BackboneProcess } from '../recovery/backbone-process';

export const JWT_SECRET = 'backup-suite-secret-of-at-least-forty-characters';

/** A backbone process reached over HTTP as the network fixture expects a test app to be. */
export function overHttp(url: string): TestApp {
  return {
    http: supertest(url),
    token: (role: UserRole, sub: string, hospitalId?: string) => mintToken(JWT_SECRET, { role, sub, hospitalId }),
  } as unknown as TestApp;
}

export interface Acknowledged {
  id: string;
  reference: string;
}

/**
 * Clinicians of the receiving hospital requesting consultations as fast as answers come back, each
 * for a patient of their own, until stopped; remembers every request the backbone acknowledged.
 */
export class ConsultationLoad {
  readonly acknowledged: Acknowledged[] = [];
  private stopped = false;
  private readonly workers: Promise<void>[] = [];

  constructor(
    private readonly url: string,
    private readonly network: SeededNetwork,
  ) {}

  start(concurrency: number): void {
    for (let worker = 0; worker < concurrency; worker++) this.workers.push(this.run(worker));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.all(this.workers);
  }

  private async run(worker: number): Promise<void> {
    for (let n = 0; !this.stopped; n++) {
      const reference = `KS2-LOAD-${worker}-${n}`;
      const response = await fetch(`${this.url}/v1/consultations`, {
        method: 'POST',
        headers: { authorization: `Bearer ${this.network.tokens.clinician}`, 'content-type': 'application/json' },
        body: JSON.stringify(consultationRequest(this.network, { patient: { reference, sex: 'female', birthDate: '1970-01-01' } })),
      });
      if (response.status !== 201) throw new Error(`a consultation request was answered ${response.status}: ${await response.text()}`);
      const { id } = (await response.json()) as { id: string };
      this.acknowledged.push({ id, reference });
    }
  }
}

export async function startBackbone(dataDir: string, extraEnv: NodeJS.ProcessEnv = {}): Promise<{ backbone: BackboneProcess; url: string }> {
  const backbone = new BackboneProcess(dataDir, JWT_SECRET, extraEnv);
  return { backbone, url: await backbone.url };
}

export { seedNetwork };
