import { DispatchPosting } from '@telemed/application/postings/dispatch-posting';
import { RecordVisit } from '@telemed/application/visits/record-visit';
import { StartFurtherStudy } from '@telemed/application/further-study/start-further-study';
import { ProposeTechnique, RecordTechniqueChange } from '@telemed/application/techniques/technique-commands';
import { RecordResearchOutputCommand } from '@telemed/application/research-outputs/record-research-output';
import { ChangeConsortium } from '@telemed/application/consortia/consortium-commands';
import { RegisterHospital } from '@telemed/application/network/register-hospital';
import type { ScenarioPartnership } from './generate-network';
import { GIVEN_NAMES, SURNAMES } from './programme-catalogue';
import { DAY, type ScenarioContext } from './scenario-context';

export interface LedgerTally {
  postedSpecialists: number;
  managementCadres: number;
  shortVisits: number;
  shortVisitExperts: number;
  furtherStudy: number;
  postgraduates: number;
  newTechniques: number;
  regionalGapsFilled: number;
  grantApplications: number;
  grantsAwarded: number;
  papers: number;
  consortia: number;
  consortiumMembers: number;
}

export const emptyLedgerTally = (): LedgerTally => ({
  postedSpecialists: 0,
  managementCadres: 0,
  shortVisits: 0,
  shortVisitExperts: 0,
  furtherStudy: 0,
  postgraduates: 0,
  newTechniques: 0,
  regionalGapsFilled: 0,
  grantApplications: 0,
  grantsAwarded: 0,
  papers: 0,
  consortia: 0,
  consortiumMembers: 0,
});

const day = (at: number) => new Date(at).toISOString().slice(0, 10);
const VISIT_KINDS = ['lecture', 'mobile-clinic', 'surgical-guidance', 'ward-round'] as const;
const TECHNIQUES = ['TAVI', 'ERCP', 'EBUS-TBNA', 'Laparoscopic hepatectomy', 'Thoracoscopic lobectomy', 'Radiofrequency ablation', 'ECMO', 'Intrathecal chemotherapy', 'DSA-guided embolisation', 'Neonatal CPAP'];
const CADRE_ROLES = ['副院长', '医务部主任', '护理部主任', '院长助理'];

/** Sends one ledger command as the programme's coordinator at `at`; a refusal is tallied by the context. */
function asCoordinator(context: ScenarioContext) {
  const coordinator = context.user('coordinator', 'programme-coordinator');
  return (at: number, command: (user: typeof coordinator, metadata: ReturnType<ScenarioContext['metadata']>) => object) =>
    context.send(at, command(coordinator, context.metadata(coordinator)));
}

/** A specialist of a paired department posted for a year or a year and a half (234 over three years in the report). */
export async function generatePosting(context: ScenarioContext, partnership: ScenarioPartnership, startsAt: number, tally: LedgerTally): Promise<void> {
  const { random } = context;
  if (partnership.pairings.length === 0) return;
  const pairing = random.pick(partnership.pairings);
  const expert = random.pick(pairing.experts);
  const months = random.chance(0.5) ? 12 : 18;
  const plannedStart = day(startsAt);
  const plannedEnd = day(Date.UTC(new Date(startsAt).getUTCFullYear(), new Date(startsAt).getUTCMonth() + months, new Date(startsAt).getUTCDate() - 1));
  const send = asCoordinator(context);
  const body = { kind: 'specialist' as const, expertId: expert.id, partnershipId: partnership.id, receivingDepartmentId: pairing.receivingDepartmentId, plannedStart, plannedEnd };
  if (await send(startsAt - 14 * DAY, (user, metadata) => new DispatchPosting(body, user, metadata))) tally.postedSpecialists++;
}

/** A management cadre in a leadership post of the receiving hospital. */
export async function generateCadrePosting(context: ScenarioContext, partnership: ScenarioPartnership, startsAt: number, tally: LedgerTally): Promise<void> {
  const { random } = context;
  const send = asCoordinator(context);
  const plannedEnd = day(startsAt + 18 * 30 * DAY);
  const body = {
    kind: 'management-cadre' as const,
    person: { name: `${random.pick(SURNAMES)} ${random.pick(GIVEN_NAMES)}`, title: 'senior' },
    role: random.pick(CADRE_ROLES),
    partnershipId: partnership.id,
    plannedStart: day(startsAt),
    plannedEnd,
  };
  if (await send(startsAt - 14 * DAY, (user, metadata) => new DispatchPosting(body, user, metadata))) tally.managementCadres++;
}

/** Experts of the giving hospital on a short visit: lectures, mobile clinics, surgical guidance. */
export async function generateVisit(context: ScenarioContext, partnership: ScenarioPartnership, startsAt: number, tally: LedgerTally): Promise<void> {
  const { random } = context;
  if (partnership.pairings.length === 0) return;
  const experts = new Set<string>();
  for (let i = random.int(1, 4); i > 0; i--) experts.add(random.pick(random.pick(partnership.pairings).experts).id);
  const kind = random.pick(VISIT_KINDS);
  const endsAt = startsAt + random.int(1, 9) * DAY;
  const outcomes =
    kind === 'mobile-clinic'
      ? { clinicsHeld: random.int(2, 8), patientsSeen: random.int(80, 500) }
      : kind === 'surgical-guidance'
        ? { operationsGuided: random.int(1, 6) }
        : { lectures: random.int(1, 4) };
  const body = { partnershipId: partnership.id, kind, expertIds: [...experts], start: day(startsAt), end: day(endsAt), place: 'county hospital', outcomes };
  if (await asCoordinator(context)(endsAt + 2 * DAY, (user, metadata) => new RecordVisit(body, user, metadata))) {
    tally.shortVisits++;
    tally.shortVisitExperts += experts.size;
  }
}

let studentSequence = 0;

/** A member of the receiving hospital's staff placed in a giving department for months, or enrolled as an in-service postgraduate. */
export async function generateFurtherStudy(
  context: ScenarioContext,
  partnership: ScenarioPartnership,
  startsAt: number,
  kind: 'further-study' | 'in-service-postgraduate',
  tally: LedgerTally,
): Promise<void> {
  const { random } = context;
  if (partnership.pairings.length === 0) return;
  const pairing = random.pick(partnership.pairings);
  const staffId = `${partnership.receivingHospitalId.slice(0, 8)}-study-${++studentSequence}`;
  const months = kind === 'further-study' ? random.pick([3, 6, 12]) : 36;
  const body = {
    partnershipId: partnership.id,
    person: { staffId, name: `${random.pick(SURNAMES)} ${random.pick(GIVEN_NAMES)}`, title: random.pick(['junior', 'intermediate']) },
    kind,
    hostDepartmentId: pairing.givingDepartmentId,
    start: day(startsAt),
    plannedEnd: day(startsAt + months * 30 * DAY),
  };
  if (await asCoordinator(context)(startsAt - 7 * DAY, (user, metadata) => new StartFurtherStudy(body, user, metadata))) {
    if (kind === 'further-study') tally.furtherStudy++;
    else tally.postgraduates++;
  }
}

/** A technique proposed for a pairing and first performed one to three months later under a visiting expert. */
export async function generateTechnique(
  context: ScenarioContext,
  partnership: ScenarioPartnership,
  proposedAt: number,
  gapShare: number,
  tally: LedgerTally,
): Promise<void> {
  const { random } = context;
  if (partnership.pairings.length === 0) return;
  const pairing = random.pick(partnership.pairings);
  const send = asCoordinator(context);
  const fillsRegionalGap = random.chance(gapShare);
  const proposed = await send(proposedAt, (user, metadata) =>
    new ProposeTechnique({ pairingId: pairing.id, name: `${random.pick(TECHNIQUES)} (${pairing.specialty})`, fillsRegionalGap, proposedOn: day(proposedAt) }, user, metadata),
  );
  if (!proposed) return;
  const performedAt = proposedAt + random.int(30, 90) * DAY;
  const performed = await send(performedAt + DAY, (user, metadata) =>
    new RecordTechniqueChange(proposed.id, { kind: 'performed', body: { at: day(performedAt), supervisingExpertId: random.pick(pairing.experts).id } }, user, metadata),
  );
  if (!performed) return;
  tally.newTechniques++;
  if (fillsRegionalGap) tally.regionalGapsFilled++;
}

/** A paper, a grant application or an award, attributed to a pairing. */
export async function generateResearchOutput(
  context: ScenarioContext,
  partnership: ScenarioPartnership,
  at: number,
  kind: 'grant-application' | 'grant-awarded' | 'paper',
  tally: LedgerTally,
): Promise<void> {
  const { random } = context;
  if (partnership.pairings.length === 0) return;
  const pairing = random.pick(partnership.pairings);
  const number = random.int(10_000, 99_999);
  const body = {
    pairingId: pairing.id,
    kind,
    title: kind === 'paper' ? `Outcomes of ${pairing.specialty} care at high altitude: a cohort study` : `Regional ${pairing.specialty} capacity (NSFC)`,
    identifier: kind === 'paper' ? `10.1000/telemed.${number}` : `8${number}`,
    date: day(at),
  };
  if (await asCoordinator(context)(at + DAY, (user, metadata) => new RecordResearchOutputCommand(body, user, metadata))) {
    tally[kind === 'paper' ? 'papers' : kind === 'grant-application' ? 'grantApplications' : 'grantsAwarded']++;
  }
}

/** A receiving hospital leads a consortium of county hospitals and township health centres, who join over the first year. */
export async function generateConsortium(
  context: ScenarioContext,
  partnership: ScenarioPartnership,
  formedAt: number,
  members: number,
  tally: LedgerTally,
): Promise<void> {
  const { random } = context;
  const send = asCoordinator(context);
  const consortium = await send(formedAt, (user, metadata) =>
    new ChangeConsortium({ kind: 'form', body: { name: `Medical consortium led by ${partnership.receivingHospitalId.slice(0, 8)}`, kind: 'medical-consortium', leadHospitalId: partnership.receivingHospitalId } }, user, metadata),
  );
  if (!consortium) return;
  tally.consortia++;
  for (let i = 1; i <= members; i++) {
    const joinedAt = formedAt + random.int(1, 360) * DAY;
    const name = i % 3 === 0 ? `County people's hospital ${i}` : `Township health centre ${i}`;
    const hospital = await context.send(joinedAt - DAY, new RegisterHospital({ name, region: 'county', timezone: 'Asia/Shanghai' }, context.metadata(context.user('coordinator', 'programme-coordinator'))));
    if (!hospital) continue;
    const joined = await send(joinedAt, (user, metadata) =>
      new ChangeConsortium({ kind: 'join', consortiumId: consortium.id, body: { hospitalId: hospital.id, joinedAt: day(joinedAt) } }, user, metadata),
    );
    if (joined) tally.consortiumMembers++;
  }
}
