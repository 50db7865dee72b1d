import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mintToken } from '@telemed/auth';
import { BackboneProcess, ensureBuilt, killLeftoverBackbones } from '../recovery/backbone-process';
import { createTestDatabase } from '../support/postgres';
import { agreementTerms } from '../support/network-fixture';

const SECRET = 'two-processes-secret-of-at-least-forty-chars';
const DAY = 86_400_000;

type Json = Record<string, any>;

describe('two API processes on one PostgreSQL database', () => {
  let database: { connectionString: string; drop(): Promise<void> };
  const dirs: string[] = [];
  let processes: BackboneProcess[] = [];
  let urls: string[] = [];
  let coordinator: string;

  async function call(url: string, method: string, path: string, token: string, body?: Json) {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body && { 'content-type': 'application/json' }) },
      ...(body && { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: (await response.json()) as Json };
  }

  async function created(url: string, path: string, token: string, body: Json = {}) {
    const answer = await call(url, 'POST', path, token, body);
    if (answer.status !== 201) throw new Error(`${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body as { id: string; position: string };
  }

  beforeAll(async () => {
    ensureBuilt();
    database = await createTestDatabase();
    const env = {
      EVENT_STORE: 'postgres',
      READ_MODEL_STORE: 'postgres',
      DATABASE_URL: database.connectionString,
      PATIENT_DATA_MASTER_KEY: randomBytes(32).toString('base64'),
      RATE_LIMIT_PER_MINUTE: '0',
    };
    // One after the other: the first creates the schemas, the second finds them.
    for (let i = 0; i < 2; i++) {
      const dir = mkdtempSync(join(tmpdir(), 'telemed-two-processes-'));
      dirs.push(dir);
      const process = new BackboneProcess(dir, SECRET, env);
      processes.push(process);
      urls.push(await process.url);
    }
    coordinator = await mintToken(SECRET, { sub: 'coordinator-1', role: 'coordinator' });
  }, 120_000);

  afterAll(async () => {
    await Promise.all(processes.map((process) => process.stop()));
    await killLeftoverBackbones();
    await database?.drop();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('racing to book one expert from both processes, exactly one booking wins each time', async () => {
    const [a, b] = urls;
    const giving = await created(a, '/v1/hospitals', coordinator, { name: 'Shanghai Renji Hospital', region: 'Shanghai', timezone: 'Asia/Shanghai' });
    const receiving = await created(b, '/v1/hospitals', coordinator, {
      name: "Kashgar No. 2 People's Hospital",
      region: 'Xinjiang',
      timezone: 'Asia/Shanghai',
    });
    const givingDepartment = await created(a, `/v1/hospitals/${giving.id}/departments`, coordinator, { name: 'Cardiology', specialty: 'cardiology' });
    const receivingDepartment = await created(b, `/v1/hospitals/${receiving.id}/departments`, coordinator, { name: 'Cardiology', specialty: 'cardiology' });
    const partnership = await created(a, '/v1/partnerships', coordinator, {
      givingHospitalId: giving.id,
      receivingHospitalId: receiving.id,
      programme: 'group-aid',
      validFrom: new Date(Date.now() - 30 * DAY).toISOString().slice(0, 10),
    });
    await created(b, `/v1/partnerships/${partnership.id}/pairings`, coordinator, {
      givingDepartmentId: givingDepartment.id,
      receivingDepartmentId: receivingDepartment.id,
    });
    await created(a, `/v1/partnerships/${partnership.id}/agreements`, coordinator, {
      ...agreementTerms(giving.id, receiving.id, { validUntil: undefined }),
      validFrom: new Date(Date.now() - 30 * DAY).toISOString().slice(0, 10),
    });
    const expert = await created(a, '/v1/experts', coordinator, {
      name: 'Dr. Chen Jing',
      hospitalId: giving.id,
      departmentId: givingDepartment.id,
      specialty: 'cardiology',
      title: 'chief-physician',
      licensedSince: '2010-09-01',
    });
    const clinician = await mintToken(SECRET, { sub: 'dr-aziz', role: 'clinician', hospitalId: receiving.id });
    const expertToken = await mintToken(SECRET, { sub: expert.id, role: 'expert', hospitalId: giving.id });

    const rounds = 6;
    let wins = 0;
    for (let round = 0; round < rounds; round++) {
      const consultations = [];
      for (const url of [a, b]) {
        const { id } = await created(url, '/v1/consultations', clinician, {
          partnershipId: partnership.id,
          specialty: 'cardiology',
          urgency: 'routine',
          purpose: 'second opinion',
          caseSummary: 'chest pain on exertion',
          patient: { reference: `MRN-${round}-${url.length}` },
          consent: { medical: true, dataSharing: true },
        });
        await created(url, `/v1/consultations/${id}/accept`, expertToken);
        consultations.push(id);
      }
      const start = Date.now() + (round + 2) * DAY;
      const answers = await Promise.all(
        consultations.map((id, index) =>
          call(urls[index], 'POST', `/v1/consultations/${id}/schedule`, expertToken, {
            start: new Date(start + index * 15 * 60_000).toISOString(),
            end: new Date(start + 60 * 60_000 + index * 15 * 60_000).toISOString(),
          }),
        ),
      );
      const statuses = answers.map((answer) => answer.status).sort();
      expect(statuses).toEqual([201, 409]);
      expect(answers.find((answer) => answer.status === 409)!.body.code).toBe('double-booking');
      wins++;
      const head = answers.find((answer) => answer.status === 201)!.body.position as string;
      for (const url of urls) {
        const schedule = await call(url, 'GET', `/v1/experts/${expert.id}/schedule?from=${new Date(start - 3_600_000).toISOString()}&to=${new Date(start + 3 * 3_600_000).toISOString()}&minPosition=${head}`, expertToken);
        expect(schedule.status).toBe(200);
        expect(schedule.body.bookings).toHaveLength(1);
      }
    }
    expect(wins).toBe(rounds);
  }, 120_000);
});
