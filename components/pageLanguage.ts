/**
 * Which language a page opens in before it hears from the background: the family's stored choice, else the
 * browser's. Pages read only the `language` field, so they show the right language from the first paint.
 */
import { browser } from 'wxt/browser';
import { pickLanguage, type Language } from '../lib/i18n';
import type { Policy } from '../lib/policy/schema';

export function languageFor(policy: Pick<Policy, 'language'> | null): Language {
  const setting = policy?.language ?? 'auto';
  return pickLanguage(setting, browser.i18n?.getUILanguage?.() ?? navigator.language);
}
