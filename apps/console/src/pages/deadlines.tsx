import { useTranslation } from 'react-i18next';
import type { Deadline } from '../api/views';
import { formatInstant } from '../i18n';

/** What consultations and case reviews alike show of their response clocks. */
export interface WithDeadlines {
  status: string;
  deadlines: { accept: Deadline | null; answer: Deadline | null } | null;
  overdue: boolean;
}

/** The deadline still running, else the last one: what a worklist shows in its "due" column. */
export function nextDeadline(c: WithDeadlines): { kind: 'accept' | 'answer'; deadline: Deadline } | null {
  const { accept, answer } = c.deadlines ?? { accept: null, answer: null };
  if (accept && !accept.metAt && c.status === 'requested') return { kind: 'accept', deadline: accept };
  if (answer) return { kind: 'answer', deadline: answer };
  return accept ? { kind: 'accept', deadline: accept } : null;
}

/** The deadline that matters now (to accept, else to answer), marked when it was recorded overdue: a worklist's "due" cell. */
export function DueCell({ record }: { record: WithDeadlines }) {
  const { t } = useTranslation();
  const next = nextDeadline(record);
  if (!next) return <>{record.overdue ? <OverdueMark /> : '—'}</>;
  const { kind, deadline } = next;
  return (
    <>
      <span className="hint">{t(`deadlines.${kind}Short`)}</span> <time dateTime={deadline.due}>{formatInstant(deadline.due)}</time>
      {record.overdue && (
        <>
          {' '}
          <OverdueMark />
        </>
      )}
      {!record.overdue && deadline.metAt && <span className="met"> · {t('deadlines.metShort')}</span>}
    </>
  );
}

/** An overdue mark: a word, never colour alone. */
export function OverdueMark({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <span className="overdue" data-testid="overdue">
      {label ?? t('deadlines.overdue')}
    </span>
  );
}

function DeadlineState({ deadline }: { deadline: Deadline }) {
  const { t } = useTranslation();
  if (deadline.overdue) return <OverdueMark label={deadline.overdueAt ? t('deadlines.overdueSince', { at: formatInstant(deadline.overdueAt) }) : undefined} />;
  if (deadline.metAt) {
    const late = Date.parse(deadline.metAt) > Date.parse(deadline.due);
    return <span className={late ? 'late' : 'met'}>{t(late ? 'deadlines.metLate' : 'deadlines.met', { at: formatInstant(deadline.metAt) })}</span>;
  }
  return <span className="running">{t('deadlines.running')}</span>;
}

/**
 * The two response deadlines of a consultation or a case review, from the agreement's targets;
 * `labels` names what meets each (a case review's panel accepts and concludes).
 */
export function Deadlines({ record: c, labels = 'deadlines' }: { record: WithDeadlines; labels?: 'deadlines' | 'caseReviewDeadlines' }) {
  const { t } = useTranslation();
  if (!c.deadlines) return null;
  const rows = (['accept', 'answer'] as const).flatMap((kind) => (c.deadlines?.[kind] ? [[kind, c.deadlines[kind]] as const] : []));
  return (
    <section aria-labelledby="deadlines-heading">
      <h2 id="deadlines-heading">{t('deadlines.heading')}</h2>
      {c.status === 'information-requested' && <p className="hint">{t('deadlines.paused')}</p>}
      <table className="compact">
        <caption className="visually-hidden">{t('deadlines.heading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('deadlines.kind')}</th>
            <th scope="col">{t('deadlines.due')}</th>
            <th scope="col">{t('deadlines.state')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([kind, deadline]) => (
            <tr key={kind} data-testid={`deadline-${kind}`}>
              <th scope="row">{t(`${labels}.${kind}`)}</th>
              <td>
                <time dateTime={deadline.due}>{formatInstant(deadline.due)}</time>
              </td>
              <td>
                <DeadlineState deadline={deadline} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
