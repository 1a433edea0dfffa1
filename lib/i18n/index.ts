/**
 * Translation for every page. Hifazat's own catalogues (not chrome.i18n) because the family chooses the language
 * in the dashboard, independent of the browser's UI language; the manifest's name and description use _locales.
 */
import { en, type MessageKey } from './en';
import { ur } from './ur';

export type Language = 'en' | 'ur';
export type { MessageKey };

export const CATALOGUES: Readonly<Record<Language, Record<MessageKey, string>>> = { en, ur };
export const RTL_LANGUAGES: ReadonlySet<Language> = new Set(['ur']);

/** 'auto' follows the browser: Urdu when its UI language is Urdu, English otherwise. */
export function pickLanguage(setting: 'auto' | Language, browserLanguage: string): Language {
  if (setting !== 'auto') return setting;
  return browserLanguage.toLowerCase().startsWith('ur') ? 'ur' : 'en';
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function createTranslator(language: Language): Translate {
  const catalogue = CATALOGUES[language];
  const numbers = new Intl.NumberFormat(language === 'ur' ? 'ur-PK' : 'en');
  return (key, params) => {
    const template = catalogue[key] ?? en[key] ?? key;
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? numbers.format(value) : value;
    });
  };
}

export function directionOf(language: Language): 'rtl' | 'ltr' {
  return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
}
