import { parseAttendance } from './attendance-csv';

describe('reading a pasted or uploaded attendance list', () => {
  it('reads a list with an English header, whatever the column order', () => {
    const rows = parseAttendance('name,staffId\nAyshem Tursun,KS2-0101\nMuhtar Ahmat,KS2-0102\n');
    expect(rows).toEqual([
      { line: 2, staffId: 'KS2-0101', name: 'Ayshem Tursun', problems: [] },
      { line: 3, staffId: 'KS2-0102', name: 'Muhtar Ahmat', problems: [] },
    ]);
  });

  it('reads a Chinese header and tab-separated columns pasted from a spreadsheet', () => {
    const rows = parseAttendance('工号\t姓名\nKS2-0103\t阿依古丽\n');
    expect(rows).toEqual([{ line: 2, staffId: 'KS2-0103', name: '阿依古丽', problems: [] }]);
  });

  it('takes staff id then name when there is no header, and names the line of each row', () => {
    const rows = parseAttendance('KS2-0104,Ma Li\n\nKS2-0105,"Li, Na"\n');
    expect(rows.map((row) => [row.line, row.staffId, row.name])).toEqual([
      [1, 'KS2-0104', 'Ma Li'],
      [2, 'KS2-0105', 'Li, Na'],
    ]);
  });

  it('keeps every faulty row with what is wrong with it', () => {
    const rows = parseAttendance(`staffId,name\nKS2-0106,\n,Wang Fang\nKS2-0107,Zhou Min\nKS2-0107,Zhou Min\nKS2-0108,${'x'.repeat(201)}\n`);
    expect(rows.map((row) => row.problems)).toEqual([['missing-name'], ['missing-staff-id'], [], ['duplicate'], ['too-long']]);
  });

  it('reads nothing from an empty paste', () => {
    expect(parseAttendance('  \n')).toEqual([]);
  });
});
