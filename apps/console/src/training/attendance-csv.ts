import Papa from 'papaparse';

/** A longer name or staff id than this the API refuses. */
export const ATTENDEE_FIELD_MAX = 200;
/** The most attendees the API takes in one post. */
export const ATTENDEES_PER_POST = 500;

export type RowProblem = 'missing-staff-id' | 'missing-name' | 'too-long' | 'duplicate';

export interface AttendanceRow {
  /** The row's line in what was pasted or uploaded, counting from 1, for the person to find it. */
  line: number;
  staffId: string;
  name: string;
  problems: RowProblem[];
}

const STAFF_ID_HEADERS = ['staffid', 'staff id', 'staff_id', 'id', '工号', '职工号', '员工编号'];
const NAME_HEADERS = ['name', 'full name', '姓名', '名字'];

const normalise = (header: string) => header.trim().toLowerCase();

/**
 * Reads an attendance list as people keep it: comma-, tab- or semicolon-separated, with or without
 * a header row (English or Chinese), staff id first then name when there is no header. Every row is
 * kept with what is wrong with it, so the person sees which line to correct.
 */
export function parseAttendance(text: string): AttendanceRow[] {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy', delimitersToGuess: [',', '\t', ';', '，'] });
  const records = parsed.data;
  if (records.length === 0) return [];
  const header = records[0].map(normalise);
  const staffColumn = header.findIndex((cell) => STAFF_ID_HEADERS.includes(cell));
  const nameColumn = header.findIndex((cell) => NAME_HEADERS.includes(cell));
  const hasHeader = staffColumn >= 0 && nameColumn >= 0;
  const columns = hasHeader ? { staffId: staffColumn, name: nameColumn } : { staffId: 0, name: 1 };
  const seen = new Set<string>();
  return records.slice(hasHeader ? 1 : 0).map((record, index) => {
    const staffId = (record[columns.staffId] ?? '').trim();
    const name = (record[columns.name] ?? '').trim();
    const problems: RowProblem[] = [];
    if (!staffId) problems.push('missing-staff-id');
    if (!name) problems.push('missing-name');
    if (staffId.length > ATTENDEE_FIELD_MAX || name.length > ATTENDEE_FIELD_MAX) problems.push('too-long');
    if (staffId && seen.has(staffId)) problems.push('duplicate');
    seen.add(staffId);
    return { line: index + (hasHeader ? 2 : 1), staffId, name, problems };
  });
}
