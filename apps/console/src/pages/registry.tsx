import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, ApiError, unwrap } from '../api/client';
import type { Hospital } from '../api/views';
import { useExperts, useHospitalName, usePartnerships } from '../api/lookups';
import { EstablishPartnership, PairDepartments, PublishOnBehalf, RegisterExpert } from './registry-forms';

/** The network's hospitals and departments, and the coordinator's forms to register them. */
export function Registry() {
  const { t } = useTranslation();
  const hospitals = useQuery({ queryKey: ['hospitals'], queryFn: () => unwrap<{ items: Hospital[] }>(api.GET('/v1/hospitals')) });
  return (
    <section>
      <h1>{t('nav.registry')}</h1>
      <p>
        <Link to="/registry/agreements">{t('registry.agreementsLink')}</Link>
      </p>
      <h2>{t('registry.hospitals')}</h2>
      <table>
        <caption className="visually-hidden">{t('registry.hospitals')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('registry.name')}</th>
            <th scope="col">{t('registry.nameZh')}</th>
            <th scope="col">{t('registry.region')}</th>
            <th scope="col">{t('registry.timezone')}</th>
            <th scope="col">{t('registry.departments')}</th>
            <th scope="col">{t('registry.id')}</th>
          </tr>
        </thead>
        <tbody>
          {hospitals.data?.items.map((hospital) => (
            <tr key={hospital.id}>
              <td>{hospital.name}</td>
              <td lang="zh-CN">{hospital.nameZh ?? '—'}</td>
              <td>{hospital.region}</td>
              <td>
                {hospital.timezone} ({hospital.workingHours.start}–{hospital.workingHours.end})
              </td>
              <td>{hospital.departments.map((department) => `${department.name} (${department.specialty})`).join(', ') || '—'}</td>
              <td>
                <code>{hospital.id}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="forms">
        <RegisterHospital />
        <AddDepartment hospitals={hospitals.data?.items ?? []} />
      </div>
      <Partnerships />
      <div className="forms">
        <EstablishPartnership hospitals={hospitals.data?.items ?? []} />
        <PairDepartments hospitals={hospitals.data?.items ?? []} />
      </div>
      <Experts />
      <div className="forms">
        <RegisterExpert hospitals={hospitals.data?.items ?? []} />
        <PublishOnBehalf />
      </div>
    </section>
  );
}

function Partnerships() {
  const { t } = useTranslation();
  const nameOf = useHospitalName();
  const partnerships = usePartnerships();
  return (
    <>
      <h2>{t('registry.partnerships')}</h2>
      <table>
        <caption className="visually-hidden">{t('registry.partnerships')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('registry.givingHospitalId')}</th>
            <th scope="col">{t('registry.receivingHospitalId')}</th>
            <th scope="col">{t('registry.programme')}</th>
            <th scope="col">{t('registry.pairings')}</th>
            <th scope="col">{t('worklist.status')}</th>
          </tr>
        </thead>
        <tbody>
          {(partnerships.data?.items ?? []).map((partnership) => (
            <tr key={partnership.id} data-testid="partnership">
              <td>{nameOf(partnership.givingHospital)}</td>
              <td>{nameOf(partnership.receivingHospital)}</td>
              <td>{t(`programmes.${partnership.programme}`, { defaultValue: partnership.programme })}</td>
              <td>{partnership.pairings.map((pairing) => `${pairing.givingDepartment.name} → ${pairing.receivingDepartment.name}`).join('; ') || '—'}</td>
              <td>{partnership.active ? t('registry.active') : t('registry.inactive')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function Experts() {
  const { t } = useTranslation();
  const nameOf = useHospitalName();
  const experts = useExperts();
  return (
    <>
      <h2>{t('registry.experts')}</h2>
      <table>
        <caption className="visually-hidden">{t('registry.experts')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('registry.name')}</th>
            <th scope="col">{t('registry.title')}</th>
            <th scope="col">{t('consultation.specialty')}</th>
            <th scope="col">{t('registry.hospital')}</th>
            <th scope="col">{t('registry.department')}</th>
          </tr>
        </thead>
        <tbody>
          {(experts.data?.items ?? []).map((expert) => (
            <tr key={expert.id} data-testid="expert">
              <td>{expert.name}</td>
              <td>{t(`titles.${expert.title}`, { defaultValue: expert.title })}</td>
              <td>{expert.specialty}</td>
              <td>{nameOf(expert.hospital)}</td>
              <td>{expert.department.name}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function useCommand() {
  const client = useQueryClient();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const run = async (call: Promise<{ data?: unknown; error?: unknown; response: Response }>, done: string) => {
    try {
      await unwrap(call);
      setMessage({ ok: true, text: done });
      void client.invalidateQueries({ queryKey: ['hospitals'] });
      void client.invalidateQueries({ queryKey: ['partnerships'] });
    } catch (failure) {
      const text = failure instanceof ApiError ? [failure.problem.detail, ...(failure.problem.errors ?? []).map((e) => `${e.field}: ${e.message}`)].join(' · ') : String(failure);
      setMessage({ ok: false, text });
    }
  };
  const view = message && (
    <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'ok' : 'error'}>
      {message.text}
    </p>
  );
  return { run, view };
}

function RegisterHospital() {
  const { t } = useTranslation();
  const { run, view } = useCommand();
  const [value, setValue] = useState({ name: '', nameZh: '', region: '', timezone: 'Asia/Shanghai' });
  const bind = (key: keyof typeof value) => ({ value: value[key], onChange: (event: React.ChangeEvent<HTMLInputElement>) => setValue({ ...value, [key]: event.target.value }) });
  return (
    <form
      className="card"
      onSubmit={(event) => {
        event.preventDefault();
        void run(api.POST('/v1/hospitals', { body: { ...value, nameZh: value.nameZh || undefined } }), t('registry.registered'));
      }}
    >
      <h2>{t('registry.registerHospital')}</h2>
      <label>
        {t('registry.name')}
        <input required {...bind('name')} />
      </label>
      <label>
        {t('registry.nameZh')}
        <input lang="zh-CN" {...bind('nameZh')} />
      </label>
      <label>
        {t('registry.region')}
        <input required {...bind('region')} />
      </label>
      <label>
        {t('registry.timezone')}
        <input required {...bind('timezone')} />
      </label>
      <button type="submit">{t('registry.register')}</button>
      {view}
    </form>
  );
}

function AddDepartment({ hospitals }: { hospitals: Hospital[] }) {
  const { t } = useTranslation();
  const { run, view } = useCommand();
  const [hospitalId, setHospitalId] = useState('');
  const [name, setName] = useState('');
  const [specialty, setSpecialty] = useState('');
  return (
    <form
      className="card"
      onSubmit={(event) => {
        event.preventDefault();
        void run(api.POST('/v1/hospitals/{id}/departments', { params: { path: { id: hospitalId } }, body: { name, specialty } }), t('registry.registered'));
      }}
    >
      <h2>{t('registry.addDepartment')}</h2>
      <label>
        {t('registry.hospital')}
        <select required value={hospitalId} onChange={(event) => setHospitalId(event.target.value)}>
          <option value="">{t('choose')}</option>
          {hospitals.map((hospital) => (
            <option key={hospital.id} value={hospital.id}>
              {hospital.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('registry.name')}
        <input required value={name} onChange={(event) => setName(event.target.value)} />
      </label>
      <label>
        {t('consultation.specialty')}
        <input required value={specialty} onChange={(event) => setSpecialty(event.target.value)} />
      </label>
      <button type="submit">{t('registry.register')}</button>
      {view}
    </form>
  );
}
