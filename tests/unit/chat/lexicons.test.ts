/**
 * The lexicons are data: every entry compiles, has a well-formed unique id, a sensible weight and a category the
 * event log accepts, and the three languages each cover every category.
 */
import { describe, expect, it } from 'vitest';
import { buildMatcher, CATEGORIES, LEXICONS } from '../../../lib/chat';
import { ID_PATTERN } from '../../../lib/events/schema';
import { compilePattern } from '../../../lib/chat/pattern';

describe('lexicons', () => {
  it('compile into one matcher', () => {
    const matcher = buildMatcher();
    expect(matcher.size.entries).toBeGreaterThan(150);
    expect(matcher.size.patterns).toBeGreaterThan(matcher.size.entries);
  });

  it('have well-formed ids, weights and categories', () => {
    for (const lex of LEXICONS) {
      const ids = new Set<string>();
      for (const e of lex.entries) {
        expect(e.id).toMatch(/^[a-z][a-z0-9_]*$/);
        expect(ids.has(e.id)).toBe(false);
        ids.add(e.id);
        expect(CATEGORIES).toContain(e.cat);
        expect(e.w).toBeGreaterThan(0);
        expect(e.w).toBeLessThanOrEqual(1.5);
        for (const p of typeof e.p === 'string' ? [e.p] : e.p)
          expect(() => compilePattern(p, lex.macros)).not.toThrow();
      }
    }
  });

  it('cover every category in every language', () => {
    for (const lex of LEXICONS) {
      const covered = new Set(lex.entries.map((e) => e.cat));
      // Phone numbers and e-mail are detected outside the lexicons, for every language.
      for (const c of CATEGORIES) expect(covered.has(c) || c === 'self_disclosure').toBe(true);
    }
  });

  it('use category names the event log can store', () => {
    for (const c of CATEGORIES) expect(c).toMatch(ID_PATTERN);
  });
});
