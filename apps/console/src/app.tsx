import { lazy, Suspense, useEffect, useSyncExternalStore } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Route, Routes } from 'react-router';
import { api, unwrap } from './api/client';
import type { Me } from './api/views';
import { chooseLanguage } from './i18n';
import { endSession, onSessionChange, sessionIdentity } from './session';
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

// The chart library is loaded only with the dashboard; the screens fewer people open, when opened.
const Dashboard = lazy(() => import('./pages/dashboard').then((module) => ({ default: module.Dashboard })));
const CaseReviews = lazy(() => import('./pages/case-reviews').then((module) => ({ default: module.CaseReviews })));
const RequestCaseReview = lazy(() => import('./pages/request-case-review').then((module) => ({ default: module.RequestCaseReview })));
const CaseReviewPage = lazy(() => import('./pages/case-review').then((module) => ({ default: module.CaseReviewPage })));
const Training = lazy(() => import('./pages/training').then((module) => ({ default: module.Training })));
const TrainingSessionPage = lazy(() => import('./pages/training-session').then((module) => ({ default: module.TrainingSessionPage })));
const AccessTrail = lazy(() => import('./pages/access-trail').then((module) => ({ default: module.AccessTrail })));
const Agreements = lazy(() => import('./pages/agreements').then((module) => ({ default: module.Agreements })));
const Rebuild = lazy(() => import('./pages/rebuild').then((module) => ({ default: module.Rebuild })));
const Webhooks = lazy(() => import('./pages/webhooks').then((module) => ({ default: module.Webhooks })));
const ProgrammeReportPage = lazy(() => import('./pages/programme-report/programme-report').then((module) => ({ default: module.ProgrammeReportPage })));

const HOME: Record<Me['role'], string> = { clinician: '/consultations', expert: '/inbox', coordinator: '/dashboard', auditor: '/audit' };

export function App() {
  const identity = useSyncExternalStore(onSessionChange, sessionIdentity);
  return identity ? <SignedIn key={identity} /> : <SignIn />;
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
        <Suspense fallback={<p>{t('loading')}</p>}>
        <Routes>
          <Route path="/" element={<Navigate to={HOME[role]} replace />} />
          <Route path="/consultations" element={<Worklist me={me.data} />} />
          {role === 'clinician' && <Route path="/consultations/new" element={<RequestConsultation me={me.data} />} />}
          <Route path="/consultations/:id" element={<ConsultationPage me={me.data} />} />
          {role === 'expert' && <Route path="/inbox" element={<Worklist me={me.data} inbox />} />}
          {role === 'expert' && <Route path="/calendar" element={<ExpertCalendar me={me.data} />} />}
          {role === 'coordinator' && <Route path="/registry" element={<Registry />} />}
          {role === 'coordinator' && <Route path="/registry/agreements" element={<Agreements />} />}
          {(role === 'coordinator' || role === 'auditor') && <Route path="/dashboard" element={<Dashboard />} />}
          {(role === 'coordinator' || role === 'auditor') && <Route path="/reports/programme" element={<ProgrammeReportPage />} />}
          <Route path="/case-reviews" element={<CaseReviews me={me.data} />} />
          {role === 'clinician' && <Route path="/case-reviews/new" element={<RequestCaseReview me={me.data} />} />}
          <Route path="/case-reviews/:id" element={<CaseReviewPage me={me.data} />} />
          <Route path="/training" element={<Training me={me.data} />} />
          <Route path="/training/:id" element={<TrainingSessionPage me={me.data} />} />
          {role === 'auditor' && <Route path="/audit/access" element={<AccessTrail />} />}
          {(role === 'coordinator' || role === 'auditor') && <Route path="/audit/rebuild" element={<Rebuild />} />}
          {(role === 'coordinator' || role === 'auditor') && <Route path="/audit" element={<AuditLog />} />}
          {(role === 'coordinator' || role === 'auditor') && <Route path="/audit/streams/:streamId" element={<StreamHistory me={me.data} />} />}
          {(role === 'coordinator' || role === 'auditor') && <Route path="/audit/verify" element={<Verify />} />}
          {(role === 'coordinator' || role === 'auditor') && <Route path="/webhooks" element={<Webhooks canChange={role === 'coordinator'} />} />}
          <Route path="*" element={<NotFound />} />
        </Routes>
        </Suspense>
      </main>
    </>
  );
}

function NotFound() {
  const { t } = useTranslation();
  return <h1>{t('notFound')}</h1>;
}

const NAV: Record<Me['role'], Array<[string, string]>> = {
  clinician: [['/consultations', 'nav.worklist'], ['/consultations/new', 'nav.request'], ['/case-reviews', 'nav.caseReviews'], ['/case-reviews/new', 'nav.requestCaseReview'], ['/training', 'nav.training']],
  expert: [['/inbox', 'nav.inbox'], ['/consultations', 'nav.worklist'], ['/calendar', 'nav.calendar'], ['/case-reviews', 'nav.invitations'], ['/training', 'nav.training']],
  coordinator: [['/dashboard', 'nav.dashboard'], ['/reports/programme', 'nav.report'], ['/registry', 'nav.registry'], ['/registry/agreements', 'nav.agreements'], ['/consultations', 'nav.worklist'], ['/case-reviews', 'nav.caseReviews'], ['/training', 'nav.training'], ['/audit', 'nav.audit'], ['/audit/rebuild', 'nav.rebuild'], ['/webhooks', 'nav.webhooks']],
  auditor: [['/audit', 'nav.audit'], ['/audit/verify', 'nav.verify'], ['/audit/rebuild', 'nav.rebuild'], ['/audit/access', 'nav.accessTrail'], ['/consultations', 'nav.worklist'], ['/case-reviews', 'nav.caseReviews'], ['/training', 'nav.training'], ['/dashboard', 'nav.dashboard'], ['/webhooks', 'nav.webhooks']],
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
      <button type="button" onClick={endSession}>
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
