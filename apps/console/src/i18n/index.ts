import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en';
import zh from './zh';

export type Language = 'zh' | 'en';
const KEY = 'telemed.language';

/** The language chosen before, else the browser's: Chinese for any zh-*, English otherwise. */
function initialLanguage(): Language {
  const chosen = localStorage.getItem(KEY);
  if (chosen === 'zh' || chosen === 'en') return chosen;
  return navigator.languages.some((language) => language.toLowerCase().startsWith('zh')) ? 'zh' : 'en';
}

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, zh: { translation: zh } },
  lng: initialLanguage(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
});

const markLanguage = (language: string) => {
  document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
};
markLanguage(i18n.language);
i18n.on('languageChanged', markLanguage);

export function chooseLanguage(language: Language): void {
  localStorage.setItem(KEY, language);
  void i18n.changeLanguage(language);
}

/** Dates and times as the chosen language writes them, in the given time zone (the viewer's by default). */
export function formatInstant(instant: string | null | undefined, timeZone?: string): string {
  if (!instant) return '—';
  return new Intl.DateTimeFormat(i18n.language === 'zh' ? 'zh-CN' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    ...(timeZone && { timeZone }),
  }).format(new Date(instant));
}

export function formatDay(instant: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(i18n.language === 'zh' ? 'zh-CN' : 'en-GB', { weekday: 'short', month: 'short', day: 'numeric', ...(timeZone && { timeZone }) }).format(new Date(instant));
}

export function formatTime(instant: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(i18n.language === 'zh' ? 'zh-CN' : 'en-GB', { hour: '2-digit', minute: '2-digit', ...(timeZone && { timeZone }) }).format(new Date(instant));
}

export default i18n;
