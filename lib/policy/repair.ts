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
    const schema = fields[field];
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
      const kept: unknown[] = [];
      for (const item of fieldValue) {
        const parsed = element.safeParse(item);
        if (parsed.success) kept.push(parsed.data);
      }
      const recheck = schema.safeParse(kept);
      if (recheck.success) {
        value[field] = dedupe(recheck.data as unknown[]);
        repairs.push({ field, problem: 'invalid_items', dropped: fieldValue.length - kept.length });
        continue;
      }
    }
    repairs.push({ field, problem: 'invalid_value', message: whole.error.issues[0]?.message });
  }
  return { value: value as Partial<T>, repairs };
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
