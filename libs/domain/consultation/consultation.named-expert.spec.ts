import { InvalidValue } from '@telemed/domain/core';
import { specFor } from '@telemed/domain/core/decider-spec.testing';
import { consultationDecider, NotRequestedExpert, type ConsultationEvent, type RequestConsultation } from '.';

/** 点名会诊: a request addressed to one expert of the giving hospital, whom alone it waits for. */
const given = specFor(consultationDecider);

const partnership = { partnershipId: 'p-1', givingHospitalId: 'h-ruijin', receivingHospitalId: 'h-kashgar', active: true, pairingId: 'pair-1' };
const zhang = { expertId: 'e-zhang', hospitalId: 'h-ruijin', title: 'chief-physician' as const, specialty: 'cardiology', departmentId: 'd-cardio' };
const li = { expertId: 'e-li', hospitalId: 'h-ruijin', title: 'chief-physician' as const, specialty: 'cardiology', departmentId: 'd-cardio' };
const now = '2026-03-02T01:00:00.000Z';

const request = (overrides: Partial<RequestConsultation> = {}): RequestConsultation => ({
  type: 'RequestConsultation',
  consultationId: 'c-1',
  partnership,
  requestingHospitalId: 'h-kashgar',
  specialty: 'cardiology',
  urgency: 'routine',
  purpose: 'second opinion',
  caseSummary: 'Male, 58, LVEF 32%',
  patient: { reference: 'KS2-1' },
  consent: { medical: true, dataSharing: true },
  requestedBy: 'dr-aziz',
  now,
  ...overrides,
});

const requestedOfZhang: ConsultationEvent = {
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
    requestedExpertId: 'e-zhang',
    patient: { reference: 'KS2-1' },
    consent: { medical: true, dataSharing: true },
    requestedBy: 'dr-aziz',
    requestedAt: now,
  },
};

describe('a request addressed to one expert', () => {
  it('records the expert it is addressed to', () => {
    given([]).when(request({ requestedExpert: zhang })).then([requestedOfZhang]);
  });

  it('names an expert of the giving hospital only', () => {
    const error = given([])
      .when(request({ requestedExpert: { ...zhang, hospitalId: 'h-elsewhere' } }))
      .thenFails(InvalidValue, 'not-giving-hospital');
    expect(error.fieldErrors[0].field).toBe('requestedExpertId');
  });

  it('is accepted by the named expert', () => {
    given([requestedOfZhang])
      .when({ type: 'AcceptConsultation', expert: zhang, pairedDepartmentIds: [], acceptedBy: 'e-zhang', now })
      .then([{ type: 'ConsultationAccepted', data: { consultationId: 'c-1', expertId: 'e-zhang', acceptedBy: 'e-zhang', acceptedAt: now } }]);
  });

  it('cannot be accepted by another expert of the same hospital', () => {
    given([requestedOfZhang]).when({ type: 'AcceptConsultation', expert: li, pairedDepartmentIds: [], acceptedBy: 'e-li', now }).thenFails(NotRequestedExpert, 'not-requested-expert');
  });

  it('leaves a request without a named expert open to every expert of the giving hospital', () => {
    const { requestedExpertId, ...open } = (requestedOfZhang as Extract<ConsultationEvent, { type: 'ConsultationRequested' }>).data;
    void requestedExpertId;
    given([{ type: 'ConsultationRequested', data: open }])
      .when({ type: 'AcceptConsultation', expert: li, pairedDepartmentIds: [], acceptedBy: 'e-li', now })
      .then([{ type: 'ConsultationAccepted', data: { consultationId: 'c-1', expertId: 'e-li', acceptedBy: 'e-li', acceptedAt: now } }]);
  });
});
