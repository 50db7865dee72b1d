import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client';
import { useHospitalName, usePartnerships } from '../api/lookups';
import { type Agreement, AGREEMENT_SERVICES, type AgreementService, type AgreementTerms, type PartnershipListing } from '../api/views';
import { describedBy, FieldMessage, FormMessage, resubmit, showProblem } from '../forms/problem-fields';
import { formatInstant } from '../i18n';

/** The agreement's terms as the form holds them: minutes as numbers, dates as the date fields give them. */
interface TermsForm {
  services: AgreementService[];
  validFrom: string;
  validUntil: string;
  urgentAccept: number;
  urgentAnswer: number;
  routineAccept: number;
  routineAnswer: number;
  workingTimeOnly: boolean;
  feeAmount: string;
  feeCurrency: string;
  feeGivingSharePercent: string;
  liability: string;
  givingSignatory: string;
  givingSignedOn: string;
  receivingSignatory: string;
  receivingSignedOn: string;
}

const FIELDS = ['services', 'validFrom', 'validUntil', 'responseTargets', 'workingTimeOnly', 'fees', 'liability', 'signatories'];

/** Common targets: urgent accepted within 30 minutes and answered within a day; routine within a day and three days. */
const DEFAULT_TERMS: TermsForm = {
  services: ['consultation', 'case-review'],
  validFrom: '',
  validUntil: '',
  urgentAccept: 30,
  urgentAnswer: 24 * 60,
  routineAccept: 24 * 60,
  routineAnswer: 3 * 24 * 60,
  workingTimeOnly: false,
  feeAmount: '',
  feeCurrency: 'CNY',
  feeGivingSharePercent: '70',
  liability: '',
  givingSignatory: '',
  givingSignedOn: '',
  receivingSignatory: '',
  receivingSignedOn: '',
};

/** A signing day is recorded as Beijing noon of that day. */
const signedAt = (day: string) => `${day}T12:00:00+08:00`;
const dayOf = (instant: string) => new Date(instant).toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' });

function termsOf(values: TermsForm, partnership: PartnershipListing): AgreementTerms {
  return {
    services: values.services,
    validFrom: values.validFrom,
    ...(values.validUntil && { validUntil: values.validUntil }),
    responseTargets: {
      urgent: { acceptMinutes: Number(values.urgentAccept), answerMinutes: Number(values.urgentAnswer) },
      routine: { acceptMinutes: Number(values.routineAccept), answerMinutes: Number(values.routineAnswer) },
    },
    workingTimeOnly: values.workingTimeOnly,
    ...(values.feeAmount !== '' && {
      fees: [{ service: 'consultation' as const, amount: Number(values.feeAmount), currency: values.feeCurrency, givingShare: Number(values.feeGivingSharePercent) / 100 }],
    }),
    ...(values.liability.trim() && { liability: values.liability }),
    signatories: [
      ...(values.givingSignatory || values.givingSignedOn ? [{ hospitalId: partnership.givingHospital.id, name: values.givingSignatory, signedAt: values.givingSignedOn && signedAt(values.givingSignedOn) }] : []),
      ...(values.receivingSignatory || values.receivingSignedOn
        ? [{ hospitalId: partnership.receivingHospital.id, name: values.receivingSignatory, signedAt: values.receivingSignedOn && signedAt(values.receivingSignedOn) }]
        : []),
    ],
  };
}

function formOf(agreement: Agreement, partnership: PartnershipListing): TermsForm {
  const signatory = (hospitalId: string) => agreement.signatories.find((item) => item.hospitalId === hospitalId);
  const giving = signatory(partnership.givingHospital.id);
  const receiving = signatory(partnership.receivingHospital.id);
  const fee = agreement.fees?.find((item) => item.service === 'consultation');
  return {
    services: agreement.services,
    validFrom: agreement.validFrom,
    validUntil: agreement.validUntil ?? '',
    urgentAccept: agreement.responseTargets.urgent.acceptMinutes,
    urgentAnswer: agreement.responseTargets.urgent.answerMinutes,
    routineAccept: agreement.responseTargets.routine.acceptMinutes,
    routineAnswer: agreement.responseTargets.routine.answerMinutes,
    workingTimeOnly: agreement.workingTimeOnly ?? false,
    feeAmount: fee ? String(fee.amount) : '',
    feeCurrency: fee?.currency ?? 'CNY',
    feeGivingSharePercent: fee ? String(Math.round(fee.givingShare * 100)) : '70',
    liability: agreement.liability ?? '',
    givingSignatory: giving?.name ?? '',
    givingSignedOn: giving ? dayOf(giving.signedAt) : '',
    receivingSignatory: receiving?.name ?? '',
    receivingSignedOn: receiving ? dayOf(receiving.signedAt) : '',
  };
}

/** The coordinator's page of cooperation agreements (远程医疗合作协议): each partnership's terms, registered, amended, terminated. */
export function Agreements() {
  const { t } = useTranslation();
  const nameOf = useHospitalName();
  const partnerships = usePartnerships();
  const [chosenId, setChosenId] = useState('');
  const items = partnerships.data?.items ?? [];
  const partnership = items.find((item) => item.id === chosenId) ?? (chosenId === '' ? items[0] : undefined);
  return (
    <section>
      <h1>{t('agreements.title')}</h1>
      <p className="hint">{t('agreements.intro')}</p>
      <p>
        <Link to="/registry">{t('agreements.backToRegistry')}</Link>
      </p>
      <div className="filters">
        <label>
          {t('request.partnership')}
          <select value={partnership?.id ?? ''} onChange={(event) => setChosenId(event.target.value)}>
            {items.length === 0 && <option value="">{t('worklist.empty')}</option>}
            {items.map((item) => (
              <option key={item.id} value={item.id}>
                {nameOf(item.givingHospital)} → {nameOf(item.receivingHospital)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {partnership && <PartnershipAgreements key={partnership.id} partnership={partnership} />}
    </section>
  );
}

function PartnershipAgreements({ partnership }: { partnership: PartnershipListing }) {
  const { t } = useTranslation();
  const agreements = useQuery({
    queryKey: ['agreements', partnership.id],
    queryFn: () => unwrap<{ items: Agreement[] }>(api.GET('/v1/partnerships/{id}/agreements', { params: { path: { id: partnership.id } } })),
  });
  const [amending, setAmending] = useState<string | null>(null);
  const items = agreements.data?.items ?? [];
  return (
    <>
      <h2>{t('agreements.list')}</h2>
      {agreements.isError && <p role="alert">{agreements.error.message}</p>}
      {items.length === 0 && !agreements.isPending && <p data-testid="no-agreement">{t('agreements.none')}</p>}
      {items.map((agreement) => (
        <AgreementCard key={agreement.id} agreement={agreement} partnership={partnership} amending={amending === agreement.id} onAmend={(open) => setAmending(open ? agreement.id : null)} />
      ))}
      <TermsEditor partnership={partnership} />
    </>
  );
}

function AgreementCard({ agreement: a, partnership, amending, onAmend }: { agreement: Agreement; partnership: PartnershipListing; amending: boolean; onAmend: (open: boolean) => void }) {
  const { t } = useTranslation();
  const nameOf = useHospitalName();
  const hospitalName = (hospitalId: string) =>
    nameOf(hospitalId === partnership.givingHospital.id ? partnership.givingHospital : hospitalId === partnership.receivingHospital.id ? partnership.receivingHospital : null);
  // Whole hours read as hours (24 h), anything else as minutes (30 min, 90 min).
  const target = (minutes: number) => (minutes >= 60 && minutes % 60 === 0 ? t('agreements.hours', { count: minutes / 60 }) : t('agreements.minutes', { count: minutes }));
  return (
    <article className="card wide" data-testid="agreement" aria-labelledby={`agreement-${a.id}`}>
      <h3 id={`agreement-${a.id}`}>
        {t('agreements.validity', { from: a.validFrom, until: a.validUntil ?? t('agreements.openEnded') })} ·{' '}
        <span className={`status ${a.inForce ? 'status-completed' : 'status-cancelled'}`}>{a.inForce ? t('agreements.inForce') : a.status === 'terminated' ? t('agreements.terminated') : t('agreements.notInForce')}</span>
      </h3>
      <dl className="details">
        <dt>{t('agreements.services')}</dt>
        <dd>{a.services.map((service) => t(`agreements.service.${service}`)).join(t('agreements.listSeparator'))}</dd>
        <dt>{t('agreements.targets')}</dt>
        <dd>
          <ul className="plain">
            {(['urgent', 'routine'] as const).map((urgency) => (
              <li key={urgency}>
                {t('agreements.targetLine', {
                  urgency: t(`urgency.${urgency}`),
                  accept: target(a.responseTargets[urgency].acceptMinutes),
                  answer: target(a.responseTargets[urgency].answerMinutes),
                })}
              </li>
            ))}
            <li>{a.workingTimeOnly ? t('agreements.workingTimeOnly') : t('agreements.clockTime')}</li>
          </ul>
        </dd>
        {a.fees && a.fees.length > 0 && (
          <>
            <dt>{t('agreements.fees')}</dt>
            <dd>
              {a.fees.map((fee) => (
                <span key={fee.service}>
                  {t('agreements.feeLine', { service: t(`agreements.service.${fee.service}`), amount: fee.amount, currency: fee.currency, share: Math.round(fee.givingShare * 100) })}
                </span>
              ))}
            </dd>
          </>
        )}
        {a.liability && (
          <>
            <dt>{t('agreements.liability')}</dt>
            <dd className="text">{a.liability}</dd>
          </>
        )}
        <dt>{t('agreements.signatories')}</dt>
        <dd>
          <ul className="plain">
            {a.signatories.map((signatory) => (
              <li key={signatory.hospitalId}>
                {signatory.name} · {hospitalName(signatory.hospitalId)} · {formatInstant(signatory.signedAt)}
              </li>
            ))}
          </ul>
        </dd>
        <dt>{t('agreements.registered')}</dt>
        <dd>
          {a.registeredBy} · {formatInstant(a.registeredAt)}
          {a.amendedAt && ` · ${t('agreements.amendedAt', { at: formatInstant(a.amendedAt) })}`}
        </dd>
        {a.termination && (
          <>
            <dt>{t('agreements.termination')}</dt>
            <dd>
              {t('agreements.terminatedFrom', { at: formatInstant(a.termination.effectiveAt) })} — {a.termination.reason}
            </dd>
          </>
        )}
      </dl>
      {a.status === 'in-effect' && (
        <div className="actions">
          <button type="button" aria-expanded={amending} onClick={() => onAmend(!amending)}>
            {amending ? t('agreements.closeAmend') : t('agreements.amend')}
          </button>
          {amending && <TermsEditor partnership={partnership} agreement={a} onDone={() => onAmend(false)} />}
          <TerminateForm agreement={a} partnership={partnership} />
        </div>
      )}
    </article>
  );
}

/** Registers a new agreement, or amends one (sending every term, the form's whole state). */
function TermsEditor({ partnership, agreement, onDone }: { partnership: PartnershipListing; agreement?: Agreement; onDone?: () => void }) {
  const { t } = useTranslation();
  const nameOf = useHospitalName();
  const client = useQueryClient();
  const prefix = agreement ? `amend-${agreement.id.slice(0, 8)}-` : 'agreement-';
  const defaults = agreement ? formOf(agreement, partnership) : DEFAULT_TERMS;
  const { register, handleSubmit, setError, clearErrors, reset, formState } = useForm<TermsForm>({ defaultValues: defaults });
  const [done, setDone] = useState(false);
  const errors = formState.errors;
  const submit = handleSubmit(async (values) => {
    setDone(false);
    try {
      const body = termsOf(values, partnership);
      await unwrap(
        agreement
          ? api.POST('/v1/agreements/{id}/amend', { params: { path: { id: agreement.id } }, body: body as never })
          : api.POST('/v1/partnerships/{id}/agreements', { params: { path: { id: partnership.id } }, body: body as never }),
      );
      if (!agreement) reset(DEFAULT_TERMS);
      setDone(true);
      await client.invalidateQueries({ queryKey: ['agreements', partnership.id] });
      onDone?.();
    } catch (failure) {
      showProblem(failure, setError, FIELDS);
    }
  });
  const minutesField = (name: 'urgentAccept' | 'urgentAnswer' | 'routineAccept' | 'routineAnswer') => (
    <label key={name}>
      {t(`agreements.${name}`)}
      <input type="number" min={1} step={1} {...register(name, { valueAsNumber: true })} />
    </label>
  );
  const heading = agreement ? t('agreements.amendHeading') : t('agreements.register');
  return (
    <form className="card wide" noValidate onSubmit={resubmit(clearErrors, submit)} aria-label={heading}>
      <h3>{heading}</h3>
      <fieldset {...describedBy('services', prefix)}>
        <legend>{t('agreements.services')}</legend>
        {AGREEMENT_SERVICES.map((service) => (
          <label key={service} className="check">
            <input type="checkbox" value={service} {...register('services')} />
            {t(`agreements.service.${service}`)}
          </label>
        ))}
        <FieldMessage errors={errors} name="services" idPrefix={prefix} />
      </fieldset>
      <div className="columns">
        <label>
          {t('registry.validFrom')}
          <input type="date" {...register('validFrom')} {...describedBy('validFrom', prefix)} />
          <FieldMessage errors={errors} name="validFrom" idPrefix={prefix} />
        </label>
        <label>
          {t('registry.validUntil')}
          <input type="date" {...register('validUntil')} {...describedBy('validUntil', prefix)} />
          <FieldMessage errors={errors} name="validUntil" idPrefix={prefix} />
        </label>
      </div>
      <fieldset {...describedBy('responseTargets', prefix)}>
        <legend>{t('agreements.targetsInMinutes')}</legend>
        <div className="columns">
          {minutesField('urgentAccept')}
          {minutesField('urgentAnswer')}
          {minutesField('routineAccept')}
          {minutesField('routineAnswer')}
        </div>
        <label className="check">
          <input type="checkbox" {...register('workingTimeOnly')} />
          {t('agreements.workingTimeOnlyLabel')}
        </label>
        <FieldMessage errors={errors} name="responseTargets" idPrefix={prefix} />
      </fieldset>
      <fieldset {...describedBy('fees', prefix)}>
        <legend>{t('agreements.consultationFee')}</legend>
        <div className="columns">
          <label>
            {t('agreements.feeAmount')}
            <input type="number" min={0} step="0.01" {...register('feeAmount')} />
          </label>
          <label>
            {t('agreements.feeCurrency')}
            <input maxLength={3} {...register('feeCurrency')} />
          </label>
          <label>
            {t('agreements.givingSharePercent')}
            <input type="number" min={0} max={100} {...register('feeGivingSharePercent')} />
          </label>
        </div>
        <FieldMessage errors={errors} name="fees" idPrefix={prefix} />
      </fieldset>
      <label>
        {t('agreements.liability')}
        <textarea rows={2} {...register('liability')} {...describedBy('liability', prefix)} />
        <FieldMessage errors={errors} name="liability" idPrefix={prefix} />
      </label>
      <fieldset {...describedBy('signatories', prefix)}>
        <legend>{t('agreements.signatories')}</legend>
        <div className="columns">
          <label>
            {t('agreements.signatoryFor', { hospital: nameOf(partnership.givingHospital) })}
            <input {...register('givingSignatory')} />
          </label>
          <label>
            {t('agreements.signedOn')}
            <input type="date" {...register('givingSignedOn')} />
          </label>
          <label>
            {t('agreements.signatoryFor', { hospital: nameOf(partnership.receivingHospital) })}
            <input {...register('receivingSignatory')} />
          </label>
          <label>
            {t('agreements.signedOn')}
            <input type="date" {...register('receivingSignedOn')} />
          </label>
        </div>
        <FieldMessage errors={errors} name="signatories" idPrefix={prefix} />
      </fieldset>
      <FormMessage errors={errors} />
      {done && (
        <p role="status" className="ok">
          {agreement ? t('agreements.amended') : t('agreements.registeredOk')}
        </p>
      )}
      <button type="submit">{agreement ? t('agreements.amendSubmit') : t('agreements.registerSubmit')}</button>
    </form>
  );
}

function TerminateForm({ agreement, partnership }: { agreement: Agreement; partnership: PartnershipListing }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const prefix = `terminate-${agreement.id.slice(0, 8)}-`;
  const { register, handleSubmit, setError, clearErrors, formState } = useForm({ defaultValues: { reason: '', effectiveOn: '' } });
  const submit = handleSubmit(async ({ reason, effectiveOn }) => {
    try {
      // The agreement no longer holds from the start of that Beijing day.
      await unwrap(
        api.POST('/v1/agreements/{id}/terminate', { params: { path: { id: agreement.id } }, body: { reason, effectiveAt: effectiveOn ? `${effectiveOn}T00:00:00+08:00` : '' } }),
      );
      await client.invalidateQueries({ queryKey: ['agreements', partnership.id] });
    } catch (failure) {
      showProblem(failure, setError, ['reason', 'effectiveAt']);
    }
  });
  return (
    <form className="inline" noValidate onSubmit={resubmit(clearErrors, submit)} aria-label={t('agreements.terminate')}>
      <label>
        {t('agreements.terminationReason')}
        <input {...register('reason')} {...describedBy('reason', prefix)} />
        <FieldMessage errors={formState.errors} name="reason" idPrefix={prefix} />
      </label>
      <label>
        {t('agreements.effectiveOn')}
        <input type="date" {...register('effectiveOn')} {...describedBy('effectiveAt', prefix)} />
        <FieldMessage errors={formState.errors} name="effectiveAt" idPrefix={prefix} />
      </label>
      <FormMessage errors={formState.errors} />
      <button type="submit">{t('agreements.terminate')}</button>
    </form>
  );
}
