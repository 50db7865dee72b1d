import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client';
import { CASE_REVIEW_STATUSES, type CaseReview, type CaseReviewStatus, type Me, type Page } from '../api/views';
import { formatInstant } from '../i18n';
import { DueCell } from './deadlines';

type OverdueFilter = '' | 'true' | 'false';

/**
 * Case reviews as the caller may see them: a clinician's hospital's requests, an expert's
 * invitations (with their own answer), every one for coordinators and auditors.
 */
export function CaseReviews({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<CaseReviewStatus | ''>('');
  const [overdue, setOverdue] = useState<OverdueFilter>('');
  const reviews = useQuery({
    queryKey: ['case-reviews', status, overdue],
    queryFn: () =>
      unwrap<Page<CaseReview>>(api.GET('/v1/case-reviews', { params: { query: { ...(status && { status }), ...(overdue && { overdue: overdue === 'true' }) } } } as never)),
  });
  const expertId = me.role === 'expert' ? me.expert?.id : undefined;
  const items = reviews.data?.items ?? [];
  return (
    <section>
      <h1>{expertId ? t('caseReview.invitations') : t('nav.caseReviews')}</h1>
      <div className="filters">
        <label>
          {t('worklist.status')}
          <select value={status} onChange={(event) => setStatus(event.target.value as CaseReviewStatus | '')}>
            <option value="">{t('worklist.anyStatus')}</option>
            {CASE_REVIEW_STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`caseReviewStatus.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('worklist.deadlines')}
          <select value={overdue} onChange={(event) => setOverdue(event.target.value as OverdueFilter)}>
            <option value="">{t('worklist.anyDeadline')}</option>
            <option value="true">{t('worklist.overdueOnly')}</option>
            <option value="false">{t('worklist.notOverdue')}</option>
          </select>
        </label>
        {me.role === 'clinician' && (
          <Link className="button" to="/case-reviews/new">
            {t('nav.requestCaseReview')}
          </Link>
        )}
      </div>
      {reviews.isError && <p role="alert">{reviews.error.message}</p>}
      {reviews.isSuccess && items.length === 0 && <p>{t('worklist.empty')}</p>}
      {items.length > 0 && (
        <table>
          <caption className="visually-hidden">{t('nav.caseReviews')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('consultation.patient')}</th>
              <th scope="col">{t('caseReview.specialties')}</th>
              <th scope="col">{t('consultation.purpose')}</th>
              <th scope="col">{t('worklist.status')}</th>
              {expertId && <th scope="col">{t('caseReview.yourAnswer')}</th>}
              <th scope="col">{t('consultation.requestedAt')}</th>
              <th scope="col">{t('worklist.due')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('worklist.open')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((review) => {
              const reference = review.patient?.reference ?? review.id.slice(0, 8);
              const mine = review.invitations.find((invitation) => invitation.expertId === expertId);
              return (
                <tr key={review.id} data-testid="case-review-row">
                  <td>{review.patient?.reference ?? '—'}</td>
                  <td>{review.specialties.join(', ')}</td>
                  <td>{review.purpose}</td>
                  <td>
                    <span className={`status status-${review.status}`}>{t(`caseReviewStatus.${review.status}`)}</span>
                  </td>
                  {expertId && <td>{mine ? t(`invitationAnswer.${mine.answer}`) : '—'}</td>}
                  <td>{formatInstant(review.requestedAt)}</td>
                  <td>
                    <DueCell record={review} />
                  </td>
                  <td>
                    <Link to={`/case-reviews/${review.id}`} aria-label={t('caseReview.openLabel', { reference })}>
                      {t('worklist.open')}
                    </Link>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
