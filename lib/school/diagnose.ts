/**
 * What the admin diagnostics page says about the school policy as it reached the extension: every key and value
 * received, the values that arrived but mean nothing (with the items themselves: this is the school's own
 * configuration, shown to whoever manages it), and the keys of the schema that did not arrive.
 *
 * The same zod schemas and the same repair decide here as in the policy runtime, so the page explains exactly what
 * the extension did. A key whose type is wrong never reaches the extension in Chrome (Chrome drops it against
 * public/managed_schema.json first): it shows up as missing, and chrome://policy names the error.
 */
import { z } from 'zod';
import { buildManagedSchema, type ChromeSchema } from '../policy/managedSchema';
import type { RepairProblem } from '../policy/repair';
import { repairSchoolPolicy } from '../policy/resolve';
import { policyFields, schoolOnlyFields } from '../policy/schema';

/** Why one item of a list (or one value) means nothing to Hifazat. */
export type ItemReason =
  | 'unknown_category'
  | 'not_a_domain'
  | 'not_https'
  | 'bad_schedule'
  | 'unknown_engine'
  | 'unknown_chat_site'
  | 'unknown_field_name'
  | 'over_limit'
  | 'invalid';

export interface BadItem {
  /** The item as received, as JSON, shortened to MAX_VALUE_CHARS. */
  value: string;
  reason: ItemReason;
}

export interface PolicyProblem {
  key: string;
  problem: RepairProblem;
  /** For list fields: the items that were dropped and why. */
  items: BadItem[];
  /** For a whole value that was dropped: why. */
  reason?: ItemReason;
  /** The validator's short message (English, technical), as in the repair report. */
  message?: string;
}

export interface ReceivedKey {
  key: string;
  /** The value as JSON, shortened to MAX_VALUE_CHARS. */
  value: string;
  /** Whether Hifazat uses it as received (false: repaired or ignored, see problems). */
  used: boolean;
}

export interface MissingKey {
  key: string;
  /** The type the schema expects: boolean, string, integer, object, array of string, array of object... */
  type: string;
}

export interface PolicyDiagnosis {
  /** Whether any school policy arrived at all. */
  managed: boolean;
  received: ReceivedKey[];
  problems: PolicyProblem[];
  missing: MissingKey[];
}

export const MAX_VALUE_CHARS = 300;
const MAX_ITEMS_SHOWN = 50;

const SCHOOL_FIELDS: Record<string, z.ZodType> = { ...policyFields, ...schoolOnlyFields };

export function shortJson(value: unknown, max = MAX_VALUE_CHARS): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function typeName(schema: ChromeSchema): string {
  return schema.type === 'array' && schema.items ? `array of ${schema.items.type}` : schema.type;
}

/** The reason a list item of `key` failed its element schema. */
function itemReason(key: string, issues: z.core.$ZodIssue[]): ItemReason {
  const path = issues[0]?.path ?? [];
  switch (key) {
    case 'blockedCategories':
    case 'allowedCategories':
      return 'unknown_category';
    case 'blockDomains':
    case 'allowDomains':
      return 'not_a_domain';
    case 'listSubscriptions':
      return path[0] === 'category' ? 'unknown_category' : path[0] === 'url' ? 'not_https' : 'invalid';
    case 'schedules':
      return path[0] === 'category' ? 'unknown_category' : 'bad_schedule';
    case 'safeSearchEngines':
      return 'unknown_engine';
    case 'chatSites':
      return 'unknown_chat_site';
    case 'locked':
      return 'unknown_field_name';
    default:
      return 'invalid';
  }
}

function wholeValueReason(key: string): ItemReason {
  return key === 'reporting' ? 'not_https' : 'invalid';
}

/** The list's `.max()` (as repairFields reads it). */
function maxItems(schema: z.ZodType): number {
  const checks = (schema._zod.def as { checks?: { _zod: { def: { check: string; maximum?: number } } }[] })
    .checks;
  const max = checks?.find((c) => c._zod.def.check === 'max_length')?._zod.def.maximum;
  return typeof max === 'number' ? max : Number.POSITIVE_INFINITY;
}

/** Which items of a list field were dropped, and why, following the same rules as repairFields. */
function badItems(key: string, schema: z.ZodType, raw: unknown[]): BadItem[] {
  if (!(schema instanceof z.ZodArray)) return [];
  const element = schema.element as z.ZodType;
  const out: BadItem[] = [];
  const seen = new Set<string>();
  let kept = 0;
  const max = maxItems(schema);
  for (const item of raw) {
    const parsed = element.safeParse(item);
    if (!parsed.success) {
      out.push({ value: shortJson(item), reason: itemReason(key, parsed.error.issues) });
      continue;
    }
    const normalized = JSON.stringify(parsed.data);
    if (seen.has(normalized)) continue; // a repeat is harmless: dropped quietly, as repair does
    seen.add(normalized);
    kept++;
    if (kept > max) out.push({ value: shortJson(item), reason: 'over_limit' });
  }
  return out.slice(0, MAX_ITEMS_SHOWN);
}

/** Diagnoses a managed policy as read from storage.managed (an empty object means no school policy). */
export function diagnosePolicy(raw: unknown): PolicyDiagnosis {
  const schema = buildManagedSchema();
  const expected = schema.properties ?? {};
  const record =
    typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const { repairs } = repairSchoolPolicy(raw);
  const repaired = new Set(repairs.map((r) => r.field));

  const problems: PolicyProblem[] = repairs.map((repair) => {
    const value = record[repair.field];
    const fieldSchema = Object.hasOwn(SCHOOL_FIELDS, repair.field) ? SCHOOL_FIELDS[repair.field] : undefined;
    if (repair.problem === 'invalid_items' && fieldSchema && Array.isArray(value)) {
      return {
        key: repair.field,
        problem: repair.problem,
        items: badItems(repair.field, fieldSchema, value),
      };
    }
    if (repair.problem === 'invalid_value') {
      // A list whose every item is bad is dropped whole: still name the items.
      const items = fieldSchema && Array.isArray(value) ? badItems(repair.field, fieldSchema, value) : [];
      return items.length > 0
        ? { key: repair.field, problem: repair.problem, items }
        : {
            key: repair.field,
            problem: repair.problem,
            items,
            reason: wholeValueReason(repair.field),
            ...(repair.message ? { message: repair.message } : {}),
          };
    }
    return { key: repair.field, problem: repair.problem, items: [] };
  });

  const received = Object.keys(record)
    .sort()
    .map((key) => ({ key, value: shortJson(record[key]), used: !repaired.has(key) }));
  const missing = Object.keys(expected)
    .filter((key) => !Object.hasOwn(record, key))
    .sort()
    .map((key) => ({ key, type: typeName(expected[key]!) }));

  return { managed: received.length > 0, received, problems, missing };
}
