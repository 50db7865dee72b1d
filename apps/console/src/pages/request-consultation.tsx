import { useQuery } from '@tanstack/react-query';
import { useForm, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, ApiError, unwrap } from '../api/client';
import type { CommandAnswer, Me, Page, PartnershipListing } from '../api/views';

interface RequestForm {
  partnershipId: string;
  specialty: string;
  urgency: 'routine' | 'urgent';
  purpose: string;
  caseSummary: string;
  patient: { reference: string; name: string; sex: '' | 'female' | 'male' | 'other' | 'unknown'; birthDate: string };
  consent: { medical: boolean; dataSharing: boolean };
}

/** A clinician asks a partner hospital for a consultation; the API's field errors show beside the fields. */
export function RequestConsultation({ me }: { me: Me }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const form = useForm<RequestForm>({ defaultValues: { urgency: 'routine', consent: { medical: false, dataSharing: false }, patient: { sex: '' } } });
  const { register, handleSubmit, setError, formState } = form;
  // The partnerships the clinician's hospital receives aid through, and the specialties they pair.
  const partnerships = useQuery({
    queryKey: ['partnerships', me.hospital?.id],
    queryFn: () => unwrap<Page<PartnershipListing>>(api.GET('/v1/partnerships', { params: { query: { hospitalId: me.hospital?.id } } } as never)),
  });
  const receiving = (partnerships.data?.items ?? []).filter((item) => item.active && item.receivingHospital.id === me.hospital?.id);
  const chosen = receiving.find((item) => item.id === form.watch('partnershipId'));

  const submit = handleSubmit(async (values) => {
    const { sex, name, birthDate, reference } = values.patient;
    const body = {
      ...values,
      patient: { reference, ...(name && { name }), ...(sex && { sex }), ...(birthDate && { birthDate }) },
    };
    try {
      const answer = await unwrap<CommandAnswer>(api.POST('/v1/consultations', { body: body as never }));
      navigate(`/consultations/${answer.id}`);
    } catch (failure) {
      if (!(failure instanceof ApiError)) throw failure;
      const fields = failure.problem.errors ?? [];
      fields.forEach((field) => setError(field.field as FieldPath<RequestForm>, { message: field.message }));
      // A refusal that names no field (no agreement, a closed partnership) is shown above the button.
      if (fields.length === 0) setError('root', { message: failure.problem.detail });
    }
  });

  const field = (name: FieldPath<RequestForm>) => {
    const message = name.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], formState.errors) as
      | { message?: string }
      | undefined;
    return message?.message ? (
      <span className="field-error" id={`${name}-error`}>
        {message.message}
      </span>
    ) : null;
  };
  const described = (name: string) => ({ 'aria-describedby': `${name}-error` });

  return (
    <section>
      <h1>{t('nav.request')}</h1>
      <form className="card" noValidate onSubmit={(event) => void submit(event)}>
        <label>
          {t('request.partnership')}
          <select {...register('partnershipId')} {...described('partnershipId')}>
            <option value="">{t('choose')}</option>
            {receiving.map((item) => (
              <option key={item.id} value={item.id}>
                {(i18n.language === 'zh' && item.givingHospital.nameZh) || item.givingHospital.name}
              </option>
            ))}
          </select>
          {field('partnershipId')}
        </label>
        <label>
          {t('consultation.specialty')}
          <select {...register('specialty')} {...described('specialty')}>
            <option value="">{t('choose')}</option>
            {[...new Set(chosen?.pairings.map((pairing) => pairing.receivingSpecialty) ?? [])].map((specialty) => (
              <option key={specialty} value={specialty}>
                {specialty}
              </option>
            ))}
          </select>
          {field('specialty')}
        </label>
        <label>
          {t('consultation.urgency')}
          <select {...register('urgency')}>
            <option value="routine">{t('urgency.routine')}</option>
            <option value="urgent">{t('urgency.urgent')}</option>
          </select>
        </label>
        <fieldset>
          <legend>{t('consultation.patient')}</legend>
          <label>
            {t('request.reference')}
            <input {...register('patient.reference')} {...described('patient.reference')} />
            {field('patient.reference')}
          </label>
          <label>
            {t('request.name')}
            <input {...register('patient.name')} />
          </label>
          <label>
            {t('request.sex')}
            <select {...register('patient.sex')}>
              <option value="">—</option>
              {(['female', 'male', 'other', 'unknown'] as const).map((sex) => (
                <option key={sex} value={sex}>
                  {t(`sex.${sex}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('request.birthDate')}
            <input type="date" {...register('patient.birthDate')} {...described('patient.birthDate')} />
            {field('patient.birthDate')}
          </label>
        </fieldset>
        <label>
          {t('consultation.purpose')}
          <textarea rows={2} {...register('purpose')} {...described('purpose')} />
          {field('purpose')}
        </label>
        <label>
          {t('consultation.caseSummary')}
          <textarea rows={5} {...register('caseSummary')} {...described('caseSummary')} />
          {field('caseSummary')}
        </label>
        <label className="check">
          <input type="checkbox" {...register('consent.medical')} />
          {t('request.consentMedical')}
        </label>
        {field('consent.medical')}
        <label className="check">
          <input type="checkbox" {...register('consent.dataSharing')} />
          {t('request.consentSharing')}
        </label>
        {field('consent.dataSharing')}
        {formState.errors.root && (
          <p role="alert" className="error">
            {formState.errors.root.message}
          </p>
        )}
        <button type="submit" disabled={formState.isSubmitting}>
          {t('request.submit')}
        </button>
      </form>
    </section>
  );
}
