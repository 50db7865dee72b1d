import type { EventStore } from '@telemed/event-store/event-store.port';
import { DispatchPosting } from '@telemed/application/postings/dispatch-posting';
import { RecordPostingChange } from '@telemed/application/postings/record-posting-change';
import { RecordVisit } from '@telemed/application/visits/record-visit';
import { StartFurtherStudy } from '@telemed/application/further-study/start-further-study';
import { EndFurtherStudy } from '@telemed/application/further-study/end-further-study';
import { ProposeTechnique, RecordTechniqueChange } from '@telemed/application/techniques/technique-commands';
import { RecordResearchOutputCommand } from '@telemed/application/research-outputs/record-research-output';
import { ChangeConsortium } from '@telemed/application/consortia/consortium-commands';
import type { ScenarioContext } from '../../apps/cli/src/scenario/scenario-context';

type Data = Record<string, any>;

/**
 * One record of each kind of the programme ledger, for the first pairing of the generated programme,
 * so that every ledger table has rows to compare across stores.
 */
export async function recordLedgerSample(context: ScenarioContext, log: EventStore, readEvents: (store: EventStore, types: string[]) => Promise<Array<{ data: unknown }>>): Promise<void> {
  const [pairing] = (await readEvents(log, ['DepartmentsPaired'])).map((event) => event.data as Data);
  const partnership = (await readEvents(log, ['PartnershipEstablished'])).map((event) => event.data as Data).find((data) => data.partnershipId === pairing.partnershipId)!;
  const expert = (await readEvents(log, ['ExpertRegistered'])).map((event) => event.data as Data).find((data) => data.hospitalId === partnership.givingHospitalId)!;
  const member = (await readEvents(log, ['HospitalRegistered'])).map((event) => event.data as Data).find((data) => data.hospitalId !== partnership.receivingHospitalId)!;
  const coordinator = context.user('coordinator', 'programme-coordinator');
  const metadata = context.metadata(coordinator);
  const at = (date: string) => Date.parse(`${date}T04:00:00Z`);
  const send = async (date: string, command: object) => {
    const sent = await context.send(at(date), command);
    if (!sent) throw new Error(`a ledger record was refused: ${JSON.stringify(context.refusals)}`);
    return sent;
  };
  const { partnershipId } = partnership;
  const posting = await send('2024-02-20', new DispatchPosting(
    { kind: 'specialist', expertId: expert.expertId, partnershipId, receivingDepartmentId: pairing.receivingDepartmentId, plannedStart: '2024-03-01', plannedEnd: '2025-02-28' },
    coordinator,
    metadata,
  ));
  await send('2024-03-05', new RecordPostingChange(posting.id, { kind: 'arrived', body: { at: '2024-03-02' } }, coordinator, metadata));
  await send('2024-03-20', new RecordVisit(
    { partnershipId, kind: 'mobile-clinic', expertIds: [expert.expertId], start: '2024-03-10', end: '2024-03-12', outcomes: { clinicsHeld: 2, patientsSeen: 80 } },
    coordinator,
    metadata,
  ));
  const study = await send('2024-02-20', new StartFurtherStudy(
    { partnershipId, person: { staffId: 'staff-1', name: 'Staff One' }, kind: 'further-study', hostDepartmentId: pairing.givingDepartmentId, start: '2024-03-01', plannedEnd: '2024-08-31' },
    coordinator,
    metadata,
  ));
  await send('2024-09-10', new EndFurtherStudy(study.id, { kind: 'completed', body: { at: '2024-08-31', certificate: 'C-1' } }, coordinator, metadata));
  const technique = await send('2024-03-01', new ProposeTechnique({ partnershipId, pairingId: pairing.pairingId, name: 'A technique', fillsRegionalGap: true }, coordinator, metadata));
  await send('2024-04-01', new RecordTechniqueChange(technique.id, { kind: 'performed', body: { at: '2024-04-01', supervisingExpertId: expert.expertId } }, coordinator, metadata));
  await send('2024-06-10', new RecordTechniqueChange(technique.id, { kind: 'cases', body: { period: '2024-05', count: 3 } }, coordinator, metadata));
  await send('2024-05-10', new RecordResearchOutputCommand({ partnershipId, pairingId: pairing.pairingId, kind: 'paper', title: 'A paper', identifier: '10.1000/xyz123', date: '2024-05-01' }, coordinator, metadata));
  const consortium = await send('2024-03-01', new ChangeConsortium({ kind: 'form', body: { name: 'A consortium', kind: 'medical-consortium', leadHospitalId: partnership.receivingHospitalId } }, coordinator, metadata));
  await send('2024-03-02', new ChangeConsortium({ kind: 'join', consortiumId: consortium.id, body: { hospitalId: member.hospitalId, joinedAt: '2024-03-01' } }, coordinator, metadata));
}
