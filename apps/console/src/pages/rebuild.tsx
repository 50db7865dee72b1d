import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../api/client';
import type { RebuildReport } from '../api/views';

/**
 * Checks that change nothing: rebuild every read model from the log into fresh tables and compare
 * them with the live ones; and a way to any stream's history by its id.
 */
export function Rebuild() {
  const { t } = useTranslation();
  const rebuild = useMutation({ mutationFn: () => unwrap<RebuildReport>(api.POST('/v1/audit/rebuild', { body: {} } as never)) });
  const report = rebuild.data;
  return (
    <section>
      <h1>{t('nav.rebuild')}</h1>
      <div className="card wide">
        <h2>{t('rebuild.heading')}</h2>
        <p>{t('rebuild.intro')}</p>
        <button type="button" onClick={() => rebuild.mutate()} disabled={rebuild.isPending}>
          {rebuild.isPending ? t('rebuild.running') : t('rebuild.run')}
        </button>
        {rebuild.isError && <p role="alert">{rebuild.error.message}</p>}
        {report && (
          <div role="status" className={report.equal ? 'ok' : 'error'} data-testid="rebuild-result">
            <p>
              <strong>{report.equal ? t('rebuild.equal') : t('rebuild.different')}</strong>
            </p>
            <p>{t('rebuild.counts', { events: report.eventsApplied, position: report.position, seconds: report.seconds.toFixed(2) })}</p>
            {report.differences.length > 0 && (
              <table>
                <caption>{t('rebuild.differences')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('rebuild.table')}</th>
                    <th scope="col">{t('rebuild.onlyLive')}</th>
                    <th scope="col">{t('rebuild.onlyRebuilt')}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.differences.map((difference) => (
                    <tr key={difference.table}>
                      <td>{difference.table}</td>
                      <td>{difference.onlyInLeft}</td>
                      <td>{difference.onlyInRight}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
        )}
      </div>
      <OpenStream />
    </section>
  );
}

function OpenStream() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [streamId, setStreamId] = useState('');
  return (
    <form
      className="card"
      onSubmit={(event) => {
        event.preventDefault();
        if (streamId.trim()) navigate(`/audit/streams/${encodeURIComponent(streamId.trim())}`);
      }}
    >
      <h2>{t('rebuild.openStream')}</h2>
      <label>
        {t('audit.stream')}
        <input value={streamId} onChange={(event) => setStreamId(event.target.value)} placeholder="consultation-…" />
      </label>
      <button type="submit">{t('rebuild.open')}</button>
    </form>
  );
}
