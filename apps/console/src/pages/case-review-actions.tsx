import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { instantOf, useExperts } from '../api/lookups';
import type { CaseReview, CommandAnswer, Me } from '../api/views';
import { describedBy, FieldMessage, FormMessage, showProblem, resubmit } from '../forms/problem-fields';

type Command = 'invitations' | 'accept' | 'decline' | 'schedule' | 'start' | 'contributions' | 'conclude' | 'cancel';

function post(id: string, command: Command, body?: object): Promise<CommandAnswer> {
  return unwrap<CommandAnswer>(api.POST(`/v1/case-reviews/{id}/${command}` as '/v1/case-reviews/{id}/accept', { params: { path: { id } }, body: body as never }));
}

interface Props {
  me: Me;
  review: CaseReview;
  onDone: (answer: CommandAnswer) => void;
}

/** Only what the caller's role and part in this case review allow, in the order the review goes. */
export function CaseReviewActions({ me, review, onDone }: Props) {
  const expertId = me.role === 'expert' ? me.expert?.id : undefined;
  const open = review.status === 'requested' || review.status === 'scheduled';
  const requester = me.role === 'clinician' && me.hospital?.id === review.requestingHospitalId;
  const coordinator = me.role === 'coordinator';
  const pending = review.invitations.some((invitation) => invitation.expertId === expertId && invitation.answer === 'pending');
  const panelist = review.panel.some((member) => member.expertId === expertId);
  return (
    <div className="forms actions">
      {open && (requester || coordinator) && <Invite review={review} onDone={onDone} />}
      {open && pending && <AnswerInvitation review={review} onDone={onDone} />}
      {open && coordinator && review.panel.length > 0 && <Schedule review={review} onDone={onDone} />}
      {review.status === 'scheduled' && (coordinator || panelist) && <Start review={review} onDone={onDone} />}
      {review.status === 'in-progress' && panelist && <TextCommand review={review} onDone={onDone} command="contributions" field="opinion" />}
      {review.status === 'in-progress' && (panelist || coordinator) && <TextCommand review={review} onDone={onDone} command="conclude" field="conclusion" />}
      {(open || review.status === 'in-progress') && (requester || coordinator) && <TextCommand review={review} onDone={onDone} command="cancel" field="reason" />}
    </div>
  );
}

type Step = Omit<Props, 'me'>;

/** The giving hospital's experts not yet invited, to choose the panel from. */
function Invite({ review, onDone }: Step) {
  const { t } = useTranslation();
  const experts = useExperts(review.givingHospitalId);
  const { register, handleSubmit, setError, clearErrors, reset, formState } = useForm<{ expertIds: string[] }>({ defaultValues: { expertIds: [] } });
  const invited = new Set(review.invitations.map((invitation) => invitation.expertId));
  const candidates = (experts.data?.items ?? []).filter((expert) => !invited.has(expert.id));
  const submit = handleSubmit(async (values) => {
    try {
      onDone(await post(review.id, 'invitations', values));
      reset();
    } catch (failure) {
      showProblem(failure, setError, ['expertIds']);
    }
  });
  if (candidates.length === 0) return null;
  return (
    <form className="card" noValidate onSubmit={resubmit(clearErrors, submit)}>
      <fieldset {...describedBy('expertIds')}>
        <legend>{t('caseReview.invite')}</legend>
        {candidates.map((expert) => (
          <label className="check" key={expert.id}>
            <input type="checkbox" value={expert.id} {...register('expertIds')} />
            {expert.name} · {t(`titles.${expert.title}`, { defaultValue: expert.title })} · {expert.specialty}
          </label>
        ))}
        <FieldMessage errors={formState.errors} name="expertIds" />
      </fieldset>
      <FormMessage errors={formState.errors} />
      <button type="submit" disabled={formState.isSubmitting}>
        {t('caseReview.inviteSubmit')}
      </button>
    </form>
  );
}

function AnswerInvitation({ review, onDone }: Step) {
  const { t } = useTranslation();
  const { register, handleSubmit, setError, clearErrors, formState } = useForm<{ reason: string }>({ defaultValues: { reason: '' } });
  const accept = async () => {
    try {
      onDone(await post(review.id, 'accept'));
    } catch (failure) {
      showProblem(failure, setError, []);
    }
  };
  const decline = handleSubmit(async (values) => {
    try {
      onDone(await post(review.id, 'decline', values));
    } catch (failure) {
      showProblem(failure, setError, ['reason']);
    }
  });
  return (
    <form className="card" noValidate onSubmit={resubmit(clearErrors, decline)}>
      <h2>{t('caseReview.yourInvitation')}</h2>
      <button type="button" onClick={() => void accept()}>
        {t('caseReview.acceptInvitation')}
      </button>
      <label>
        {t('caseReview.declineReason')}
        <input {...register('reason')} {...describedBy('reason', 'decline-')} />
        <FieldMessage errors={formState.errors} name="reason" idPrefix="decline-" />
      </label>
      <FormMessage errors={formState.errors} />
      <button type="submit">{t('caseReview.declineInvitation')}</button>
    </form>
  );
}

function Schedule({ review, onDone }: Step) {
  const { t } = useTranslation();
  const { register, handleSubmit, setError, clearErrors, formState } = useForm<{ date: string; from: string; to: string; start: string; end: string }>({ defaultValues: { from: '10:00', to: '11:00' } });
  const submit = handleSubmit(async ({ date, from, to }) => {
    const slot = date ? { start: instantOf(date, from), end: instantOf(date, to) } : { start: '', end: '' };
    try {
      onDone(await post(review.id, 'schedule', slot));
    } catch (failure) {
      showProblem(failure, setError, ['start', 'end']);
    }
  });
  return (
    <form className="card" noValidate onSubmit={resubmit(clearErrors, submit)}>
      <h2>{review.slot ? t('caseReview.reschedule') : t('caseReview.schedule')}</h2>
      <label>
        {t('calendar.date')}
        <input type="date" {...register('date')} {...describedBy('start', 'schedule-')} />
        <FieldMessage errors={formState.errors} name="start" idPrefix="schedule-" />
      </label>
      <label>
        {t('calendar.from')}
        <input type="time" {...register('from')} />
      </label>
      <label>
        {t('calendar.to')}
        <input type="time" {...register('to')} {...describedBy('end', 'schedule-')} />
        <FieldMessage errors={formState.errors} name="end" idPrefix="schedule-" />
      </label>
      <FormMessage errors={formState.errors} />
      <button type="submit">{t('caseReview.scheduleSubmit')}</button>
    </form>
  );
}

function Start({ review, onDone }: Step) {
  const { t } = useTranslation();
  const { handleSubmit, setError, clearErrors, formState } = useForm();
  const submit = handleSubmit(async () => {
    try {
      onDone(await post(review.id, 'start'));
    } catch (failure) {
      showProblem(failure, setError, []);
    }
  });
  return (
    <form className="card" onSubmit={resubmit(clearErrors, submit)}>
      <h2>{t('caseReview.session')}</h2>
      <FormMessage errors={formState.errors} />
      <button type="submit">{t('caseReview.start')}</button>
    </form>
  );
}

/** A command whose one field is a text: a contribution's opinion, the conclusion, a cancellation's reason. */
function TextCommand({ review, onDone, command, field }: Step & { command: 'contributions' | 'conclude' | 'cancel'; field: string }) {
  const { t } = useTranslation();
  const { register, handleSubmit, setError, clearErrors, reset, formState } = useForm<Record<string, string>>({ defaultValues: { [field]: '' } });
  const submit = handleSubmit(async (values) => {
    try {
      onDone(await post(review.id, command, values));
      reset();
    } catch (failure) {
      showProblem(failure, setError, [field]);
    }
  });
  return (
    <form className="card" noValidate onSubmit={resubmit(clearErrors, submit)}>
      <h2>{t(`caseReview.${command}.heading`)}</h2>
      <label>
        {t(`caseReview.${command}.label`)}
        {command === 'cancel' ? (
          <input {...register(field)} {...describedBy(field, `${command}-`)} />
        ) : (
          <textarea rows={4} {...register(field)} {...describedBy(field, `${command}-`)} />
        )}
        <FieldMessage errors={formState.errors} name={field} idPrefix={`${command}-`} />
      </label>
      <FormMessage errors={formState.errors} />
      <button type="submit" disabled={formState.isSubmitting}>
        {t(`caseReview.${command}.submit`)}
      </button>
    </form>
  );
}
