import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import type { Verification } from '../api/views';

/** Checks the whole log's hash chains and seals; shows the first break when there is one. */
export function Verify() {
  const { t } = useTranslation();
  const verify = useMutation({ mutationFn: () => unwrap<Verification>(api.POST('/v1/audit/verify', {} as never)) });
  const report = verify.data;
  return (
    <section>
      <h1>{t('nav.verify')}</h1>
      <p>{t('verify.intro')}</p>
      <button type="button" onClick={() => verify.mutate()} disabled={verify.isPending}>
        {t('verify.run')}
      </button>
      {verify.isError && <p role="alert">{verify.error.message}</p>}
      {report && (
        <div role="status" className={report.ok ? 'ok' : 'error'} data-testid="verify-result">
          <p>
            <strong>{report.ok ? t('verify.ok') : t('verify.broken')}</strong>
          </p>
          <p>{t('verify.counts', { events: report.eventsChecked, seals: report.sealsChecked, sealedUpTo: report.sealedUpTo })}</p>
          {report.firstBreak && (
            <p>
              {t('verify.firstBreak')}: {report.firstBreak.position} {report.firstBreak.streamId} — {report.firstBreak.reason}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
