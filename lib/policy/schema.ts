/**
 * The one schema for Hifazat's configuration. Parent settings, the school policy, presets and the effective policy
 * are all built from these field schemas, so a field is declared once and validated the same way everywhere.
 * Key names match the managed-storage schema a school admin writes (public/managed_schema.json).
 */
import { z } from 'zod';
import { CATEGORY_IDS } from '../lists/categories';
import { normalizeDomain } from '../lists/domain';
import { SEARCH_ENGINE_IDS } from '../enforce/engines';

export const AGE_BAND_IDS = ['6-9', '10-12', '13-15', '16-17'] as const;
export const ENGINE_GROUPS = SEARCH_ENGINE_IDS;
export const CHAT_SITES = [
  'whatsapp',
  'instagram',
  'messenger',
  'discord',
  'telegram',
  'snapchat',
  'generic',
] as const;

const categoryId = z.enum(CATEGORY_IDS);

/** A domain as typed by a person: normalized (lowercase, punycode, no scheme or trailing dot) or rejected. */
export const domainSchema = z.string().transform((value, ctx) => {
  const normalized = normalizeDomain(value);
  if (!normalized) {
    ctx.addIssue({ code: 'custom', message: 'not a domain name' });
    return z.NEVER;
  }
  return normalized;
});

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM, 24-hour');

export const scheduleSchema = z.object({
  category: categoryId,
  /** 0 = Sunday ... 6 = Saturday */
  days: z
    .array(z.number().int().min(0).max(6))
    .min(1)
    .max(7)
    .transform((days) => [...new Set(days)].sort((a, b) => a - b)),
  /** A window may cross midnight (22:00-06:00 is bedtime). */
  start: time,
  end: time,
});

export const subscriptionSchema = z.object({
  url: z
    .string()
    .max(2048)
    .refine((u) => URL.canParse(u) && new URL(u).protocol === 'https:', 'an https:// address'),
  category: categoryId,
});

/** Every field of the effective policy, each with its own schema so bad values are repaired one field at a time. */
export const policyFields = {
  /** null until a parent chooses; then the age-band preset fills the fields it decides. */
  ageBand: z.enum(AGE_BAND_IDS).nullable(),
  language: z.enum(['auto', 'en', 'ur']),
  safeSearch: z.boolean(),
  safeSearchEngines: z.array(z.enum(ENGINE_GROUPS)),
  youtubeRestrict: z.enum(['strict', 'moderate', 'off']),
  blockUnsafeEngines: z.boolean(),
  blockedCategories: z.array(categoryId),
  blockDomains: z.array(domainSchema),
  allowDomains: z.array(domainSchema),
  listSubscriptions: z.array(subscriptionSchema).max(50),
  schedules: z.array(scheduleSchema).max(100),
  chatSafety: z.boolean(),
  chatSites: z.array(z.enum(CHAT_SITES)),
  chatSensitivity: z.enum(['gentle', 'standard', 'watchful']),
  retentionDays: z.number().int().min(7).max(365),
} as const;

export type PolicyField = keyof typeof policyFields;
export const POLICY_FIELDS = Object.keys(policyFields) as PolicyField[];

export const policySchema = z.object(policyFields);
export type Policy = z.output<typeof policySchema>;

/** What a parent has chosen: only the fields they changed. Everything else comes from the preset or defaults. */
export type ParentSettings = Partial<Policy>;

/**
 * List fields a school and a parent both contribute to: the school's entries always stay, and the parent may add
 * more unless the school locks the field. Every other field set by the school replaces the parent's value.
 */
export const MERGED_FIELDS = [
  'blockedCategories',
  'blockDomains',
  'allowDomains',
  'listSubscriptions',
  'schedules',
] as const satisfies readonly PolicyField[];

/** Keys only a school policy carries, besides the policy fields. */
export const schoolOnlyFields = {
  orgName: z.string().trim().min(1).max(100),
  /** Fields the parent and the teen cannot change. */
  locked: z.array(z.enum(POLICY_FIELDS as [PolicyField, ...PolicyField[]])),
  /** Categories the school keeps open even where a preset or the parent would block them. */
  allowedCategories: z.array(categoryId),
  /** Lets the school reset a forgotten parent PIN on managed devices. */
  parentPinReset: z.boolean(),
  /**
   * School mode with no parent: there is no parent PIN and no parent layer; every setting is the school's, access
   * requests and "this looks wrong" say "ask your teacher" and reach the school only as counts (docs/schools.md).
   */
  noParent: z.boolean(),
  /** Daily aggregate counts to the school; off unless set (see docs/schools.md). */
  reporting: z.object({
    enabled: z.boolean(),
    endpoint: z
      .string()
      .max(2048)
      .refine((u) => URL.canParse(u) && new URL(u).protocol === 'https:', 'an https:// address'),
  }),
} as const;

export type SchoolOnlyField = keyof typeof schoolOnlyFields;

export const schoolPolicySchema = z.object({ ...policyFields, ...schoolOnlyFields }).partial();
export type SchoolPolicy = z.output<typeof schoolPolicySchema>;
