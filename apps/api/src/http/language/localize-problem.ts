import { MESSAGE_TEMPLATE, fillTemplate, type FieldError, type MessageParams } from '@telemed/domain/core';
import { EACH_ITEM } from '../field-messages';
import { PROBLEM_PARAMS, type ProblemDetails } from '@telemed/application/requests/problem-details';
import type { ProblemLanguage } from './accept-language';
import type { Catalogue } from './catalogue';
import { zhCN } from './messages.zh-CN';

const CATALOGUES: Record<Exclude<ProblemLanguage, 'en'>, Catalogue> = { 'zh-CN': zhCN };

/** A problem document as it is sent: `errors` hold only `field` and `message`. */
export interface LocalizedProblem {
  body: Record<string, unknown>;
  /** The language the title, detail and messages are written in (`Content-Language`). */
  language: ProblemLanguage;
}

const asSent = (errors: FieldError[]) => errors.map(({ field, message }) => ({ field, message }));

/** A field message in the catalogue's language, or in English when the catalogue does not word it. */
function fieldMessage(error: FieldError, catalogue: Catalogue): string {
  const { template, params } = error[MESSAGE_TEMPLATE] ?? { template: error.message, params: {} };
  const each = template.startsWith(EACH_ITEM);
  const wording = catalogue.fieldMessages[each ? template.slice(EACH_ITEM.length) : template];
  if (wording === undefined) return error.message;
  const message = fillTemplate(wording, params);
  return each ? catalogue.punctuation.each(message) : message;
}

/**
 * Words a problem document in `language`. The `code`, `type`, `status`, fields and every other
 * member stay as they are; a code the catalogue does not know is answered in English, whole.
 */
export function localizeProblem(problem: ProblemDetails, language: ProblemLanguage): LocalizedProblem {
  const { errors, ...members } = problem;
  const english = { body: { ...members, ...(errors && { errors: asSent(errors) }) }, language: 'en' as const };
  const catalogue = language === 'en' ? undefined : CATALOGUES[language];
  const wording = catalogue?.problems[problem.code];
  if (!catalogue || !wording) return english;
  const say = (value: string | number | undefined) => (value === undefined ? '' : (catalogue.terms[String(value)] ?? String(value)));
  const params: MessageParams = problem[PROBLEM_PARAMS] ?? {};
  const localizedErrors = (errors ?? []).map((error) => ({ field: error.field, message: fieldMessage(error, catalogue) }));
  const detail =
    wording.detail?.(params, say) ??
    (localizedErrors.length > 0
      ? localizedErrors.map(({ field, message }) => catalogue.punctuation.field(field, message)).join(catalogue.punctuation.list)
      : wording.title);
  return {
    body: { ...members, title: wording.title, detail, ...(errors && { errors: localizedErrors }) },
    language,
  };
}
