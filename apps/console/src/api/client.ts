import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';
import { currentToken, signOut } from '../session';
import i18n from '../i18n';

/** A problem document as the API answers every refusal. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  errors?: Array<{ field: string; message: string }>;
}

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
  }
}

/** The log position of the last write this console made, or was told of; reads wait until the read models reach it. */
let writtenUpTo = 0n;

export function sawPosition(position: string | undefined): void {
  if (position && /^\d+$/.test(position) && BigInt(position) > writtenUpTo) writtenUpTo = BigInt(position);
}

const authentication: Middleware = {
  onRequest({ request }) {
    const token = currentToken();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    request.headers.set('Accept-Language', i18n.language === 'zh' ? 'zh-CN' : 'en');
    // Read your writes: a read after a write never shows the state before it.
    const url = new URL(request.url);
    if (request.method === 'GET' && writtenUpTo > 0n && !url.searchParams.has('minPosition') && !url.pathname.startsWith('/v1/session/')) {
      url.searchParams.set('minPosition', writtenUpTo.toString());
      return new Request(url, request);
    }
    return request;
  },
  async onResponse({ request, response }) {
    if (response.status === 401 && currentToken()) signOut('refused');
    if (request.method === 'POST' && response.status === 201) {
      const answer = (await response.clone().json().catch(() => ({}))) as { position?: string };
      sawPosition(answer.position);
    }
    return response;
  },
};

/** The one client of the console: every call goes through the API's published contract. */
export const api = createClient<paths>({ baseUrl: window.location.origin });
api.use(authentication);

/** The answer's data, or an ApiError carrying the problem document. */
export async function unwrap<T>(call: Promise<{ data?: unknown; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) {
    const problem = (error as Problem | undefined) ?? { type: 'about:blank', title: response.statusText, status: response.status, detail: response.statusText, code: `http-${response.status}` };
    throw new ApiError(problem);
  }
  return data as T;
}
