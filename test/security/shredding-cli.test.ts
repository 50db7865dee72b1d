import { rebuildCommand } from '../../apps/cli/src/rebuild.command';
import { erasePatientCommand } from '../../apps/cli/src/erase-patient.command';
import { retentionDueCommand } from '../../apps/cli/src/retention-due.command';
import { post } from '../support/consultation-steps';
import { consultationRequest, created, seedNetwork, type SeededNetwork } from '../support/network-fixture';
import { startTestApp, type TestApp } from '../support/test-app';

const REFERENCE = 'KS2-2026-009917';

describe('cli erase-patient, and cli rebuild of a log that holds encrypted patient data', () => {
  let t: TestApp;
  let network: SeededNetwork;
  let env: NodeJS.ProcessEnv;
  let printed: string[];
  let complained: string[];

  beforeAll(async () => {
    t = await startTestApp();
    network = await seedNetwork(t);
    await created(t, network.tokens.clinician, '/v1/consultations', consultationRequest(network, { patient: { reference: REFERENCE, name: 'Rukiye Ghojam' } }));
    env = { DATA_DIR: t.dataDir, AUTH_JWT_SECRET: 'x'.repeat(40) };
  }, 60_000);

  afterAll(() => t.close());

  beforeEach(() => {
    printed = [];
    complained = [];
    jest.spyOn(console, 'log').mockImplementation((line: string) => void printed.push(line));
    jest.spyOn(console, 'error').mockImplementation((line: string) => void complained.push(line));
  });

  afterEach(() => jest.restoreAllMocks());

  const erase = (reference: string) =>
    erasePatientCommand(['--hospital', network.receivingHospitalId, '--reference', reference, '--reason', 'retention period over'], env);

  it('refuses (exit 1) a patient whose records are within the retention period, naming when they may be erased', async () => {
    expect(await erase(REFERENCE)).toBe(1);
    expect(complained.join('\n')).toMatch(/must be kept for 30 years after their last recorded activity: they may be erased after 2056-/);
    expect(complained.join('\n')).not.toContain(REFERENCE);
    expect(printed).toEqual([]);
  });

  it('refuses (exit 1) a patient it has no data of, and asks for every option (exit 2)', async () => {
    expect(await erase('KS2-0000-000000')).toBe(1);
    expect(complained).toEqual(['no data of a patient with this reference at this hospital is recorded']);
    expect(await erasePatientCommand(['--hospital', network.receivingHospitalId], env)).toBe(2);
  });

  it('refuses (exit 1) a patient under legal hold, naming the hold, and erases nothing', async () => {
    const hold = await post(t, network.tokens.coordinator, '/v1/patients/holds', { hospitalId: network.receivingHospitalId, reference: REFERENCE, reason: 'inquiry 2026-3 by the health commission' });
    expect(hold.status).toBe(201);
    expect(await erase(REFERENCE)).toBe(1);
    expect(complained).toEqual([`the patient's records are under legal hold (${hold.body.id}): they may not be erased until it is released`]);
    expect(printed).toEqual([]);
  });

  it('lists no patient past retention while their records are younger than the retention period', async () => {
    expect(await retentionDueCommand(['--data-dir', t.dataDir], env)).toBe(0);
    expect(JSON.parse(printed.join('\n'))).toMatchObject({ retentionYears: 30, items: [] });
  });

  it('rebuilds read models equal to the live ones: the rebuild decrypts as the backbone does', async () => {
    expect(await rebuildCommand(['--data-dir', t.dataDir])).toBe(0);
    expect(JSON.parse(printed[printed.length - 1])).toMatchObject({ equal: true, differences: [] });
  });
});
