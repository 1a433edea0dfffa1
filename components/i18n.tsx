/**
 * Language for React pages: one provider sets the document's lang and dir (Urdu is right-to-left) and hands a
 * translator to every component.
 */
import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { createTranslator, directionOf, type Language, type Translate } from '../lib/i18n';

interface I18n {
  language: Language;
  t: Translate;
  dir: 'rtl' | 'ltr';
}

const I18nContext = createContext<I18n>({ language: 'en', t: createTranslator('en'), dir: 'ltr' });

export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  const value = useMemo<I18n>(
    () => ({ language, t: createTranslator(language), dir: directionOf(language) }),
    [language],
  );
  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = value.dir;
    document.title = value.t('app.name');
  }, [language, value]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
