/**
 * Why: a school copies these files as they are, onto hundreds of devices. A key with the wrong type is dropped by
 * the browser without a word, and a typo in a list item is dropped by Hifazat; either way the school would think a
 * protection is on that is not. These load every file in docs/policies/ the way its browser or console reads it,
 * take out Hifazat's policy, and check that it passes the zod school schema with zero repairs and the committed
 * managed schema (public/managed_schema.json) type for type, that every file carries the same policy and the same
 * placeholder id, and that the Chrome files close the bypasses docs/schools.md promises.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ChromeSchema } from '../../../lib/policy/managedSchema';
import { repairSchoolPolicy } from '../../../lib/policy/resolve';

const DIR = new URL('../../../docs/policies/', import.meta.url);
const PLACEHOLDER_ID = 'abcdefghijklmnopabcdefghijklmnop';
const GECKO_ID = 'hifazat@hifazat.org';
const SCHEMA = JSON.parse(
  readFileSync(new URL('../../../public/managed_schema.json', import.meta.url), 'utf8'),
) as ChromeSchema;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = Record<string, Json>;

const read = (name: string) => readFileSync(new URL(name, DIR), 'utf8');

// --- Windows .reg: sections and values, converted by the schema as Chrome's registry loader does ----------------

function parseReg(text: string): Map<string, Map<string, string | number>> {
  const sections = new Map<string, Map<string, string | number>>();
  let current: Map<string, string | number> | null = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith(';') || line.startsWith('Windows Registry Editor')) continue;
    const section = /^\[(.+)\]$/.exec(line);
    if (section) {
      current = new Map();
      sections.set(section[1]!, current);
      continue;
    }
    const value = /^"((?:[^"\\]|\\.)*)"=(?:dword:([0-9a-fA-F]{8})|"((?:[^"\\]|\\.)*)")$/.exec(line);
    if (!value || !current) throw new Error(`unreadable .reg line: ${line}`);
    const unescape = (s: string) => s.replace(/\\(.)/g, '$1');
    current.set(unescape(value[1]!), value[2] ? parseInt(value[2], 16) : unescape(value[3]!));
  }
  return sections;
}

/** Chrome's ConvertRegistryValue: dword to boolean/integer, JSON strings to lists and dictionaries. */
function fromRegistry(values: Map<string, string | number>, schema: ChromeSchema): Obj {
  const out: Obj = {};
  for (const [key, value] of values) {
    const type = schema.properties?.[key]?.type;
    if (type === 'boolean' && typeof value === 'number') out[key] = value !== 0;
    else if ((type === 'array' || type === 'object') && typeof value === 'string') {
      out[key] = JSON.parse(value) as Json;
    } else out[key] = value;
  }
  return out;
}

// --- macOS .mobileconfig: a small property-list reader (dict, array, key, string, integer, real, true, false) ----

function parsePlist(xml: string): Json {
  const tokens = [
    ...xml
      .replace(/<\?xml[^>]*>|<!DOCTYPE[^>]*>|<!--[\s\S]*?-->/g, '')
      .matchAll(/<(\/?)(\w+)(?:\s[^>]*?)?(\/?)>|([^<]+)/g),
  ];
  let i = 0;
  const text = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  const skipSpace = () => {
    while (i < tokens.length && tokens[i]![4] !== undefined && !tokens[i]![4]!.trim()) i++;
  };
  const readText = (tag: string): string => {
    let out = '';
    while (tokens[i] && tokens[i]![4] !== undefined) out += tokens[i++]![4];
    const close = tokens[i++];
    if (close?.[2] !== tag || close[1] !== '/') throw new Error(`expected </${tag}>`);
    return text(out);
  };
  const value = (): Json => {
    skipSpace();
    const [, closing, tag, selfClosing] = tokens[i++] ?? [];
    if (closing) throw new Error(`unexpected </${tag}>`);
    switch (tag) {
      case 'plist': {
        const inner = value();
        skipSpace();
        i++;
        return inner;
      }
      case 'true':
      case 'false':
        if (!selfClosing) throw new Error(`<${tag}/> expected`);
        return tag === 'true';
      case 'string':
        return selfClosing ? '' : readText('string');
      case 'integer':
      case 'real':
        return Number(readText(tag));
      case 'array': {
        const out: Json[] = [];
        if (selfClosing) return out;
        for (;;) {
          skipSpace();
          if (tokens[i]![1] === '/' && tokens[i]![2] === 'array') return (i++, out);
          out.push(value());
        }
      }
      case 'dict': {
        const out: Obj = {};
        if (selfClosing) return out;
        for (;;) {
          skipSpace();
          if (tokens[i]![1] === '/' && tokens[i]![2] === 'dict') return (i++, out);
          if (tokens[i++]![2] !== 'key') throw new Error('<key> expected in <dict>');
          const key = readText('key');
          out[key] = value();
        }
      }
      default:
        throw new Error(`unsupported plist element <${tag}>`);
    }
  };
  return value();
}

// --- One extractor per file: Hifazat's policy and the browser policies next to it ---------------------------------

interface Extracted {
  hifazat: Obj;
  /** The browser's own policies in the same file (Chrome names), or null where the file has none. */
  browser: Obj | null;
}

const without = (o: Obj, ...keys: string[]) =>
  Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k) && !k.startsWith('Payload')));

function extract(name: string): Extracted {
  const text = read(name);
  if (name === 'google-admin-console.json') {
    // The console's "Policy for extensions" upload: each key wrapped as {"Value": ...}.
    const wrapped = JSON.parse(text) as Record<string, { Value: Json }>;
    for (const [key, entry] of Object.entries(wrapped)) {
      expect(Object.keys(entry), `${name}: ${key}`).toEqual(['Value']);
    }
    return {
      hifazat: Object.fromEntries(Object.entries(wrapped).map(([k, v]) => [k, v.Value])),
      browser: null,
    };
  }
  if (name === 'linux-managed-policy.json') {
    const file = JSON.parse(text) as Obj;
    const extensions = (file['3rdparty'] as Obj).extensions as Obj;
    return { hifazat: extensions[PLACEHOLDER_ID] as Obj, browser: without(file, '3rdparty') };
  }
  if (name === 'firefox-policies.json') {
    const policies = (JSON.parse(text) as { policies: Obj }).policies;
    const extensions = (policies['3rdparty'] as Obj).Extensions as Obj;
    return { hifazat: extensions[GECKO_ID] as Obj, browser: null };
  }
  if (name.endsWith('.reg')) {
    const sections = parseReg(text);
    const root = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome';
    const policy = sections.get(`${root}\\3rdparty\\extensions\\${PLACEHOLDER_ID}\\policy`);
    const browserValues = sections.get(root);
    if (!policy || !browserValues) throw new Error(`${name}: missing the Chrome or the 3rdparty key`);
    const browser: Obj = {};
    for (const [k, v] of browserValues)
      browser[k] = k === 'ExtensionSettings' ? (JSON.parse(v as string) as Json) : v;
    return { hifazat: fromRegistry(policy, SCHEMA), browser };
  }
  if (name.endsWith('.mobileconfig')) {
    const profile = parsePlist(text) as Obj;
    expect(profile.PayloadType).toBe('Configuration');
    const payloads = profile.PayloadContent as Obj[];
    const ext = payloads.find((p) => p.PayloadType === `com.google.Chrome.extensions.${PLACEHOLDER_ID}`);
    const chrome = payloads.find((p) => p.PayloadType === 'com.google.Chrome');
    if (!ext || !chrome) throw new Error(`${name}: missing a payload`);
    for (const p of [profile, ...payloads]) {
      expect(p.PayloadUUID, name).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
    }
    return { hifazat: without(ext), browser: without(chrome) };
  }
  throw new Error(`no reader for docs/policies/${name}: add one to this test`);
}

/** Errors of `value` against a Chrome managed-storage schema: wrong types and keys Chrome would drop. */
function chromeSchemaErrors(value: Json, schema: ChromeSchema, path = '$'): string[] {
  const type = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
  switch (schema.type) {
    case 'integer':
      return Number.isInteger(value) ? [] : [`${path}: not an integer`];
    case 'number':
      return typeof value === 'number' ? [] : [`${path}: not a number`];
    case 'array':
      if (!Array.isArray(value)) return [`${path}: not an array`];
      return value.flatMap((item, i) => chromeSchemaErrors(item, schema.items!, `${path}[${i}]`));
    case 'object': {
      if (type !== 'object') return [`${path}: not an object`];
      const errors: string[] = [];
      for (const [key, child] of Object.entries(value as Obj)) {
        const sub = schema.properties?.[key];
        if (!sub) errors.push(`${path}.${key}: not in the schema (Chrome drops it)`);
        else errors.push(...chromeSchemaErrors(child, sub, `${path}.${key}`));
      }
      return errors;
    }
    default:
      return type === schema.type ? [] : [`${path}: not a ${schema.type}`];
  }
}

const FILES = readdirSync(DIR).sort();

describe('docs/policies/', () => {
  it('holds the ready-made file for every platform', () => {
    expect(FILES).toEqual(
      expect.arrayContaining([
        'firefox-policies.json',
        'google-admin-console.json',
        'linux-managed-policy.json',
        'macos-chrome.mobileconfig',
        'windows-chrome.reg',
      ]),
    );
  });

  const reference = extract('linux-managed-policy.json').hifazat;

  describe.each(FILES)('%s', (name) => {
    const { hifazat, browser } = extract(name);

    it('carries a Hifazat policy that the school schema takes whole, with zero repairs', () => {
      const { value, repairs } = repairSchoolPolicy(hifazat);
      expect(repairs).toEqual([]);
      expect(value).toEqual(hifazat);
    });

    it('matches public/managed_schema.json type for type, so the browser drops nothing', () => {
      expect(chromeSchemaErrors(hifazat, SCHEMA)).toEqual([]);
    });

    it('carries the same policy as every other file', () => {
      expect(hifazat).toEqual(reference);
    });

    it('uses the one placeholder extension id, and no other id', () => {
      const text = read(name);
      const ids = new Set(text.match(/\b[a-p]{32}\b/g) ?? []);
      if (name.startsWith('firefox')) expect(text).toContain(GECKO_ID);
      // The console applies the upload to the extension picked by id on its page: the file holds no id.
      else if (name === 'google-admin-console.json') expect([...ids]).toEqual([]);
      else expect([...ids]).toEqual([PLACEHOLDER_ID]);
    });

    // The console and Firefox files carry no Chrome browser policies (the console sets those on its own pages).
    if (browser === null) return;
    it('closes the bypasses with the browser policies', () => {
      expect(browser).toMatchObject({
        IncognitoModeAvailability: 1,
        BrowserGuestModeEnabled: expect.anything(),
        BrowserAddPersonEnabled: expect.anything(),
        ExtensionDeveloperModeSettings: 1,
        DeveloperToolsAvailability: 2,
        ForceGoogleSafeSearch: expect.anything(),
        ForceYouTubeRestrict: 2,
      });
      // false or 0 (a registry dword): both mean "off" to Chrome.
      for (const key of ['BrowserGuestModeEnabled', 'BrowserAddPersonEnabled']) {
        expect([false, 0], key).toContain(browser![key]);
      }
      expect([true, 1]).toContain(browser!.ForceGoogleSafeSearch);
      const settings = (browser!.ExtensionSettings as Obj)[PLACEHOLDER_ID] as Obj;
      expect(settings.installation_mode).toBe('force_installed');
      expect(settings.update_url).toMatch(/^https:\/\//);
    });
  });

  it('Firefox force-installs the same extension and closes private windows and developer tools', () => {
    const policies = (JSON.parse(read('firefox-policies.json')) as { policies: Obj }).policies;
    expect((policies.ExtensionSettings as Obj)[GECKO_ID]).toMatchObject({
      installation_mode: 'force_installed',
    });
    expect(policies).toMatchObject({ DisablePrivateBrowsing: true, DisableDeveloperTools: true });
  });

  it('the readers themselves catch a wrong type (a list written as a plain string)', () => {
    const broken = { ...reference, blockedCategories: 'adult' as Json, retentionDays: '30' as Json };
    expect(chromeSchemaErrors(broken, SCHEMA)).toEqual([
      '$.blockedCategories: not an array',
      '$.retentionDays: not an integer',
    ]);
    expect(repairSchoolPolicy(broken).repairs).toHaveLength(2);
  });
});
