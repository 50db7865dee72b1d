import { foldEvents, InvalidValue } from '@telemed/domain/core';
import { specFor } from '@telemed/domain/core/decider-spec.testing';
import { hospitalDecider, type HospitalEvent } from '@telemed/domain/hospital';
import type { EstablishPartnership, PairDepartments } from './partnership.decider';
import { partnershipDecider } from './partnership.decider';
import { DuplicatePairing, PartnershipAlreadyEstablished, PartnershipNotEstablished } from './partnership.errors';
import {
  findPairing,
  isActiveOn,
  partnershipStreamId,
  type DepartmentsPaired,
  type PartnershipEstablished,
  type PartnershipEvent,
} from './partnership.events';

const given = specFor(partnershipDecider);
const now = '2024-05-06T02:00:00Z';

function hospital(hospitalId: string, departments: Array<[id: string, name: string, specialty: string]>) {
  const events: HospitalEvent[] = [
    {
      type: 'HospitalRegistered',
      data: {
        hospitalId,
        name: hospitalId,
        region: 'somewhere',
        timezone: 'Asia/Shanghai',
        workingHours: { start: '08:00', end: '17:30' },
        registeredBy: 'coordinator-1',
        registeredAt: now,
      },
    },
    ...departments.map(([departmentId, name, specialty]): HospitalEvent => ({
      type: 'DepartmentAdded',
      data: { hospitalId, departmentId, name, specialty, addedBy: 'coordinator-1', addedAt: now },
    })),
  ];
  return foldEvents(hospitalDecider, events);
}

const ruijin = hospital('ruijin', [
  ['rj-cardio', 'Cardiology', 'Cardiology'],
  ['rj-neuro', 'Neurology', 'neurology'],
]);
const kashgar = hospital('kashgar-2', [
  ['ks-internal', 'Internal Medicine', 'internal-medicine'],
  ['ks-neuro', 'Neurology', 'neurology'],
]);
const unregistered = hospitalDecider.initialState();

const establish = (overrides: Partial<EstablishPartnership> = {}): EstablishPartnership => ({
  type: 'EstablishPartnership',
  partnershipId: 'p-1',
  givingHospital: ruijin,
  receivingHospital: kashgar,
  programme: 'group-aid',
  validFrom: '2024-01-01',
  validUntil: '2026-12-31',
  establishedBy: 'coordinator-1',
  now,
  ...overrides,
});

const established: PartnershipEstablished = {
  type: 'PartnershipEstablished',
  data: {
    partnershipId: 'p-1',
    givingHospitalId: 'ruijin',
    receivingHospitalId: 'kashgar-2',
    programme: 'group-aid',
    validFrom: '2024-01-01',
    validUntil: '2026-12-31',
    establishedBy: 'coordinator-1',
    establishedAt: now,
  },
};

const pair = (overrides: Partial<PairDepartments> = {}): PairDepartments => ({
  type: 'PairDepartments',
  pairingId: 'pair-1',
  givingDepartmentId: 'rj-cardio',
  receivingDepartmentId: 'ks-internal',
  givingHospital: ruijin,
  receivingHospital: kashgar,
  pairedBy: 'coordinator-1',
  now,
  ...overrides,
});

const cardioPaired: DepartmentsPaired = {
  type: 'DepartmentsPaired',
  data: {
    partnershipId: 'p-1',
    pairingId: 'pair-1',
    givingDepartmentId: 'rj-cardio',
    givingSpecialty: 'Cardiology',
    receivingDepartmentId: 'ks-internal',
    receivingSpecialty: 'internal-medicine',
    pairedBy: 'coordinator-1',
    pairedAt: now,
  },
};

const neuroPaired: DepartmentsPaired = {
  type: 'DepartmentsPaired',
  data: {
    ...cardioPaired.data,
    pairingId: 'pair-2',
    givingDepartmentId: 'rj-neuro',
    givingSpecialty: 'neurology',
    receivingDepartmentId: 'ks-neuro',
    receivingSpecialty: 'neurology',
  },
};

const fold = (events: PartnershipEvent[]) => foldEvents(partnershipDecider, events);

describe('establishing a partnership', () => {
  it('records the giving and receiving hospitals, the programme and the validity period', () => {
    given([]).when(establish()).then([established]);
  });

  it('may be open-ended', () => {
    const openEnded = { ...established.data };
    delete openEnded.validUntil;
    given([]).when(establish({ validUntil: undefined })).then([{ ...established, data: openEnded }]);
  });

  it('may last a single day', () => {
    given([])
      .when(establish({ validUntil: '2024-01-01' }))
      .then([{ ...established, data: { ...established.data, validUntil: '2024-01-01' } }]);
  });

  it('cannot be established twice', () => {
    given([established]).when(establish()).thenFails(PartnershipAlreadyEstablished, 'already-established');
  });

  it('needs a registered giving hospital', () => {
    const error = given([])
      .when(establish({ givingHospital: unregistered }))
      .thenFails(InvalidValue, 'unknown-hospital');
    expect(error.fieldErrors[0].field).toBe('givingHospitalId');
  });

  it('needs a registered receiving hospital', () => {
    const error = given([])
      .when(establish({ receivingHospital: unregistered }))
      .thenFails(InvalidValue, 'unknown-hospital');
    expect(error.fieldErrors[0].field).toBe('receivingHospitalId');
  });

  it('cannot pair a hospital with itself', () => {
    const error = given([]).when(establish({ receivingHospital: ruijin })).thenFails(InvalidValue, 'same-hospital');
    expect(error.fieldErrors[0].field).toBe('receivingHospitalId');
  });

  it('refuses a programme it does not know', () => {
    const error = given([])
      .when(establish({ programme: 'twinning' as EstablishPartnership['programme'] }))
      .thenFails(InvalidValue);
    expect(error.fieldErrors[0].field).toBe('programme');
  });

  it.each([
    ['validFrom', { validFrom: '2023-02-29' }],
    ['validFrom', { validFrom: '2024-1-01' }],
    ['validFrom', { validFrom: '2024-01-01T00:00:00Z' }],
    ['validUntil', { validUntil: '2026-13-01' }],
  ])('refuses a %s that is not a calendar date: %j', (field, overrides) => {
    const error = given([]).when(establish(overrides)).thenFails(InvalidValue);
    expect(error.fieldErrors[0].field).toBe(field);
  });

  it('cannot end before it begins', () => {
    const error = given([]).when(establish({ validUntil: '2023-12-31' })).thenFails(InvalidValue);
    expect(error.fieldErrors[0].field).toBe('validUntil');
  });
});

describe('pairing departments', () => {
  it('records the pairing with both departments and their specialties', () => {
    given([established]).when(pair()).then([cardioPaired]);
  });

  it('lets one giving department adopt several receiving departments', () => {
    given([established, cardioPaired])
      .when(pair({ pairingId: 'pair-3', receivingDepartmentId: 'ks-neuro' }))
      .then([
        {
          type: 'DepartmentsPaired',
          data: {
            ...cardioPaired.data,
            pairingId: 'pair-3',
            receivingDepartmentId: 'ks-neuro',
            receivingSpecialty: 'neurology',
          },
        },
      ]);
  });

  it('needs an established partnership', () => {
    given([]).when(pair()).thenFails(PartnershipNotEstablished, 'partnership-not-established');
  });

  it('refuses a giving department the giving hospital does not have', () => {
    const error = given([established])
      .when(pair({ givingDepartmentId: 'ks-neuro' }))
      .thenFails(InvalidValue, 'unknown-department');
    expect(error.fieldErrors[0].field).toBe('givingDepartmentId');
  });

  it('refuses a receiving department the receiving hospital does not have', () => {
    const error = given([established])
      .when(pair({ receivingDepartmentId: 'rj-neuro' }))
      .thenFails(InvalidValue, 'unknown-department');
    expect(error.fieldErrors[0].field).toBe('receivingDepartmentId');
  });

  it('does not take departments from a hospital outside the partnership', () => {
    const other = hospital('other', [['rj-cardio', 'Cardiology', 'cardiology']]);
    const error = given([established])
      .when(pair({ givingHospital: other }))
      .thenFails(InvalidValue, 'unknown-department');
    expect(error.fieldErrors[0].field).toBe('givingDepartmentId');
  });

  it('cannot pair the same two departments twice', () => {
    given([established, cardioPaired])
      .when(pair({ pairingId: 'pair-9' }))
      .thenFails(DuplicatePairing, 'duplicate-pairing');
  });

  it('cannot reuse a pairing id for another pair', () => {
    given([established, cardioPaired])
      .when(pair({ givingDepartmentId: 'rj-neuro', receivingDepartmentId: 'ks-neuro' }))
      .thenFails(DuplicatePairing, 'duplicate-pairing');
  });
});

describe('when a partnership is active', () => {
  const partnership = fold([established]);

  it('is active from the first to the last day of its validity, on the Beijing calendar', () => {
    expect(isActiveOn(partnership, '2023-12-31T15:59:59Z')).toBe(false); // 23:59:59 on 31 Dec in Beijing
    expect(isActiveOn(partnership, '2023-12-31T16:00:00Z')).toBe(true); // midnight, 1 Jan in Beijing
    expect(isActiveOn(partnership, '2026-12-31T15:59:59Z')).toBe(true);
    expect(isActiveOn(partnership, '2026-12-31T16:00:00Z')).toBe(false);
  });

  it('stays active with no end date', () => {
    const openEnded = fold([{ ...established, data: { ...established.data, validUntil: undefined } }]);
    expect(isActiveOn(openEnded, '2090-06-01T00:00:00Z')).toBe(true);
  });

  it('is never active before it is established, nor at an unreadable instant', () => {
    expect(isActiveOn(fold([]), '2024-06-01T00:00:00Z')).toBe(false);
    expect(isActiveOn(partnership, 'not-a-time')).toBe(false);
  });
});

describe('finding the pairing that covers a request', () => {
  const partnership = fold([established, cardioPaired, neuroPaired]);

  it('finds the pairing by the giving specialty, whatever its letter case', () => {
    expect(findPairing(partnership, { specialty: 'cardiology' })?.pairingId).toBe('pair-1');
    expect(findPairing(partnership, { specialty: 'NEUROLOGY' })?.pairingId).toBe('pair-2');
  });

  it('narrows to the receiving department when one is named', () => {
    expect(findPairing(partnership, { specialty: 'neurology', receivingDepartmentId: 'ks-neuro' })?.pairingId).toBe(
      'pair-2',
    );
    expect(findPairing(partnership, { specialty: 'neurology', receivingDepartmentId: 'ks-internal' })).toBeUndefined();
  });

  it('finds nothing for an uncovered specialty or a partnership not established', () => {
    expect(findPairing(partnership, { specialty: 'oncology' })).toBeUndefined();
    expect(findPairing(fold([]), { specialty: 'cardiology' })).toBeUndefined();
  });
});

describe('the partnership stream', () => {
  it('is named after the partnership id', () => {
    expect(partnershipStreamId('p-1')).toBe('partnership-p-1');
  });

  it('ignores events of types it does not know, and pairings before establishment', () => {
    const state = fold([established]);
    expect(partnershipDecider.evolve(state, { type: 'ContractSigned', data: {} } as unknown as PartnershipEvent)).toBe(
      state,
    );
    expect(fold([cardioPaired])).toEqual({ status: 'none' });
  });
});
