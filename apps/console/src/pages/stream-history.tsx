import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api, unwrap } from '../api/client';
import type { LogEvent } from '../api/views';
import { EventTable } from './audit-log';

/** Every event of one stream, in order, with who wrote it. */
export function StreamHistory() {
  const { t } = useTranslation();
  const { streamId = '' } = useParams();
  const history = useQuery({
    queryKey: ['stream', streamId],
    queryFn: () => unwrap<{ events?: LogEvent[]; items?: LogEvent[] }>(api.GET('/v1/audit/streams/{streamId}', { params: { path: { streamId } } } as never)),
  });
  return (
    <section>
      <h1>
        {t('audit.history')}: <code>{streamId}</code>
      </h1>
      {history.isError && <p role="alert">{history.error.message}</p>}
      {history.data && <EventTable events={history.data.events ?? history.data.items ?? []} />}
    </section>
  );
}
