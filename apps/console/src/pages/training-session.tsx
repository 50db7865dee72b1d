import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api, ApiError, unwrap } from '../api/client';
import { useExperts, useHospitalName, useHospitals } from '../api/lookups';
import type { Attendee, CommandAnswer, Me, Page, TrainingSession } from '../api/views';
import { formatInstant } from '../i18n';
import { FormMessage, showProblem, resubmit } from '../forms/problem-fields';
import { RecordAttendance } from './record-attendance';

/** One training session: when, who trains, whether it was held, and who attended. */
export function TrainingSessionPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const client = useQueryClient();
  const [minPosition, setMinPosition] = useState<string | undefined>();
  const session = useQuery({
    queryKey: ['training-session', id, minPosition],
    queryFn: () => unwrap<TrainingSession>(api.GET('/v1/training-sessions/{id}', { params: { path: { id }, query: { ...(minPosition && { minPosition }) } } } as never)),
    // The page stays as it was while a write's result is read, so the forms on it keep what they show.
    placeholderData: (previous) => previous,
  });
  const experts = useExperts();
  const hospitals = useHospitals();
  const nameOf = useHospitalName();
  if (session.isPending) return <p>{t('loading')}</p>;
  if (session.isError) {
    const status = session.error instanceof ApiError ? session.error.problem.status : 0;
    return (
      <section>
        <h1>{t('training.title')}</h1>
        <p role="alert">{status === 404 ? t('training.notFound') : session.error.message}</p>
      </section>
    );
  }
  const s = session.data;
  const hospital = (hospitalId: string) => hospitals.data?.items.find((item) => item.id === hospitalId);
  const trainerNames = s.trainerExpertIds.map((expertId) => experts.data?.items.find((expert) => expert.id === expertId)?.name ?? expertId);
  const trainer = me.role === 'expert' && me.expert !== null && s.trainerExpertIds.includes(me.expert.id);
  const keeps = me.role === 'coordinator' || trainer;
  const readsAttendance = keeps || me.role === 'auditor' || (me.role === 'clinician' && me.hospital?.id === s.receivingHospitalId);
  const done = (answer: CommandAnswer) => {
    setMinPosition(answer.position);
    void client.invalidateQueries({ queryKey: ['training-sessions'] });
    void client.invalidateQueries({ queryKey: ['attendance', s.id] });
  };
  return (
    <section>
      <h1>
        {s.title} · <span className={`status status-${s.status}`}>{t(`trainingStatus.${s.status}`)}</span>
      </h1>
      <dl className="details">
        <dt>{t('training.format')}</dt>
        <dd>{t(`trainingFormat.${s.format}`)}</dd>
        <dt>{t('caseReview.hospitals')}</dt>
        <dd>
          {nameOf(hospital(s.givingHospitalId))} → {nameOf(hospital(s.receivingHospitalId))}
        </dd>
        <dt>{t('consultation.slot')}</dt>
        <dd>
          {formatInstant(s.slot.start)} – {formatInstant(s.slot.end)}
        </dd>
        <dt>{t('training.trainers')}</dt>
        <dd>{trainerNames.join(', ')}</dd>
        {s.heldAt && (
          <>
            <dt>{t('training.heldAt')}</dt>
            <dd>{formatInstant(s.heldAt)}</dd>
          </>
        )}
        {s.cancelledAt && (
          <>
            <dt>{t('trainingStatus.cancelled')}</dt>
            <dd>
              {formatInstant(s.cancelledAt)} — {s.cancelReason}
            </dd>
          </>
        )}
        <dt>{t('training.personTimes')}</dt>
        <dd data-testid="person-times">{s.personTimes}</dd>
      </dl>
      <div className="forms actions">
        {s.status === 'planned' && keeps && <MarkHeld session={s} onDone={done} />}
        {s.status === 'planned' && me.role === 'coordinator' && <CancelSession session={s} onDone={done} />}
      </div>
      {s.status === 'held' && keeps && <RecordAttendance session={s} onDone={done} />}
      {readsAttendance && <Attendees session={s} />}
    </section>
  );
}

function MarkHeld({ session, onDone }: { session: TrainingSession; onDone: (answer: CommandAnswer) => void }) {
  const { t } = useTranslation();
  const { handleSubmit, setError, clearErrors, formState } = useForm();
  const submit = handleSubmit(async () => {
    try {
      onDone(await unwrap<CommandAnswer>(api.POST('/v1/training-sessions/{id}/held', { params: { path: { id: session.id } }, body: {} } as never)));
    } catch (failure) {
      showProblem(failure, setError, []);
    }
  });
  return (
    <form className="card" onSubmit={resubmit(clearErrors, submit)}>
      <h2>{t('training.held')}</h2>
      <p className="hint">{t('training.heldHint')}</p>
      <FormMessage errors={formState.errors} />
      <button type="submit">{t('training.markHeld')}</button>
    </form>
  );
}

function CancelSession({ session, onDone }: { session: TrainingSession; onDone: (answer: CommandAnswer) => void }) {
  const { t } = useTranslation();
  const { register, handleSubmit, setError, clearErrors, formState } = useForm<{ reason: string }>({ defaultValues: { reason: '' } });
  const submit = handleSubmit(async (values) => {
    try {
      onDone(await unwrap<CommandAnswer>(api.POST('/v1/training-sessions/{id}/cancel', { params: { path: { id: session.id } }, body: values } as never)));
    } catch (failure) {
      showProblem(failure, setError, ['reason']);
    }
  });
  return (
    <form className="card" noValidate onSubmit={resubmit(clearErrors, submit)}>
      <h2>{t('training.cancel')}</h2>
      <label>
        {t('actions.reason')}
        <input {...register('reason')} aria-describedby="cancel-reason-error" />
        {formState.errors.reason?.message && (
          <span className="field-error" id="cancel-reason-error">
            {formState.errors.reason.message}
          </span>
        )}
      </label>
      <FormMessage errors={formState.errors} />
      <button type="submit">{t('training.cancelSubmit')}</button>
    </form>
  );
}

function Attendees({ session }: { session: TrainingSession }) {
  const { t } = useTranslation();
  const attendance = useQuery({
    queryKey: ['attendance', session.id, session.position],
    queryFn: () =>
      unwrap<Page<Attendee> & { personTimes: number }>(
        api.GET('/v1/training-sessions/{id}/attendance', { params: { path: { id: session.id }, query: { limit: 200, minPosition: session.position } } } as never),
      ),
  });
  const items = attendance.data?.items ?? [];
  return (
    <>
      <h2>{t('training.attendees')}</h2>
      {attendance.isError && <p role="alert">{attendance.error.message}</p>}
      {attendance.isSuccess && items.length === 0 && <p>{t('training.noAttendees')}</p>}
      {items.length > 0 && (
        <table>
          <caption className="visually-hidden">{t('training.attendees')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('training.staffId')}</th>
              <th scope="col">{t('request.name')}</th>
              <th scope="col">{t('training.recordedAt')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((attendee) => (
              <tr key={attendee.staffId} data-testid="attendee">
                <td>{attendee.staffId}</td>
                <td>{attendee.name}</td>
                <td>{formatInstant(attendee.recordedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
