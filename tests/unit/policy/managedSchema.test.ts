/**
 * Why: Chrome refuses to load an extension whose managed-storage schema breaks its dialect, and a school admin
 * writes policy against the committed public/managed_schema.json. These check that the committed file is the one
 * the code generates, that it stays inside Chrome's dialect, and that it offers every key a school needs.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildManagedSchema, type ChromeSchema } from '../../../lib/policy/managedSchema';
import { policyFields, schoolOnlyFields } from '../../../lib/policy/schema';

const COMMITTED = JSON.parse(
  readFileSync(new URL('../../../public/managed_schema.json', import.meta.url), 'utf8'),
) as unknown;

type Node = Record<string, unknown>;

/** Every sub-schema with its path: the root, each property and each array's items, all the way down. */
function walk(schema: unknown, path = '$'): { path: string; node: Node }[] {
  const node = schema as Node;
  const out = [{ path, node }];
  const properties = node.properties as Record<string, unknown> | undefined;
  if (properties) {
    for (const [key, child] of Object.entries(properties)) out.push(...walk(child, `${path}.${key}`));
  }
  if (node.items !== undefined) out.push(...walk(node.items, `${path}[]`));
  return out;
}

const FORBIDDEN = ['anyOf', 'oneOf', 'allOf', 'const', 'enum', 'additionalProperties', 'minimum', 'maximum'];

describe('buildManagedSchema', () => {
  const schema = buildManagedSchema();

  it('matches the committed public/managed_schema.json', () => {
    expect(
      COMMITTED,
      'public/managed_schema.json is out of date: run `npx vite-node scripts/write-managed-schema.ts`',
    ).toEqual(JSON.parse(JSON.stringify(schema)));
  });

  it('has an object at the top level', () => {
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties ?? {}).length).toBeGreaterThan(0);
  });

  it('gives every sub-schema exactly one of type or $ref', () => {
    const nodes = walk(schema);
    expect(nodes.length).toBeGreaterThan(20);
    for (const { path, node } of nodes) {
      expect(('type' in node ? 1 : 0) + ('$ref' in node ? 1 : 0), path).toBe(1);
    }
  });

  it('uses no construct Chrome rejects or that would drop a whole key for one bad item', () => {
    for (const { path, node } of walk(schema)) {
      for (const key of FORBIDDEN) expect(Object.hasOwn(node, key), `${path}.${key}`).toBe(false);
    }
  });

  it('gives every object its properties and every array its items', () => {
    for (const { path, node } of walk(schema)) {
      if (node.type === 'object') expect(node.properties, path).toBeTypeOf('object');
      if (node.type === 'array') expect(node.items, path).toBeTypeOf('object');
    }
  });

  const p = schema.properties ?? {};
  const strings: ChromeSchema = { type: 'array', items: { type: 'string' } };
  /** Only the types, without descriptions. */
  const shape = (s: ChromeSchema | undefined): unknown => {
    if (!s) return undefined;
    const out: Record<string, unknown> = { type: s.type };
    if (s.items) out.items = shape(s.items);
    if (s.properties) {
      out.properties = Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, shape(v)]));
    }
    return out;
  };

  it('offers every key a school sets, with the right types', () => {
    expect(shape(p.orgName)).toEqual({ type: 'string' });
    expect(shape(p.safeSearch)).toEqual({ type: 'boolean' });
    expect(shape(p.youtubeRestrict)).toEqual({ type: 'string' });
    expect(shape(p.blockedCategories)).toEqual(strings);
    expect(shape(p.allowedCategories)).toEqual(strings);
    expect(shape(p.blockDomains)).toEqual(strings);
    expect(shape(p.allowDomains)).toEqual(strings);
    expect(shape(p.listSubscriptions)).toEqual({
      type: 'array',
      items: { type: 'object', properties: { url: { type: 'string' }, category: { type: 'string' } } },
    });
    expect(shape(p.schedules)).toEqual({
      type: 'array',
      items: {
        type: 'object',
        properties: {
          category: { type: 'string' },
          days: { type: 'array', items: { type: expect.stringMatching(/^(integer|number)$/) } },
          start: { type: 'string' },
          end: { type: 'string' },
        },
      },
    });
    expect(shape(p.chatSafety)).toEqual({ type: 'boolean' });
    expect(shape(p.chatSites)).toEqual(strings);
    expect(shape(p.locked)).toEqual(strings);
    expect(shape(p.retentionDays)).toEqual({ type: expect.stringMatching(/^(integer|number)$/) });
    expect(shape(p.parentPinReset)).toEqual({ type: 'boolean' });
    expect(shape(p.noParent)).toEqual({ type: 'boolean' });
    expect(shape(p.reporting)).toEqual({
      type: 'object',
      properties: { enabled: { type: 'boolean' }, endpoint: { type: 'string' } },
    });
  });

  it('covers every policy field and every school-only field, and nothing else', () => {
    expect(Object.keys(p).sort()).toEqual(
      [...Object.keys(policyFields), ...Object.keys(schoolOnlyFields)].sort(),
    );
  });

  it('types whole-number fields as integer', () => {
    expect(shape(p.retentionDays)).toEqual({ type: 'integer' });
    expect(shape(p.schedules?.items?.properties?.days)).toEqual({
      type: 'array',
      items: { type: 'integer' },
    });
  });

  it('describes the keys a school admin reads first', () => {
    const p = schema.properties ?? {};
    for (const key of ['orgName', 'locked', 'blockedCategories', 'blockDomains', 'retentionDays']) {
      expect(p[key]?.description, key).toMatch(/\S/);
    }
  });
});
