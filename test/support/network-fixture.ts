import { randomUUID } from 'node:crypto';
import type { TestApp } from './test-app';

/** What every write answers: the id it acted on and the log position of its last event. */
export interface Written {
  id: string;
  position: string;
}

/** POSTs as the holder of `token` and insists on 201: a fixture that cannot be built is a broken test. */
export async function created(t: TestApp, token: string, path: string, body: object = {}): Promise<Written & Record<string, unknown>> {
  const response = await t.http.post(path).set('Authorization', `Bearer ${token}`).send(body);
  if (response.status !== 201) {
    throw new Error(`POST ${path} answered ${response.status}: ${JSON.stringify(response.body)}`);
  }
  return response.body;
}

export interface SeededNetwork {
  givingHospitalId: string;
  receivingHospitalId: string;
  /** A third hospital, outside the partnership, whose staff must see nothing of it. */
  otherHospitalId: string;
  givingDepartmentId: string;
  receivingDepartmentId: string;
  partnershipId: string;
  pairingId: string;
  /** The partnership's agreement in force, covering every service; absent when seeded without one. */
  agreementId?: string;
  chiefExpertId: string;
  attendingExpertId: string;
  /** Log position after the last seeding write; pass it as `?minPosition=` to read the network. */
  position: string;
  tokens: {
    coordinator: string;
    /** A clinician of the receiving hospital in Kashgar. */
    clinician: string;
    /** A clinician of the other hospital. */
    otherClinician: string;
    /** An expert of the other hospital. */
    otherExpert: string;
    chiefExpert: string;
    attendingExpert: string;
    auditor: string;
  };
}

/** Licensed well over the 3 years of practice an expert needs before the default test clock. */
const LICENSED_SINCE = '2012-09-01';

/**
 * The terms of a signed agreement covering every service for the partnership's whole validity,
 * signed by both hospitals before it; override any field.
 */
export function agreementTerms(givingHospitalId: string, receivingHospitalId: string, overrides: Record<string, unknown> = {}) {
  return {
    services: ['consultation', 'case-review', 'training'],
    validFrom: '2025-01-01',
    validUntil: '2027-12-31',
    responseTargets: { urgent: { acceptMinutes: 30, answerMinutes: 24 * 60 }, routine: { acceptMinutes: 8 * 60, answerMinutes: 3 * 24 * 60 } },
    workingTimeOnly: true,
    fees: [{ service: 'consultation', amount: 300, currency: 'CNY', givingShare: 0.7 }],
    liability: 'The receiving hospital keeps the decision on diagnosis and treatment.',
    signatories: [
      { hospitalId: givingHospitalId, name: 'Wang Jun', signedAt: '2024-12-20T02:00:00Z' },
      { hospitalId: receivingHospitalId, name: 'Aysha Tursun', signedAt: '2024-12-22T03:00:00Z' },
    ],
    ...overrides,
  };
}

/**
 * A Shanghai hospital aiding Kashgar No. 2 People's Hospital in cardiology, built over HTTP as a
 * coordinator would. Kashgar works on Beijing time (Asia/Shanghai, never the unofficial Asia/Urumqi),
 * from 09:30 to 19:00 local; Shanghai keeps the default 08:00–17:30. Their signed agreement covers
 * every service for the partnership's whole validity, unless `agreement: false`.
 */
export async function seedNetwork(t: TestApp, options: { agreement?: boolean } = {}): Promise<SeededNetwork> {
  const coordinator = await t.token('coordinator', 'coordinator-wang');
  const giving = await created(t, coordinator, '/v1/hospitals', {
    name: 'Shanghai Renji Hospital',
    nameZh: '上海交通大学医学院附属仁济医院',
    region: 'Shanghai',
    timezone: 'Asia/Shanghai',
  });
  const receiving = await created(t, coordinator, '/v1/hospitals', {
    name: "Kashgar No. 2 People's Hospital",
    nameZh: '喀什地区第二人民医院',
    region: 'Xinjiang',
    timezone: 'Asia/Shanghai',
    workingHours: { start: '09:30', end: '19:00' },
  });
  const other = await created(t, coordinator, '/v1/hospitals', {
    name: "Shigatse People's Hospital",
    region: 'Tibet',
    timezone: 'Asia/Shanghai',
  });
  const givingDepartment = await created(t, coordinator, `/v1/hospitals/${giving.id}/departments`, {
    name: 'Department of Cardiology',
    specialty: 'cardiology',
  });
  const receivingDepartment = await created(t, coordinator, `/v1/hospitals/${receiving.id}/departments`, {
    name: 'Cardiology',
    specialty: 'cardiology',
  });
  const partnership = await created(t, coordinator, '/v1/partnerships', {
    givingHospitalId: giving.id,
    receivingHospitalId: receiving.id,
    programme: 'group-aid',
    validFrom: '2025-01-01',
    validUntil: '2027-12-31',
  });
  const pairing = await created(t, coordinator, `/v1/partnerships/${partnership.id}/pairings`, {
    givingDepartmentId: givingDepartment.id,
    receivingDepartmentId: receivingDepartment.id,
  });
  // No consultation or case review is requested without an agreement in force that covers it.
  const agreement =
    options.agreement === false
      ? undefined
      : await created(t, coordinator, `/v1/partnerships/${partnership.id}/agreements`, agreementTerms(giving.id, receiving.id));
  const expert = (name: string, title: string) =>
    created(t, coordinator, '/v1/experts', {
      name,
      hospitalId: giving.id,
      departmentId: givingDepartment.id,
      specialty: 'cardiology',
      title,
      licensedSince: LICENSED_SINCE,
    });
  const chief = await expert('Dr. Zhang Wei', 'chief-physician');
  const attending = await expert('Dr. Li Na', 'attending-physician');

  return {
    givingHospitalId: giving.id,
    receivingHospitalId: receiving.id,
    otherHospitalId: other.id,
    givingDepartmentId: givingDepartment.id,
    receivingDepartmentId: receivingDepartment.id,
    partnershipId: partnership.id,
    pairingId: pairing.id,
    ...(agreement && { agreementId: agreement.id }),
    chiefExpertId: chief.id,
    attendingExpertId: attending.id,
    position: attending.position,
    tokens: {
      coordinator,
      clinician: await t.token('clinician', 'clinician-aziz', receiving.id),
      otherClinician: await t.token('clinician', 'clinician-tashi', other.id),
      otherExpert: await t.token('expert', randomUUID(), other.id),
      chiefExpert: await t.token('expert', chief.id, giving.id),
      attendingExpert: await t.token('expert', attending.id, giving.id),
      auditor: await t.token('auditor', 'auditor-chen'),
    },
  };
}

/** A complete, valid consultation request for the seeded partnership; override any field. */
export function consultationRequest(network: SeededNetwork, overrides: Record<string, unknown> = {}) {
  return {
    partnershipId: network.partnershipId,
    specialty: 'cardiology',
    urgency: 'routine',
    purpose: 'second opinion on management of suspected dilated cardiomyopathy',
    caseSummary: 'Male, 58, dyspnoea on exertion for 3 months; echo LVEF 32%, LVEDD 68 mm.',
    requestedTitle: 'attending-physician',
    patient: { reference: 'KS2-2026-000123', sex: 'male', birthDate: '1968-03-02' },
    consent: { medical: true, dataSharing: true },
    ...overrides,
  };
}
