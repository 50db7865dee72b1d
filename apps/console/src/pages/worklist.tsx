import { useState } from 'react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client';
import { CONSULTATION_STATUSES, type Consultation, type ConsultationStatus, type Me, type Page } from '../api/views';
import { formatInstant } from '../i18n';
import { DueCell } from './deadlines';

type OverdueFilter = '' | 'true' | 'false';

/** The consultations the caller may see (the API scopes them), filtered by status and searched by patient reference. */
export function Worklist({ me, inbox = false }: { me: Me; inbox?: boolean }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<ConsultationStatus | ''>(inbox ? 'requested' : '');
  const [search, setSearch] = useState('');
  const [overdue, setOverdue] = useState<OverdueFilter>('');
  const list = useInfiniteQuery({
    queryKey: ['consultations', { status, overdue }],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap<Page<Consultation>>(
        api.GET('/v1/consultations', { params: { query: { ...(status && { status }), ...(overdue && { overdue: overdue === 'true' }), ...(pageParam && { cursor: pageParam }), limit: 50 } } }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = (list.data?.pages.flatMap((page) => page.items) ?? []).filter(
    (item) => search === '' || (item.patient?.reference ?? '').toLowerCase().includes(search.toLowerCase()),
  );
  const seesPatients = me.role === 'clinician' || me.role === 'expert';
  return (
    <section>
      <h1>{inbox ? t('nav.inbox') : t('nav.worklist')}</h1>
      {inbox && <p className="hint">{t('worklist.inboxHint')}</p>}
      <div className="filters">
        {!inbox && (
          <label>
            {t('worklist.status')}
            <select value={status} onChange={(event) => setStatus(event.target.value as ConsultationStatus | '')}>
              <option value="">{t('worklist.anyStatus')}</option>
              {CONSULTATION_STATUSES.map((value) => (
                <option key={value} value={value}>
                  {t(`status.${value}`)}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          {t('worklist.deadlines')}
          <select value={overdue} onChange={(event) => setOverdue(event.target.value as OverdueFilter)}>
            <option value="">{t('worklist.anyDeadline')}</option>
            <option value="true">{t('worklist.overdueOnly')}</option>
            <option value="false">{t('worklist.notOverdue')}</option>
          </select>
        </label>
        {seesPatients && (
          <label>
            {t('worklist.search')}
            <input type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
          </label>
        )}
      </div>
      {list.isError && <p role="alert">{list.error.message}</p>}
      <table aria-busy={list.isFetching}>
        <caption className="visually-hidden">{inbox ? t('nav.inbox') : t('nav.worklist')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('consultation.requestedAt')}</th>
            {seesPatients && <th scope="col">{t('consultation.patient')}</th>}
            <th scope="col">{t('consultation.specialty')}</th>
            <th scope="col">{t('consultation.urgency')}</th>
            <th scope="col">{t('worklist.status')}</th>
            <th scope="col">{t('worklist.due')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('worklist.open')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} data-testid="worklist-row">
              <td>{formatInstant(item.requestedAt)}</td>
              {seesPatients && <td>{item.patient?.reference ?? '—'}</td>}
              <td>{item.specialty}</td>
              <td>{t(`urgency.${item.urgency}`)}</td>
              <td>
                <span className={`status status-${item.status}`}>{t(`status.${item.status}`)}</span>
              </td>
              <td>
                <DueCell record={item} />
              </td>
              <td>
                <Link to={`/consultations/${item.id}`} aria-label={`${t('worklist.open')} ${item.patient?.reference ?? item.specialty}`}>
                  {t('worklist.open')}
                </Link>
              </td>
            </tr>
          ))}
          {items.length === 0 && !list.isPending && (
            <tr>
              <td colSpan={7}>{t('worklist.empty')}</td>
            </tr>
          )}
        </tbody>
      </table>
      {list.hasNextPage && (
        <button type="button" onClick={() => void list.fetchNextPage()}>
          {t('more')}
        </button>
      )}
    </section>
  );
}
