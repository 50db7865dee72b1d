/**
 * The figures of the programme report, in the order the published reports give them: what each
 * counts, in both languages. Each is a sum over the programme facts of its key.
 */
export const PROGRAMME_FIGURES = [
  { key: 'consultations', label: { zh: '远程会诊（例）', en: 'Remote consultations' }, counts: 'consultations whose opinion was signed, on the day it was signed' },
  { key: 'caseReviews', label: { zh: '远程病例讨论（例）', en: 'Remote case discussions' }, counts: 'case discussions concluded, on the day of the conclusion' },
  { key: 'trainingSessions', label: { zh: '培训场次', en: 'Training sessions held' }, counts: 'training sessions held, on the day held' },
  { key: 'trainingPersonTimes', label: { zh: '培训人次', en: 'Person-times trained' }, counts: 'each person once per session attended, on the day the session was held' },
  { key: 'furtherStudy', label: { zh: '来沪进修（人）', en: 'Staff sent for further study' }, counts: 'further-study placements, on their first day' },
  { key: 'postgraduates', label: { zh: '在职研究生（人）', en: 'In-service postgraduates' }, counts: 'in-service postgraduate enrolments, on their first day' },
  { key: 'shortVisits', label: { zh: '短期帮扶（次）', en: 'Short visits' }, counts: 'short visits, on their first day' },
  { key: 'shortVisitExperts', label: { zh: '短期帮扶专家（人次）', en: 'Short-visit experts (person-times)' }, counts: 'each expert of each short visit, on its first day' },
  { key: 'postedSpecialists', label: { zh: '派驻专家（人）', en: 'Posted specialists' }, counts: 'specialists dispatched, on the planned first day of the posting' },
  { key: 'managementCadres', label: { zh: '管理干部（人）', en: 'Management cadres' }, counts: 'management cadres dispatched, on the planned first day of the posting' },
  { key: 'newTechniques', label: { zh: '新技术新项目（项）', en: 'New techniques introduced' }, counts: 'techniques first performed locally, on that day' },
  { key: 'regionalGapsFilled', label: { zh: '填补区域技术空白（项）', en: 'Regional gaps filled' }, counts: 'of those, the techniques new to the region' },
  { key: 'grantApplications', label: { zh: '科研基金申请（项）', en: 'Grant applications' }, counts: 'grant applications, on the day applied' },
  { key: 'grantsAwarded', label: { zh: '科研基金立项（项）', en: 'Grants awarded' }, counts: 'grants awarded, on the day awarded' },
  { key: 'papers', label: { zh: '发表论文（篇）', en: 'Papers published' }, counts: 'papers, on the day published' },
  { key: 'consortia', label: { zh: '医联体与专科联盟（个）', en: 'Consortia and alliances formed' }, counts: 'consortia and alliances formed, on the day formed' },
  { key: 'consortiumMembers', label: { zh: '医联体成员单位加入（家次）', en: 'Consortium members joined' }, counts: 'each member joining a consortium, on the day it joined' },
] as const;

export type ProgrammeFigureKey = (typeof PROGRAMME_FIGURES)[number]['key'];

export const PROGRAMME_FIGURE_KEYS: readonly ProgrammeFigureKey[] = PROGRAMME_FIGURES.map((figure) => figure.key);

export function isProgrammeFigureKey(value: string): value is ProgrammeFigureKey {
  return (PROGRAMME_FIGURE_KEYS as readonly string[]).includes(value);
}
