/**
 * Why: every screen is read in English or Urdu, chosen by the family. A missing key, a lost placeholder or an
 * untranslated string shows a child a broken or wrong page. These check the two catalogues match key for key and
 * placeholder for placeholder, that every category has a name and a description, and how the language is chosen.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGUES, createTranslator, directionOf, pickLanguage, type MessageKey } from '../../lib/i18n';
import { en } from '../../lib/i18n/en';
import { ur } from '../../lib/i18n/ur';
import { CATEGORY_IDS } from '../../lib/lists/categories';

const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/;

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
}

describe('the catalogues', () => {
  it('have exactly the same keys in English and Urdu', () => {
    expect(Object.keys(ur).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(en).length).toBeGreaterThan(50);
  });

  it('have no empty strings', () => {
    for (const [language, catalogue] of Object.entries(CATALOGUES)) {
      for (const [key, text] of Object.entries(catalogue)) {
        expect(text.trim(), `${language} ${key}`).not.toBe('');
      }
    }
  });

  it('use the same placeholders in English and Urdu', () => {
    for (const key of Object.keys(en) as MessageKey[]) {
      expect(placeholders(ur[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('write every Urdu string in Arabic script', () => {
    for (const [key, text] of Object.entries(ur)) {
      expect(ARABIC_SCRIPT.test(text), `${key}: ${text}`).toBe(true);
    }
  });

  it('have a name and a description for every category, and for custom blocks', () => {
    for (const id of [...CATEGORY_IDS, 'custom']) {
      for (const part of ['name', 'desc']) {
        const key = `category.${id}.${part}`;
        expect(Object.hasOwn(en, key), `en ${key}`).toBe(true);
        expect(Object.hasOwn(ur, key), `ur ${key}`).toBe(true);
      }
    }
  });
});

describe('createTranslator', () => {
  it('substitutes string parameters', () => {
    expect(createTranslator('en')('locked.by', { org: 'City School' })).toBe('Managed by City School');
    expect(createTranslator('ur')('locked.by', { org: 'City School' })).toBe('City School کے زیرِ انتظام');
  });

  it('formats number parameters for the language', () => {
    expect(createTranslator('en')('field.count', { count: 1234 })).toBe('1,234 items');
  });

  it('leaves a placeholder it has no parameter for as it is', () => {
    expect(createTranslator('en')('pin.unlock.wait', { minutes: 3 })).toBe(en['pin.unlock.wait']);
    expect(createTranslator('en')('pin.unlock.wait', { minutes: 3 })).toContain('{seconds}');
  });

  it('returns the template unchanged when no parameters are given', () => {
    expect(createTranslator('ur')('common.error')).toBe(ur['common.error']);
  });

  it('reads the catalogue of the chosen language', () => {
    expect(createTranslator('en')('app.name')).toBe('Hifazat');
    expect(createTranslator('ur')('app.name')).toBe('حفاظت');
  });
});

describe('choosing the language', () => {
  it('follows an Urdu browser when set to auto', () => {
    expect(pickLanguage('auto', 'ur-PK')).toBe('ur');
    expect(pickLanguage('auto', 'ur')).toBe('ur');
    expect(pickLanguage('auto', 'UR-in')).toBe('ur');
  });

  it('falls back to English for any other browser language when set to auto', () => {
    expect(pickLanguage('auto', 'en-US')).toBe('en');
    expect(pickLanguage('auto', 'fr')).toBe('en');
    expect(pickLanguage('auto', '')).toBe('en');
  });

  it('lets the family’s explicit choice win over the browser', () => {
    expect(pickLanguage('en', 'ur-PK')).toBe('en');
    expect(pickLanguage('ur', 'en-US')).toBe('ur');
  });

  it('writes Urdu right to left and English left to right', () => {
    expect(directionOf('ur')).toBe('rtl');
    expect(directionOf('en')).toBe('ltr');
  });
});

describe('the manifest’s _locales', () => {
  const read = (language: string) =>
    JSON.parse(
      readFileSync(new URL(`../../public/_locales/${language}/messages.json`, import.meta.url), 'utf8'),
    ) as Record<string, { message: string }>;

  it('have the same keys in English and Urdu, each with a message', () => {
    const enLocale = read('en');
    const urLocale = read('ur');
    expect(Object.keys(urLocale).sort()).toEqual(Object.keys(enLocale).sort());
    expect(Object.keys(enLocale)).toEqual(expect.arrayContaining(['extName', 'extDescription']));
    for (const [key, entry] of [...Object.entries(enLocale), ...Object.entries(urLocale)]) {
      expect(entry.message.trim(), key).not.toBe('');
    }
    for (const [key, entry] of Object.entries(urLocale)) {
      expect(ARABIC_SCRIPT.test(entry.message), key).toBe(true);
    }
  });
});
