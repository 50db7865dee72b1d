import { foldEvents, InvalidValue, NotFound } from '@telemed/domain/core';
import { specFor } from '@telemed/domain/core/decider-spec.testing';
import { PartnershipNotEstablished, type PartnershipState } from '@telemed/domain/partnership';
import {
  agreementDecider,
  agreementInForce,
  requireAgreementInForce,
  type AmendAgreement,
  type RegisterAgreement,
  type TerminateAgreement,
} from './agreement.decider';
import { AgreementAlreadyRegistered, AgreementIsTerminated, NoAgreementInForce } from './agreement.errors';
import { partnershipAgreementsStreamId, type AgreementSigned, type AgreementTerms, type AgreementTerminated } from './agreement.events';

const given = specFor(agreementDecider);
const now = '2025-01-10T02:00:00Z';

const partnership: PartnershipState = {
  status: 'established',
  partnershipId: 'p-1',
  givingHospitalId: 'ruijin',
  receivingHospitalId: 'kashgar-2',
  programme: 'group-aid',
  validFrom: '2025-01-01',
  validUntil: '2027-12-31',
  pairings: {},
};

const terms: AgreementTerms = {
  services: ['consultation', 'case-review'],
  validFrom: '2025-01-01',
  validUntil: '2026-12-31',
  responseTargets: { urgent: { acceptMinutes: 30, answerMinutes: 1440 }, routine: { acceptMinutes: 480, answerMinutes: 1440 * 3 } },
  workingTimeOnly: true,
  fees: [{ service: 'consultation', amount: 300, currency: 'CNY', givingShare: 0.7 }],
  liability: 'The receiving hospital keeps the decision on diagnosis and treatment.',
  signatories: [
    { hospitalId: 'ruijin', name: 'Wang Jun', signedAt: '2024-12-20T02:00:00Z' },
    { hospitalId: 'kashgar-2', name: 'Aysha Tursun', signedAt: '2024-12-22T03:00:00Z' },
  ],
};

const register = (overrides: Partial<AgreementTerms> = {}, command: Partial<RegisterAgreement> = {}): RegisterAgreement => ({
  type: 'RegisterAgreement',
  agreementId: 'a-1',
  partnership,
  terms: { ...terms, ...overrides },
  registeredBy: 'coordinator-1',
  now,
  ...command,
});

const signed: AgreementSigned = {
  type: 'AgreementSigned',
  data: { partnershipId: 'p-1', agreementId: 'a-1', ...terms, registeredBy: 'coordinator-1', registeredAt: now },
};

const amend = (changes: Partial<AgreementTerms>): AmendAgreement => ({
  type: 'AmendAgreement',
  agreementId: 'a-1',
  partnership,
  changes,
  amendedBy: 'coordinator-1',
  now: '2025-06-01T00:00:00Z',
});

const terminate = (overrides: Partial<TerminateAgreement> = {}): TerminateAgreement => ({
  type: 'TerminateAgreement',
  agreementId: 'a-1',
  reason: 'superseded by the 2026 agreement',
  effectiveAt: '2026-01-01T00:00:00+08:00',
  terminatedBy: 'coordinator-1',
  now: '2025-11-01T00:00:00Z',
  ...overrides,
});

const terminated: AgreementTerminated = {
  type: 'AgreementTerminated',
  data: {
    partnershipId: 'p-1',
    agreementId: 'a-1',
    reason: 'superseded by the 2026 agreement',
    effectiveAt: '2026-01-01T00:00:00+08:00',
    terminatedBy: 'coordinator-1',
    terminatedAt: '2025-11-01T00:00:00Z',
  },
};

describe('registering a cooperation agreement', () => {
  it('records the services, validity, response targets, fees, liability and both signatories', () => {
    given([]).when(register()).then([signed]);
  });

  it('may be open-ended, without fees or a liability note, and count targets in calendar time', () => {
    const { validUntil, liability, ...rest } = terms;
    void validUntil;
    void liability;
    const events = agreementDecider.decide(
      { ...register(), terms: { ...rest, fees: undefined as never, workingTimeOnly: undefined as never } },
      agreementDecider.initialState(),
    );
    expect(events[0].data).toEqual({ ...signed.data, validUntil: undefined, liability: undefined, fees: [], workingTimeOnly: false });
  });

  it('needs an established partnership', () => {
    given([]).when(register({}, { partnership: { status: 'none' } })).thenFails(PartnershipNotEstablished, 'partnership-not-established');
  });

  it('cannot be registered twice under one id', () => {
    given([signed]).when(register()).thenFails(AgreementAlreadyRegistered, 'already-registered');
  });

  it.each([
    ['validUntil', { validUntil: '2024-12-31' }],
    ['validFrom', { validFrom: '2025-02-30' }],
    ['services', { services: [] }],
    ['services', { services: ['consultation', 'telepathy'] as never }],
    ['services', { services: ['consultation', 'consultation'] as never }],
    ['responseTargets.urgent', { responseTargets: { ...terms.responseTargets, urgent: { acceptMinutes: 0, answerMinutes: 60 } } }],
    ['responseTargets.routine', { responseTargets: { urgent: terms.responseTargets.urgent } as never }],
    ['responseTargets.urgent.answerMinutes', { responseTargets: { ...terms.responseTargets, urgent: { acceptMinutes: 60, answerMinutes: 30 } } }],
    ['fees[0].givingShare', { fees: [{ service: 'consultation', amount: 300, currency: 'CNY', givingShare: 1.2 }] }],
    ['fees[0].givingShare', { fees: [{ service: 'consultation', amount: 300, currency: 'CNY', givingShare: -0.1 }] }],
    ['fees[0].amount', { fees: [{ service: 'consultation', amount: -1, currency: 'CNY', givingShare: 0.5 }] }],
    ['fees[0].currency', { fees: [{ service: 'consultation', amount: 1, currency: 'yuan', givingShare: 0.5 }] }],
    ['fees[0].service', { fees: [{ service: 'training', amount: 1, currency: 'CNY', givingShare: 0.5 }] }],
    ['signatories[1].signedAt', { signatories: [terms.signatories[0], { ...terms.signatories[1], signedAt: '2025-02-01T00:00:00Z' }] }],
  ] as Array<[string, Partial<AgreementTerms>]>)('refuses terms that break a rule of %s', (field, overrides) => {
    const error = given([]).when(register(overrides)).thenFails(InvalidValue);
    expect(error.fieldErrors[0].field).toBe(field);
  });

  it('refuses a signatory who is not of the partnership’s hospitals', () => {
    const error = given([])
      .when(register({ signatories: [terms.signatories[0], { hospitalId: 'shigatse', name: 'Tashi', signedAt: '2024-12-22T03:00:00Z' }] }))
      .thenFails(InvalidValue, 'unknown-signatory');
    expect(error.fieldErrors[0].field).toBe('signatories[1].hospitalId');
  });

  it('needs exactly one signatory for each hospital of the partnership', () => {
    given([]).when(register({ signatories: [terms.signatories[0]] })).thenFails(InvalidValue, 'signatories-incomplete');
    given([])
      .when(register({ signatories: [...terms.signatories, { ...terms.signatories[0], name: 'Li Ming' }] }))
      .thenFails(InvalidValue, 'signatories-incomplete');
  });
});

describe('amending an agreement', () => {
  it('records which terms changed and the terms as they now stand', () => {
    given([signed])
      .when(amend({ validUntil: '2027-12-31', services: ['consultation', 'case-review', 'training'] }))
      .then([
        {
          type: 'AgreementAmended',
          data: {
            partnershipId: 'p-1',
            agreementId: 'a-1',
            amendedFields: ['services', 'validUntil'],
            terms: { ...terms, validUntil: '2027-12-31', services: ['consultation', 'case-review', 'training'] },
            amendedBy: 'coordinator-1',
            amendedAt: '2025-06-01T00:00:00Z',
          },
        },
      ]);
  });

  it('keeps every rule of the terms', () => {
    const error = given([signed]).when(amend({ validUntil: '2024-06-30' })).thenFails(InvalidValue);
    expect(error.fieldErrors[0].field).toBe('validUntil');
  });

  it('must change something', () => {
    given([signed]).when(amend({})).thenFails(InvalidValue, 'nothing-to-amend');
  });

  it('cannot amend an agreement the partnership does not have', () => {
    given([]).when(amend({ liability: 'none' })).thenFails(NotFound, 'not-found');
  });

  it('cannot amend a terminated agreement', () => {
    given([signed, terminated]).when(amend({ liability: 'none' })).thenFails(AgreementIsTerminated, 'agreement-terminated');
  });
});

describe('terminating an agreement', () => {
  it('records why and from when it no longer holds', () => {
    given([signed]).when(terminate()).then([terminated]);
  });

  it('cannot end before the agreement begins', () => {
    const error = given([signed]).when(terminate({ effectiveAt: '2024-12-31T15:59:59Z' })).thenFails(InvalidValue);
    expect(error.fieldErrors[0].field).toBe('effectiveAt');
  });

  it('may end on the first day of its validity, on the Beijing calendar', () => {
    given([signed]).when(terminate({ effectiveAt: '2024-12-31T16:00:00Z' })).then([
      { ...terminated, data: { ...terminated.data, effectiveAt: '2024-12-31T16:00:00Z' } },
    ]);
  });

  it('needs a reason and a readable instant', () => {
    given([signed]).when(terminate({ reason: ' ' })).thenFails(InvalidValue);
    given([signed]).when(terminate({ effectiveAt: 'next month' })).thenFails(InvalidValue);
  });

  it('cannot terminate an agreement twice', () => {
    given([signed, terminated]).when(terminate()).thenFails(AgreementIsTerminated, 'agreement-terminated');
  });
});

describe('which agreement is in force', () => {
  const agreements = foldEvents(agreementDecider, [signed]);

  it('holds from the first to the last day of its validity, on the Beijing calendar', () => {
    expect(agreementInForce(agreements, 'consultation', '2024-12-31T15:59:59Z')).toBeUndefined();
    expect(agreementInForce(agreements, 'consultation', '2024-12-31T16:00:00Z')?.agreementId).toBe('a-1');
    expect(agreementInForce(agreements, 'consultation', '2026-12-31T15:59:59Z')?.agreementId).toBe('a-1');
    expect(agreementInForce(agreements, 'consultation', '2026-12-31T16:00:00Z')).toBeUndefined();
  });

  it('covers only the services it names', () => {
    expect(agreementInForce(agreements, 'case-review', '2025-03-01T00:00:00Z')).toBeDefined();
    expect(agreementInForce(agreements, 'training', '2025-03-01T00:00:00Z')).toBeUndefined();
  });

  it('stops holding at the instant its termination takes effect', () => {
    const ended = foldEvents(agreementDecider, [signed, terminated]);
    expect(agreementInForce(ended, 'consultation', '2025-12-31T15:59:59Z')).toBeDefined();
    expect(agreementInForce(ended, 'consultation', '2025-12-31T16:00:00Z')).toBeUndefined();
  });

  it('refuses a request under a partnership without an agreement in force that covers it', () => {
    expect(() => requireAgreementInForce('p-1', agreements, 'training', '2025-03-01T00:00:00Z')).toThrow(NoAgreementInForce);
    expect(() => requireAgreementInForce('p-1', foldEvents(agreementDecider, []), 'consultation', now)).toThrow(
      expect.objectContaining({ code: 'no-agreement-in-force', kind: 'conflict' }),
    );
    expect(requireAgreementInForce('p-1', agreements, 'consultation', now).agreementId).toBe('a-1');
  });

  it('lives in one stream per partnership', () => {
    expect(partnershipAgreementsStreamId('p-1')).toBe('agreements-p-1');
  });
});
