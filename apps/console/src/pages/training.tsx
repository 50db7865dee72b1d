import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, unwrap } from '../api/client';
import { instantOf, useExperts, useHospitalName, usePartnerships } from '../api/lookups';
import { type CommandAnswer, type Me, type Page, TRAINING_FORMATS, type TrainingFormat, type TrainingSession } from '../api/views';
import { formatInstant } from '../i18n';
import { describedBy, FieldMessage, FormMessage, showProblem, resubmit } from '../forms/problem-fields';

/** The training sessions of the programme, and (for those who plan them) the form to plan one. */
export function Training({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [partnershipId, setPartnershipId] = useState('');
  const partnerships = usePartnerships();
  const nameOf = useHospitalName();
  const sessions = useQuery({
    queryKey: ['training-sessions', partnershipId],
    queryFn: () => unwrap<Page<TrainingSession>>(api.GET('/v1/training-sessions', { params: { query: { ...(partnershipId && { partnershipId }) } } } as never)),
  });
  const partnershipName = (id: string) => {
    const partnership = partnerships.data?.items.find((item) => item.id === id);
    return partnership ? `${nameOf(partnership.givingHospital)} → ${nameOf(partnership.receivingHospital)}` : id;
  };
  const items = sessions.data?.items ?? [];
  return (
    <section>
      <h1>{t('nav.training')}</h1>
      <div className="filters">
        <label>
          {t('request.partnership')}
          <select value={partnershipId} onChange={(event) => setPartnershipId(event.target.value)}>
            <option value="">{t('training.anyPartnership')}</option>
            {(partnerships.data?.items ?? []).map((item) => (
              <option key={item.id} value={item.id}>
                {partnershipName(item.id)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {sessions.isError && <p role="alert">{sessions.error.message}</p>}
      {sessions.isSuccess && items.length === 0 && <p>{t('worklist.empty')}</p>}
      {items.length > 0 && (
        <table>
          <caption className="visually-hidden">{t('nav.training')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('training.sessionTitle')}</th>
              <th scope="col">{t('training.format')}</th>
              <th scope="col">{t('request.partnership')}</th>
              <th scope="col">{t('consultation.slot')}</th>
              <th scope="col">{t('worklist.status')}</th>
              <th scope="col">{t('training.personTimes')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((session) => (
              <tr key={session.id}>
                <td>
                  <Link to={`/training/${session.id}`}>{session.title}</Link>
                </td>
                <td>{t(`trainingFormat.${session.format}`)}</td>
                <td>{partnershipName(session.partnershipId)}</td>
                <td>{formatInstant(session.slot.start)}</td>
                <td>
                  <span className={`status status-${session.status}`}>{t(`trainingStatus.${session.status}`)}</span>
                </td>
                <td>{session.personTimes}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {(me.role === 'coordinator' || me.role === 'expert') && <PlanSession me={me} />}
    </section>
  );
}

interface PlanForm {
  partnershipId: string;
  title: string;
  format: TrainingFormat;
  date: string;
  from: string;
  to: string;
  trainerExpertIds: string[];
  start: string;
  end: string;
}

const PLAN_FIELDS = ['partnershipId', 'title', 'format', 'start', 'end', 'trainerExpertIds'];

function PlanSession({ me }: { me: Me }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const nameOf = useHospitalName();
  const partnerships = usePartnerships(me.role === 'expert' ? me.hospital?.id : undefined);
  const { register, handleSubmit, setError, clearErrors, watch, formState } = useForm<PlanForm>({
    defaultValues: { format: 'lecture', from: '09:00', to: '11:00', trainerExpertIds: me.role === 'expert' && me.expert ? [me.expert.id] : [] },
  });
  const chosen = partnerships.data?.items.find((item) => item.id === watch('partnershipId'));
  const trainers = useExperts(chosen?.givingHospital.id);
  const submit = handleSubmit(async ({ partnershipId, title, format, date, from, to, trainerExpertIds }) => {
    // Sent even when incomplete, so that every missing field is named at once, beside it.
    const slot = date ? { start: instantOf(date, from), end: instantOf(date, to) } : { start: '', end: '' };
    try {
      const answer = await unwrap<CommandAnswer>(api.POST('/v1/training-sessions', { body: { partnershipId, title, format, ...slot, trainerExpertIds } as never }));
      navigate(`/training/${answer.id}`);
    } catch (failure) {
      showProblem(failure, setError, PLAN_FIELDS);
    }
  });
  return (
    <form className="card" noValidate onSubmit={resubmit(clearErrors, submit)}>
      <h2>{t('training.plan')}</h2>
      <label>
        {t('request.partnership')}
        <select {...register('partnershipId')} {...describedBy('partnershipId')}>
          <option value="">{t('choose')}</option>
          {(partnerships.data?.items ?? []).map((item) => (
            <option key={item.id} value={item.id}>
              {nameOf(item.givingHospital)} → {nameOf(item.receivingHospital)}
            </option>
          ))}
        </select>
        <FieldMessage errors={formState.errors} name="partnershipId" />
      </label>
      <label>
        {t('training.sessionTitle')}
        <input {...register('title')} {...describedBy('title')} />
        <FieldMessage errors={formState.errors} name="title" />
      </label>
      <label>
        {t('training.format')}
        <select {...register('format')}>
          {TRAINING_FORMATS.map((format) => (
            <option key={format} value={format}>
              {t(`trainingFormat.${format}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('calendar.date')}
        <input type="date" {...register('date')} {...describedBy('start')} />
        <FieldMessage errors={formState.errors} name="start" />
      </label>
      <label>
        {t('calendar.from')}
        <input type="time" {...register('from')} />
      </label>
      <label>
        {t('calendar.to')}
        <input type="time" {...register('to')} {...describedBy('end')} />
        <FieldMessage errors={formState.errors} name="end" />
      </label>
      <fieldset {...describedBy('trainerExpertIds')}>
        <legend>{t('training.trainers')}</legend>
        {!chosen && <p className="hint">{t('caseReview.choosePartnershipFirst')}</p>}
        {(chosen ? trainers.data?.items ?? [] : []).map((expert) => (
          <label className="check" key={expert.id}>
            <input type="checkbox" value={expert.id} {...register('trainerExpertIds')} />
            {expert.name} · {expert.specialty}
          </label>
        ))}
        <FieldMessage errors={formState.errors} name="trainerExpertIds" />
      </fieldset>
      <FormMessage errors={formState.errors} />
      <button type="submit" disabled={formState.isSubmitting}>
        {t('training.planSubmit')}
      </button>
    </form>
  );
}
