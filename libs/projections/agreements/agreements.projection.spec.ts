import { agreementDecider, partnershipAgreementsStreamId, type AgreementTerms } from '@telemed/domain/agreement';
import type { PartnershipState } from '@telemed/domain/partnership';
import { openProjectionTestbed, RecordedHistory, type ProjectionTestbed } from '../projection.testing';
import { agreementsProjection, type AgreementRow } from './agreements.projection';

const partnership: PartnershipState = {
  status: 'established',
  partnershipId: 'p-1',
  givingHospitalId: 'h-shanghai',
  receivingHospitalId: 'h-kashgar',
  programme: 'group-aid',
  validFrom: '2026-01-01',
  pairings: {},
};

const terms: AgreementTerms = {
  services: ['consultation'],
  validFrom: '2026-01-01',
  validUntil: '2026-12-31',
  responseTargets: { urgent: { acceptMinutes: 30, answerMinutes: 1440 }, routine: { acceptMinutes: 480, answerMinutes: 4320 } },
  workingTimeOnly: false,
  fees: [{ service: 'consultation', amount: 200, currency: 'CNY', givingShare: 0.6 }],
  signatories: [
    { hospitalId: 'h-shanghai', name: 'Wang Jun', signedAt: '2025-12-20T02:00:00Z' },
    { hospitalId: 'h-kashgar', name: 'Aysha Tursun', signedAt: '2025-12-21T02:00:00Z' },
  ],
};

describe('the agreements read model', () => {
  let testbed: ProjectionTestbed;
  const stream = partnershipAgreementsStreamId('p-1');

  beforeEach(async () => {
    testbed = await openProjectionTestbed([agreementsProjection]);
  });
  afterEach(() => testbed.close());

  const row = (id: string) => testbed.readModels.get<AgreementRow>('SELECT * FROM agreements WHERE id = ?', [id]);

  it('shows a signed agreement in effect with its terms', async () => {
    const history = new RecordedHistory();
    history.decide(stream, agreementDecider, { type: 'RegisterAgreement', agreementId: 'a-1', partnership, terms, registeredBy: 'coord', now: '2026-01-02T00:00:00Z' });
    await testbed.apply(history.all);

    const agreement = await row('a-1');
    expect(agreement).toMatchObject({ partnership_id: 'p-1', status: 'in-effect', valid_from: '2026-01-01', valid_until: '2026-12-31', registered_at: '2026-01-02T00:00:00Z' });
    expect(JSON.parse(agreement!.terms)).toEqual(terms);
  });

  it('takes the amended terms and then the termination', async () => {
    const history = new RecordedHistory();
    history.decide(stream, agreementDecider, { type: 'RegisterAgreement', agreementId: 'a-1', partnership, terms, registeredBy: 'coord', now: '2026-01-02T00:00:00Z' });
    history.decide(stream, agreementDecider, {
      type: 'AmendAgreement',
      agreementId: 'a-1',
      partnership,
      changes: { validUntil: '2027-12-31', services: ['consultation', 'training'] },
      amendedBy: 'coord',
      now: '2026-03-01T00:00:00Z',
    });
    history.decide(stream, agreementDecider, {
      type: 'TerminateAgreement',
      agreementId: 'a-1',
      reason: 'the partnership ends early',
      effectiveAt: '2026-09-30T16:00:00Z',
      terminatedBy: 'coord',
      now: '2026-09-01T00:00:00Z',
    });
    await testbed.apply(history.all);

    const agreement = await row('a-1');
    expect(agreement).toMatchObject({
      status: 'terminated',
      valid_until: '2027-12-31',
      amended_at: '2026-03-01T00:00:00Z',
      termination_reason: 'the partnership ends early',
      termination_effective_at: '2026-09-30T16:00:00Z',
      terminated_at: '2026-09-01T00:00:00Z',
    });
    expect(JSON.parse(agreement!.terms).services).toEqual(['consultation', 'training']);
  });
});
