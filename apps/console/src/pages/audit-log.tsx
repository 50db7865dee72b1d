import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client';
import type { LogEvent, Page } from '../api/views';
import { formatInstant } from '../i18n';
import { FilterForm, type FilterField, MoreButton, useFilteredPages } from '../forms/filtered-pages';

const NO_FILTER = { actor: '', type: '', from: '', to: '' };
const FIELDS: FilterField<typeof NO_FILTER>[] = [
  { key: 'actor', label: 'audit.actor' },
  { key: 'type', label: 'audit.type', placeholder: 'ConsultationRequested' },
  { key: 'from', label: 'audit.from', type: 'datetime-local' },
  { key: 'to', label: 'audit.to', type: 'datetime-local' },
];

/** The log, newest filters first: by actor, event type and time, a page at a time. */
export function AuditLog() {
  const { t } = useTranslation();
  const { pages: log, items: events, form } = useFilteredPages('audit-events', FIELDS, NO_FILTER, (query) =>
    unwrap<Page<LogEvent>>(api.GET('/v1/audit/events', { params: { query } } as never)),
  );
  return (
    <section>
      <h1>{t('nav.audit')}</h1>
      <FilterForm form={form} />
      {log.isError && <p role="alert">{log.error.message}</p>}
      <EventTable events={events} />
      <MoreButton pages={log} />
    </section>
  );
}

export function EventTable({ events }: { events: LogEvent[] }) {
  const { t } = useTranslation();
  return (
    <table>
      <caption className="visually-hidden">{t('nav.audit')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('audit.position')}</th>
          <th scope="col">{t('audit.recordedAt')}</th>
          <th scope="col">{t('audit.type')}</th>
          <th scope="col">{t('audit.actor')}</th>
          <th scope="col">{t('audit.stream')}</th>
        </tr>
      </thead>
      <tbody>
        {events.map((event) => (
          <tr key={event.eventId} data-testid="audit-row">
            <td>{event.globalPosition}</td>
            <td>{formatInstant(event.recordedAt)}</td>
            <td>{event.type}</td>
            <td>{event.metadata.actor ? `${event.metadata.actor.userId} (${t(`roles.${event.metadata.actor.role}`, { defaultValue: event.metadata.actor.role })})` : '—'}</td>
            <td>
              <Link to={`/audit/streams/${encodeURIComponent(event.streamId)}`}>{event.streamId}</Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
