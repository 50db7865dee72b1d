import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api, unwrap } from '../api/client';
import { downloadCaseExport, type ExportFormat } from '../api/download';
import type { LogEvent, Me } from '../api/views';
import { formatInstant } from '../i18n';
import { EventTable } from './audit-log';

/** The audit route's name for the kind of case a stream records. */
const CASE_KINDS: Array<[prefix: string, kind: string]> = [
  ['consultation-', 'consultations'],
  ['case-review-', 'case-reviews'],
  ['training-session-', 'training-sessions'],
];

/** Where each kind's statuses are named in the reader's language. */
const STATUS_NAMES: Record<string, string> = { consultations: 'status', 'case-reviews': 'caseReviewStatus', 'training-sessions': 'trainingStatus' };

/** Every event of one stream, in order, with who wrote it; for a case, its state as of any of them. */
export function StreamHistory({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { streamId = '' } = useParams();
  const history = useQuery({
    queryKey: ['stream', streamId],
    queryFn: () => unwrap<{ events: LogEvent[] }>(api.GET('/v1/audit/streams/{streamId}', { params: { path: { streamId } } } as never)),
  });
  const events = history.data?.events ?? [];
  const caseKind = CASE_KINDS.find(([prefix]) => streamId.startsWith(prefix));
  return (
    <section>
      <h1>
        {t('audit.history')}: <code>{streamId}</code>
      </h1>
      {history.isError && <p role="alert">{history.error.message}</p>}
      {caseKind && events.length > 0 && me.role === 'auditor' && <Downloads kind={caseKind[1]} id={streamId.slice(caseKind[0].length)} />}
      {caseKind && events.length > 0 && <AsOf kind={caseKind[1]} id={streamId.slice(caseKind[0].length)} events={events} />}
      <EventTable events={events} />
    </section>
  );
}

/** A slider over the case's events: the case as it stood once each had been recorded. */
function AsOf({ kind, id, events }: { kind: string; id: string; events: LogEvent[] }) {
  const { t } = useTranslation();
  const [index, setIndex] = useState(events.length - 1);
  // An instant typed in (on the viewer's clock) rather than one of the events' own.
  const [instant, setInstant] = useState('');
  const event = events[Math.min(index, events.length - 1)];
  const at = instant ? new Date(instant).toISOString() : event.recordedAt;
  const state = useQuery({
    queryKey: ['as-of', kind, id, at],
    queryFn: () =>
      unwrap<{ state: Record<string, unknown>; eventsApplied: number }>(api.GET('/v1/audit/{kind}/{id}/as-of', { params: { path: { kind, id }, query: { at } } } as never)),
  });
  return (
    <div className="card wide">
      <h2>{t('audit.asOf')}</h2>
      <label>
        {t('audit.asOfSlider')}
        <input
          type="range"
          min={0}
          max={events.length - 1}
          value={index}
          onChange={(change) => {
            setInstant('');
            setIndex(Number(change.target.value));
          }}
          aria-valuetext={`${event.type}, ${formatInstant(event.recordedAt)}`}
        />
      </label>
      <p>{instant ? formatInstant(at) : `${formatInstant(event.recordedAt)} · ${event.type}`}</p>
      <label>
        {t('audit.asOfInstant')}
        <input type="datetime-local" step={1} value={instant} onChange={(change) => setInstant(change.target.value)} />
      </label>
      {state.data && (
        <p>
          {t('audit.eventsApplied', { count: state.data.eventsApplied })}
        </p>
      )}
      {state.data && (
        <>
          <p>
            {t('worklist.status')}: <strong data-testid="as-of-status">{t(`${STATUS_NAMES[kind]}.${String(state.data.state.status)}`, { defaultValue: String(state.data.state.status) })}</strong>
          </p>
          <pre className="state" tabIndex={0} aria-label={t('audit.asOf')}>
            {JSON.stringify(state.data.state, null, 2)}
          </pre>
        </>
      )}
      {state.isError && <p role="alert">{state.error.message}</p>}
    </div>
  );
}

/** The case's history taken away: NDJSON as recorded (decrypted, upcast), or a FHIR Bundle. */
function Downloads({ kind, id }: { kind: string; id: string }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const download = (format: ExportFormat) => {
    setError(null);
    downloadCaseExport(kind, id, format).catch((failure: Error) => setError(failure.message));
  };
  return (
    <div className="actions">
      <button type="button" onClick={() => download('ndjson')}>
        {t('audit.downloadNdjson')}
      </button>
      <button type="button" onClick={() => download('fhir')}>
        {t('audit.downloadFhir')}
      </button>
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
