import { lazy, Suspense, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api, ApiError, unwrap } from '../api/client';
import { type CommandAnswer, type Consultation, DECLINE_REASON_CODES, type DeclineReasonCode, type Hospital, type Me, type Schedule } from '../api/views';
import { formatInstant } from '../i18n';
import { Deadlines, OverdueMark } from './deadlines';
import { QuestionThread } from './consultation-questions';
import { ConsultationFeedback } from './consultation-feedback';

// Loaded when a consultation is opened by someone who may see its materials.
const CaseMaterials = lazy(() => import('./case-materials').then((module) => ({ default: module.CaseMaterials })));

/** One consultation: its details, its timeline, and what the caller may do with it now. */
export function ConsultationPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const client = useQueryClient();
  const [minPosition, setMinPosition] = useState<string | undefined>();
  const consultation = useQuery({
    queryKey: ['consultation', id, minPosition],
    queryFn: () =>
      unwrap<Consultation>(api.GET('/v1/consultations/{id}', { params: { path: { id }, query: { ...(minPosition && { minPosition }) } } as never })),
  });
  const hospitals = useQuery({
    queryKey: ['hospitals'],
    queryFn: () => unwrap<{ items: Hospital[] }>(api.GET('/v1/hospitals')),
  });
  if (consultation.isPending) return <p>{t('loading')}</p>;
  if (consultation.isError) {
    const status = consultation.error instanceof ApiError ? consultation.error.problem.status : 0;
    return (
      <section>
        <h1>{t('consultation.title')}</h1>
        <p role="alert">{status === 404 ? t('consultation.notFound') : consultation.error.message}</p>
      </section>
    );
  }
  const c = consultation.data;
  const hospitalOf = (hospitalId: string) => hospitals.data?.items.find((hospital) => hospital.id === hospitalId);
  const done = (answer: CommandAnswer) => {
    setMinPosition(answer.position);
    void client.invalidateQueries({ queryKey: ['consultations'] });
  };
  const send = useCommand(c.id, done);
  const seesMaterials = me.role !== 'coordinator';
  const assigned = me.role === 'expert' && me.expert !== null && c.expertId === me.expert.id;
  const mayAttach =
    !['declined', 'cancelled', 'completed'].includes(c.status) && ((me.role === 'clinician' && me.hospital?.id === c.requestingHospitalId) || assigned);
  return (
    <section>
      <h1>
        {t('consultation.title')} · <span className={`status status-${c.status}`}>{t(`status.${c.status}`)}</span>
        {c.overdue && <> <OverdueMark /></>}
      </h1>
      <dl className="details">
        {c.patient && (
          <>
            <dt>{t('consultation.patient')}</dt>
            <dd>{[c.patient.reference, c.patient.name].filter(Boolean).join(' · ')}</dd>
          </>
        )}
        <dt>{t('consultation.specialty')}</dt>
        <dd>{c.specialty}</dd>
        <dt>{t('consultation.urgency')}</dt>
        <dd>{t(`urgency.${c.urgency}`)}</dd>
        <dt>{t('consultation.purpose')}</dt>
        <dd>{c.purpose}</dd>
        {c.caseSummary && (
          <>
            <dt>{t('consultation.caseSummary')}</dt>
            <dd className="text">{c.caseSummary}</dd>
          </>
        )}
        {c.slot && (
          <>
            <dt>{t('consultation.slot')}</dt>
            <dd>
              <SlotInBothClocks slot={c.slot} hospitals={[hospitalOf(c.givingHospitalId), hospitalOf(c.requestingHospitalId)]} />
            </dd>
          </>
        )}
        {c.opinion && (
          <>
            <dt>{t('consultation.opinion')}</dt>
            <dd className="text" data-testid="opinion">{c.opinion}</dd>
          </>
        )}
        {c.recommendations && (
          <>
            <dt>{t('consultation.recommendations')}</dt>
            <dd className="text">{c.recommendations}</dd>
          </>
        )}
      </dl>
      <Deadlines record={c} />
      <QuestionThread me={me} consultation={c} send={send} />
      <ConsultationFeedback me={me} consultation={c} send={send} />
      {seesMaterials && (
        <Suspense fallback={<p>{t('loading')}</p>}>
          <CaseMaterials kind="consultations" caseId={c.id} canAttach={mayAttach} />
        </Suspense>
      )}
      <h2>{t('consultation.timeline')}</h2>
      <ol className="timeline">
        {timelineOf(c, t).map(([key, at, note]) => (
          <li key={`${key}-${at}`}>
            <time dateTime={at}>{formatInstant(at)}</time> {t(`timeline.${key}`)}
            {note && <span className="note"> — {note}</span>}
          </li>
        ))}
      </ol>
      <Actions me={me} consultation={c} onDone={done} />
    </section>
  );
}

function timelineOf(c: Consultation, t: (key: string) => string): Array<[string, string, string | null]> {
  // The decline's code in the reader's language first, then the expert's own words.
  const declineNote = [c.declineReasonCode && t(`declineReasons.${c.declineReasonCode}`), c.declineReason].filter(Boolean).join(t('consultation.reasonSeparator')) || null;
  const steps: Array<[string, string | null, string | null]> = [
    ['requested', c.requestedAt, null],
    ['accepted', c.acceptedAt, null],
    ['declined', c.declinedAt, declineNote],
    ['started', c.startedAt, null],
    ['completed', c.completedAt, null],
    ['cancelled', c.cancelledAt, c.cancelReason],
    ...(c.questions ?? []).flatMap((question): Array<[string, string | null, string | null]> => [
      ['asked', question.askedAt, null],
      ['answered', question.answeredAt, null],
    ]),
    ['responseOverdue', c.deadlines?.accept?.overdueAt ?? null, null],
    ['opinionOverdue', c.deadlines?.answer?.overdueAt ?? null, null],
    ['feedback', c.feedback?.givenAt ?? null, null],
  ];
  return steps.filter((step): step is [string, string, string | null] => step[1] !== null).sort((a, b) => a[1].localeCompare(b[1]));
}

function SlotInBothClocks({ slot, hospitals }: { slot: { start: string; end: string }; hospitals: Array<Hospital | undefined> }) {
  const { i18n } = useTranslation();
  const known = hospitals.filter((hospital): hospital is Hospital => hospital !== undefined);
  if (known.length === 0) return <>{formatInstant(slot.start)} – {formatInstant(slot.end)}</>;
  return (
    <ul className="plain">
      {known.map((hospital) => (
        <li key={hospital.id}>
          {formatInstant(slot.start, hospital.timezone)} – {formatInstant(slot.end, hospital.timezone)} ({(i18n.language === 'zh' && hospital.nameZh) || hospital.name}, {hospital.timezone})
        </li>
      ))}
    </ul>
  );
}

/**
 * Sends one of the consultation's commands that carry text (a question, an answer, the feedback):
 * null once recorded, else the refusal in words, for the form that sent it to show.
 */
function useCommand(id: string, onDone: (answer: CommandAnswer) => void) {
  return async (command: 'questions' | 'answers' | 'feedback', body: object): Promise<string | null> => {
    try {
      onDone(await unwrap<CommandAnswer>(api.POST(`/v1/consultations/{id}/${command}` as '/v1/consultations/{id}/questions', { params: { path: { id } }, body: body as never })));
      return null;
    } catch (failure) {
      return failure instanceof ApiError ? [failure.problem.detail, ...(failure.problem.errors ?? []).map((e) => e.message)].join(' · ') : String(failure);
    }
  };
}

type Command = 'accept' | 'decline' | 'schedule' | 'start' | 'opinion' | 'cancel';

function Actions({ me, consultation: c, onDone }: { me: Me; consultation: Consultation; onDone: (answer: CommandAnswer) => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [warnings, setWarnings] = useState<string[]>([]);
  const assigned = me.role === 'expert' && me.expert !== null && c.expertId === me.expert.id;
  const run = async (command: Command, body?: object) => {
    setError(null);
    try {
      const answer = await unwrap<CommandAnswer>(
        api.POST(`/v1/consultations/{id}/${command}` as '/v1/consultations/{id}/accept', { params: { path: { id: c.id } }, body: body as never }),
      );
      setWarnings(answer.warnings ?? []);
      onDone(answer);
    } catch (failure) {
      setError(failure instanceof ApiError ? [failure.problem.detail, ...(failure.problem.errors ?? []).map((e) => e.message)].join(' · ') : String(failure));
    }
  };
  const open = ['requested', 'accepted', 'information-requested', 'scheduled'].includes(c.status);
  return (
    <div className="actions">
      {me.role === 'expert' && c.status === 'requested' && (
        <>
          <button type="button" onClick={() => void run('accept')}>
            {t('actions.accept')}
          </button>
          <DeclineForm onSubmit={(body) => run('decline', body)} />
        </>
      )}
      {(assigned || me.role === 'coordinator') && c.status === 'accepted' && c.expertId && (
        <SlotPicker expertId={c.expertId} onPick={(slot) => run('schedule', slot)} />
      )}
      {assigned && c.status === 'scheduled' && (
        <button type="button" onClick={() => void run('start')}>
          {t('actions.start')}
        </button>
      )}
      {assigned && c.status === 'in-progress' && <OpinionForm onSubmit={(body) => run('opinion', body)} />}
      {(me.role === 'clinician' || me.role === 'coordinator') && open && (
        <ReasonForm label={t('actions.cancel')} onSubmit={(reason) => run('cancel', { reason })} />
      )}
      {warnings.length > 0 && (
        <ul className="warnings" role="status">
          {warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </div>
  );
}

function ReasonForm({ label, onSubmit }: { label: string; onSubmit: (reason: string) => Promise<void> }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  return (
    <form
      className="inline"
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit(reason);
      }}
    >
      <label>
        {t('actions.reason')}
        <input required value={reason} onChange={(event) => setReason(event.target.value)} />
      </label>
      <button type="submit">{label}</button>
    </form>
  );
}

function DeclineForm({ onSubmit }: { onSubmit: (body: { reasonCode: DeclineReasonCode; reason: string }) => Promise<void> }) {
  const { t } = useTranslation();
  const [reasonCode, setReasonCode] = useState<DeclineReasonCode | ''>('');
  const [reason, setReason] = useState('');
  return (
    <form
      className="inline"
      onSubmit={(event) => {
        event.preventDefault();
        if (reasonCode) void onSubmit({ reasonCode, reason });
      }}
    >
      <label>
        {t('actions.reasonCode')}
        <select required value={reasonCode} onChange={(event) => setReasonCode(event.target.value as DeclineReasonCode)}>
          <option value="">{t('choose')}</option>
          {DECLINE_REASON_CODES.map((code) => (
            <option key={code} value={code}>
              {t(`declineReasons.${code}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('actions.reason')}
        <input required value={reason} onChange={(event) => setReason(event.target.value)} />
      </label>
      <button type="submit">{t('actions.decline')}</button>
    </form>
  );
}

function OpinionForm({ onSubmit }: { onSubmit: (body: { opinion: string; recommendations?: string }) => Promise<void> }) {
  const { t } = useTranslation();
  const [opinion, setOpinion] = useState('');
  const [recommendations, setRecommendations] = useState('');
  return (
    <form
      className="card"
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit({ opinion, ...(recommendations && { recommendations }) });
      }}
    >
      <label>
        {t('consultation.opinion')}
        <textarea required rows={5} value={opinion} onChange={(event) => setOpinion(event.target.value)} />
      </label>
      <label>
        {t('consultation.recommendations')}
        <textarea rows={3} value={recommendations} onChange={(event) => setRecommendations(event.target.value)} />
      </label>
      <button type="submit">{t('actions.sign')}</button>
    </form>
  );
}

const HOUR_MS = 3600_000;

/** The expert's free time over the next two weeks, offered as one-hour slots. */
function SlotPicker({ expertId, onPick }: { expertId: string; onPick: (slot: { start: string; end: string }) => Promise<void> }) {
  const { t } = useTranslation();
  const [from] = useState(() => new Date(Math.ceil(Date.now() / HOUR_MS) * HOUR_MS).toISOString());
  const to = new Date(Date.parse(from) + 14 * 24 * HOUR_MS).toISOString();
  const schedule = useQuery({
    queryKey: ['schedule', expertId, from],
    queryFn: () => unwrap<Schedule>(api.GET('/v1/experts/{id}/schedule', { params: { path: { id: expertId }, query: { from, to } } as never })),
  });
  const slots = (schedule.data?.freeSlots ?? []).flatMap((free) => {
    const hours: Array<{ start: string; end: string }> = [];
    for (let at = Date.parse(free.start); at + HOUR_MS <= Date.parse(free.end) && hours.length < 8; at += HOUR_MS) {
      hours.push({ start: new Date(at).toISOString(), end: new Date(at + HOUR_MS).toISOString() });
    }
    return hours;
  });
  if (schedule.isError) return <p role="alert">{schedule.error.message}</p>;
  return (
    <fieldset className="slots">
      <legend>{t('actions.schedule')}</legend>
      {slots.length === 0 && !schedule.isPending && <p>{t('calendar.noFreeSlots')}</p>}
      {slots.slice(0, 24).map((slot) => (
        <button key={slot.start} type="button" onClick={() => void onPick(slot)}>
          {formatInstant(slot.start, schedule.data?.timezone)}
        </button>
      ))}
    </fieldset>
  );
}
