/**
 * Why: the compiled rules are what the browser enforces; a wrong priority, a lost domain or a carve-out in the wrong
 * rule opens a site that should be closed. These check the one rule order, the id ranges, the shape of block and
 * allow rules with and without host access, and, with a small model of Chrome's matching, which rule wins.
 */
import { describe, expect, it } from 'vitest';
import { compileRules, isWithin, type CompileInput } from '../../../lib/enforce/compileRules';
import { layerOfRuleId, RULE_ID_BASE, RULE_PRIORITY, type RuleLayer } from '../../../lib/enforce/priorities';
import type { DnrRule } from '../../../lib/enforce/types';
import { DEFAULT_POLICY, type Policy } from '../../../lib/policy';

const BLOCK_PAGE = 'chrome-extension://ext/blocked.html';

function input(policy: Partial<Policy>, extra: Partial<Omit<CompileInput, 'policy'>> = {}): CompileInput {
  return {
    policy: { ...DEFAULT_POLICY, ...policy },
    schoolBlockDomains: [],
    hostAccess: true,
    blockPageUrl: BLOCK_PAGE,
    ...extra,
  };
}

function ruleOfLayer(rules: DnrRule[], layer: RuleLayer): DnrRule | undefined {
  return rules.find((r) => layerOfRuleId(r.id) === layer);
}

const DOMAIN_LAYERS: readonly (RuleLayer | null)[] = ['schoolBlock', 'parentBlock', 'allow'];

/** The rules made from the block and allow domain lists (safe-search engine rules are tested on their own). */
function domainRules(rules: DnrRule[]): DnrRule[] {
  return rules.filter((r) => DOMAIN_LAYERS.includes(layerOfRuleId(r.id)));
}

/**
 * A model of how Chrome decides a main-frame request by host: a rule matches when one of its requestDomains is the
 * host or a parent of it and none of its excludedRequestDomains is (exclusions take precedence); the highest
 * priority wins, and at equal priority an allow beats a block or redirect.
 */
function decide(rules: DnrRule[], host: string): 'allow' | 'block' | 'redirect' | 'none' {
  const matching = rules.filter((r) => {
    const { requestDomains, excludedRequestDomains = [], resourceTypes } = r.condition;
    if (resourceTypes && !resourceTypes.includes('main_frame')) return false;
    if (requestDomains && !requestDomains.some((d) => isWithin(host, d))) return false;
    return !excludedRequestDomains.some((d) => isWithin(host, d));
  });
  if (matching.length === 0) return 'none';
  const rank = (r: DnrRule) => r.priority * 10 + (r.action.type === 'allow' ? 1 : 0);
  const winner = matching.reduce((best, r) => (rank(r) > rank(best) ? r : best));
  const type = winner.action.type;
  if (type === 'allow' || type === 'block' || type === 'redirect') return type;
  throw new Error(`unexpected action ${type}`);
}

describe('rule priorities', () => {
  it('orders school blocks > parent blocks > safe search > allows > category blocks', () => {
    const order: RuleLayer[] = ['schoolBlock', 'parentBlock', 'safeSearch', 'allow', 'categoryBlock'];
    for (let i = 1; i < order.length; i++) {
      expect(RULE_PRIORITY[order[i - 1]!], `${order[i - 1]} > ${order[i]}`).toBeGreaterThan(
        RULE_PRIORITY[order[i]!],
      );
    }
  });

  it('keeps every priority a positive integer, as Chrome requires', () => {
    for (const priority of Object.values(RULE_PRIORITY)) {
      expect(Number.isInteger(priority) && priority >= 1).toBe(true);
    }
  });

  it('gives every layer an id range', () => {
    expect(Object.keys(RULE_ID_BASE).sort()).toEqual(Object.keys(RULE_PRIORITY).sort());
  });

  it('maps each layer’s own ids, a contiguous range from its base, back to that layer', () => {
    for (const [layer, base] of Object.entries(RULE_ID_BASE) as [RuleLayer, number][]) {
      expect(layerOfRuleId(base), layer).toBe(layer);
      expect(layerOfRuleId(base - 1), layer).not.toBe(layer);
      let end = base;
      while (layerOfRuleId(end + 1) === layer) end++;
      // Room for at least a hundred rules per layer, and no stray ids of this layer further up.
      expect(end - base + 1, layer).toBeGreaterThanOrEqual(100);
      for (let id = end + 1; id < 20_000; id++) {
        if (layerOfRuleId(id) === layer) throw new Error(`${layer}: id ${id} outside its range`);
      }
    }
  });

  it('maps ids outside every range to no layer', () => {
    const lowest = Math.min(...Object.values(RULE_ID_BASE));
    expect(layerOfRuleId(1)).toBeNull();
    expect(layerOfRuleId(lowest - 1)).toBeNull();
    expect(layerOfRuleId(1_000_000)).toBeNull();
  });
});

describe('compileRules', () => {
  it('compiles no block or allow rules for the default policy without domains', () => {
    expect(domainRules(compileRules(input({})))).toEqual([]);
  });

  it('compiles no rules at all without domains when unsafe search engines are not blocked', () => {
    expect(compileRules(input({ blockUnsafeEngines: false }))).toEqual([]);
  });

  it('turns parent block domains into one redirect rule to the block page', () => {
    const rules = compileRules(input({ blockDomains: ['bad.example', 'worse.example'] }));
    expect(domainRules(rules)).toEqual([
      {
        id: RULE_ID_BASE.parentBlock,
        priority: RULE_PRIORITY.parentBlock,
        action: {
          type: 'redirect',
          redirect: { regexSubstitution: `${BLOCK_PAGE}?r=parent_block&c=custom#\\0` },
        },
        condition: {
          regexFilter: '^https?://.*',
          requestDomains: ['bad.example', 'worse.example'],
          resourceTypes: ['main_frame', 'sub_frame'],
        },
      },
    ]);
  });

  it('puts the blocked URL in the block page’s fragment when the substitution runs', () => {
    const rule = ruleOfLayer(compileRules(input({ blockDomains: ['bad.example'] })), 'parentBlock');
    if (rule?.action.type !== 'redirect') throw new Error('expected a redirect rule');
    const url = 'https://www.bad.example/page?q=1';
    const match = new RegExp(rule.condition.regexFilter!).exec(url);
    const target = rule.action.redirect.regexSubstitution!.replace('\\0', match![0]);
    expect(target).toBe(`${BLOCK_PAGE}?r=parent_block&c=custom#${url}`);
  });

  it('gives school block domains the school layer and reason, and leaves them out of the parent rule', () => {
    const rules = compileRules(
      input(
        { blockDomains: ['school.example', 'shared.example', 'home.example'] },
        { schoolBlockDomains: ['school.example', 'shared.example'] },
      ),
    );
    const school = ruleOfLayer(rules, 'schoolBlock');
    const parent = ruleOfLayer(rules, 'parentBlock');
    expect(school?.priority).toBe(RULE_PRIORITY.schoolBlock);
    expect(school?.condition.requestDomains).toEqual(['school.example', 'shared.example']);
    expect(school?.action).toEqual({
      type: 'redirect',
      redirect: { regexSubstitution: `${BLOCK_PAGE}?r=school_block&c=custom#\\0` },
    });
    expect(parent?.condition.requestDomains).toEqual(['home.example']);
  });

  it('compiles no parent rule when the school blocks every listed domain', () => {
    const rules = compileRules(
      input({ blockDomains: ['school.example'] }, { schoolBlockDomains: ['school.example'] }),
    );
    expect(domainRules(rules).map((r) => layerOfRuleId(r.id))).toEqual(['schoolBlock']);
  });

  it('compiles plain block rules, without a redirect or regex, when host access is withheld', () => {
    const rules = compileRules(
      input(
        { blockDomains: ['school.example', 'home.example'] },
        { schoolBlockDomains: ['school.example'], hostAccess: false },
      ),
    );
    const blocks = domainRules(rules);
    expect(blocks).toHaveLength(2);
    for (const rule of blocks) {
      expect(rule.action).toEqual({ type: 'block' });
      expect(rule.condition.regexFilter).toBeUndefined();
      expect(rule.condition.resourceTypes).toEqual(['main_frame', 'sub_frame']);
    }
    expect(ruleOfLayer(rules, 'schoolBlock')?.condition.requestDomains).toEqual(['school.example']);
    expect(ruleOfLayer(rules, 'parentBlock')?.condition.requestDomains).toEqual(['home.example']);
  });

  it('turns allow domains into an allow rule below safe search and above category blocks', () => {
    const rules = compileRules(input({ allowDomains: ['homework.example'] }));
    const allow = ruleOfLayer(rules, 'allow');
    expect(allow?.action).toEqual({ type: 'allow' });
    expect(allow?.condition.requestDomains).toEqual(['homework.example']);
    expect(allow!.priority).toBeLessThan(RULE_PRIORITY.safeSearch);
    expect(allow!.priority).toBeGreaterThan(RULE_PRIORITY.categoryBlock);
  });

  it('carves a parent-allowed subdomain out of the parent’s block of its parent domain', () => {
    const rules = compileRules(
      input({ blockDomains: ['example.com', 'other.example'], allowDomains: ['homework.example.com'] }),
    );
    expect(ruleOfLayer(rules, 'parentBlock')?.condition.excludedRequestDomains).toEqual([
      'homework.example.com',
    ]);
    expect(decide(rules, 'homework.example.com')).toBe('allow');
    expect(decide(rules, 'www.homework.example.com')).toBe('allow');
    expect(decide(rules, 'example.com')).toBe('redirect');
    expect(decide(rules, 'games.example.com')).toBe('redirect');
  });

  it('does not carve out an allowed domain that is not inside a blocked one', () => {
    const rules = compileRules(input({ blockDomains: ['bad.example'], allowDomains: ['good.example'] }));
    expect(ruleOfLayer(rules, 'parentBlock')?.condition.excludedRequestDomains).toBeUndefined();
  });

  it('keeps a domain blocked when the parent both blocks and allows exactly it', () => {
    const rules = compileRules(input({ blockDomains: ['example.com'], allowDomains: ['example.com'] }));
    expect(ruleOfLayer(rules, 'parentBlock')?.condition.excludedRequestDomains).toBeUndefined();
    expect(decide(rules, 'example.com')).toBe('redirect');
  });

  it('keeps a parent block of a subdomain inside a broader parent allow', () => {
    const rules = compileRules(input({ blockDomains: ['chat.example.com'], allowDomains: ['example.com'] }));
    expect(decide(rules, 'chat.example.com')).toBe('redirect');
    expect(decide(rules, 'example.com')).toBe('allow');
  });

  it('keeps a more specific parent block inside a carved-out subdomain blocked', () => {
    const rules = compileRules(
      input({
        blockDomains: ['example.com', 'bad.homework.example.com'],
        allowDomains: ['homework.example.com'],
      }),
    );
    expect(decide(rules, 'homework.example.com')).toBe('allow');
    expect(decide(rules, 'bad.homework.example.com')).toBe('redirect');
  });

  it('never carves a parent allow out of a school block', () => {
    const rules = compileRules(
      input(
        {
          blockDomains: ['school.example', 'home.example'],
          allowDomains: ['lms.school.example', 'a.home.example'],
        },
        { schoolBlockDomains: ['school.example'] },
      ),
    );
    expect(ruleOfLayer(rules, 'schoolBlock')?.condition.excludedRequestDomains).toBeUndefined();
    expect(ruleOfLayer(rules, 'parentBlock')?.condition.excludedRequestDomains).toEqual(['a.home.example']);
    expect(decide(rules, 'lms.school.example')).toBe('redirect');
    expect(decide(rules, 'a.home.example')).toBe('allow');
  });

  it('gives every rule a unique id within its own layer’s range', () => {
    const rules = compileRules(
      input(
        {
          blockDomains: ['school.example', 'home.example'],
          allowDomains: ['sub.home.example', 'ok.example'],
        },
        { schoolBlockDomains: ['school.example'] },
      ),
    );
    expect(domainRules(rules).map((r) => layerOfRuleId(r.id))).toEqual([
      'schoolBlock',
      'parentBlock',
      'allow',
    ]);
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    for (const rule of rules) {
      const layer = layerOfRuleId(rule.id);
      expect(layer, String(rule.id)).not.toBeNull();
      expect(rule.priority, String(rule.id)).toBe(RULE_PRIORITY[layer!]);
    }
  });
});
