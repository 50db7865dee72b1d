import { useEffect, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { api, ApiError, unwrap } from '../api/client';
import type { ExpertListing, Hospital, Page, SessionConfig } from '../api/views';
import { lastEnding, signIn } from '../session';
import { LanguageSwitch } from '../app';

/** Where the provider sends the person back (the client's redirect URI ends so). */
const CALLBACK_PATH = '/sign-in/callback';

type Role = 'clinician' | 'expert' | 'coordinator' | 'auditor';
const ROLES: Role[] = ['clinician', 'expert', 'coordinator', 'auditor'];
const DEFAULT_USER: Record<Role, string> = { clinician: 'dr-li', expert: '', coordinator: 'coordinator-1', auditor: 'auditor-1' };

export function SignIn() {
  const { t } = useTranslation();
  const location = useLocation();
  const config = useQuery({ queryKey: ['session-config'], queryFn: () => unwrap<SessionConfig>(api.GET('/v1/session/config')) });
  const ending = lastEnding();
  if (location.pathname === CALLBACK_PATH) return <CompleteProviderSignIn />;
  return (
    <main id="main" className="sign-in">
      <div className="sign-in-head">
        <h1>{t('appName')}</h1>
        <LanguageSwitch />
      </div>
      <p>{t('signIn.intro')}</p>
      {ending && (
        <p role="status" className="notice">
          {t(`signIn.ended.${ending}`)}
        </p>
      )}
      {config.isPending && <p>{t('loading')}</p>}
      {config.data?.mode === 'development' && <DevelopmentSignIn />}
      {config.data?.mode === 'oidc' && <ProviderSignIn config={config.data} />}
      {config.data?.mode === 'token' && <TokenSignIn />}
    </main>
  );
}

/** With an OpenID provider: its own sign-in page (authorization code with PKCE), then back here. */
function ProviderSignIn({ config }: { config: SessionConfig }) {
  const { t } = useTranslation();
  const location = useLocation();
  const [error, setError] = useState<string | null>(null);
  const [leaving, setLeaving] = useState(false);
  const provider = config.issuer ? new URL(config.issuer).host : '';

  async function start() {
    setError(null);
    setLeaving(true);
    try {
      const { startSignIn } = await import('../oidc-session');
      await startSignIn(
        { issuer: config.issuer!, clientId: config.clientId!, scopes: config.scopes ?? 'openid', ...(config.audience && { audience: config.audience }) },
        `${location.pathname}${location.search}`,
      );
    } catch (failure) {
      setLeaving(false);
      setError(t('signIn.providerUnreachable', { reason: failure instanceof Error ? failure.message : String(failure) }));
    }
  }

  return (
    <section className="card" aria-labelledby="provider-sign-in">
      <h2 id="provider-sign-in">{t('signIn.withProvider')}</h2>
      <p>{t('signIn.providerHint', { provider })}</p>
      {error && <p role="alert" className="error">{error}</p>}
      <button type="button" onClick={() => void start()} disabled={leaving}>
        {t('signIn.submitWithProvider')}
      </button>
    </section>
  );
}

/** Back from the provider: exchange the code, then show the page the person had asked for. */
function CompleteProviderSignIn() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const started = useRef(false);
  useEffect(() => {
    // A code is exchanged once; React's development double effect must not spend it twice.
    if (started.current) return;
    started.current = true;
    import('../oidc-session')
      .then((oidc) => oidc.completeSignIn())
      .then(({ accessToken, returnTo }) => {
        navigate(returnTo, { replace: true });
        signIn(accessToken, 'oidc');
      })
      .catch((failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)));
  }, [navigate]);
  return (
    <main id="main" className="sign-in">
      <h1>{t('appName')}</h1>
      {error ? (
        <>
          <p role="alert" className="error">{t('signIn.callbackFailed', { reason: error })}</p>
          <button type="button" onClick={() => navigate('/', { replace: true })}>
            {t('signIn.again')}
          </button>
        </>
      ) : (
        <p role="status">{t('signIn.completing')}</p>
      )}
    </main>
  );
}

/** Development mode: pick who you are from the registry; the API mints the token with its development secret. */
function DevelopmentSignIn() {
  const { t, i18n } = useTranslation();
  const [role, setRole] = useState<Role>('clinician');
  const [user, setUser] = useState(DEFAULT_USER.clinician);
  const [hospitalId, setHospitalId] = useState('');
  const [expertId, setExpertId] = useState('');
  const [error, setError] = useState<string | null>(null);
  // The registry is read as a development auditor: it reads everything and can change nothing.
  const registry = useQuery({
    queryKey: ['sign-in-registry'],
    queryFn: async () => {
      const { token } = await unwrap<{ token: string }>(api.POST('/v1/session/dev-token', { body: { role: 'auditor', sub: 'development-sign-in' } }));
      const headers = { Authorization: `Bearer ${token}` };
      const hospitals = await unwrap<{ items: Hospital[] }>(api.GET('/v1/hospitals', { headers }));
      const experts = await unwrap<Page<ExpertListing>>(api.GET('/v1/experts', { headers, params: { query: { limit: 100 } } } as never));
      return { hospitals: hospitals.items, experts: experts.items };
    },
  });
  const nameOf = (hospital: Hospital) => (i18n.language === 'zh' && hospital.nameZh) || hospital.name;

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setError(null);
    const body =
      role === 'expert' ? { role, sub: expertId } : role === 'clinician' ? { role, sub: user, hospitalId } : { role, sub: user };
    try {
      const { token } = await unwrap<{ token: string }>(api.POST('/v1/session/dev-token', { body }));
      signIn(token);
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.problem.errors?.map((e) => e.message).join('; ') || failure.problem.detail : String(failure));
    }
  }

  return (
    <form className="card" onSubmit={submit}>
      <h2>{t('signIn.development')}</h2>
      <label>
        {t('signIn.role')}
        <select
          value={role}
          onChange={(event) => {
            const next = event.target.value as Role;
            setRole(next);
            setUser(DEFAULT_USER[next]);
          }}
        >
          {ROLES.map((value) => (
            <option key={value} value={value}>
              {t(`roles.${value}`)}
            </option>
          ))}
        </select>
      </label>
      {role === 'clinician' && (
        <label>
          {t('signIn.hospital')}
          <select required value={hospitalId} onChange={(event) => setHospitalId(event.target.value)}>
            <option value="">{t('choose')}</option>
            {registry.data?.hospitals.map((hospital) => (
              <option key={hospital.id} value={hospital.id}>
                {nameOf(hospital)} ({hospital.region})
              </option>
            ))}
          </select>
        </label>
      )}
      {role === 'expert' && (
        <label>
          {t('signIn.expert')}
          <select required value={expertId} onChange={(event) => setExpertId(event.target.value)}>
            <option value="">{t('choose')}</option>
            {registry.data?.experts.map((expert) => (
              <option key={expert.id} value={expert.id}>
                {expert.name} · {expert.specialty} · {(i18n.language === 'zh' && expert.hospital.nameZh) || expert.hospital.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {role !== 'expert' && (
        <label>
          {t('signIn.user')}
          <input required value={user} onChange={(event) => setUser(event.target.value)} />
        </label>
      )}
      {error && <p role="alert" className="error">{error}</p>}
      <button type="submit">{t('signIn.submit')}</button>
    </form>
  );
}

/** With a configured secret or provider: a token minted elsewhere (`npm run cli -- token ...`) is pasted. */
function TokenSignIn() {
  const { t } = useTranslation();
  const [token, setToken] = useState('');
  return (
    <form
      className="card"
      onSubmit={(event) => {
        event.preventDefault();
        signIn(token.trim());
      }}
    >
      <label>
        {t('signIn.token')}
        <textarea required rows={4} value={token} onChange={(event) => setToken(event.target.value)} />
      </label>
      <button type="submit">{t('signIn.submit')}</button>
    </form>
  );
}
