import { lazy, Suspense, useEffect, useSyncExternalStore } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Route, Routes } from 'react-router';
import { api, unwrap } from './api/client';
import type { Me } from './api/views';
import { chooseLanguage } from './i18n';
import { currentToken, onSessionChange, signOut } from './session';
import { useLiveNotices } from './live';
import { SignIn } from './pages/sign-in';
import { Worklist } from './pages/worklist';
import { ConsultationPage } from './pages/consultation';
import { RequestConsultation } from './pages/request-consultation';
import { ExpertCalendar } from './pages/calendar';
import { Registry } from './pages/registry';
import { AuditLog } from './pages/audit-log';
import { StreamHistory } from './pages/stream-history';
import { Verify } from './pages/verify';

import './pages/programme-report/report.i18n';

// The chart library is loaded only with the dashboard and the programme report.
const Dashboard = lazy(() => import('./pages/dashboard').then((module) => ({ default: module.Dashboard })));
const ProgrammeReportPage = lazy(() => import('./pages/programme-report/programme-report').then((module) => ({ default: module.ProgrammeReportPage })));

const HOME: Record<Me['role'], string> = { clinician: '/consultations', expert: '/inbox', coordinator: '/dashboard', auditor: '/audit' };

export function App() {
  const token = useSyncExternalStore(onSessionChange, currentToken);
  return token ? <SignedIn key={token} /> : <SignIn />;
}

function SignedIn() {
  const { t } = useTranslation();
  const me = useQuery({ queryKey: ['me'], queryFn: () => unwrap<Me>(api.GET('/v1/me')) });
  useLiveNotices();
  if (me.isPending) return <p className="loading">{t('loading')}</p>;
  if (me.isError) return <p role="alert">{me.error.message}</p>;
  const { role } = me.data;
  return (
    <>
      <Header me={me.data} />
      <main id="main">
        <Routes>
          <Route path="/" element={<Navigate to={HOME[role]} replace />} />
          <Route path="/consultations" element={<Worklist me={me.data} />} />
          {role === 'clinician' && <Route path="/consultations/new" element={<RequestConsultation me={me.data} />} />}
          <Route path="/consultations/:id" element={<ConsultationPage me={me.data} />} />
          {role === 'expert' && <Route path="/inbox" element={<Worklist me={me.data} inbox />} />}
          {role === 'expert' && <Route path="/calendar" element={<ExpertCalendar me={me.data} />} />}
          {role === 'coordinator' && <Route path="/registry" element={<Registry />} />}
          {(role === 'coordinator' || role === 'auditor') && <Route path="/dashboard" element={<Suspense fallback={<p>{t('loading')}</p>}><Dashboard /></Suspense>} />}
          {(role === 'coordinator' || role === 'auditor') && <Route path="/reports/programme" element={<Suspense fallback={<p>{t('loading')}</p>}><ProgrammeReportPage /></Suspense>} />}
          {(role === 'coordinator' || role === 'auditor') && <Route path="/audit" element={<AuditLog />} />}
          {(role === 'coordinator' || role === 'auditor') && <Route path="/audit/streams/:streamId" element={<StreamHistory />} />}
          {(role === 'coordinator' || role === 'auditor') && <Route path="/audit/verify" element={<Verify />} />}
          <Route path="*" element={<NotFound />} />
        </Routes>
      </main>
    </>
  );
}

function NotFound() {
  const { t } = useTranslation();
  return <h1>{t('notFound')}</h1>;
}

const NAV: Record<Me['role'], Array<[string, string]>> = {
  clinician: [['/consultations', 'nav.worklist'], ['/consultations/new', 'nav.request']],
  expert: [['/inbox', 'nav.inbox'], ['/consultations', 'nav.worklist'], ['/calendar', 'nav.calendar']],
  coordinator: [['/dashboard', 'nav.dashboard'], ['/reports/programme', 'nav.report'], ['/registry', 'nav.registry'], ['/consultations', 'nav.worklist'], ['/audit', 'nav.audit']],
  auditor: [['/audit', 'nav.audit'], ['/audit/verify', 'nav.verify'], ['/consultations', 'nav.worklist'], ['/dashboard', 'nav.dashboard']],
};

function Header({ me }: { me: Me }) {
  const { t, i18n } = useTranslation();
  const hospitalName = me.hospital ? (i18n.language === 'zh' && me.hospital.nameZh) || me.hospital.name : null;
  useEffect(() => {
    document.title = `${t('appName')} · ${t(`roles.${me.role}`)}`;
  }, [t, me.role]);
  return (
    <header className="top">
      <a className="skip" href="#main">{t('skipToContent')}</a>
      <span className="brand">{t('appName')}</span>
      <nav aria-label={t('nav.label')}>
        {NAV[me.role].map(([to, label]) => (
          <NavLink key={to} to={to} end>
            {t(label)}
          </NavLink>
        ))}
      </nav>
      <span className="who">
        {me.displayName} · {t(`roles.${me.role}`)}
        {hospitalName && ` · ${hospitalName}`}
      </span>
      <LanguageSwitch />
      <button type="button" onClick={signOut}>
        {t('signOut')}
      </button>
    </header>
  );
}

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <label className="language">
      <span className="visually-hidden">{t('language')}</span>
      <select value={i18n.language} onChange={(event) => chooseLanguage(event.target.value as 'zh' | 'en')}>
        <option value="zh">中文</option>
        <option value="en">English</option>
      </select>
    </label>
  );
}
