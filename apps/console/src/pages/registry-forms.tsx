import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { type FieldValues, type Path, useForm, type UseFormRegister, type FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { instantOf, useExperts, useHospitalName, usePartnerships } from '../api/lookups';
import type { Hospital } from '../api/views';
import { describedBy, FieldMessage, FormMessage, showProblem, resubmit } from '../forms/problem-fields';

export const PROGRAMMES = ['group-aid', 'medical-consortium', 'specialist-alliance', 'other'] as const;
export const EXPERT_TITLES = ['resident-physician', 'attending-physician', 'associate-chief-physician', 'chief-physician'] as const;

/** A registry form: sends once, shows the API's field errors beside the fields, refreshes the registry's lists. */
function useRegistryForm<T extends FieldValues>(form: string, fields: string[], defaultValues: T) {
  const client = useQueryClient();
  const methods = useForm<T>({ defaultValues: defaultValues as never });
  const [done, setDone] = useState(false);
  const send = (call: (values: T) => Promise<{ data?: unknown; error?: unknown; response: Response }>) =>
    methods.handleSubmit(async (values) => {
      setDone(false);
      try {
        await unwrap(call(values));
        methods.reset(defaultValues);
        setDone(true);
        await Promise.all(['hospitals', 'experts', 'partnerships'].map((queryKey) => client.invalidateQueries({ queryKey: [queryKey] })));
      } catch (failure) {
        showProblem(failure, methods.setError, fields);
      }
    });
  return { ...methods, send, done, prefix: `${form}-` };
}

function Field<T extends FieldValues>({ label, name, register, errors, prefix, ...input }: { label: string; name: Path<T>; register: UseFormRegister<T>; errors: FieldErrors<T>; prefix: string } & React.InputHTMLAttributes<HTMLInputElement>) {
  return (
    <label>
      {label}
      <input {...input} {...register(name)} {...describedBy(name, prefix)} />
      <FieldMessage errors={errors} name={name} idPrefix={prefix} />
    </label>
  );
}

function Done({ done }: { done: boolean }) {
  const { t } = useTranslation();
  return done ? (
    <p role="status" className="ok">
      {t('registry.registered')}
    </p>
  ) : null;
}

export function EstablishPartnership({ hospitals }: { hospitals: Hospital[] }) {
  const { t } = useTranslation();
  const nameOf = useHospitalName();
  const fields = ['givingHospitalId', 'receivingHospitalId', 'programme', 'validFrom', 'validUntil'];
  const f = useRegistryForm('partnership', fields, { givingHospitalId: '', receivingHospitalId: '', programme: 'group-aid', validFrom: '', validUntil: '' });
  const submit = f.send(({ validUntil, ...values }) => api.POST('/v1/partnerships', { body: { ...values, ...(validUntil && { validUntil }) } as never }));
  const hospitalOptions = hospitals.map((hospital) => (
    <option key={hospital.id} value={hospital.id}>
      {nameOf(hospital)}
    </option>
  ));
  return (
    <form className="card" noValidate onSubmit={resubmit(f.clearErrors, submit)}>
      <h2>{t('registry.establishPartnership')}</h2>
      {(['givingHospitalId', 'receivingHospitalId'] as const).map((name) => (
        <label key={name}>
          {t(`registry.${name}`)}
          <select {...f.register(name)} {...describedBy(name, f.prefix)}>
            <option value="">{t('choose')}</option>
            {hospitalOptions}
          </select>
          <FieldMessage errors={f.formState.errors} name={name} idPrefix={f.prefix} />
        </label>
      ))}
      <label>
        {t('registry.programme')}
        <select {...f.register('programme')}>
          {PROGRAMMES.map((programme) => (
            <option key={programme} value={programme}>
              {t(`programmes.${programme}`)}
            </option>
          ))}
        </select>
      </label>
      <Field label={t('registry.validFrom')} name="validFrom" type="date" register={f.register} errors={f.formState.errors} prefix={f.prefix} />
      <Field label={t('registry.validUntil')} name="validUntil" type="date" register={f.register} errors={f.formState.errors} prefix={f.prefix} />
      <FormMessage errors={f.formState.errors} />
      <Done done={f.done} />
      <button type="submit">{t('registry.register')}</button>
    </form>
  );
}

export function PairDepartments({ hospitals }: { hospitals: Hospital[] }) {
  const { t } = useTranslation();
  const nameOf = useHospitalName();
  const partnerships = usePartnerships();
  const f = useRegistryForm('pairing', ['givingDepartmentId', 'receivingDepartmentId'], { partnershipId: '', givingDepartmentId: '', receivingDepartmentId: '' });
  const chosen = partnerships.data?.items.find((item) => item.id === f.watch('partnershipId'));
  const departmentsOf = (hospitalId: string | undefined) => hospitals.find((hospital) => hospital.id === hospitalId)?.departments ?? [];
  const submit = f.send(({ partnershipId, ...body }) => api.POST('/v1/partnerships/{id}/pairings', { params: { path: { id: partnershipId } }, body }));
  return (
    <form className="card" noValidate onSubmit={resubmit(f.clearErrors, submit)}>
      <h2>{t('registry.pairDepartments')}</h2>
      <label>
        {t('request.partnership')}
        <select {...f.register('partnershipId')}>
          <option value="">{t('choose')}</option>
          {(partnerships.data?.items ?? []).map((item) => (
            <option key={item.id} value={item.id}>
              {nameOf(item.givingHospital)} → {nameOf(item.receivingHospital)}
            </option>
          ))}
        </select>
      </label>
      {(
        [
          ['givingDepartmentId', chosen?.givingHospital.id],
          ['receivingDepartmentId', chosen?.receivingHospital.id],
        ] as const
      ).map(([name, hospitalId]) => (
        <label key={name}>
          {t(`registry.${name}`)}
          <select {...f.register(name)} {...describedBy(name, f.prefix)}>
            <option value="">{t('choose')}</option>
            {departmentsOf(hospitalId).map((department) => (
              <option key={department.id} value={department.id}>
                {department.name} ({department.specialty})
              </option>
            ))}
          </select>
          <FieldMessage errors={f.formState.errors} name={name} idPrefix={f.prefix} />
        </label>
      ))}
      <FormMessage errors={f.formState.errors} />
      <Done done={f.done} />
      <button type="submit">{t('registry.register')}</button>
    </form>
  );
}

export function RegisterExpert({ hospitals }: { hospitals: Hospital[] }) {
  const { t } = useTranslation();
  const nameOf = useHospitalName();
  const fields = ['name', 'hospitalId', 'departmentId', 'specialty', 'title', 'licensedSince'];
  const f = useRegistryForm('expert', fields, { name: '', hospitalId: '', departmentId: '', specialty: '', title: 'attending-physician', licensedSince: '' });
  const departments = hospitals.find((hospital) => hospital.id === f.watch('hospitalId'))?.departments ?? [];
  const submit = f.send((body) => api.POST('/v1/experts', { body: body as never }));
  return (
    <form className="card" noValidate onSubmit={resubmit(f.clearErrors, submit)}>
      <h2>{t('registry.registerExpert')}</h2>
      <Field label={t('registry.name')} name="name" register={f.register} errors={f.formState.errors} prefix={f.prefix} />
      <label>
        {t('registry.hospital')}
        <select {...f.register('hospitalId')} {...describedBy('hospitalId', f.prefix)}>
          <option value="">{t('choose')}</option>
          {hospitals.map((hospital) => (
            <option key={hospital.id} value={hospital.id}>
              {nameOf(hospital)}
            </option>
          ))}
        </select>
        <FieldMessage errors={f.formState.errors} name="hospitalId" idPrefix={f.prefix} />
      </label>
      <label>
        {t('registry.department')}
        <select {...f.register('departmentId')} {...describedBy('departmentId', f.prefix)}>
          <option value="">{t('choose')}</option>
          {departments.map((department) => (
            <option key={department.id} value={department.id}>
              {department.name}
            </option>
          ))}
        </select>
        <FieldMessage errors={f.formState.errors} name="departmentId" idPrefix={f.prefix} />
      </label>
      <Field label={t('consultation.specialty')} name="specialty" register={f.register} errors={f.formState.errors} prefix={f.prefix} />
      <label>
        {t('registry.title')}
        <select {...f.register('title')}>
          {EXPERT_TITLES.map((title) => (
            <option key={title} value={title}>
              {t(`titles.${title}`)}
            </option>
          ))}
        </select>
      </label>
      <Field label={t('registry.licensedSince')} name="licensedSince" type="date" register={f.register} errors={f.formState.errors} prefix={f.prefix} />
      <FormMessage errors={f.formState.errors} />
      <Done done={f.done} />
      <button type="submit">{t('registry.register')}</button>
    </form>
  );
}

/** A coordinator publishes an expert's free time for them, as the expert would on their calendar. */
export function PublishOnBehalf() {
  const { t } = useTranslation();
  const experts = useExperts();
  const f = useRegistryForm('availability', ['slots'], { expertId: '', date: '', from: '09:00', to: '12:00' });
  const submit = f.send(({ expertId, date, from, to }) =>
    api.POST('/v1/experts/{id}/availability', { params: { path: { id: expertId } }, body: { slots: date ? [{ start: instantOf(date, from), end: instantOf(date, to) }] : [] } } as never),
  );
  return (
    <form className="card" noValidate onSubmit={resubmit(f.clearErrors, submit)}>
      <h2>{t('registry.publishOnBehalf')}</h2>
      <label>
        {t('signIn.expert')}
        <select {...f.register('expertId')}>
          <option value="">{t('choose')}</option>
          {(experts.data?.items ?? []).map((expert) => (
            <option key={expert.id} value={expert.id}>
              {expert.name} · {expert.specialty}
            </option>
          ))}
        </select>
      </label>
      <Field label={t('calendar.date')} name="date" type="date" register={f.register} errors={f.formState.errors} prefix={f.prefix} />
      <Field label={t('calendar.from')} name="from" type="time" register={f.register} errors={f.formState.errors} prefix={f.prefix} />
      <Field label={t('calendar.to')} name="to" type="time" register={f.register} errors={f.formState.errors} prefix={f.prefix} />
      <FieldMessage errors={f.formState.errors} name="slots" idPrefix={f.prefix} />
      <FormMessage errors={f.formState.errors} />
      <Done done={f.done} />
      <button type="submit">{t('calendar.publishSubmit')}</button>
    </form>
  );
}
