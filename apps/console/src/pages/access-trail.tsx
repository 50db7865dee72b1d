import { useState } from 'react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client';
import type { Page, PatientAccess } from '../api/views';
import { formatInstant } from '../i18n';

const STREAM_PREFIX: Record<PatientAccess['kind'], string> = { consultations: 'consultation-', 'case-reviews': 'case-review-' };

/** Who read which patient's case, when, from where, and whether it was allowed: the auditor's trail of reads. */
export function AccessTrail() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState({ userId: '', caseId: '', from: '', to: '' });
  const [applied, setApplied] = useState(filter);
  const trail = useInfiniteQuery({
    queryKey: ['access-trail', applied],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap<Page<PatientAccess>>(
        api.GET('/v1/audit/access', {
          params: {
            query: {
              ...(applied.userId && { userId: applied.userId }),
              ...(applied.caseId && { caseId: applied.caseId }),
              ...(applied.from && { from: new Date(applied.from).toISOString() }),
              ...(applied.to && { to: new Date(applied.to).toISOString() }),
              ...(pageParam && { cursor: pageParam }),
            },
          },
        } as never),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const bind = (key: keyof typeof filter) => ({ value: filter[key], onChange: (event: React.ChangeEvent<HTMLInputElement>) => setFilter({ ...filter, [key]: event.target.value }) });
  const items = trail.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section>
      <h1>{t('nav.accessTrail')}</h1>
      <p className="hint">{t('accessTrail.intro')}</p>
      <form
        className="filters"
        onSubmit={(event) => {
          event.preventDefault();
          setApplied(filter);
        }}
      >
        <label>
          {t('accessTrail.user')}
          <input {...bind('userId')} />
        </label>
        <label>
          {t('accessTrail.case')}
          <input {...bind('caseId')} />
        </label>
        <label>
          {t('audit.from')}
          <input type="datetime-local" {...bind('from')} />
        </label>
        <label>
          {t('audit.to')}
          <input type="datetime-local" {...bind('to')} />
        </label>
        <button type="submit">{t('audit.apply')}</button>
      </form>
      {trail.isError && <p role="alert">{trail.error.message}</p>}
      {trail.isSuccess && items.length === 0 && <p>{t('worklist.empty')}</p>}
      {items.length > 0 && (
        <table>
          <caption className="visually-hidden">{t('nav.accessTrail')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('accessTrail.at')}</th>
              <th scope="col">{t('accessTrail.user')}</th>
              <th scope="col">{t('accessTrail.action')}</th>
              <th scope="col">{t('accessTrail.case')}</th>
              <th scope="col">{t('accessTrail.outcome')}</th>
              <th scope="col">{t('accessTrail.source')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((access) => (
              <tr key={access.position} data-testid="access-row" className={access.outcome === 'denied' ? 'faulty' : undefined}>
                <td>{formatInstant(access.at)}</td>
                <td>
                  {access.userId} ({t(`roles.${access.role}`, { defaultValue: access.role })})
                </td>
                <td>{t(`accessTrail.actions.${access.action}`)}</td>
                <td>
                  {t(`accessTrail.kinds.${access.kind}`)}{' '}
                  <Link to={`/audit/streams/${STREAM_PREFIX[access.kind]}${access.caseId}`}>{access.caseId}</Link>
                </td>
                <td className={access.outcome === 'denied' ? 'error' : undefined}>{t(`accessTrail.outcomes.${access.outcome}`)}</td>
                <td>{access.sourceAddress ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {trail.hasNextPage && (
        <button type="button" onClick={() => void trail.fetchNextPage()}>
          {t('more')}
        </button>
      )}
    </section>
  );
}
