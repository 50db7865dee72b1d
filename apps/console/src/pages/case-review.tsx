import { lazy, Suspense, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api, ApiError, unwrap } from '../api/client';
import { useExperts, useHospitalName, useHospitals } from '../api/lookups';
import type { CaseReview, CommandAnswer, ExpertListing, Me } from '../api/views';
import { formatInstant } from '../i18n';
import { CaseReviewActions } from './case-review-actions';
import { Deadlines, OverdueMark } from './deadlines';

const CaseMaterials = lazy(() => import('./case-materials').then((module) => ({ default: module.CaseMaterials })));

/** One case review: the case, its panel and their answers, the contributions, the conclusion, and what the caller may do now. */
export function CaseReviewPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const client = useQueryClient();
  const [minPosition, setMinPosition] = useState<string | undefined>();
  const review = useQuery({
    queryKey: ['case-review', id, minPosition],
    queryFn: () => unwrap<CaseReview>(api.GET('/v1/case-reviews/{id}', { params: { path: { id }, query: { ...(minPosition && { minPosition }) } } } as never)),
    // The page stays as it was while a write's result is read, so the forms on it keep what they show.
    placeholderData: (previous) => previous,
  });
  const experts = useExperts();
  const hospitals = useHospitals();
  const nameOf = useHospitalName();
  if (review.isPending) return <p>{t('loading')}</p>;
  if (review.isError) {
    const status = review.error instanceof ApiError ? review.error.problem.status : 0;
    return (
      <section>
        <h1>{t('caseReview.title')}</h1>
        <p role="alert">{status === 404 ? t('caseReview.notFound') : review.error.message}</p>
      </section>
    );
  }
  const r = review.data;
  const expertById = new Map<string, ExpertListing>((experts.data?.items ?? []).map((expert) => [expert.id, expert]));
  const expertName = (expertId: string) => expertById.get(expertId)?.name ?? expertId;
  const hospital = (hospitalId: string) => hospitals.data?.items.find((item) => item.id === hospitalId);
  const done = (answer: CommandAnswer) => {
    setMinPosition(answer.position);
    void client.invalidateQueries({ queryKey: ['case-reviews'] });
  };
  // Materials are patient details: never for coordinators. Panelists and the requesting hospital add to them while the case is open.
  const onPanel = me.role === 'expert' && me.expert !== null && r.panel.some((member) => member.expertId === me.expert!.id);
  const mayAttach = !['concluded', 'cancelled'].includes(r.status) && ((me.role === 'clinician' && me.hospital?.id === r.requestingHospitalId) || onPanel);
  return (
    <section>
      <h1>
        {t('caseReview.title')} · <span className={`status status-${r.status}`}>{t(`caseReviewStatus.${r.status}`)}</span>
        {r.overdue && (
          <>
            {' '}
            <OverdueMark />
          </>
        )}
      </h1>
      <dl className="details">
        {r.patient && (
          <>
            <dt>{t('consultation.patient')}</dt>
            <dd>{[r.patient.reference, r.patient.name].filter(Boolean).join(' · ')}</dd>
          </>
        )}
        <dt>{t('caseReview.hospitals')}</dt>
        <dd>
          {nameOf(hospital(r.requestingHospitalId))} → {nameOf(hospital(r.givingHospitalId))}
        </dd>
        <dt>{t('caseReview.specialties')}</dt>
        <dd>{r.specialties.join(', ')}</dd>
        <dt>{t('consultation.urgency')}</dt>
        <dd>{t(`urgency.${r.urgency}`)}</dd>
        <dt>{t('consultation.purpose')}</dt>
        <dd>{r.purpose}</dd>
        {r.caseSummary && (
          <>
            <dt>{t('consultation.caseSummary')}</dt>
            <dd className="text">{r.caseSummary}</dd>
          </>
        )}
        {r.slot && (
          <>
            <dt>{t('consultation.slot')}</dt>
            <dd>
              {formatInstant(r.slot.start)} – {formatInstant(r.slot.end)}
            </dd>
          </>
        )}
        {r.conclusion && (
          <>
            <dt>{t('caseReview.conclusion')}</dt>
            <dd className="text" data-testid="conclusion">
              {r.conclusion}
            </dd>
          </>
        )}
      </dl>
      <Deadlines record={r} labels="caseReviewDeadlines" />
      <h2>{t('caseReview.panel')}</h2>
      {r.invitations.length === 0 ? (
        <p>{t('caseReview.noInvitations')}</p>
      ) : (
        <table>
          <caption className="visually-hidden">{t('caseReview.panel')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('signIn.expert')}</th>
              <th scope="col">{t('registry.hospital')}</th>
              <th scope="col">{t('consultation.specialty')}</th>
              <th scope="col">{t('caseReview.answer')}</th>
            </tr>
          </thead>
          <tbody>
            {r.invitations.map((invitation) => (
              <tr key={invitation.expertId} data-testid="panelist">
                <td>{expertName(invitation.expertId)}</td>
                <td>{nameOf(hospital(invitation.hospitalId))}</td>
                <td>{invitation.specialty}</td>
                <td>
                  {t(`invitationAnswer.${invitation.answer}`)}
                  {invitation.reason && ` — ${invitation.reason}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {r.contributions.length > 0 && (
        <>
          <h2>{t('caseReview.contributionsHeading')}</h2>
          <ul className="plain contributions">
            {r.contributions.map((contribution) => (
              <li key={`${contribution.expertId}-${contribution.recordedAt}`} className="card wide" data-testid="contribution">
                <strong>{expertName(contribution.expertId)}</strong> · <time dateTime={contribution.recordedAt}>{formatInstant(contribution.recordedAt)}</time>
                {contribution.opinion && <p className="text">{contribution.opinion}</p>}
              </li>
            ))}
          </ul>
        </>
      )}
      {me.role !== 'coordinator' && (
        <Suspense fallback={<p>{t('loading')}</p>}>
          <CaseMaterials kind="case-reviews" caseId={r.id} canAttach={mayAttach} />
        </Suspense>
      )}
      <h2>{t('consultation.timeline')}</h2>
      <ol className="timeline">
        {timelineOf(r).map(([key, at, note]) => (
          <li key={`${key}-${at}`}>
            <time dateTime={at}>{formatInstant(at)}</time> {t(`caseReviewTimeline.${key}`)}
            {note && <span className="note"> — {note.startsWith('expert:') ? expertName(note.slice('expert:'.length)) : note}</span>}
          </li>
        ))}
      </ol>
      <CaseReviewActions me={me} review={r} onDone={done} />
    </section>
  );
}

function timelineOf(r: CaseReview): Array<[string, string, string | null]> {
  const steps: Array<[string, string | null, string | null]> = [
    ['requested', r.requestedAt, null],
    ...r.invitations.map((invitation): [string, string | null, string | null] => ['invited', invitation.invitedAt, `expert:${invitation.expertId}`]),
    ...r.invitations
      .filter((invitation) => invitation.answer !== 'pending')
      .map((invitation): [string, string | null, string | null] => [invitation.answer, invitation.answeredAt, `expert:${invitation.expertId}`]),
    ['started', r.startedAt, null],
    ...r.contributions.map((contribution): [string, string | null, string | null] => ['contributed', contribution.recordedAt, `expert:${contribution.expertId}`]),
    ['concluded', r.concludedAt, null],
    ['cancelled', r.cancelledAt, r.cancelReason],
    ['responseOverdue', r.deadlines?.accept?.overdueAt ?? null, null],
    ['conclusionOverdue', r.deadlines?.answer?.overdueAt ?? null, null],
  ];
  return steps.filter((step): step is [string, string, string | null] => step[1] !== null).sort((a, b) => a[1].localeCompare(b[1]));
}
