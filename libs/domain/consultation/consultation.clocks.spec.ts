import { specFor } from '@telemed/domain/core/decider-spec.testing';
import { consultationDecider, type ConsultationEvent, type RequestConsultation } from '.';
import { acceptedAt, consultationId, questionAskedAt, requestedAt, requestedWith, signedAt, urgentClock } from './consultation.fixtures.testing';

const given = specFor(consultationDecider);
const overdue = (deadline: 'accept' | 'answer', now: string) => ({ type: 'RecordOverdue' as const, deadline, now });

const request = (clock: RequestConsultation['clock']): RequestConsultation => ({
  type: 'RequestConsultation',
  consultationId,
  partnership: { partnershipId: 'partnership-1', givingHospitalId: 'hospital-ruijin', receivingHospitalId: 'hospital-kashgar', active: true, pairingId: 'pairing-1' },
  requestingHospitalId: 'hospital-kashgar',
  specialty: 'cardiology',
  urgency: 'urgent',
  purpose: 'second opinion',
  caseSummary: 'chest pain',
  patient: { reference: 'MRN-1' },
  consent: { medical: true, dataSharing: true },
  requestedBy: 'user-dr-aziz',
  clock,
  now: requestedAt,
});

describe('the response clocks a request carries', () => {
  it('a request under an agreement with targets carries its accept-by and answer-by deadlines', () => {
    given([])
      .when(request({ agreementId: 'agreement-1', acceptMinutes: 30, answerMinutes: 1440 }))
      .then([requestedWith(urgentClock)]);
  });

  it('where the agreement counts only working time, the deadlines fall within the receiving hospital\'s working hours', () => {
    const workingTime = { timeZone: 'Asia/Shanghai', workingHours: { start: '08:00', end: '17:30' } };
    // Monday 09:00 Beijing; one working day of 570 minutes ends Tuesday 09:00; 3 working days end Thursday 09:00
    const [event] = consultationDecider.decide(request({ agreementId: 'agreement-1', acceptMinutes: 570, answerMinutes: 1710, workingTime }), consultationDecider.initialState());
    expect(event.data).toMatchObject({ clock: { acceptBy: '2025-03-11T01:00:00.000Z', answerBy: '2025-03-13T01:00:00.000Z', workingTime } });
  });

  it('a request under an agreement without targets carries no deadlines, and nothing falls overdue', () => {
    given([requestedWith(null)]).when(overdue('accept', '2030-01-01T00:00:00Z')).then([]);
  });
});

describe('recording an overdue deadline', () => {
  it('a request nobody answered by its accept-by deadline is recorded overdue once it has passed', () => {
    given([requestedWith()])
      .when(overdue('accept', '2025-03-10T01:31:00.000Z'))
      .then([{ type: 'ConsultationResponseOverdue', data: { consultationId, dueAt: urgentClock.acceptBy, recordedAt: '2025-03-10T01:31:00.000Z' } }]);
  });

  it('a deadline not yet passed records nothing', () => {
    given([requestedWith()]).when(overdue('accept', '2025-03-10T01:29:59.000Z')).then([]);
  });

  it('an overdue deadline is recorded once: asked again, nothing more is written', () => {
    const first: ConsultationEvent = { type: 'ConsultationResponseOverdue', data: { consultationId, dueAt: urgentClock.acceptBy, recordedAt: '2025-03-10T01:31:00.000Z' } };
    given([requestedWith(), first]).when(overdue('accept', '2025-03-10T02:00:00.000Z')).then([]);
  });

  it('a request accepted in time is never overdue to accept', () => {
    given([requestedWith(), acceptedAt('2025-03-10T01:20:00.000Z')]).when(overdue('accept', '2025-03-10T05:00:00.000Z')).then([]);
  });

  it('an opinion not signed by the answer-by deadline is recorded overdue', () => {
    given([requestedWith(), acceptedAt('2025-03-10T01:20:00.000Z')])
      .when(overdue('answer', '2025-03-11T02:00:00.000Z'))
      .then([{ type: 'ConsultationOpinionOverdue', data: { consultationId, dueAt: urgentClock.answerBy, recordedAt: '2025-03-11T02:00:00.000Z' } }]);
  });

  it('a signed opinion stops the answer clock', () => {
    given([requestedWith(), acceptedAt('2025-03-10T01:20:00.000Z'), signedAt('2025-03-10T09:00:00.000Z')]).when(overdue('answer', '2025-03-12T00:00:00Z')).then([]);
  });

  it('the answer clock is paused while the expert waits for information', () => {
    given([requestedWith(), acceptedAt('2025-03-10T01:20:00.000Z'), questionAskedAt('2025-03-10T02:00:00.000Z')])
      .when(overdue('answer', '2025-03-12T00:00:00Z'))
      .then([]);
  });

  it('a cancelled or declined request falls overdue for nothing', () => {
    const cancelled: ConsultationEvent = {
      type: 'ConsultationCancelled',
      data: { consultationId, reason: 'transferred', previousStatus: 'requested', cancelledBy: 'user-dr-aziz', cancelledAt: '2025-03-10T01:05:00.000Z' },
    };
    const declined: ConsultationEvent = {
      type: 'ConsultationDeclined',
      data: { consultationId, reasonCode: 'capacity', reason: 'none free', declinedBy: 'expert-zhang-wei', declinedAt: '2025-03-10T01:05:00.000Z' },
    };
    for (const ended of [cancelled, declined]) {
      given([requestedWith(), ended]).when(overdue('accept', '2025-03-12T00:00:00Z')).then([]);
      given([requestedWith(), ended]).when(overdue('answer', '2025-03-12T00:00:00Z')).then([]);
    }
  });
});
