import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useExperts } from '../api/lookups';
import type { Consultation, Me } from '../api/views';
import { formatInstant } from '../i18n';

/**
 * The expert's questions to the requesting clinician and the answers, oldest first. The assigned
 * expert may ask while the consultation runs; the clinician who requested it answers the open one.
 */
export function QuestionThread({ me, consultation: c, send }: { me: Me; consultation: Consultation; send: (command: 'questions' | 'answers', body: object) => Promise<string | null> }) {
  const { t } = useTranslation();
  const questions = c.questions ?? [];
  const experts = useExperts();
  // Questions come from the assigned expert (named by their id), answers from the requesting clinician (by user name).
  const nameOf = (userId: string | null) => experts.data?.items.find((expert) => expert.id === userId)?.name ?? userId ?? '';
  const assigned = me.role === 'expert' && me.expert !== null && c.expertId === me.expert.id;
  const requester = me.role === 'clinician' && me.userId === c.requestedBy;
  const mayAsk = assigned && ['accepted', 'scheduled', 'in-progress'].includes(c.status);
  const mayAnswer = requester && c.status === 'information-requested';
  if (questions.length === 0 && !mayAsk) return null;
  return (
    <section className="thread" aria-labelledby="thread-heading">
      <h2 id="thread-heading">{t('thread.heading')}</h2>
      {c.status === 'information-requested' && (
        <p className="notice" role="status">
          {requester ? t('thread.waitingForYou') : t('thread.waiting')}
        </p>
      )}
      {questions.length === 0 ? (
        <p className="hint">{t('thread.none')}</p>
      ) : (
        <ol className="plain messages">
          {questions.map((question) => (
            <li key={question.id} data-testid="question">
              <article className="message question" aria-label={t('thread.questionBy', { who: nameOf(question.askedBy) })}>
                <p className="meta">
                  {t('thread.asked')} · {nameOf(question.askedBy)} · <time dateTime={question.askedAt}>{formatInstant(question.askedAt)}</time>
                </p>
                {question.question !== undefined && <p className="text">{question.question}</p>}
              </article>
              {question.answeredAt ? (
                <article className="message answer" data-testid="answer" aria-label={t('thread.answerBy', { who: nameOf(question.answeredBy) })}>
                  <p className="meta">
                    {t('thread.answered')} · {nameOf(question.answeredBy)} · <time dateTime={question.answeredAt}>{formatInstant(question.answeredAt)}</time>
                  </p>
                  {question.answer !== undefined && <p className="text">{question.answer}</p>}
                </article>
              ) : (
                <p className="hint">{t('thread.unanswered')}</p>
              )}
            </li>
          ))}
        </ol>
      )}
      {mayAsk && <MessageForm id="ask" label={t('thread.question')} hint={t('thread.askHint')} submit={t('thread.ask')} onSubmit={(question) => send('questions', { question })} />}
      {mayAnswer && <MessageForm id="answer" label={t('thread.answer')} submit={t('thread.sendAnswer')} onSubmit={(answer) => send('answers', { answer })} />}
    </section>
  );
}

function MessageForm({ id, label, hint, submit, onSubmit }: { id: string; label: string; hint?: string; submit: string; onSubmit: (text: string) => Promise<string | null> }) {
  const [text, setText] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  return (
    <form
      className="card"
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit(text).then((failure) => {
          setRefusal(failure);
          if (failure === null) setText('');
        });
      }}
    >
      <label htmlFor={`${id}-text`}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <textarea id={`${id}-text`} required rows={3} value={text} onChange={(event) => setText(event.target.value)} {...(hint && { 'aria-describedby': `${id}-hint` })} />
      {refusal && (
        <p role="alert" className="error">
          {refusal}
        </p>
      )}
      <button type="submit">{submit}</button>
    </form>
  );
}
