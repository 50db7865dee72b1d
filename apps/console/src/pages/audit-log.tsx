import { useState } from 'react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client';
import type { LogEvent, Page } from '../api/views';
import { formatInstant } from '../i18n';

/** The log, newest filters first: by actor, event type and time, a page at a time. */
export function AuditLog() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState({ actor: '', type: '', from: '', to: '' });
  const [applied, setApplied] = useState(filter);
  const log = useInfiniteQuery({
    queryKey: ['audit-events', applied],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap<Page<LogEvent>>(
        api.GET('/v1/audit/events', {
          params: {
            query: {
              ...(applied.actor && { actor: applied.actor }),
              ...(applied.type && { type: applied.type }),
              ...(applied.from && { from: new Date(applied.from).toISOString() }),
              ...(applied.to && { to: new Date(applied.to).toISOString() }),
              ...(pageParam && { cursor: pageParam }),
            },
          },
        } as never),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const bind = (key: keyof typeof filter) => ({ value: filter[key], onChange: (event: React.ChangeEvent<HTMLInputElement>) => setFilter({ ...filter, [key]: event.target.value }) });
  const events = log.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section>
      <h1>{t('nav.audit')}</h1>
      <form
        className="filters"
        onSubmit={(event) => {
          event.preventDefault();
          setApplied(filter);
        }}
      >
        <label>
          {t('audit.actor')}
          <input {...bind('actor')} />
        </label>
        <label>
          {t('audit.type')}
          <input {...bind('type')} placeholder="ConsultationRequested" />
        </label>
        <label>
          {t('audit.from')}
          <input type="datetime-local" {...bind('from')} />
        </label>
        <label>
          {t('audit.to')}
          <input type="datetime-local" {...bind('to')} />
        </label>
        <button type="submit">{t('audit.apply')}</button>
      </form>
      {log.isError && <p role="alert">{log.error.message}</p>}
      <EventTable events={events} />
      {log.hasNextPage && (
        <button type="button" onClick={() => void log.fetchNextPage()}>
          {t('more')}
        </button>
      )}
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
