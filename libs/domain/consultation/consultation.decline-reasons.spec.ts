import { InvalidValue } from '@telemed/domain/core';
import { specFor } from '@telemed/domain/core/decider-spec.testing';
import { consultationDecider, DECLINE_REASON_CODES, type ConsultationEvent, type DeclineReasonCode } from '.';

const given = specFor(consultationDecider);
const now = '2026-03-02T02:00:00.000Z';

const requested: ConsultationEvent = {
  type: 'ConsultationRequested',
  data: {
    consultationId: 'c-1',
    partnershipId: 'p-1',
    pairingId: 'pair-1',
    requestingHospitalId: 'h-kashgar',
    givingHospitalId: 'h-ruijin',
    specialty: 'cardiology',
    urgency: 'routine',
    purpose: 'second opinion',
    caseSummary: 'Male, 58, LVEF 32%',
    patient: { reference: 'KS2-1' },
    consent: { medical: true, dataSharing: true },
    requestedBy: 'dr-aziz',
    requestedAt: '2026-03-02T01:00:00.000Z',
  },
};

const decline = (reasonCode: DeclineReasonCode, reason = 'the echo is too poor to judge') => ({
  type: 'DeclineConsultation' as const,
  reasonCode,
  reason,
  declinedBy: 'e-zhang',
  now,
});

describe('a decline names its reason from the list and in words', () => {
  it.each(DECLINE_REASON_CODES)('records the reason %s with the words that explain it', (reasonCode) => {
    given([requested])
      .when(decline(reasonCode))
      .then([{ type: 'ConsultationDeclined', data: { consultationId: 'c-1', reasonCode, reason: 'the echo is too poor to judge', declinedBy: 'e-zhang', declinedAt: now } }]);
  });

  it('refuses a reason that is not one of the list', () => {
    const error = given([requested]).when(decline('too-busy' as DeclineReasonCode)).thenFails(InvalidValue);
    expect(error.fieldErrors[0].field).toBe('reasonCode');
  });

  it('a decline recorded before reasons were coded still closes the request', () => {
    const declinedLongAgo: ConsultationEvent = { type: 'ConsultationDeclined', data: { consultationId: 'c-1', reason: 'busy', declinedBy: 'e-zhang', declinedAt: now } };
    expect(consultationDecider.evolve(consultationDecider.evolve(consultationDecider.initialState(), requested), declinedLongAgo).status).toBe('declined');
  });
});
