import ExcelJS from 'exceljs';
import type { ProgrammeReport } from './programme-report.query';

export interface ReportFile {
  contentType: string;
  fileName: string;
  body: Buffer;
}

/** The table's rows as both downloads show them: figure key, both labels, each year, the total. */
function tableRows(report: ProgrammeReport): Array<Array<string | number>> {
  return [
    ['key', '指标', 'figure', ...report.years, 'total'],
    ...report.figures.map((figure) => [figure.key, figure.label.zh, figure.label.en, ...report.years.map((year) => figure.byYear[year] ?? 0), figure.total]),
  ];
}

function fileStem(report: ProgrammeReport): string {
  const period = `${report.from ?? 'start'}_${report.to ?? 'now'}`;
  return `programme-report_${report.scope.kind}-${report.scope.id}_${period}`.replace(/[^A-Za-z0-9_.-]/g, '-');
}

/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** UTF-8 with a byte-order mark, so spreadsheet programs read the Chinese labels as written. */
export function programmeReportCsv(report: ProgrammeReport): ReportFile {
  const lines = tableRows(report).map((row) => row.map(csvField).join(','));
  return {
    contentType: 'text/csv; charset=utf-8',
    fileName: `${fileStem(report)}.csv`,
    body: Buffer.from('\uFEFF' + lines.join('\r\n') + '\r\n', 'utf8'),
  };
}

/** One sheet: the scope and period above the table, figures as numbers, the header row frozen. */
export async function programmeReportXlsx(report: ProgrammeReport): Promise<ReportFile> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'telemed-backbone';
  const sheet = workbook.addWorksheet('Programme report 项目报表');
  sheet.addRow([`${report.scope.kind}: ${report.scope.id}`]);
  sheet.addRow([`period 统计期间: ${report.from ?? '…'} – ${report.to ?? '…'}`]);
  sheet.addRow([]);
  const [header, ...rows] = tableRows(report);
  const headerRow = sheet.addRow(header);
  headerRow.font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  sheet.views = [{ state: 'frozen', ySplit: headerRow.number }];
  sheet.getColumn(1).width = 22;
  sheet.getColumn(2).width = 26;
  sheet.getColumn(3).width = 34;
  const body = Buffer.from(await workbook.xlsx.writeBuffer());
  return {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    fileName: `${fileStem(report)}.xlsx`,
    body,
  };
}
