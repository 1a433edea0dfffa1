/** Category rules: one per category, with the block-page redirect, never-block exclusions and stable plans. */
import { describe, expect, it } from 'vitest';
import {
  buildCategoryRule,
  categoriesInForce,
  categoryRuleId,
  planCategoryRules,
} from '../../../lib/enforce/compileCategoryRules';
import { layerOfRuleId, RULE_PRIORITY } from '../../../lib/enforce/priorities';

const PAGE = 'chrome-extension://id/blocked.html';

describe('category rules', () => {
  it('redirects to the block page with the category and the whole URL', () => {
    const rule = buildCategoryRule('gambling', ['casino.example'], ['help.example'], true, PAGE)!;
    expect(rule.priority).toBe(RULE_PRIORITY.categoryBlock);
    expect(layerOfRuleId(rule.id)).toBe('categoryBlock');
    expect(rule.condition).toMatchObject({
      regexFilter: '^https?://.*',
      requestDomains: ['casino.example'],
      excludedRequestDomains: ['help.example'],
      resourceTypes: ['main_frame', 'sub_frame'],
    });
    expect(rule.action).toEqual({
      type: 'redirect',
      redirect: { regexSubstitution: `${PAGE}?r=category&c=gambling#\\0` },
    });
  });
  it('falls back to a plain block without host access, and builds nothing for an empty list', () => {
    expect(buildCategoryRule('adult', ['x.example'], [], false, PAGE)?.action).toEqual({ type: 'block' });
    expect(buildCategoryRule('adult', [], [], true, PAGE)).toBeNull();
  });
  it('gives every category its own id', () => {
    const ids = new Set(['adult', 'gambling', 'gaming'].map((c) => categoryRuleId(c as 'adult')));
    expect(ids.size).toBe(3);
  });
  it('changes a plan fingerprint only when its inputs change', () => {
    const plan = (version: string, hostAccess = true) =>
      planCategoryRules({
        categories: ['adult'],
        sourceVersion: () => version,
        neverBlockVersion: 'n',
        hostAccess,
      })[0]!.fingerprint;
    expect(plan('v1')).toBe(plan('v1'));
    expect(plan('v1')).not.toBe(plan('v2'));
    expect(plan('v1')).not.toBe(plan('v1', false));
  });
});

describe('categoriesInForce', () => {
  it('applies schedules to scheduled categories only and never narrows a school block', () => {
    expect(
      categoriesInForce({
        blocked: ['adult', 'social_media'],
        scheduled: new Set(['social_media', 'gaming', 'gambling']),
        scheduledNow: ['gaming'],
        schoolBlocked: ['gambling'],
      }),
    ).toEqual(['adult', 'gambling', 'gaming']);
  });
});

describe('school categories', () => {
  it('sit above allows and approvals, so a parent cannot open what the school closed', () => {
    const plans = planCategoryRules({
      categories: ['adult', 'gaming'],
      sourceVersion: () => 'v',
      neverBlockVersion: 'n',
      hostAccess: true,
      schoolCategories: new Set(['adult']),
    });
    const adult = plans.find((p) => p.category === 'adult')!;
    const gaming = plans.find((p) => p.category === 'gaming')!;
    expect(adult.school).toBe(true);
    expect(gaming.school).toBe(false);
    const schoolRule = buildCategoryRule('adult', ['x.example'], [], true, PAGE, adult.school)!;
    const parentRule = buildCategoryRule('gaming', ['y.example'], [], true, PAGE, gaming.school)!;
    expect(schoolRule.priority).toBeGreaterThan(RULE_PRIORITY.allow);
    expect(schoolRule.priority).toBeLessThan(RULE_PRIORITY.safeSearch);
    expect(parentRule.priority).toBeLessThan(RULE_PRIORITY.allow);
    expect(schoolRule.id).not.toBe(parentRule.id);
    expect(schoolRule.id).toBe(adult.id);
  });
});
