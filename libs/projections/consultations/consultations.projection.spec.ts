import { openProjectionTestbed, RecordedHistory, type ProjectionTestbed } from '../projection.testing';
import { consultationsProjection } from './consultations.projection';

const requested = (consultationId: string) => ({
  type: 'ConsultationRequested',
  data: {
    consultationId,
    partnershipId: 'p-1',
    pairingId: 'pair-1',
    requestingHospitalId: 'h-kashgar',
    givingHospitalId: 'h-ruijin',
    specialty: 'cardiology',
    urgency: 'routine',
    purpose: 'second opinion',
    caseSummary: 'Male, 58',
    patient: { reference: `KS2-${consultationId}` },
    consent: { medical: true, dataSharing: true },
    requestedBy: 'dr-aziz',
    requestedAt: '2026-03-02T01:00:00.000Z',
  },
});

describe('the consultations read model', () => {
  let testbed: ProjectionTestbed;

  beforeEach(async () => {
    testbed = await openProjectionTestbed([consultationsProjection]);
  });
  afterEach(() => testbed.close());

  const row = (id: string) => testbed.readModels.get<Record<string, unknown>>('SELECT * FROM consultations WHERE id = ?', [id]);

  it('shows a decline’s reason code and words, and reads a decline recorded before reasons were coded as “other”', async () => {
    const history = new RecordedHistory();
    history.record('consultation-c-new', [
      requested('c-new'),
      { type: 'ConsultationDeclined', data: { consultationId: 'c-new', reasonCode: 'outside-specialty', reason: 'a case for the hepatobiliary team', declinedBy: 'e-zhang', declinedAt: '2026-03-02T02:00:00.000Z' } },
    ]);
    history.record('consultation-c-old', [
      requested('c-old'),
      { type: 'ConsultationDeclined', data: { consultationId: 'c-old', reason: 'busy', declinedBy: 'e-zhang', declinedAt: '2026-03-02T02:00:00.000Z' } },
    ]);
    await testbed.apply(history.all);

    expect(await row('c-new')).toMatchObject({ status: 'declined', decline_reason_code: 'outside-specialty', decline_reason: 'a case for the hepatobiliary team' });
    expect(await row('c-old')).toMatchObject({ status: 'declined', decline_reason_code: 'other', decline_reason: 'busy' });
  });

  it('keeps the expert a request is addressed to', async () => {
    const history = new RecordedHistory();
    const named = requested('c-named');
    history.record('consultation-c-named', [{ ...named, data: { ...named.data, requestedExpertId: 'e-li' } }]);
    await testbed.apply(history.all);

    expect(await row('c-named')).toMatchObject({ status: 'requested', requested_expert_id: 'e-li' });
  });
});
