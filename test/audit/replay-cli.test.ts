import { randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';
import { AccessLog, accessOf } from '@telemed/audit';
import { created, seedNetwork, type SeededNetwork } from '../support/network-fixture';
import { requestConsultation } from '../support/consultation-steps';
import { ensureCliBuilt, printedLines, runBuiltCli } from '../support/cli-process';
import { startTestApp, type TestApp } from '../support/test-app';

const REASON = 'outside my subspecialty: needs paediatric cardiology';

describe('cli replay', () => {
  let t: TestApp;
  let network: SeededNetwork;
  let declinedId: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    ensureCliBuilt();
    t = await startTestApp();
    network = await seedNetwork(t);
    declinedId = (await requestConsultation(t, network)).id;
    await created(t, network.tokens.chiefExpert, `/v1/consultations/${declinedId}/decline`, { reasonCode: 'capacity', reason: REASON });
    env = { DATA_DIR: t.dataDir, AUTH_JWT_SECRET: 'x'.repeat(40) };
  }, 300_000);

  afterAll(() => t.close());

  const replayedAccesses = async () =>
    (await t.app.get(AccessLog).readAll({ after: 0n, maxCount: 10_000 })).events
      .map(accessOf)
      .filter((access) => access.action === 'replay' && access.userId === `os:${userInfo().username}`);

  it('replays the stream of a case given by its raw id', async () => {
    const byId = await runBuiltCli(['replay', '--stream', declinedId], env);
    const byStream = await runBuiltCli(['replay', '--stream', `consultation-${declinedId}`], env);
    expect(byId.code).toBe(0);
    expect(printedLines(byId).map((event) => [event.streamId, event.type])).toEqual([
      [`consultation-${declinedId}`, 'ConsultationRequested'],
      [`consultation-${declinedId}`, 'ConsultationDeclined'],
    ]);
    expect(byId.stdout).toBe(byStream.stdout);
  }, 60_000);

  it('a stream the log does not hold is an error saying so (exit 1), not an empty success', async () => {
    const missing = randomUUID();
    const run = await runBuiltCli(['replay', '--stream', missing], env);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`no stream ${missing} in the log`);
  }, 30_000);

  it('prints decline reasons as stored (encrypted) without --decrypt, and records no access', async () => {
    const before = (await replayedAccesses()).length;
    const run = await runBuiltCli(['replay', '--type', 'ConsultationDeclined', '--stream', declinedId], env);
    expect(run.code).toBe(0);
    const [declined] = printedLines(run) as Array<{ data: { reason: string } }>;
    expect(declined.data.reason).toMatch(/^enc:v1:/);
    expect(await replayedAccesses()).toHaveLength(before);
  }, 30_000);

  it('--decrypt prints the reasons in clear with the data directory\'s keys, and records the replay in the access trail', async () => {
    const before = (await replayedAccesses()).length;
    const run = await runBuiltCli(['replay', '--type', 'ConsultationDeclined', '--decrypt'], env);
    expect(run.code).toBe(0);
    const declined = printedLines(run) as Array<{ streamId: string; data: { reason: string } }>;
    expect(declined.find((event) => event.streamId === `consultation-${declinedId}`)?.data.reason).toBe(REASON);
    expect(run.stdout).not.toContain('enc:v1:');
    const recorded = (await replayedAccesses()).slice(before);
    expect(recorded).toEqual([expect.objectContaining({ action: 'replay', kind: 'consultations', caseId: declinedId, role: 'system', outcome: 'allowed' })]);
  }, 30_000);

  it('--decrypt with PATIENT_DATA_MASTER_KEY that is not the log\'s refuses (exit 1) and prints nothing', async () => {
    const run = await runBuiltCli(['replay', '--stream', declinedId, '--decrypt'], { ...env, PATIENT_DATA_MASTER_KEY: Buffer.alloc(32, 7).toString('base64') });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
  }, 30_000);
});
