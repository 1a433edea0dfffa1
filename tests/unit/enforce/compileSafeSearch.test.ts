/**
 * The engine table against the compiled rules: every row produces rules and every rule comes from a row; the
 * patterns match the search URLs they are for (and not mail or maps); the policy switches the right rulesets.
 */
import { describe, expect, it } from 'vitest';
import {
  buildSafeSearchRulesets,
  enabledSafeSearchRulesets,
  enforcedEngineOf,
  unsafeEngineRules,
} from '../../../lib/enforce/compileSafeSearch';
import { ENGINES, SAFE_ENGINE_NAMES, SEARCH_ENGINE_IDS } from '../../../lib/enforce/engines';
import { GOOGLE_SEARCH_DOMAINS } from '../../../lib/enforce/googleDomains';
import { RULE_PRIORITY } from '../../../lib/enforce/priorities';
import { normalizeDomain } from '../../../lib/lists/domain';
import { DEFAULT_POLICY, type Policy } from '../../../lib/policy';

const policy = (over: Partial<Policy> = {}): Policy => ({ ...DEFAULT_POLICY, ...over });
const sets = buildSafeSearchRulesets();
const BLOCK_PAGE = 'chrome-extension://id/blocked.html';

function matches(regexFilter: string, url: string): boolean {
  return new RegExp(regexFilter, 'i').test(url);
}

describe('engine table and compiled rules', () => {
  it('gives every query and header engine a static ruleset, and every block engine a dynamic rule', () => {
    for (const engine of ENGINES) {
      if (engine.mechanism === 'query') expect(sets.map((s) => s.id)).toContain(`ss_${engine.id}`);
      if (engine.mechanism === 'header') {
        expect(sets.map((s) => s.id)).toEqual(expect.arrayContaining(['yt_strict', 'yt_moderate']));
      }
      if (engine.mechanism === 'block') {
        const rules = unsafeEngineRules(policy(), true, BLOCK_PAGE);
        expect(rules.some((r) => r.condition.regexFilter === `^https?://${engine.urlPattern}`)).toBe(true);
      }
    }
  });

  it('has no ruleset or rule that does not come from a row of the table', () => {
    const fromRows = new Set(
      ENGINES.flatMap((e) =>
        e.mechanism === 'query'
          ? [`ss_${e.id}`]
          : e.mechanism === 'header'
            ? ['yt_strict', 'yt_moderate']
            : [],
      ),
    );
    expect(new Set(sets.map((s) => s.id))).toEqual(fromRows);
    const patterns = new Set(ENGINES.map((e) => `^https?://${e.urlPattern}`));
    for (const set of sets) {
      for (const rule of set.rules) {
        const fromRow =
          rule.condition.regexFilter === undefined ||
          patterns.has(rule.condition.regexFilter) ||
          set.id === 'ss_duckduckgo'; // the !safeoff bypass rule belongs to the DuckDuckGo row
        expect(fromRow, `${set.id} rule ${rule.id}`).toBe(true);
      }
    }
  });

  it('rewrites only GET requests, so form posts are never broken by a redirect', () => {
    for (const set of sets.filter((s) => s.id.startsWith('ss_'))) {
      for (const rule of set.rules) expect(rule.condition.requestMethods).toEqual(['get']);
    }
  });

  it('places every safe-search rule above allows and below parent blocks', () => {
    for (const rule of sets.flatMap((s) => s.rules)) {
      expect(rule.priority).toBeGreaterThan(RULE_PRIORITY.allow);
      expect(rule.priority).toBeLessThan(RULE_PRIORITY.parentBlock);
    }
  });

  it('uses no regex feature RE2 lacks (lookaround, backreferences)', () => {
    for (const rule of [...sets.flatMap((s) => s.rules), ...unsafeEngineRules(policy(), true, BLOCK_PAGE)]) {
      const regex = rule.condition.regexFilter;
      if (!regex) continue;
      expect(regex).not.toMatch(/\(\?[=!<]|\\[1-9]/);
      expect(() => new RegExp(regex)).not.toThrow();
    }
  });

  it('lists every Google country domain once, each a valid domain', () => {
    expect(GOOGLE_SEARCH_DOMAINS.length).toBeGreaterThan(180);
    expect(new Set(GOOGLE_SEARCH_DOMAINS).size).toBe(GOOGLE_SEARCH_DOMAINS.length);
    for (const d of GOOGLE_SEARCH_DOMAINS) expect(normalizeDomain(d)).toBe(d);
    expect(GOOGLE_SEARCH_DOMAINS).toEqual(
      expect.arrayContaining(['google.com.pk', 'google.co.uk', 'google.ae']),
    );
  });

  it('names a source for every row', () => {
    for (const engine of ENGINES) expect(engine.source.length).toBeGreaterThan(20);
  });

  it('names only engines it can keep safe on the block page', () => {
    expect(SAFE_ENGINE_NAMES).toEqual(expect.arrayContaining(['Google', 'Bing', 'DuckDuckGo']));
    expect(SAFE_ENGINE_NAMES).not.toContain('Yandex');
  });
});

describe('the Google pattern', () => {
  const google = sets.find((s) => s.id === 'ss_google')!.rules[0]!;
  const regex = google.condition.regexFilter!;
  it.each([
    'https://www.google.com/search?q=x',
    'https://www.google.com.pk/search?q=x&safe=off',
    'https://google.co.uk/search?q=x&tbm=isch',
    'https://www.google.de/webhp?q=x',
    'https://www.google.com/complete/search?q=x&client=gws-wiz',
    'https://www.google.com/?q=x',
    'https://www.google.com/',
  ])('covers %s', (url) => expect(matches(regex, url)).toBe(true));
  it.each([
    'https://mail.google.com/mail/u/0/',
    'https://docs.google.com/search?q=x',
    'https://www.google.com/maps/search/cafe',
    'https://www.google.com/sorry/index',
    'https://www.google.com.evil.example/search?q=x',
  ])('leaves %s alone', (url) => expect(matches(regex, url)).toBe(false));
});

describe('the DuckDuckGo !safeoff bypass rule', () => {
  const rule = sets.find((s) => s.id === 'ss_duckduckgo')!.rules.find((r) => r.id === 2)!;
  const strip = (url: string) => {
    const re = new RegExp(rule.condition.regexFilter!, 'i');
    const m = re.exec(url);
    if (!m) return null;
    return `${m[1]}${m[3]}`;
  };
  it('takes the bang out of the query, wherever it stands', () => {
    expect(strip('https://duckduckgo.com/?q=%21safeoff+cats&kp=-2')).toBe(
      'https://duckduckgo.com/?q=+cats&kp=-2',
    );
    expect(strip('https://duckduckgo.com/?t=h_&q=cats+!safeoff')).toBe(
      'https://duckduckgo.com/?t=h_&q=cats+',
    );
    expect(strip('https://html.duckduckgo.com/html/?q=cats%20%21SafeOff')).toBe(
      'https://html.duckduckgo.com/html/?q=cats%20',
    );
  });
  it('leaves queries without the bang alone', () => {
    expect(strip('https://duckduckgo.com/?q=safe+offline+games')).toBeNull();
    expect(strip('https://duckduckgo.com/?q=cats&kp=1')).toBeNull();
  });
  it('outranks the ordinary kp rewrite of the same request', () => {
    const kp = sets.find((s) => s.id === 'ss_duckduckgo')!.rules.find((r) => r.id === 1)!;
    expect(rule.priority).toBeGreaterThan(kp.priority);
  });
});

describe('which rulesets the policy turns on', () => {
  it('turns on every engine and Strict YouTube by default', () => {
    const on = enabledSafeSearchRulesets(policy());
    expect(on).toEqual(expect.arrayContaining(['ss_google', 'ss_bing', 'ss_duckduckgo', 'yt_strict']));
    expect(on).not.toContain('yt_moderate');
  });
  it('turns safe search off entirely but keeps YouTube as set', () => {
    expect(enabledSafeSearchRulesets(policy({ safeSearch: false, youtubeRestrict: 'moderate' }))).toEqual([
      'yt_moderate',
    ]);
  });
  it('leaves out an engine the parent switched off, and YouTube when off', () => {
    const on = enabledSafeSearchRulesets(
      policy({ safeSearchEngines: SEARCH_ENGINE_IDS.filter((e) => e !== 'bing'), youtubeRestrict: 'off' }),
    );
    expect(on).not.toContain('ss_bing');
    expect(on).toContain('ss_google');
    expect(on.some((id) => id.startsWith('yt_'))).toBe(false);
  });
  it('blocks unsafe engines only while safe search and blockUnsafeEngines are both on', () => {
    expect(unsafeEngineRules(policy(), true, BLOCK_PAGE)).toHaveLength(2);
    expect(unsafeEngineRules(policy({ blockUnsafeEngines: false }), true, BLOCK_PAGE)).toEqual([]);
    expect(unsafeEngineRules(policy({ safeSearch: false }), true, BLOCK_PAGE)).toEqual([]);
    expect(
      unsafeEngineRules(policy({ safeSearchEngines: ['google', 'yandex'] }), true, BLOCK_PAGE).map(
        (r) => r.condition.requestDomains,
      ),
    ).toEqual([expect.arrayContaining(['yandex.ru'])]);
  });
  it('falls back to plain block rules without host access', () => {
    for (const rule of unsafeEngineRules(policy(), false, BLOCK_PAGE))
      expect(rule.action).toEqual({ type: 'block' });
  });
});

describe('counting searches kept safe', () => {
  it('names the engine when the enforced value is in the URL', () => {
    expect(enforcedEngineOf('https://www.google.com.pk/search?q=x&safe=active', policy())).toBe('google');
    expect(enforcedEngineOf('https://duckduckgo.com/?q=x&kp=1', policy())).toBe('duckduckgo');
    expect(enforcedEngineOf('https://www.youtube.com/watch?v=x', policy())).toBe('youtube');
  });
  it('does not count a search that was not made safe, or a page that is not a search', () => {
    expect(enforcedEngineOf('https://www.google.com/search?q=x&safe=off', policy())).toBeNull();
    expect(enforcedEngineOf('https://mail.google.com/?safe=active', policy())).toBeNull();
    expect(enforcedEngineOf('https://www.youtube.com/', policy({ youtubeRestrict: 'off' }))).toBeNull();
    expect(enforcedEngineOf('chrome://settings', policy())).toBeNull();
  });
});

describe('docs/safe-search.md', () => {
  it('lists every engine in the table', async () => {
    const { readFileSync } = await import('node:fs');
    const doc = readFileSync(new URL('../../../docs/safe-search.md', import.meta.url), 'utf8');
    for (const engine of ENGINES) expect(doc).toContain(engine.name);
  });
});
