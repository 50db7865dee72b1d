import { IllegalTransition, InvalidValue, foldEvents } from '@telemed/domain/core';
import { specFor } from '@telemed/domain/core/decider-spec.testing';
import { OutsideSpecialty, type ExpertTitle } from '@telemed/domain/expert';
import {
  ConsultationEvent,
  ConsultationStatus,
  NotAssignedExpert,
  NotGivingHospital,
  NotReceivingHospital,
  PartnershipInactive,
  RequestConsultation,
  SpecialtyNotCovered,
  TitleBelowRequested,
  consultationDecider,
} from '.';

const given = specFor(consultationDecider);

const consultationId = 'consultation-0001';
const giving = 'hospital-ruijin-shanghai';
const receiving = 'hospital-kashgar-no2';
const expertId = 'expert-zhang-wei';
const otherExpertId = 'expert-li-na';

const requestedAt = '2025-03-10T01:00:00.000Z';
const acceptedAt = '2025-03-10T02:00:00.000Z';
const scheduledAt = '2025-03-10T03:00:00.000Z';
const slot = { start: '2025-03-11T02:00:00.000Z', end: '2025-03-11T03:00:00.000Z' };
const startedAt = slot.start;
const signedAt = '2025-03-11T02:50:00.000Z';

const partnership = {
  partnershipId: 'partnership-ruijin-kashgar',
  givingHospitalId: giving,
  receivingHospitalId: receiving,
  active: true,
  pairingId: 'pairing-cardiology',
};

function requestCommand(overrides: Partial<RequestConsultation> = {}): RequestConsultation {
  return {
    type: 'RequestConsultation',
    consultationId,
    partnership,
    requestingHospitalId: receiving,
    specialty: 'cardiology',
    urgency: 'urgent',
    purpose: 'second opinion on valve replacement',
    caseSummary: '62-year-old with severe aortic stenosis, NYHA III',
    requestedTitle: 'associate-chief-physician',
    patient: { reference: 'MRN-778812', sex: 'male', age: 62 },
    consent: { medical: true, dataSharing: true },
    requestedBy: 'user-dr-aziz',
    now: requestedAt,
    ...overrides,
  };
}

function requested(overrides: Partial<Extract<ConsultationEvent, { type: 'ConsultationRequested' }>['data']> = {}): ConsultationEvent {
  return {
    type: 'ConsultationRequested',
    data: {
      consultationId,
      partnershipId: partnership.partnershipId,
      pairingId: partnership.pairingId,
      requestingHospitalId: receiving,
      givingHospitalId: giving,
      specialty: 'cardiology',
      urgency: 'urgent',
      purpose: 'second opinion on valve replacement',
      caseSummary: '62-year-old with severe aortic stenosis, NYHA III',
      requestedTitle: 'associate-chief-physician',
      patient: { reference: 'MRN-778812', sex: 'male', age: 62 },
      consent: { medical: true, dataSharing: true },
      requestedBy: 'user-dr-aziz',
      requestedAt,
      ...overrides,
    },
  };
}

const accepted: ConsultationEvent = {
  type: 'ConsultationAccepted',
  data: { consultationId, expertId, acceptedBy: 'user-zhang-wei', acceptedAt },
};
const declined: ConsultationEvent = {
  type: 'ConsultationDeclined',
  data: { consultationId, reasonCode: 'capacity', reason: 'no cardiac surgeon available this week', declinedBy: 'user-zhang-wei', declinedAt: acceptedAt },
};
const scheduled: ConsultationEvent = {
  type: 'ConsultationScheduled',
  data: { consultationId, expertId, ...slot, scheduledBy: 'user-coordinator', scheduledAt },
};
const started: ConsultationEvent = {
  type: 'ConsultationStarted',
  data: { consultationId, startedBy: 'user-zhang-wei', startedAt },
};
const opinionSigned: ConsultationEvent = {
  type: 'ConsultationOpinionSigned',
  data: { consultationId, expertId, opinion: 'transcatheter replacement advised', signedBy: 'user-zhang-wei', signedAt },
};
const cancelledWhileRequested: ConsultationEvent = {
  type: 'ConsultationCancelled',
  data: { consultationId, reason: 'patient transferred', previousStatus: 'requested', cancelledBy: 'user-dr-aziz', cancelledAt: acceptedAt },
};

const questionAsked: ConsultationEvent = {
  type: 'ConsultationInformationRequested',
  data: { consultationId, questionId: 'question-1', question: 'latest echo?', previousStatus: 'accepted', askedBy: expertId, askedAt: acceptedAt },
};

const history = {
  requested: [requested()],
  accepted: [requested(), accepted],
  'information-requested': [requested(), accepted, questionAsked],
  declined: [requested(), declined],
  scheduled: [requested(), accepted, scheduled],
  'in-progress': [requested(), accepted, scheduled, started],
  completed: [requested(), accepted, scheduled, started, opinionSigned],
  cancelled: [requested(), cancelledWhileRequested],
} satisfies Record<ConsultationStatus, ConsultationEvent[]>;

const acceptBy = (title: ExpertTitle, hospitalId = giving, id = expertId, practice = { specialty: 'cardiology', departmentId: 'ruijin-cardiology' }) => ({
  type: 'AcceptConsultation' as const,
  expert: { expertId: id, hospitalId, title, ...practice },
  pairedDepartmentIds: ['ruijin-cardiology'],
  acceptedBy: 'user-zhang-wei',
  now: acceptedAt,
});

const scheduleAt = (start: string, end: string, now = scheduledAt) => ({
  type: 'ScheduleConsultation' as const,
  slot: { start, end },
  scheduledBy: 'user-coordinator',
  now,
});

const signBy = (signer: string, opinion = 'transcatheter replacement advised', recommendations?: string) => ({
  type: 'SignOpinion' as const,
  expertId: signer,
  opinion,
  ...(recommendations !== undefined && { recommendations }),
  signedBy: 'user-zhang-wei',
  now: signedAt,
});

const cancelBecause = (reason: string) => ({
  type: 'CancelConsultation' as const,
  reason,
  cancelledBy: 'user-dr-aziz',
  now: '2025-03-11T01:00:00.000Z',
});

describe('requesting a remote consultation', () => {
  it('a receiving hospital requests a consultation with consent, purpose, case summary and the title it needs', () => {
    given([]).when(requestCommand()).then([requested()]);
  });

  it('a request may leave the expert title open', () => {
    const { requestedTitle: _omitted, ...withoutTitle } = requested().data as Record<string, unknown>;
    given([])
      .when(requestCommand({ requestedTitle: undefined }))
      .then([{ type: 'ConsultationRequested', data: withoutTitle } as ConsultationEvent]);
  });

  it('the giving hospital cannot request a consultation from itself', () => {
    given([]).when(requestCommand({ requestingHospitalId: giving })).thenFails(NotReceivingHospital, 'not-receiving-hospital');
  });

  it('a hospital outside the partnership cannot request a consultation under it', () => {
    given([])
      .when(requestCommand({ requestingHospitalId: 'hospital-shigatse' }))
      .thenFails(NotReceivingHospital, 'not-receiving-hospital');
  });

  it('no consultation can be requested under an inactive partnership', () => {
    given([])
      .when(requestCommand({ partnership: { ...partnership, active: false } }))
      .thenFails(PartnershipInactive, 'partnership-inactive');
  });

  it('a specialty that no department pairing covers cannot be requested', () => {
    given([])
      .when(requestCommand({ specialty: 'neurosurgery', partnership: { ...partnership, pairingId: undefined } }))
      .thenFails(SpecialtyNotCovered, 'specialty-not-covered');
  });

  it('a consultation cannot be requested without the patient’s medical consent', () => {
    const error = given([])
      .when(requestCommand({ consent: { medical: false, dataSharing: true } }))
      .thenFails(InvalidValue, 'consent-required');
    expect(error.fieldErrors.map((e) => e.field)).toEqual(['consent.medical']);
  });

  it('medical consent alone is not enough: the patient must also consent to sharing their data', () => {
    const error = given([])
      .when(requestCommand({ consent: { medical: true, dataSharing: false } }))
      .thenFails(InvalidValue, 'consent-required');
    expect(error.fieldErrors.map((e) => e.field)).toEqual(['consent.dataSharing']);
  });

  it.each([
    ['a purpose', 'purpose', { purpose: '   ' }],
    ['a case summary', 'caseSummary', { caseSummary: '' }],
    ['the patient’s record number', 'patient.reference', { patient: { reference: ' ', sex: 'male' } }],
  ] as const)('a request without %s is refused', (_what, field, overrides) => {
    const error = given([]).when(requestCommand(overrides)).thenFails(InvalidValue, 'invalid-value');
    expect(error.fieldErrors.map((e) => e.field)).toEqual([field]);
  });

  it('a patient born after the day of the request is refused: a birth date is not in the future', () => {
    const error = given([])
      .when(requestCommand({ patient: { reference: 'MRN-778812', birthDate: '2025-03-11' } }))
      .thenFails(InvalidValue, 'birth-date-out-of-range');
    expect(error.fieldErrors.map((e) => e.field)).toEqual(['patient.birthDate']);
  });

  it('a birth date that is no real calendar date is refused', () => {
    const error = given([])
      .when(requestCommand({ patient: { reference: 'MRN-778812', birthDate: '1968-13-45' } }))
      .thenFails(InvalidValue, 'invalid-value');
    expect(error.fieldErrors.map((e) => e.field)).toEqual(['patient.birthDate']);
  });

  it('a patient born on the day of the request is taken', () => {
    const patient = { reference: 'MRN-778812', birthDate: '2025-03-10' };
    given([]).when(requestCommand({ patient })).then([requested({ patient })]);
  });

  it('the same consultation cannot be requested twice', () => {
    given(history.requested).when(requestCommand()).thenFails(IllegalTransition, 'illegal-transition');
  });
});

describe('accepting a request', () => {
  it('an expert of the giving hospital with the requested title accepts the request', () => {
    given(history.requested).when(acceptBy('associate-chief-physician')).then([accepted]);
  });

  it('an expert of another hospital cannot accept the request', () => {
    given(history.requested)
      .when(acceptBy('chief-physician', 'hospital-zhongshan'))
      .thenFails(NotGivingHospital, 'not-giving-hospital');
  });

  it.each([
    ['a resident', 'resident-physician'],
    ['an attending physician', 'attending-physician'],
  ] as const)('%s cannot accept a request for an associate chief physician', (_who, title) => {
    given(history.requested).when(acceptBy(title)).thenFails(TitleBelowRequested, 'title-below-requested');
  });

  it('a chief physician may accept a request for an associate chief physician', () => {
    given(history.requested).when(acceptBy('chief-physician')).then([accepted]);
  });

  it('any expert of the giving hospital may accept a request that names no title', () => {
    given([requested({ requestedTitle: undefined })]).when(acceptBy('resident-physician')).then([accepted]);
  });

  it('a radiologist cannot accept a cardiology consultation', () => {
    const radiologist = { specialty: 'radiology', departmentId: 'ruijin-radiology' };
    given(history.requested)
      .when(acceptBy('chief-physician', giving, expertId, radiologist))
      .thenFails(OutsideSpecialty, 'outside-specialty');
  });

  it('an expert of the department paired for the requested specialty may accept it, whatever their own specialty', () => {
    const cardiacSurgeon = { specialty: 'cardiac surgery', departmentId: 'ruijin-cardiology' };
    given(history.requested).when(acceptBy('chief-physician', giving, expertId, cardiacSurgeon)).then([accepted]);
  });

  it('the specialty is compared without regard to case or surrounding spaces', () => {
    const cardiologist = { specialty: ' Cardiology ', departmentId: 'ruijin-heart-centre' };
    given(history.requested).when(acceptBy('chief-physician', giving, expertId, cardiologist)).then([accepted]);
  });

  it('a request that was never made cannot be accepted', () => {
    given([]).when(acceptBy('chief-physician')).thenFails(IllegalTransition, 'illegal-transition');
  });

  it.each(['accepted', 'information-requested', 'declined', 'cancelled', 'scheduled', 'in-progress', 'completed'] as const)(
    'a consultation that is %s cannot be accepted again',
    (status) => {
      given(history[status]).when(acceptBy('chief-physician')).thenFails(IllegalTransition, 'illegal-transition');
    },
  );
});

describe('declining a request', () => {
  const declineBecause = (reason: string) => ({
    type: 'DeclineConsultation' as const,
    reasonCode: 'capacity' as const,
    reason,
    declinedBy: 'user-zhang-wei',
    now: acceptedAt,
  });

  it('the giving hospital declines a request and says why', () => {
    given(history.requested).when(declineBecause('no cardiac surgeon available this week')).then([declined]);
  });

  it('a request cannot be declined without a reason', () => {
    const error = given(history.requested).when(declineBecause('  ')).thenFails(InvalidValue, 'invalid-value');
    expect(error.fieldErrors.map((e) => e.field)).toEqual(['reason']);
  });

  it('a request that was already accepted can no longer be declined', () => {
    given(history.accepted).when(declineBecause('changed our mind')).thenFails(IllegalTransition, 'illegal-transition');
  });
});

describe('scheduling a consultation', () => {
  it('an accepted consultation is booked into the expert’s calendar, in UTC whatever the offset it was given in', () => {
    given(history.accepted)
      .when(scheduleAt('2025-03-11T10:00:00+08:00', '2025-03-11T11:00:00+08:00'))
      .then([scheduled]);
  });

  it('moving a scheduled consultation to another slot records the slot it had before', () => {
    given(history.scheduled)
      .when(scheduleAt('2025-03-12T06:30:00Z', '2025-03-12T07:30:00Z'))
      .then([
        {
          type: 'ConsultationRescheduled',
          data: {
            consultationId,
            expertId,
            previousStart: slot.start,
            previousEnd: slot.end,
            start: '2025-03-12T06:30:00.000Z',
            end: '2025-03-12T07:30:00.000Z',
            rescheduledBy: 'user-coordinator',
            rescheduledAt: scheduledAt,
          },
        },
      ]);
  });

  it('booking the same slot again, even written in Beijing time, changes nothing', () => {
    given(history.scheduled).when(scheduleAt('2025-03-11T10:00:00+08:00', '2025-03-11T11:00:00+08:00')).then([]);
  });

  it.each([
    ['ends before it starts', '2025-03-11T03:00:00Z', '2025-03-11T02:00:00Z'],
    ['ends the moment it starts', '2025-03-11T02:00:00Z', '2025-03-11T02:00:00Z'],
  ])('a slot that %s is refused', (_case, start, end) => {
    const error = given(history.accepted).when(scheduleAt(start, end)).thenFails(InvalidValue, 'invalid-value');
    expect(error.fieldErrors.map((e) => e.field)).toEqual(['end']);
  });

  it.each([
    ['start', 'next Tuesday morning', '2025-03-11T03:00:00Z'],
    ['end', '2025-03-11T02:00:00Z', '2025-03-11T25:00:00Z'],
  ])('a slot whose %s is not an instant is refused', (field, start, end) => {
    const error = given(history.accepted).when(scheduleAt(start, end)).thenFails(InvalidValue, 'invalid-value');
    expect(error.fieldErrors.map((e) => e.field)).toEqual([field]);
  });

  it('a consultation cannot be booked into the past', () => {
    given(history.accepted)
      .when(scheduleAt('2025-03-10T02:59:00Z', '2025-03-10T03:30:00Z'))
      .thenFails(InvalidValue, 'start-in-past');
  });

  it('a consultation cannot be booked for longer than 12 hours', () => {
    given(history.accepted)
      .when(scheduleAt('2025-03-11T00:00:00Z', '2025-03-11T12:01:00Z'))
      .thenFails(InvalidValue, 'slot-too-long');
  });

  it('a consultation may be booked for exactly 12 hours', () => {
    const [event] = consultationDecider.decide(
      scheduleAt('2025-03-11T00:00:00Z', '2025-03-11T12:00:00Z'),
      foldEvents(consultationDecider, history.accepted),
    );
    expect(event).toMatchObject({ type: 'ConsultationScheduled', data: { end: '2025-03-11T12:00:00.000Z' } });
  });

  it.each(['requested', 'information-requested', 'declined', 'in-progress', 'completed', 'cancelled'] as const)(
    'a consultation that is %s cannot be scheduled',
    (status) => {
      given(history[status])
        .when(scheduleAt('2025-03-12T06:30:00Z', '2025-03-12T07:30:00Z'))
        .thenFails(IllegalTransition, 'illegal-transition');
    },
  );

  it('a consultation not accepted yet is refused as such, not as a question of who asks', () => {
    const error = given(history.requested)
      .when(scheduleAt('2025-03-12T06:30:00Z', '2025-03-12T07:30:00Z'))
      .thenFails(IllegalTransition, 'illegal-transition');
    expect(error.kind).toBe('conflict');
    expect(error.message).toBe('cannot schedule a consultation that is requested: it must be accepted first');
  });
});

describe('starting a consultation', () => {
  const startCommand = { type: 'StartConsultation' as const, startedBy: 'user-zhang-wei', now: startedAt };

  it('a scheduled consultation starts', () => {
    given(history.scheduled).when(startCommand).then([started]);
  });

  it.each(['requested', 'accepted', 'information-requested', 'declined', 'in-progress', 'completed', 'cancelled'] as const)(
    'a consultation that is %s cannot start',
    (status) => {
      given(history[status]).when(startCommand).thenFails(IllegalTransition, 'illegal-transition');
    },
  );
});

describe('signing the opinion', () => {
  it('the assigned expert signs the opinion, which completes the consultation', () => {
    given(history['in-progress']).when(signBy(expertId)).then([opinionSigned]);
  });

  it('the assigned expert may add recommendations to the opinion', () => {
    given(history['in-progress'])
      .when(signBy(expertId, 'transcatheter replacement advised', 'echocardiography in 3 months'))
      .then([
        {
          type: 'ConsultationOpinionSigned',
          data: { ...opinionSigned.data, recommendations: 'echocardiography in 3 months' } as Extract<
            ConsultationEvent,
            { type: 'ConsultationOpinionSigned' }
          >['data'],
        },
      ]);
  });

  it('an expert who was not assigned cannot sign the opinion', () => {
    given(history['in-progress']).when(signBy(otherExpertId)).thenFails(NotAssignedExpert, 'not-assigned-expert');
  });

  it('an empty opinion cannot be signed', () => {
    const error = given(history['in-progress']).when(signBy(expertId, ' ')).thenFails(InvalidValue, 'invalid-value');
    expect(error.fieldErrors.map((e) => e.field)).toEqual(['opinion']);
  });

  it('the opinion cannot be signed before the consultation has started', () => {
    given(history.scheduled).when(signBy(expertId)).thenFails(IllegalTransition, 'illegal-transition');
  });

  it('an opinion cannot be signed twice', () => {
    given(history.completed).when(signBy(expertId)).thenFails(IllegalTransition, 'illegal-transition');
  });
});

describe('cancelling a consultation', () => {
  it.each(['requested', 'accepted', 'information-requested', 'scheduled', 'in-progress'] as const)(
    'a consultation that is %s can be cancelled, and the history keeps what it was',
    (status) => {
      given(history[status])
        .when(cancelBecause('patient transferred'))
        .then([
          {
            type: 'ConsultationCancelled',
            data: {
              consultationId,
              reason: 'patient transferred',
              previousStatus: status,
              cancelledBy: 'user-dr-aziz',
              cancelledAt: '2025-03-11T01:00:00.000Z',
            },
          },
        ]);
    },
  );

  it.each(['completed', 'declined', 'cancelled'] as const)('a consultation that is %s cannot be cancelled', (status) => {
    given(history[status]).when(cancelBecause('patient transferred')).thenFails(IllegalTransition, 'illegal-transition');
  });

  it('a consultation cannot be cancelled without a reason', () => {
    const error = given(history.scheduled).when(cancelBecause('')).thenFails(InvalidValue, 'invalid-value');
    expect(error.fieldErrors.map((e) => e.field)).toEqual(['reason']);
  });
});

describe('the state of a consultation', () => {
  it('is rebuilt from its history: assigned expert, latest slot and final status', () => {
    const rescheduled: ConsultationEvent = {
      type: 'ConsultationRescheduled',
      data: {
        consultationId,
        expertId,
        previousStart: slot.start,
        previousEnd: slot.end,
        start: '2025-03-12T06:30:00.000Z',
        end: '2025-03-12T07:30:00.000Z',
        rescheduledBy: 'user-coordinator',
        rescheduledAt: scheduledAt,
      },
    };
    const state = foldEvents(consultationDecider, [requested(), accepted, scheduled, rescheduled, started, opinionSigned]);
    expect(state).toMatchObject({
      status: 'completed',
      consultationId,
      givingHospitalId: giving,
      requestingHospitalId: receiving,
      expertId,
      slot: { start: '2025-03-12T06:30:00.000Z', end: '2025-03-12T07:30:00.000Z' },
    });
  });

  it('is "none" before the consultation is requested', () => {
    expect(foldEvents(consultationDecider, [])).toEqual({ status: 'none' });
  });
});
