import { currentToken } from '../../session';
import i18n from '../../i18n';
import { ApiError, type Problem } from '../../api/client';

export interface ProgrammeFigure {
  key: string;
  label: { zh: string; en: string };
  total: number;
  byYear: Record<string, number>;
}

export interface ProgrammeReport {
  years: string[];
  figures: ProgrammeFigure[];
}

export interface FigureEvent {
  eventId: string;
  type: string;
  streamId: string;
  position: string;
  subjectId: string;
  occurredOn: string;
  quantity: number;
}

export interface FigureEvents {
  total: number;
  events: number;
  items: FigureEvent[];
  nextCursor: string | null;
}

export interface ReportQuery {
  programme: string;
  from?: string;
  to?: string;
}

const search = (query: ReportQuery, extra: Record<string, string> = {}) =>
  new URLSearchParams(Object.entries({ ...query, ...extra }).filter((entry): entry is [string, string] => Boolean(entry[1]))).toString();

/** The report's routes answer files as well as JSON, so they are read with the session's token directly. */
async function fetchReport(path: string): Promise<Response> {
  const response = await fetch(path, {
    headers: { Authorization: `Bearer ${currentToken() ?? ''}`, 'Accept-Language': i18n.language === 'zh' ? 'zh-CN' : 'en' },
  });
  if (!response.ok) {
    const problem = (await response.json().catch(() => undefined)) as Problem | undefined;
    throw new ApiError(problem ?? { type: 'about:blank', title: response.statusText, status: response.status, detail: response.statusText, code: `http-${response.status}` });
  }
  return response;
}

export async function readReport(query: ReportQuery): Promise<ProgrammeReport> {
  return (await fetchReport(`/v1/reports/programme?${search(query)}`)).json();
}

export async function readFigureEvents(key: string, query: ReportQuery, cursor?: string): Promise<FigureEvents> {
  return (await fetchReport(`/v1/reports/programme/figures/${encodeURIComponent(key)}/events?${search(query, cursor ? { cursor, limit: '100' } : { limit: '100' })}`)).json();
}

/** Downloads the report as the API renders it, under the file name the API gives it. */
export async function downloadReport(query: ReportQuery, format: 'csv' | 'xlsx'): Promise<void> {
  const response = await fetchReport(`/v1/reports/programme?${search(query, { format })}`);
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? `programme-report.${format}`;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}
