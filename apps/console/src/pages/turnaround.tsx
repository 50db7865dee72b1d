import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { api, unwrap } from '../api/client';
import { useHospitalName, usePartnerships } from '../api/lookups';
import type { Turnaround as TurnaroundAnswer, TurnaroundStage } from '../api/views';

type Grouping = 'month' | 'department';

type Unit = 'minutes' | 'hours';
/** A figure in the chart's unit, to a tenth. */
const inUnit = (minutes: number | null, unit: Unit) => (minutes === null ? null : Math.round((unit === 'hours' ? minutes / 60 : minutes) * 10) / 10);
const share = (stage: TurnaroundStage) => (stage.withinTarget === null ? '—' : `${Math.round(stage.withinTarget * 100)}%`);

/**
 * How fast requests are accepted and answered, per month or per department pairing: median and
 * 90th percentile in hours, the share within the agreement's targets, and deadlines recorded overdue.
 */
export function Turnaround({ year }: { year: string }) {
  const { t, i18n } = useTranslation();
  const nameOf = useHospitalName();
  const partnerships = usePartnerships();
  const [partnershipId, setPartnershipId] = useState('');
  const [groupBy, setGroupBy] = useState<Grouping>('month');
  const turnaround = useQuery({
    queryKey: ['turnaround', year, partnershipId, groupBy],
    // Calendar dates are Beijing days, `to` inclusive.
    queryFn: () =>
      unwrap<TurnaroundAnswer>(
        api.GET('/v1/stats/turnaround', { params: { query: { from: `${year}-01-01`, to: `${year}-12-31`, groupBy, ...(partnershipId && { partnershipId }) } } } as never),
      ),
  });
  const data = turnaround.data;
  const labelOf = (entry: { label: { zh: string; en: string } }) => (i18n.language === 'zh' ? entry.label.zh : entry.label.en);
  const series = data?.series ?? [];
  // Hours once any figure passes two of them; minutes while every request is answered within that.
  const longest = Math.max(0, ...series.flatMap((entry) => [entry.accept.p90Minutes ?? 0, entry.answer.p90Minutes ?? 0]));
  const unit: Unit = longest > 120 ? 'hours' : 'minutes';
  const unitName = t(`turnaround.units.${unit}`);
  const rows = series.map((entry) => ({
    group: labelOf(entry),
    acceptMedian: inUnit(entry.accept.medianMinutes, unit),
    acceptP90: inUnit(entry.accept.p90Minutes, unit),
    answerMedian: inUnit(entry.answer.medianMinutes, unit),
    answerP90: inUnit(entry.answer.p90Minutes, unit),
    entry,
  }));
  return (
    <section aria-labelledby="turnaround-heading">
      <h2 id="turnaround-heading">{t('turnaround.heading')}</h2>
      <p className="hint">{t('turnaround.intro')}</p>
      <div className="filters">
        <label>
          {t('request.partnership')}
          <select value={partnershipId} onChange={(event) => setPartnershipId(event.target.value)}>
            <option value="">{t('training.anyPartnership')}</option>
            {(partnerships.data?.items ?? []).map((item) => (
              <option key={item.id} value={item.id}>
                {nameOf(item.givingHospital)} → {nameOf(item.receivingHospital)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('turnaround.groupBy')}
          <select value={groupBy} onChange={(event) => setGroupBy(event.target.value as Grouping)}>
            <option value="month">{t('turnaround.byMonth')}</option>
            <option value="department">{t('turnaround.byDepartment')}</option>
          </select>
        </label>
      </div>
      {turnaround.isError && <p role="alert">{turnaround.error.message}</p>}
      {data && (
        <p className="totals" data-testid="turnaround-totals">
          {t('turnaround.consultations')}: <strong>{data.consultations}</strong> · {t('turnaround.acceptWithin')}: <strong>{share(data.accept)}</strong> ·{' '}
          {t('turnaround.answerWithin')}: <strong>{share(data.answer)}</strong> · {t('turnaround.overdueResponse')}: <strong>{data.overdue.response}</strong> ·{' '}
          {t('turnaround.overdueOpinion')}: <strong>{data.overdue.opinion}</strong>
        </p>
      )}
      <div className="chart" role="img" aria-label={t('turnaround.chartLabel', { unit: unitName })}>
        <ResponsiveContainer width="100%" height={260}>
          <BarChart data={rows}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="group" />
            <YAxis />
            <Tooltip />
            <Legend />
            <Bar dataKey="acceptMedian" name={t('turnaround.acceptMedian', { unit: unitName })} fill="#5b8def" />
            <Bar dataKey="acceptP90" name={t('turnaround.acceptP90', { unit: unitName })} fill="#9bb8f3" />
            <Bar dataKey="answerMedian" name={t('turnaround.answerMedian', { unit: unitName })} fill="#2e7d5b" />
            <Bar dataKey="answerP90" name={t('turnaround.answerP90', { unit: unitName })} fill="#8cc9ab" />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <table>
        <caption>{t('turnaround.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{groupBy === 'month' ? t('stats.month') : t('turnaround.pairing')}</th>
            <th scope="col">{t('turnaround.consultations')}</th>
            <th scope="col">{t('turnaround.acceptMedian', { unit: unitName })}</th>
            <th scope="col">{t('turnaround.acceptP90', { unit: unitName })}</th>
            <th scope="col">{t('turnaround.acceptWithin')}</th>
            <th scope="col">{t('turnaround.answerMedian', { unit: unitName })}</th>
            <th scope="col">{t('turnaround.answerP90', { unit: unitName })}</th>
            <th scope="col">{t('turnaround.answerWithin')}</th>
            <th scope="col">{t('turnaround.overdueResponse')}</th>
            <th scope="col">{t('turnaround.overdueOpinion')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ group, acceptMedian, acceptP90, answerMedian, answerP90, entry }) => (
            <tr key={group} data-testid="turnaround-row">
              <th scope="row">{group}</th>
              <td>{entry.consultations}</td>
              <td>{acceptMedian ?? '—'}</td>
              <td>{acceptP90 ?? '—'}</td>
              <td>{share(entry.accept)}</td>
              <td>{answerMedian ?? '—'}</td>
              <td>{answerP90 ?? '—'}</td>
              <td>{share(entry.answer)}</td>
              <td>{entry.overdue.response}</td>
              <td>{entry.overdue.opinion}</td>
            </tr>
          ))}
          {rows.length === 0 && !turnaround.isPending && (
            <tr>
              <td colSpan={10}>{t('worklist.empty')}</td>
            </tr>
          )}
        </tbody>
      </table>
    </section>
  );
}
