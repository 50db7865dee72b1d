import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Consultation, Me } from '../api/views';
import { formatInstant } from '../i18n';

const SCORES = [1, 2, 3, 4, 5] as const;

/** Closeout: once the opinion is signed, the clinician who asked for it says how useful it was (once). */
export function ConsultationFeedback({ me, consultation: c, send }: { me: Me; consultation: Consultation; send: (command: 'feedback', body: object) => Promise<string | null> }) {
  const { t } = useTranslation();
  const requester = me.role === 'clinician' && me.userId === c.requestedBy;
  if (c.feedback) {
    return (
      <section aria-labelledby="feedback-heading">
        <h2 id="feedback-heading">{t('feedback.heading')}</h2>
        <p data-testid="feedback">
          {t('feedback.given', { score: c.feedback.usefulness })} · <span className="hint">{t(`feedback.scores.${c.feedback.usefulness}`)}</span> ·{' '}
          <time dateTime={c.feedback.givenAt}>{formatInstant(c.feedback.givenAt)}</time>
        </p>
        {c.feedback.comment && <p className="text">{c.feedback.comment}</p>}
      </section>
    );
  }
  if (!requester || c.status !== 'completed') return null;
  return <FeedbackForm send={send} />;
}

function FeedbackForm({ send }: { send: (command: 'feedback', body: object) => Promise<string | null> }) {
  const { t } = useTranslation();
  const [usefulness, setUsefulness] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  return (
    <form
      className="card"
      aria-labelledby="feedback-heading"
      onSubmit={(event) => {
        event.preventDefault();
        if (usefulness === null) {
          setMissing(true);
          return;
        }
        void send('feedback', { usefulness, ...(comment.trim() && { comment }) }).then(setRefusal);
      }}
    >
      <h2 id="feedback-heading">{t('feedback.heading')}</h2>
      <fieldset className="scale" aria-describedby={missing ? 'usefulness-error' : undefined}>
        <legend>{t('feedback.usefulness')}</legend>
        {SCORES.map((score) => (
          <label key={score}>
            <input
              type="radio"
              name="usefulness"
              value={score}
              checked={usefulness === score}
              onChange={() => {
                setUsefulness(score);
                setMissing(false);
              }}
            />
            {score} · {t(`feedback.scores.${score}`)}
          </label>
        ))}
        {missing && (
          <span className="field-error" id="usefulness-error">
            {t('feedback.chooseScore')}
          </span>
        )}
      </fieldset>
      <label>
        {t('feedback.comment')}
        <textarea rows={3} value={comment} onChange={(event) => setComment(event.target.value)} />
      </label>
      {refusal && (
        <p role="alert" className="error">
          {refusal}
        </p>
      )}
      <button type="submit">{t('feedback.submit')}</button>
    </form>
  );
}
