import { useState } from 'react';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { useHospitalName, useHospitals, usePartnerships } from '../api/lookups';
import type { Page, WebhookAttempt, WebhookEndpoint, WebhookRegistered } from '../api/views';
import { describedBy, FieldMessage, FormMessage, resubmit, showProblem } from '../forms/problem-fields';
import { formatInstant } from '../i18n';

/**
 * The coordinator's webhooks: the endpoints with their state and where their deliveries stand,
 * registering one (its secret shown once), its delivery log, disabling, enabling and replaying.
 */
export function Webhooks({ canChange }: { canChange: boolean }) {
  const { t } = useTranslation();
  const endpoints = useQuery({ queryKey: ['webhooks'], queryFn: () => unwrap<{ items: WebhookEndpoint[] }>(api.GET('/v1/webhooks')), refetchInterval: 2_000 });
  const [opened, setOpened] = useState<string>();
  const items = endpoints.data?.items ?? [];
  return (
    <section>
      <h1>{t('nav.webhooks')}</h1>
      <p className="hint">{t('webhooks.intro')}</p>
      {endpoints.isError && <p role="alert">{endpoints.error.message}</p>}
      {endpoints.isSuccess && items.length === 0 && <p>{t('webhooks.none')}</p>}
      {items.length > 0 && (
        <table>
          <caption className="visually-hidden">{t('nav.webhooks')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('webhooks.url')}</th>
              <th scope="col">{t('webhooks.scope')}</th>
              <th scope="col">{t('webhooks.eventTypes')}</th>
              <th scope="col">{t('webhooks.status')}</th>
              <th scope="col">{t('webhooks.deliveredUpTo')}</th>
              <th scope="col">{t('webhooks.lastAttempt')}</th>
              <th scope="col">{t('webhooks.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((endpoint) => (
              <EndpointRow key={endpoint.id} endpoint={endpoint} canChange={canChange} opened={opened === endpoint.id} toggle={() => setOpened(opened === endpoint.id ? undefined : endpoint.id)} />
            ))}
          </tbody>
        </table>
      )}
      {opened && <DeliveryLog endpoint={items.find((endpoint) => endpoint.id === opened)} />}
      {canChange && <RegisterEndpoint />}
    </section>
  );
}

function EndpointRow({ endpoint, canChange, opened, toggle }: { endpoint: WebhookEndpoint; canChange: boolean; opened: boolean; toggle: () => void }) {
  const { t } = useTranslation();
  const nameOf = useHospitalName();
  const hospitals = useHospitals();
  const partnerships = usePartnerships();
  const hospital = hospitals.data?.items.find((candidate) => candidate.id === endpoint.hospitalId);
  const partnership = partnerships.data?.items.find((candidate) => candidate.id === endpoint.partnershipId);
  const last = endpoint.delivery.lastAttempt;
  return (
    <tr data-testid="webhook-row" className={endpoint.status === 'disabled' ? 'faulty' : undefined}>
      <td>
        <code>{endpoint.url}</code>
        {endpoint.description && <div className="hint">{endpoint.description}</div>}
      </td>
      <td>
        {hospital ? nameOf(hospital) : t('webhooks.wholeNetwork')}
        {partnership && <div className="hint">{`${nameOf(partnership.givingHospital)} → ${nameOf(partnership.receivingHospital)}`}</div>}
      </td>
      <td>{endpoint.eventTypes.includes('*') ? t('webhooks.allEvents') : endpoint.eventTypes.join(', ')}</td>
      <td>
        <strong className={endpoint.status === 'disabled' ? 'error' : 'ok'}>{t(`webhooks.states.${endpoint.status}`)}</strong>
        {endpoint.disabled && (
          <div data-testid="disabled-reason">
            {endpoint.disabled.automatic ? t('webhooks.disabledAutomatically') : t('webhooks.disabledBy', { by: endpoint.disabled.by })} ({formatInstant(endpoint.disabled.at)}): {endpoint.disabled.reason}
          </div>
        )}
      </td>
      <td>{endpoint.delivery.position ?? '—'}</td>
      <td>{last ? `${t(`webhooks.outcomes.${last.outcome}`)} · ${last.statusCode ?? last.error ?? '—'} · ${formatInstant(last.attemptedAt)}` : '—'}</td>
      <td className="actions">
        <button type="button" onClick={toggle} aria-expanded={opened}>
          {t('webhooks.deliveryLog')}
        </button>
        {canChange && <EndpointActions endpoint={endpoint} />}
      </td>
    </tr>
  );
}

function EndpointActions({ endpoint }: { endpoint: WebhookEndpoint }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [reason, setReason] = useState('');
  const [fromPosition, setFromPosition] = useState('');
  const change = useMutation({
    mutationFn: ({ action, body }: { action: 'disable' | 'enable' | 'replay'; body: object }) =>
      unwrap(api.POST(`/v1/webhooks/{id}/${action}` as '/v1/webhooks/{id}/disable', { params: { path: { id: endpoint.id } }, body } as never)),
    onSuccess: () => client.invalidateQueries({ queryKey: ['webhooks'] }),
  });
  return (
    <div className="endpoint-actions">
      {endpoint.status === 'active' ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            change.mutate({ action: 'disable', body: { reason } });
          }}
        >
          <label>
            {t('webhooks.reason')}
            <input value={reason} onChange={(event) => setReason(event.target.value)} />
          </label>
          <button type="submit">{t('webhooks.disable')}</button>
        </form>
      ) : (
        <button type="button" onClick={() => change.mutate({ action: 'enable', body: {} })}>
          {t('webhooks.enable')}
        </button>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          change.mutate({ action: 'replay', body: { fromPosition } });
        }}
      >
        <label>
          {t('webhooks.fromPosition')}
          <input value={fromPosition} inputMode="numeric" onChange={(event) => setFromPosition(event.target.value)} />
        </label>
        <button type="submit">{t('webhooks.replay')}</button>
      </form>
      {change.isError && <p role="alert">{change.error.message}</p>}
      {change.isSuccess && (
        <p role="status" className="ok">
          {t('webhooks.done')}
        </p>
      )}
    </div>
  );
}

function DeliveryLog({ endpoint }: { endpoint?: WebhookEndpoint }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState('');
  const log = useInfiniteQuery({
    queryKey: ['webhook-deliveries', endpoint?.id, outcome],
    enabled: endpoint !== undefined,
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap<Page<WebhookAttempt>>(
        api.GET('/v1/webhooks/{id}/deliveries', {
          params: { path: { id: endpoint!.id }, query: { ...(outcome && { outcome }), ...(pageParam && { cursor: pageParam }) } },
        } as never),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    refetchInterval: 5_000,
  });
  if (!endpoint) return null;
  const attempts = log.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <div className="card wide" data-testid="delivery-log">
      <h2>{t('webhooks.deliveryLogOf', { url: endpoint.url })}</h2>
      <label>
        {t('webhooks.outcome')}
        <select value={outcome} onChange={(event) => setOutcome(event.target.value)}>
          <option value="">{t('webhooks.everyOutcome')}</option>
          <option value="delivered">{t('webhooks.outcomes.delivered')}</option>
          <option value="failed">{t('webhooks.outcomes.failed')}</option>
        </select>
      </label>
      {log.isError && <p role="alert">{log.error.message}</p>}
      {log.isSuccess && attempts.length === 0 && <p>{t('webhooks.noAttempts')}</p>}
      {attempts.length > 0 && (
        <table>
          <caption className="visually-hidden">{t('webhooks.deliveryLog')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('webhooks.attemptedAt')}</th>
              <th scope="col">{t('webhooks.event')}</th>
              <th scope="col">{t('webhooks.position')}</th>
              <th scope="col">{t('webhooks.attempt')}</th>
              <th scope="col">{t('webhooks.outcome')}</th>
              <th scope="col">{t('webhooks.httpStatus')}</th>
              <th scope="col">{t('webhooks.latency')}</th>
            </tr>
          </thead>
          <tbody>
            {attempts.map((attempt) => (
              <tr key={`${attempt.messageId}-${attempt.attempt}-${attempt.attemptedAt}`} data-testid="attempt-row" className={attempt.outcome === 'failed' ? 'faulty' : undefined}>
                <td>{formatInstant(attempt.attemptedAt)}</td>
                <td>
                  {attempt.eventType}
                  <div className="hint">
                    <code>{attempt.streamId}</code>
                  </div>
                </td>
                <td>{attempt.position}</td>
                <td>{attempt.attempt}</td>
                <td className={attempt.outcome === 'failed' ? 'error' : 'ok'}>{t(`webhooks.outcomes.${attempt.outcome}`)}</td>
                <td>{attempt.statusCode ?? attempt.error ?? '—'}</td>
                <td>{t('webhooks.milliseconds', { count: attempt.latencyMs })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {log.hasNextPage && (
        <button type="button" onClick={() => void log.fetchNextPage()}>
          {t('more')}
        </button>
      )}
    </div>
  );
}

const FIELDS = ['url', 'eventTypes', 'partnershipId', 'hospitalId', 'description'];

function RegisterEndpoint() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const nameOf = useHospitalName();
  const hospitals = useHospitals();
  const partnerships = usePartnerships();
  const defaults = { url: '', everyEvent: true, eventTypes: '', partnershipId: '', hospitalId: '', description: '' };
  const form = useForm({ defaultValues: defaults });
  const [registered, setRegistered] = useState<WebhookRegistered>();
  const everyEvent = form.watch('everyEvent');
  const submit = form.handleSubmit(async ({ url, everyEvent: all, eventTypes, partnershipId, hospitalId, description }) => {
    setRegistered(undefined);
    try {
      const body = {
        url: url.trim(),
        eventTypes: all ? ['*'] : eventTypes.split(',').map((type) => type.trim()).filter(Boolean),
        ...(partnershipId && { partnershipId }),
        ...(hospitalId && { hospitalId }),
        ...(description.trim() && { description: description.trim() }),
      };
      setRegistered(await unwrap<WebhookRegistered>(api.POST('/v1/webhooks', { body } as never)));
      form.reset(defaults);
      await client.invalidateQueries({ queryKey: ['webhooks'] });
    } catch (failure) {
      showProblem(failure, form.setError, FIELDS);
    }
  });
  const errors = form.formState.errors;
  const prefix = 'webhook-';
  return (
    <form className="card" noValidate onSubmit={resubmit(form.clearErrors, submit)}>
      <h2>{t('webhooks.register')}</h2>
      <label>
        {t('webhooks.url')}
        <input type="url" placeholder="https://his.example.org/telemed/webhooks" {...form.register('url')} {...describedBy('url', prefix)} />
        <FieldMessage errors={errors} name="url" idPrefix={prefix} />
      </label>
      <label className="check">
        <input type="checkbox" {...form.register('everyEvent')} />
        {t('webhooks.allEvents')}
      </label>
      {!everyEvent && (
        <label>
          {t('webhooks.eventTypesList')}
          <input placeholder="ConsultationRequested, ConsultationOpinionSigned" {...form.register('eventTypes')} {...describedBy('eventTypes', prefix)} />
        </label>
      )}
      <FieldMessage errors={errors} name="eventTypes" idPrefix={prefix} />
      <label>
        {t('webhooks.hospital')}
        <select {...form.register('hospitalId')} {...describedBy('hospitalId', prefix)}>
          <option value="">{t('webhooks.wholeNetwork')}</option>
          {hospitals.data?.items.map((hospital) => (
            <option key={hospital.id} value={hospital.id}>
              {nameOf(hospital)}
            </option>
          ))}
        </select>
        <span className="hint">{t('webhooks.hospitalHint')}</span>
        <FieldMessage errors={errors} name="hospitalId" idPrefix={prefix} />
      </label>
      <label>
        {t('webhooks.partnership')}
        <select {...form.register('partnershipId')} {...describedBy('partnershipId', prefix)}>
          <option value="">{t('webhooks.everyPartnership')}</option>
          {partnerships.data?.items.map((partnership) => (
            <option key={partnership.id} value={partnership.id}>
              {`${nameOf(partnership.givingHospital)} → ${nameOf(partnership.receivingHospital)}`}
            </option>
          ))}
        </select>
        <FieldMessage errors={errors} name="partnershipId" idPrefix={prefix} />
      </label>
      <label>
        {t('webhooks.description')}
        <input {...form.register('description')} />
      </label>
      <FormMessage errors={errors} />
      <button type="submit" disabled={form.formState.isSubmitting}>
        {t('webhooks.registerButton')}
      </button>
      {registered && (
        <div role="status" className="secret" data-testid="webhook-secret">
          <p className="ok">{t('webhooks.registered')}</p>
          <p>
            <strong>{t('webhooks.secretOnce')}</strong>
          </p>
          <code>{registered.secret}</code>
          <button type="button" onClick={() => void navigator.clipboard?.writeText(registered.secret)}>
            {t('webhooks.copy')}
          </button>
        </div>
      )}
    </form>
  );
}
