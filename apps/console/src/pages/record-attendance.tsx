import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../api/client';
import type { CommandAnswer, TrainingSession } from '../api/views';
import { type AttendanceRow, ATTENDEES_PER_POST, parseAttendance } from '../training/attendance-csv';

/** What the API said of one attendee it refused, by the row's place in what was sent. */
type Refusals = Map<number, string[]>;

/**
 * Attendance as the receiving hospital keeps it: a list pasted from a spreadsheet or uploaded as a
 * CSV file, checked row by row before it is sent; rows with a fault are shown and left out.
 */
export function RecordAttendance({ session, onDone }: { session: TrainingSession; onDone: (answer: CommandAnswer) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [refusals, setRefusals] = useState<Refusals>(new Map());
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [sending, setSending] = useState(false);
  const rows = parseAttendance(text);
  const valid = rows.filter((row) => row.problems.length === 0);
  const faulty = rows.length - valid.length;

  const upload = async (file: File | undefined) => {
    if (!file) return;
    setText(await file.text());
    setRefusals(new Map());
    setMessage(null);
  };

  const send = async () => {
    setSending(true);
    setMessage(null);
    setRefusals(new Map());
    try {
      // The API takes a bounded list per post; a longer one goes in several, each counted once per person.
      for (let from = 0; from < valid.length; from += ATTENDEES_PER_POST) {
        const batch = valid.slice(from, from + ATTENDEES_PER_POST);
        try {
          onDone(
            await unwrap<CommandAnswer>(
              api.POST('/v1/training-sessions/{id}/attendance', {
                params: { path: { id: session.id } },
                body: { attendees: batch.map(({ staffId, name }) => ({ staffId, name })) },
              } as never),
            ),
          );
        } catch (failure) {
          if (failure instanceof ApiError) setRefusals(refusalsByLine(failure, batch));
          throw failure;
        }
      }
      setMessage({ ok: true, text: t('attendance.recorded', { count: valid.length }) });
      setText('');
    } catch (failure) {
      setMessage({ ok: false, text: failure instanceof Error ? failure.message : String(failure) });
    } finally {
      setSending(false);
    }
  };

  return (
    <div className="card wide">
      <h2>{t('attendance.heading')}</h2>
      <p className="hint">{t('attendance.hint')}</p>
      <label>
        {t('attendance.paste')}
        <textarea
          rows={6}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setRefusals(new Map());
          }}
          placeholder={'staffId,name\nKS2-0101,Ayshem Tursun'}
          spellCheck={false}
        />
      </label>
      <label>
        {t('attendance.upload')}
        <input type="file" accept=".csv,.tsv,.txt,text/csv,text/plain" onChange={(event) => void upload(event.target.files?.[0])} />
      </label>
      {rows.length > 0 && (
        <>
          <p role="status" data-testid="attendance-summary">
            {t('attendance.summary', { valid: valid.length, faulty })}
          </p>
          <table>
            <caption className="visually-hidden">{t('attendance.preview')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('attendance.line')}</th>
                <th scope="col">{t('training.staffId')}</th>
                <th scope="col">{t('request.name')}</th>
                <th scope="col">{t('attendance.check')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const problems = [...row.problems.map((problem) => t(`attendance.problems.${problem}`)), ...(refusals.get(row.line) ?? [])];
                return (
                  <tr key={row.line} className={problems.length ? 'faulty' : undefined} data-testid="attendance-row">
                    <td>{row.line}</td>
                    <td>{row.staffId || '—'}</td>
                    <td>{row.name || '—'}</td>
                    <td className={problems.length ? 'error' : 'ok'}>{problems.length ? problems.join('; ') : t('attendance.rowOk')}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'ok' : 'error'}>
          {message.text}
        </p>
      )}
      <button type="button" disabled={sending || valid.length === 0} onClick={() => void send()}>
        {t('attendance.submit', { count: valid.length })}
      </button>
    </div>
  );
}

/** `attendees[3].name: must not be empty` becomes a note on the line the fourth row sent came from. */
function refusalsByLine(failure: ApiError, batch: AttendanceRow[]): Refusals {
  const refusals: Refusals = new Map();
  for (const error of failure.problem.errors ?? []) {
    const match = /^attendees\[(\d+)\]/.exec(error.field);
    const row = match ? batch[Number(match[1])] : undefined;
    if (row) refusals.set(row.line, [...(refusals.get(row.line) ?? []), error.message]);
  }
  return refusals;
}
