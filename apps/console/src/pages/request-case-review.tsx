import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../api/client';
import { useHospitalName, usePartnerships } from '../api/lookups';
import type { CommandAnswer, Me } from '../api/views';
import { describedBy, FieldMessage, FormMessage, showProblem, resubmit } from '../forms/problem-fields';

interface RequestForm {
  partnershipId: string;
  specialties: string[];
  otherSpecialties: string;
  urgency: 'routine' | 'urgent';
  purpose: string;
  caseSummary: string;
  patient: { reference: string; name: string };
  consent: { medical: boolean; dataSharing: boolean };
}

const FIELDS = ['partnershipId', 'specialties', 'urgency', 'purpose', 'caseSummary', 'patient.reference', 'patient.name', 'consent.medical', 'consent.dataSharing'];

/** A clinician asks a partner hospital's experts to discuss one case as a panel. */
export function RequestCaseReview({ me }: { me: Me }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const nameOf = useHospitalName();
  const { register, handleSubmit, setError, clearErrors, watch, formState } = useForm<RequestForm>({
    defaultValues: { specialties: [], otherSpecialties: '', urgency: 'routine', consent: { medical: false, dataSharing: false } },
  });
  const partnerships = usePartnerships(me.hospital?.id);
  const receiving = (partnerships.data?.items ?? []).filter((item) => item.active && item.receivingHospital.id === me.hospital?.id);
  const chosen = receiving.find((item) => item.id === watch('partnershipId'));
  const paired = [...new Set(chosen?.pairings.map((pairing) => pairing.receivingSpecialty) ?? [])];

  const submit = handleSubmit(async ({ specialties, otherSpecialties, patient, ...rest }) => {
    const others = otherSpecialties.split(/[,，、]/).map((value) => value.trim()).filter(Boolean);
    const body = { ...rest, specialties: [...specialties, ...others], patient: { reference: patient.reference, ...(patient.name && { name: patient.name }) } };
    try {
      const answer = await unwrap<CommandAnswer>(api.POST('/v1/case-reviews', { body: body as never }));
      navigate(`/case-reviews/${answer.id}`);
    } catch (failure) {
      showProblem(failure, setError, FIELDS);
    }
  });

  return (
    <section>
      <h1>{t('nav.requestCaseReview')}</h1>
      <form className="card" noValidate onSubmit={resubmit(clearErrors, submit)}>
        <label>
          {t('request.partnership')}
          <select {...register('partnershipId')} {...describedBy('partnershipId')}>
            <option value="">{t('choose')}</option>
            {receiving.map((item) => (
              <option key={item.id} value={item.id}>
                {nameOf(item.givingHospital)}
              </option>
            ))}
          </select>
          <FieldMessage errors={formState.errors} name="partnershipId" />
        </label>
        <fieldset {...describedBy('specialties')}>
          <legend>{t('caseReview.specialties')}</legend>
          {paired.length === 0 && <p className="hint">{t('caseReview.choosePartnershipFirst')}</p>}
          {paired.map((specialty) => (
            <label className="check" key={specialty}>
              <input type="checkbox" value={specialty} {...register('specialties')} />
              {specialty}
            </label>
          ))}
          <label>
            {t('caseReview.otherSpecialties')}
            <input {...register('otherSpecialties')} placeholder="radiology, oncology" />
          </label>
          <FieldMessage errors={formState.errors} name="specialties" />
        </fieldset>
        <fieldset>
          <legend>{t('consultation.patient')}</legend>
          <label>
            {t('request.reference')}
            <input {...register('patient.reference')} {...describedBy('patient.reference')} />
            <FieldMessage errors={formState.errors} name="patient.reference" />
          </label>
          <label>
            {t('request.name')}
            <input {...register('patient.name')} {...describedBy('patient.name')} />
            <FieldMessage errors={formState.errors} name="patient.name" />
          </label>
        </fieldset>
        <label>
          {t('consultation.urgency')}
          <select {...register('urgency')} {...describedBy('urgency')}>
            <option value="routine">{t('urgency.routine')}</option>
            <option value="urgent">{t('urgency.urgent')}</option>
          </select>
          <FieldMessage errors={formState.errors} name="urgency" />
        </label>
        <label>
          {t('consultation.purpose')}
          <textarea rows={2} {...register('purpose')} {...describedBy('purpose')} />
          <FieldMessage errors={formState.errors} name="purpose" />
        </label>
        <label>
          {t('consultation.caseSummary')}
          <textarea rows={5} {...register('caseSummary')} {...describedBy('caseSummary')} />
          <FieldMessage errors={formState.errors} name="caseSummary" />
        </label>
        <label className="check">
          <input type="checkbox" {...register('consent.medical')} {...describedBy('consent.medical')} />
          {t('caseReview.consentMedical')}
        </label>
        <FieldMessage errors={formState.errors} name="consent.medical" />
        <label className="check">
          <input type="checkbox" {...register('consent.dataSharing')} {...describedBy('consent.dataSharing')} />
          {t('request.consentSharing')}
        </label>
        <FieldMessage errors={formState.errors} name="consent.dataSharing" />
        <FormMessage errors={formState.errors} />
        <button type="submit" disabled={formState.isSubmitting}>
          {t('caseReview.submit')}
        </button>
      </form>
    </section>
  );
}
