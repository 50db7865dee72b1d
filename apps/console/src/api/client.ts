import { BackboneError, type BackboneProblem, createBackboneClient, unwrap, WrittenPosition } from '@telemed/client';
import { currentToken, signOut } from '../session';
import i18n from '../i18n';

/** A problem document as the API answers every refusal. */
export type Problem = BackboneProblem;
export { BackboneError as ApiError, unwrap };

/** The log position of the last write this console made, or was told of; reads wait until the read models reach it. */
const written = new WrittenPosition();

export function sawPosition(position: string | undefined): void {
  written.saw(position);
}

/** The one client of the console: every call goes through the API's published contract (the shared typed client, libs/client). */
export const api = createBackboneClient({
  baseUrl: window.location.origin,
  token: currentToken,
  language: () => (i18n.language === 'zh' ? 'zh-CN' : 'en'),
  readYourWrites: written,
});
api.use({
  onResponse({ response }) {
    if (response.status === 401 && currentToken()) signOut('refused');
    return response;
  },
});
