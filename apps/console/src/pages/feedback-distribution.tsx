import { useState } from 'react';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { api, unwrap } from '../api/client';
import { useHospitalName, usePartnerships } from '../api/lookups';
import type { PartnershipListing, PartnershipStats } from '../api/views';

const SCORES = ['1', '2', '3', '4', '5'] as const;
type Score = (typeof SCORES)[number];
/** From not useful (red) to changed the care (green); the table beside the chart gives every figure in words and numbers. */
const COLOURS: Record<Score, string> = { '1': '#b03a2e', '2': '#dc7633', '3': '#d4ac0d', '4': '#58a55c', '5': '#1e6b48' };

interface Row {
  partnershipId: string;
  partnership: string;
  period: string;
  usefulness: Record<Score, number>;
  given: number;
}

const meanOf = (usefulness: Record<Score, number>, given: number) =>
  given === 0 ? null : SCORES.reduce((sum, score) => sum + Number(score) * usefulness[score], 0) / given;

/**
 * How useful the requesting clinicians found the signed opinions: the closeout ratings (1 to 5) of
 * each partnership, month by month (Beijing time, by when the rating was given), as a stacked chart
 * of the partnership chosen (or all of them) and a table of every partnership and month rated.
 */
export function FeedbackDistribution({ year }: { year: string }) {
  const { t, i18n } = useTranslation();
  const nameOf = useHospitalName();
  const partnerships = usePartnerships();
  const [partnershipId, setPartnershipId] = useState('');
  const listed: PartnershipListing[] = partnerships.data?.items ?? [];
  const chosen = partnershipId ? listed.filter((item) => item.id === partnershipId) : listed;
  const stats = useQueries({
    queries: chosen.map((item) => ({
      queryKey: ['stats', 'partnership', item.id, year],
      // Calendar dates are Beijing days, `to` inclusive.
      queryFn: () =>
        unwrap<PartnershipStats>(api.GET('/v1/stats/partnerships/{id}', { params: { path: { id: item.id }, query: { from: `${year}-01-01`, to: `${year}-12-31`, groupBy: 'month' } } } as never)),
    })),
  });
  const nameOfPartnership = (item: PartnershipListing) => `${nameOf(item.givingHospital)} → ${nameOf(item.receivingHospital)}`;
  const rows: Row[] = chosen.flatMap((item, index) =>
    (stats[index]?.data?.series ?? [])
      .filter((entry) => entry.feedback.given > 0)
      .map((entry) => ({ partnershipId: item.id, partnership: nameOfPartnership(item), period: entry.period ?? '', usefulness: entry.feedback.usefulness, given: entry.feedback.given })),
  );
  rows.sort((a, b) => a.partnership.localeCompare(b.partnership, i18n.language) || a.period.localeCompare(b.period));
  // The chart sums the chosen partnerships month by month.
  const months = new Map<string, Record<Score, number>>();
  for (const row of rows) {
    const month = months.get(row.period) ?? { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 };
    for (const score of SCORES) month[score] += row.usefulness[score];
    months.set(row.period, month);
  }
  const chart = [...months.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([period, usefulness]) => ({ period, ...usefulness }));
  const total = rows.reduce((sum, row) => sum + row.given, 0);
  const totals = SCORES.reduce((counts, score) => ({ ...counts, [score]: rows.reduce((sum, row) => sum + row.usefulness[score], 0) }), {} as Record<Score, number>);
  const mean = meanOf(totals, total);
  const format = (value: number | null) => (value === null ? '—' : value.toLocaleString(i18n.language === 'zh' ? 'zh-CN' : 'en', { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
  const scoreLabel = (score: Score) => `${score} · ${t(`feedback.scores.${score}`)}`;
  const loading = partnerships.isPending || stats.some((query) => query.isPending);
  const failed = stats.find((query) => query.isError)?.error ?? partnerships.error;
  return (
    <section aria-labelledby="feedback-distribution-heading">
      <h2 id="feedback-distribution-heading">{t('feedbackDistribution.heading')}</h2>
      <p className="hint">{t('feedbackDistribution.intro')}</p>
      <div className="filters">
        <label>
          {t('request.partnership')}
          <select value={partnershipId} onChange={(event) => setPartnershipId(event.target.value)}>
            <option value="">{t('training.anyPartnership')}</option>
            {listed.map((item) => (
              <option key={item.id} value={item.id}>
                {nameOfPartnership(item)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {failed && <p role="alert">{failed.message}</p>}
      {!loading && (
        <p className="totals" data-testid="feedback-totals">
          {t('feedbackDistribution.ratings')}: <strong>{total}</strong> · {t('feedbackDistribution.mean')}: <strong>{format(mean)}</strong>
        </p>
      )}
      <div className="chart" role="img" aria-label={t('feedbackDistribution.chartLabel')}>
        <ResponsiveContainer width="100%" height={260}>
          <BarChart data={chart}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="period" />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Legend />
            {SCORES.map((score) => (
              <Bar key={score} dataKey={score} stackId="usefulness" name={scoreLabel(score)} fill={COLOURS[score]} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <table>
        <caption>{t('feedbackDistribution.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('request.partnership')}</th>
            <th scope="col">{t('stats.month')}</th>
            {SCORES.map((score) => (
              <th key={score} scope="col" title={t(`feedback.scores.${score}`)}>
                {scoreLabel(score)}
              </th>
            ))}
            <th scope="col">{t('feedbackDistribution.ratings')}</th>
            <th scope="col">{t('feedbackDistribution.mean')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.partnershipId}-${row.period}`} data-testid="feedback-row">
              <th scope="row">{row.partnership}</th>
              <td>{row.period}</td>
              {SCORES.map((score) => (
                <td key={score}>{row.usefulness[score]}</td>
              ))}
              <td>{row.given}</td>
              <td>{format(meanOf(row.usefulness, row.given))}</td>
            </tr>
          ))}
          {rows.length === 0 && !loading && (
            <tr>
              <td colSpan={9}>{t('feedbackDistribution.none')}</td>
            </tr>
          )}
        </tbody>
      </table>
    </section>
  );
}
