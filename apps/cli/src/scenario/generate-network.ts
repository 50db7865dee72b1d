import { RegisterHospital } from '@telemed/application/network/register-hospital';
import { AddDepartment } from '@telemed/application/network/add-department';
import { EstablishPartnership } from '@telemed/application/network/establish-partnership';
import { PairDepartments } from '@telemed/application/network/pair-departments';
import { RegisterExpert } from '@telemed/application/network/register-expert';
import { RegisterAgreement } from '@telemed/application/agreements/register-agreement';
import { GIVEN_NAMES, GIVING_HOSPITALS, RECEIVING_HOSPITALS, SPECIALTIES, SURNAMES, TITLES } from './programme-catalogue';
import type { ScenarioContext } from './scenario-context';

export interface ScenarioExpert {
  id: string;
  hospitalId: string;
  specialty: string;
  title: string;
}

export interface ScenarioPairing {
  id: string;
  specialty: string;
  givingDepartmentId: string;
  receivingDepartmentId: string;
  experts: ScenarioExpert[];
}

export interface ScenarioPartnership {
  id: string;
  givingHospitalId: string;
  receivingHospitalId: string;
  pairings: ScenarioPairing[];
  /** Staff of the receiving hospital who attend training. */
  staff: Array<{ staffId: string; name: string }>;
}

export interface ScenarioNetwork {
  hospitals: number;
  departments: number;
  experts: ScenarioExpert[];
  partnerships: ScenarioPartnership[];
}

function ok<T>(result: T | undefined, what: string): T {
  if (result === undefined) throw new Error(`the scenario could not ${what}`);
  return result;
}

/**
 * Each receiving hospital is supported by one giving hospital (group-style aid); each partnership
 * pairs several departments, and every giving department has a handful of experts.
 */
export async function generateNetwork(
  context: ScenarioContext,
  startAt: number,
  scale: number,
  receivingHospitals: number = RECEIVING_HOSPITALS.length,
): Promise<ScenarioNetwork> {
  const { random } = context;
  const coordinator = context.user('coordinator', 'programme-coordinator');
  let at = startAt - 30 * 24 * 3_600_000;
  const tick = () => (at += 60_000);
  const departments = new Map<string, Map<string, string>>();
  let departmentCount = 0;

  const register = async (hospital: { name: string; nameZh: string; region: string; workingHours?: { start: string; end: string } }) => {
    const { id } = ok(
      await context.send(tick(), new RegisterHospital({ ...hospital, timezone: 'Asia/Shanghai' }, context.metadata(coordinator))),
      `register ${hospital.name}`,
    );
    const byspecialty = new Map<string, string>();
    for (const specialty of SPECIALTIES) {
      const department = ok(
        await context.send(tick(), new AddDepartment(id, { name: `Department of ${specialty}`, specialty }, context.metadata(coordinator))),
        'add a department',
      );
      byspecialty.set(specialty, department.id);
      departmentCount++;
    }
    departments.set(id, byspecialty);
    return id;
  };

  const giving = [];
  for (const hospital of GIVING_HOSPITALS) giving.push(await register({ ...hospital }));
  const receiving = [];
  for (const hospital of RECEIVING_HOSPITALS.slice(0, receivingHospitals)) receiving.push(await register({ ...hospital, workingHours: { ...hospital.workingHours } }));

  const experts: ScenarioExpert[] = [];
  const expertsOf = new Map<string, ScenarioExpert[]>();
  const expertsPerDepartment = Math.max(2, Math.round(3 * Math.sqrt(scale)));
  for (const hospitalId of giving) {
    for (const specialty of SPECIALTIES) {
      const list: ScenarioExpert[] = [];
      for (let i = 0; i < expertsPerDepartment; i++) {
        const title = random.pick(TITLES);
        const { id } = ok(
          await context.send(
            tick(),
            new RegisterExpert(
              {
                name: `Dr. ${random.pick(SURNAMES)} ${random.pick(GIVEN_NAMES)}`,
                hospitalId,
                departmentId: departments.get(hospitalId)!.get(specialty)!,
                specialty,
                title,
                licensedSince: `${random.int(1995, 2012)}-0${random.int(1, 9)}-01`,
              },
              context.metadata(coordinator),
            ),
          ),
          'register an expert',
        );
        list.push({ id, hospitalId, specialty, title });
      }
      experts.push(...list);
      expertsOf.set(`${hospitalId}/${specialty}`, list);
    }
  }

  const partnerships: ScenarioPartnership[] = [];
  for (const [index, receivingHospitalId] of receiving.entries()) {
    const givingHospitalId = giving[index % giving.length];
    const startDate = new Date(startAt - 30 * 24 * 3_600_000).toISOString().slice(0, 10);
    const { id } = ok(
      await context.send(
        tick(),
        new EstablishPartnership(
          { givingHospitalId, receivingHospitalId, programme: 'group-aid', validFrom: startDate },
          context.metadata(coordinator),
        ),
      ),
      'establish a partnership',
    );
    const pairings: ScenarioPairing[] = [];
    for (const specialty of SPECIALTIES.filter(() => random.chance(0.75))) {
      const receivingDepartmentId = departments.get(receivingHospitalId)!.get(specialty)!;
      const pairing = ok(
        await context.send(
          tick(),
          new PairDepartments(
            id,
            { givingDepartmentId: departments.get(givingHospitalId)!.get(specialty)!, receivingDepartmentId },
            context.metadata(coordinator),
          ),
        ),
        'pair departments',
      );
      pairings.push({ id: pairing.id, specialty, givingDepartmentId: departments.get(givingHospitalId)!.get(specialty)!, receivingDepartmentId, experts: expertsOf.get(`${givingHospitalId}/${specialty}`)! });
    }
    // Both hospitals signed the agreement before the programme starts; without it nothing is requested.
    const signedAt = new Date(at - 7 * 24 * 3_600_000).toISOString();
    ok(
      await context.send(
        tick(),
        new RegisterAgreement(
          id,
          {
            services: ['consultation', 'case-review', 'training'],
            validFrom: startDate,
            responseTargets: { urgent: { acceptMinutes: 30, answerMinutes: 24 * 60 }, routine: { acceptMinutes: 8 * 60, answerMinutes: 3 * 24 * 60 } },
            workingTimeOnly: true,
            fees: [
              { service: 'consultation', amount: 300, currency: 'CNY', givingShare: 0.7 },
              { service: 'case-review', amount: 500, currency: 'CNY', givingShare: 0.7 },
            ],
            liability: 'The receiving hospital keeps the decision on diagnosis and treatment; the giving hospital answers for its opinions.',
            signatories: [
              { hospitalId: givingHospitalId, name: 'Director of the medical affairs office', signedAt },
              { hospitalId: receivingHospitalId, name: 'Hospital president', signedAt },
            ],
          },
          context.metadata(coordinator),
        ),
      ),
      'register the cooperation agreement',
    );
    const staff = Array.from({ length: Math.round(60 * Math.sqrt(scale)) }, (_, i) => ({
      staffId: `${receivingHospitalId.slice(0, 8)}-staff-${i + 1}`,
      name: `${random.pick(SURNAMES)} ${random.pick(GIVEN_NAMES)}`,
    }));
    partnerships.push({ id, givingHospitalId, receivingHospitalId, pairings, staff });
  }
  return { hospitals: giving.length + receiving.length, departments: departmentCount, experts, partnerships };
}
