/**
 * Stored settings and school policies can arrive broken: an old version, a hand-edited store, a typo in an admin
 * console. Repair keeps every field that is valid, drops list items that are not, drops what is broken, and says
 * what it did, so one bad value never costs the family the rest of their settings.
 */
import { z } from 'zod';

export type RepairProblem = 'not_an_object' | 'unknown_field' | 'invalid_value' | 'invalid_items';

export interface Repair {
  field: string;
  problem: RepairProblem;
  /** For invalid_items: how many list items were dropped. */
  dropped?: number;
  /** The validator's short message, for the admin diagnostics page. Never contains the value itself. */
  message?: string;
}

export interface Repaired<T> {
  value: T;
  repairs: Repair[];
}

type FieldSchemas = Record<string, z.ZodType>;

function isPlainObject(raw: unknown): raw is Record<string, unknown> {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw);
}

/** The element schema of an array field, or null when the field is not a list. */
function elementOf(schema: z.ZodType): z.ZodType | null {
  return schema instanceof z.ZodArray ? (schema.element as z.ZodType) : null;
}

/**
 * Validates `raw` field by field against `fields`. Valid fields are kept (normalized by their schema), list fields
 * keep their valid items, everything else is dropped and reported. Missing fields stay missing.
 */
export function repairFields<T extends object>(raw: unknown, fields: FieldSchemas): Repaired<Partial<T>> {
  if (raw === undefined || raw === null) return { value: {}, repairs: [] };
  if (!isPlainObject(raw)) return { value: {}, repairs: [{ field: '*', problem: 'not_an_object' }] };

  const value: Record<string, unknown> = {};
  const repairs: Repair[] = [];
  for (const [field, fieldValue] of Object.entries(raw)) {
    // Own keys only: a stored key like "constructor" must not find Object.prototype's.
    const schema = Object.hasOwn(fields, field) ? fields[field] : undefined;
    if (!schema) {
      repairs.push({ field, problem: 'unknown_field' });
      continue;
    }
    if (fieldValue === undefined) continue;
    const whole = schema.safeParse(fieldValue);
    if (whole.success) {
      value[field] = Array.isArray(whole.data) ? dedupe(whole.data as unknown[]) : whole.data;
      continue;
    }
    const element = elementOf(schema);
    if (element && Array.isArray(fieldValue)) {
      let kept: unknown[] = [];
      for (const item of fieldValue) {
        const parsed = element.safeParse(item);
        if (parsed.success) kept.push(parsed.data);
      }
      kept = dedupe(kept).slice(0, maxItems(schema));
      // A list whose every item is broken is dropped, not kept empty: an empty list is a real setting
      // ("block nothing") that nobody asked for, and it would replace the safe default.
      const recheck = kept.length > 0 ? schema.safeParse(kept) : null;
      if (recheck?.success) {
        value[field] = recheck.data;
        repairs.push({ field, problem: 'invalid_items', dropped: fieldValue.length - kept.length });
        continue;
      }
    }
    repairs.push({ field, problem: 'invalid_value', message: whole.error.issues[0]?.message });
  }
  return { value: value as Partial<T>, repairs };
}

/** The list's `.max()`, so an over-long list keeps its first items instead of being lost whole. */
function maxItems(schema: z.ZodType): number {
  const checks = (schema._zod.def as { checks?: { _zod: { def: { check: string; maximum?: number } } }[] })
    .checks;
  const max = checks?.find((c) => c._zod.def.check === 'max_length')?._zod.def.maximum;
  return typeof max === 'number' ? max : Number.POSITIVE_INFINITY;
}

/** Lists keep their first occurrence of each item (compared by value). */
export function dedupe<T>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const item of items) {
    const key = JSON.stringify(item);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  return out;
}
