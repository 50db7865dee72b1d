import { useState } from 'react';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { downloadReport, readFigureEvents, readReport, type ProgrammeFigure, type ReportQuery } from './report-api';
import './report.i18n';
import './programme-report.css';

const PROGRAMMES = ['group-aid', 'medical-consortium', 'specialist-alliance', 'other'] as const;
const CHARTED = ['consultations', 'caseReviews', 'furtherStudy', 'shortVisitExperts', 'postedSpecialists', 'newTechniques'];
const YEAR_COLOURS = ['#5b8def', '#2e9d6a', '#c77d24', '#9b59b6', '#d35454', '#3aa6b9'];

/** The coordinator's programme report: the table by year, a chart, downloads, print, and the events behind each figure. */
export function ProgrammeReportPage() {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useState<ReportQuery>({ programme: 'group-aid' });
  const [opened, setOpened] = useState<ProgrammeFigure | null>(null);
  const report = useQuery({ queryKey: ['programme-report', query], queryFn: () => readReport(query) });
  const labelOf = (figure: ProgrammeFigure) => (i18n.language === 'zh' ? figure.label.zh : figure.label.en);
  const years = report.data?.years ?? [];
  const chartRows = (report.data?.figures ?? [])
    .filter((figure) => CHARTED.includes(figure.key))
    .map((figure) => ({ figure: labelOf(figure), ...figure.byYear }));

  return (
    <section className="programme-report">
      <h1>{t('report.title')}</h1>
      <div className="filters no-print">
        <label>
          {t('report.programme')}
          <select value={query.programme} onChange={(event) => setQuery({ ...query, programme: event.target.value })}>
            {PROGRAMMES.map((programme) => (
              <option key={programme} value={programme}>
                {t(`report.programmes.${programme}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('report.from')}
          <input type="date" value={query.from ?? ''} onChange={(event) => setQuery({ ...query, from: event.target.value || undefined })} />
        </label>
        <label>
          {t('report.to')}
          <input type="date" value={query.to ?? ''} onChange={(event) => setQuery({ ...query, to: event.target.value || undefined })} />
        </label>
        <button type="button" onClick={() => void downloadReport(query, 'csv')}>
          {t('report.csv')}
        </button>
        <button type="button" onClick={() => void downloadReport(query, 'xlsx')}>
          {t('report.xlsx')}
        </button>
        <button type="button" onClick={() => window.print()}>
          {t('report.print')}
        </button>
      </div>
      {report.isError && <p role="alert">{report.error.message}</p>}
      {report.data && years.length === 0 && <p>{t('report.empty')}</p>}
      {chartRows.length > 0 && (
        <div className="chart" role="img" aria-label={t('report.chartLabel')}>
          <ResponsiveContainer width="100%" height={300}>
            <BarChart data={chartRows}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="figure" interval={0} tick={{ fontSize: 11 }} />
              <YAxis allowDecimals={false} />
              <Tooltip />
              <Legend />
              {years.map((year, index) => (
                <Bar key={year} dataKey={year} name={year} fill={YEAR_COLOURS[index % YEAR_COLOURS.length]} isAnimationActive={false} />
              ))}
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
      {report.data && (
        <table data-testid="programme-report">
          <caption>{t('report.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('report.figure')}</th>
              {years.map((year) => (
                <th key={year} scope="col">
                  {year}
                </th>
              ))}
              <th scope="col">{t('report.total')}</th>
            </tr>
          </thead>
          <tbody>
            {report.data.figures.map((figure) => (
              <tr key={figure.key} data-figure={figure.key}>
                <th scope="row">{labelOf(figure)}</th>
                {years.map((year) => (
                  <td key={year}>{figure.byYear[year]}</td>
                ))}
                <td>
                  <button type="button" className="link" data-testid={`total-${figure.key}`} onClick={() => setOpened(figure)}>
                    {figure.total}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {opened && <FigureEventsList figure={opened} label={labelOf(opened)} query={query} onClose={() => setOpened(null)} />}
    </section>
  );
}

function FigureEventsList({ figure, label, query, onClose }: { figure: ProgrammeFigure; label: string; query: ReportQuery; onClose: () => void }) {
  const { t } = useTranslation();
  const events = useInfiniteQuery({
    queryKey: ['programme-report-events', figure.key, query],
    queryFn: ({ pageParam }) => readFigureEvents(figure.key, query, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const first = events.data?.pages[0];
  const items = events.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section className="figure-events" aria-labelledby="figure-events-heading">
      <h2 id="figure-events-heading">{first ? t('report.events', { figure: label, count: first.events, total: first.total }) : label}</h2>
      <button type="button" className="no-print" onClick={onClose}>
        {t('report.close')}
      </button>
      {events.isError && <p role="alert">{events.error.message}</p>}
      <table data-testid="figure-events">
        <thead>
          <tr>
            {(['occurredOn', 'type', 'subject', 'quantity', 'position'] as const).map((column) => (
              <th key={column} scope="col">
                {t(`report.eventColumns.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.eventId}>
              <td>{item.occurredOn}</td>
              <td>{item.type}</td>
              <td>
                <a href={`/audit/streams/${encodeURIComponent(item.streamId)}`}>{item.subjectId}</a>
              </td>
              <td>{item.quantity}</td>
              <td>{item.position}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {events.hasNextPage && (
        <button type="button" className="no-print" onClick={() => void events.fetchNextPage()}>
          {t('report.more')}
        </button>
      )}
    </section>
  );
}
