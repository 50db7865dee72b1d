import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client';
import type { Page, PatientAccess } from '../api/views';
import { formatInstant } from '../i18n';
import { FilterForm, type FilterField, MoreButton, useFilteredPages } from '../forms/filtered-pages';

const STREAM_PREFIX: Record<PatientAccess['kind'], string> = { consultations: 'consultation-', 'case-reviews': 'case-review-' };

const NO_FILTER = { userId: '', caseId: '', from: '', to: '' };
const FIELDS: FilterField<typeof NO_FILTER>[] = [
  { key: 'userId', label: 'accessTrail.user' },
  { key: 'caseId', label: 'accessTrail.case' },
  { key: 'from', label: 'audit.from', type: 'datetime-local' },
  { key: 'to', label: 'audit.to', type: 'datetime-local' },
];

/** Who read which patient's case, when, from where, and whether it was allowed: the auditor's trail of reads. */
export function AccessTrail() {
  const { t } = useTranslation();
  const { pages: trail, items, form } = useFilteredPages('access-trail', FIELDS, NO_FILTER, (query) =>
    unwrap<Page<PatientAccess>>(api.GET('/v1/audit/access', { params: { query } } as never)),
  );
  return (
    <section>
      <h1>{t('nav.accessTrail')}</h1>
      <p className="hint">{t('accessTrail.intro')}</p>
      <FilterForm form={form} />
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
      <MoreButton pages={trail} />
    </section>
  );
}
