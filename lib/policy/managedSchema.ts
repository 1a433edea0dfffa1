/**
 * Derives the Chrome managed-storage schema (public/managed_schema.json) from the zod field schemas, so the school
 * admin's schema and the extension's validation cannot drift apart (a unit test compares the committed file).
 * Chrome's schema dialect is strict: top level `type: object`, every sub-schema exactly one `type` (or `$ref`), and no
 * `anyOf`, `const` or top-level `additionalProperties`; an invalid schema stops the extension from loading.
 *
 * Deliberately loose: ids are plain strings and numbers have no bounds here. Chrome drops a whole top-level key when
 * any part of it fails the schema (one unknown category would silently erase the school's whole category list); left
 * to Hifazat's own validation, the bad item alone is dropped and the admin diagnostics page names it.
 */
import { z } from 'zod';
import { policyFields, schoolOnlyFields } from './schema';

export interface ChromeSchema {
  type: 'object' | 'array' | 'string' | 'boolean' | 'integer' | 'number';
  title?: string;
  description?: string;
  properties?: Record<string, ChromeSchema>;
  items?: ChromeSchema;
}

const DESCRIPTIONS: Partial<Record<string, string>> = {
  orgName: 'Name shown to families as "Managed by <orgName>".',
  locked: 'Policy fields the parent and the teen cannot change.',
  allowedCategories: 'Categories kept open even where an age preset or the parent would block them.',
  parentPinReset: 'Allow the school to reset a forgotten parent PIN on this device.',
  noParent:
    'School mode with no parent: no parent PIN, every setting comes from this policy, and requests say "ask your teacher".',
  reporting: 'Daily aggregate counts (no URLs, no text, no names) sent to the school. Off unless set.',
  ageBand: 'Age band preset: 6-9, 10-12, 13-15 or 16-17.',
  language: 'auto, en or ur.',
  safeSearchEngines:
    'Engine groups kept safe: google, bing, duckduckgo, yahoo, yandex, brave, ecosia, startpage, qwant.',
  blockUnsafeEngines: 'Block search engines that cannot be made safe.',
  chatSensitivity: 'gentle, standard or watchful.',
  safeSearch: 'Enforce safe search on search engines.',
  youtubeRestrict: 'YouTube Restricted Mode: strict, moderate or off.',
  blockedCategories: 'Category ids to block.',
  blockDomains: 'Domains always blocked (their subdomains too).',
  allowDomains: 'Domains always allowed; never switches off safe search.',
  listSubscriptions: 'Category lists to download: https URL and category id.',
  schedules: 'Block a category only during these hours (days 0 = Sunday to 6 = Saturday, HH:MM 24-hour).',
  chatSafety: 'Chat safety prompts for the teen.',
  chatSites: 'Chat sites where chat safety runs.',
  retentionDays: 'Days of history kept on the device (7 to 365).',
};

/** Converts one zod schema to Chrome's dialect. Throws on a construct Chrome cannot express. */
export function toChromeSchema(schema: z.ZodType): ChromeSchema {
  const def = schema._zod.def as { type: string } & Record<string, unknown>;
  switch (def.type) {
    case 'boolean':
      return { type: 'boolean' };
    case 'string':
      return { type: 'string' };
    case 'number':
      return { type: (schema as z.ZodNumber).isInt ? 'integer' : 'number' };
    case 'enum': {
      const values = Object.values(def.entries as Record<string, string | number>);
      return { type: typeof values[0] === 'number' ? 'integer' : 'string' };
    }
    case 'array':
      return { type: 'array', items: toChromeSchema(def.element as z.ZodType) };
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>;
      const properties: Record<string, ChromeSchema> = {};
      for (const [key, value] of Object.entries(shape)) properties[key] = toChromeSchema(value);
      return { type: 'object', properties };
    }
    // Wrappers: a transform's input, an optional/nullable inner type (a missing key means "not set").
    case 'pipe':
      return toChromeSchema(def.in as z.ZodType);
    case 'optional':
    case 'nullable':
    case 'default':
      return toChromeSchema(def.innerType as z.ZodType);
    default:
      throw new Error(`managed schema: unsupported zod type ${def.type}`);
  }
}

export function buildManagedSchema(): ChromeSchema {
  const properties: Record<string, ChromeSchema> = {};
  for (const [key, schema] of Object.entries({ ...schoolOnlyFields, ...policyFields })) {
    const converted = toChromeSchema(schema);
    const description = DESCRIPTIONS[key];
    properties[key] = description ? { ...converted, description } : converted;
  }
  return { type: 'object', properties };
}
