import { chainHash, withoutIntegrity } from '@telemed/audit';
import {
  parseNdjson,
  toNdjson,
  verifyCaseExport,
  type CaseExportEvent,
  type CaseExportRecord,
  type CaseExportSeal,
} from '../../libs/audit/export';
import { caseHistoryFixture, type CaseHistoryFixture } from '../../libs/audit/export/case-history.testing';

const copy = (records: CaseExportRecord[]): CaseExportRecord[] => JSON.parse(JSON.stringify(records));
const eventsOf = (records: CaseExportRecord[]) => records.filter((record): record is CaseExportEvent => record.record === 'event');
const sealsOf = (records: CaseExportRecord[]) => records.filter((record): record is CaseExportSeal => record.record === 'seal');

/** What a forger with write access to the export but not to the signing key would do: re-chain every hash. */
function rechain(records: CaseExportRecord[]): void {
  let previousHash: string | undefined;
  for (const { envelope } of eventsOf(records)) {
    const integrity = envelope.metadata.integrity!;
    previousHash ??= integrity.previousHash;
    const { globalPosition: _position, recordedAt: _recordedAt, metadata, ...content } = envelope;
    const hash = chainHash(previousHash, { ...content, metadata: withoutIntegrity(metadata as unknown as Record<string, unknown>) });
    envelope.metadata.integrity = { previousHash, hash };
    previousHash = hash;
  }
}

describe('verifying a case export offline', () => {
  let history: CaseHistoryFixture;
  let consultation: CaseExportRecord[];
  let training: CaseExportRecord[];

  beforeAll(async () => {
    history = await caseHistoryFixture();
    consultation = await history.exportOf('consultation', history.consultationId);
    training = await history.exportOf('training-session', history.trainingSessionId);
  });

  afterAll(() => history.close());

  const verify = (records: unknown[]) => verifyCaseExport(records, history.signer.publicKey);

  it('an untouched export verifies, every event sealed, also after a trip through NDJSON', () => {
    const report = verify(parseNdjson(toNdjson(consultation)));
    expect(report).toEqual({ ok: true, keyId: history.signer.keyId, eventsChecked: 3, eventsSealed: 3, sealsChecked: 1, unsealedPositions: [] });
  });

  it('an event written after the last seal is reported unsealed, its chain still checked', () => {
    const [planned, held] = eventsOf(training);
    expect(held.proof).toBeNull();
    expect(verify(training)).toMatchObject({ ok: true, eventsChecked: 2, eventsSealed: 1, unsealedPositions: [held.envelope.globalPosition] });
    const forged = copy(training);
    (eventsOf(forged)[1].envelope.data as { heldBy: string }).heldBy = 'someone-else';
    expect(verify(forged).firstBreak).toEqual({ position: held.envelope.globalPosition, reason: 'the event was altered after it was written: its hash does not match' });
    expect(planned.proof).not.toBeNull();
  });

  it('an export that leaves out the first event of the stream is refused: an export starts at revision 0', () => {
    const partial = copy(consultation).filter((record) => record.record !== 'event' || record.envelope.streamRevision !== 0);
    expect(verify(partial).firstBreak).toEqual({
      position: eventsOf(consultation)[1].envelope.globalPosition,
      reason: 'stream revision 1 where 0 was expected: the export must hold every event of the stream, from its first',
    });
  });

  it('an event left out of the middle is named at the event that follows the gap', () => {
    const gap = copy(consultation).filter((record) => record.record !== 'event' || record.envelope.streamRevision !== 1);
    expect(verify(gap).firstBreak?.position).toBe(eventsOf(consultation)[2].envelope.globalPosition);
  });

  it('a consistently re-chained forgery is caught by the seal at the altered event, even when it claims to be unsealed', () => {
    const forged = copy(consultation);
    const accepted = eventsOf(forged)[1];
    (accepted.envelope.data as { expertId: string }).expertId = 'expert-impostor';
    accepted.proof = null;
    rechain(forged);
    expect(verify(forged).firstBreak).toEqual({
      position: accepted.envelope.globalPosition,
      reason: `the event at position ${accepted.envelope.globalPosition} is not the one seal 1 lists there: it was altered or replaced`,
    });
  });

  it('a seal whose digests were rewritten to match a forgery no longer carries a valid signature', () => {
    const forged = copy(consultation);
    const [seal] = sealsOf(forged);
    seal.seal.digests = seal.seal.digests.replace(/^./, (digit) => (digit === '0' ? '1' : '0'));
    expect(verify(forged).firstBreak).toEqual({ position: seal.position, reason: 'seal 1 does not carry a valid signature of the given public key' });
  });

  it('an export whose proofs name a seal it does not hold is broken; one stripped of seals and proofs proves only its chain', () => {
    const withoutSeals = copy(consultation).filter((record) => record.record !== 'seal');
    const first = eventsOf(withoutSeals)[0];
    expect(verify(withoutSeals).firstBreak).toEqual({
      position: first.envelope.globalPosition,
      reason: `the event's proof names seal 1 at position ${sealsOf(consultation)[0].position}, which the export does not hold as covering it`,
    });
    for (const event of eventsOf(withoutSeals)) event.proof = null;
    expect(verify(withoutSeals)).toMatchObject({ ok: true, eventsChecked: 3, eventsSealed: 0, sealsChecked: 0 });
  });

  it('an event of another stream cannot be slipped into the export', () => {
    const mixed = copy(consultation);
    const intruder = eventsOf(training)[0];
    mixed.splice(2, 0, copy([intruder])[0]);
    expect(verify(mixed).firstBreak).toEqual({
      position: intruder.envelope.globalPosition,
      reason: `the event belongs to training-session-${history.trainingSessionId}, not to the exported consultation-${history.consultationId}`,
    });
  });

  it('what is not an export is said to be so', () => {
    expect(verify([]).firstBreak).toEqual({ position: '0', reason: 'the export does not begin with its header' });
    expect(verify(consultation.slice(1)).firstBreak?.reason).toBe('the export does not begin with its header');
    expect(verify([consultation[0]]).firstBreak?.reason).toBe('the export holds no event of the case');
    expect(verify([...consultation, { record: 'note' }]).firstBreak?.reason).toBe(`record ${consultation.length + 1} of the export is neither an event nor a seal`);
    expect(() => parseNdjson(`${toNdjson(consultation)}{"record":\n`)).toThrow(`line ${consultation.length + 1} of the export is not JSON`);
  });
});
