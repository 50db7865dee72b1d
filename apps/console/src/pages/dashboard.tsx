import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { saveFile } from '../api/download';
import { api, unwrap } from '../api/client';
import type { Stats } from '../api/views';
import { Turnaround } from './turnaround';
import { FeedbackDistribution } from './feedback-distribution';

const COLUMNS = [
  ['consultations', 'requested'],
  ['consultations', 'completed'],
  ['consultations', 'declined'],
  ['caseReviews', 'concluded'],
  ['training', 'sessionsHeld'],
  ['training', 'personTimes'],
] as const;

/** The programme's counts per month (Beijing time), as a chart, a table and a CSV download. */
export function Dashboard() {
  const { t } = useTranslation();
  const [year, setYear] = useState(() => String(new Date().getFullYear()));
  const stats = useQuery({
    queryKey: ['stats', year],
    queryFn: () =>
      unwrap<Stats>(api.GET('/v1/stats/overview', { params: { query: { from: `${year}-01-01T00:00:00+08:00`, to: `${Number(year) + 1}-01-01T00:00:00+08:00`, groupBy: 'month' } } as never })),
  });
  const series = stats.data?.series ?? [];
  const label = (section: string, metric: string) => t(`stats.${section}.${metric}`);
  const rows = series.map((entry) => ({
    period: entry.period,
    ...Object.fromEntries(COLUMNS.map(([section, metric]) => [`${section}.${metric}`, (entry[section] as Record<string, number>)[metric]])),
  }));
  const csv = () => {
    const header = ['period', ...COLUMNS.map(([section, metric]) => `${section}.${metric}`)].join(',');
    const lines = rows.map((row) => [row.period, ...COLUMNS.map(([section, metric]) => (row as Record<string, unknown>)[`${section}.${metric}`])].join(','));
    saveFile([header, ...lines].join('\n') + '\n', `programme-${year}.csv`, 'text/csv');
  };
  return (
    <section>
      <h1>{t('nav.dashboard')}</h1>
      <div className="filters">
        <label>
          {t('stats.year')}
          <input type="number" min="2000" max="2100" value={year} onChange={(event) => setYear(event.target.value)} />
        </label>
        <button type="button" onClick={csv} disabled={rows.length === 0}>
          {t('stats.csv')}
        </button>
      </div>
      {stats.isError && <p role="alert">{stats.error.message}</p>}
      {stats.data && (
        <p className="totals" data-testid="totals">
          {t('stats.consultations.completed')}: <strong data-testid="completed-total">{stats.data.consultations.completed}</strong> · {t('stats.consultations.requested')}:{' '}
          <strong>{stats.data.consultations.requested}</strong> · {t('stats.training.personTimes')}: <strong>{stats.data.training.personTimes}</strong>
        </p>
      )}
      <div className="chart" role="img" aria-label={t('stats.chartLabel')}>
        <ResponsiveContainer width="100%" height={280}>
          <BarChart data={rows}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="period" />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Legend />
            <Bar dataKey="consultations.requested" name={label('consultations', 'requested')} fill="#5b8def" />
            <Bar dataKey="consultations.completed" name={label('consultations', 'completed')} fill="#2e9d6a" />
            <Bar dataKey="caseReviews.concluded" name={label('caseReviews', 'concluded')} fill="#c77d24" />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <table>
        <caption>{t('stats.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('stats.month')}</th>
            {COLUMNS.map(([section, metric]) => (
              <th key={`${section}.${metric}`} scope="col">
                {label(section, metric)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.period} data-testid={`month-${row.period}`}>
              <th scope="row">{row.period}</th>
              {COLUMNS.map(([section, metric]) => (
                <td key={`${section}.${metric}`}>{String((row as Record<string, unknown>)[`${section}.${metric}`])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <Turnaround year={year} />
      <FeedbackDistribution year={year} />
    </section>
  );
}
