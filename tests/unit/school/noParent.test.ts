/**
 * Why: "school mode with no parent" means nobody on the device can change a setting, and a parent's settings left
 * over from before the school took the device over must not weaken the school's policy unseen. These check that
 * the parent layer is left out, every field is locked, lists still include the safe defaults, and that the policy
 * key is accepted as a plain boolean.
 */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_POLICY,
  POLICY_FIELDS,
  repairSchoolPolicy,
  resolvePolicy,
  type ParentSettings,
  type SchoolPolicy,
} from '../../../lib/policy';

const parent: ParentSettings = {
  allowDomains: ['games.example'],
  blockedCategories: ['adult'],
  youtubeRestrict: 'off',
  ageBand: '16-17',
};

describe('resolvePolicy in school mode with no parent', () => {
  const school: SchoolPolicy = { orgName: 'GHS 5', noParent: true, blockedCategories: ['gaming'] };
  const resolved = resolvePolicy(DEFAULT_POLICY, parent, school);

  it('says so, and is managed by the school', () => {
    expect(resolved.noParent).toBe(true);
    expect(resolved.managedBy).toBe('GHS 5');
  });

  it('ignores every parent setting', () => {
    expect(resolved.policy.allowDomains).toEqual([]);
    expect(resolved.policy.youtubeRestrict).toBe(DEFAULT_POLICY.youtubeRestrict);
    expect(resolved.policy.ageBand).toBeNull();
    for (const field of POLICY_FIELDS) expect(resolved.fields[field].source, field).not.toBe('parent');
  });

  it('locks every field', () => {
    for (const field of POLICY_FIELDS) expect(resolved.fields[field].locked, field).toBe(true);
  });

  it("adds the school's list entries to the safe defaults instead of replacing them", () => {
    expect([...resolved.policy.blockedCategories].sort()).toEqual(
      [...DEFAULT_POLICY.blockedCategories, 'gaming'].sort(),
    );
  });

  it('still lets the school replace a list it locks explicitly', () => {
    const locked = resolvePolicy(DEFAULT_POLICY, parent, { ...school, locked: ['blockedCategories'] });
    expect(locked.policy.blockedCategories).toEqual(['gaming']);
  });

  it('is off unless the school says true', () => {
    expect(resolvePolicy(DEFAULT_POLICY, parent, { orgName: 'GHS 5' }).noParent).toBe(false);
    expect(resolvePolicy(DEFAULT_POLICY, parent, { noParent: false }).noParent).toBe(false);
    expect(resolvePolicy(DEFAULT_POLICY, parent, null).noParent).toBe(false);
    expect(resolvePolicy(DEFAULT_POLICY, parent, { noParent: false }).policy.allowDomains).toEqual([
      'games.example',
    ]);
  });
});

describe('the noParent key in a managed policy', () => {
  it('is a boolean, and a wrong type is dropped and reported without losing the rest', () => {
    expect(repairSchoolPolicy({ noParent: true }).value).toEqual({ noParent: true });
    const { value, repairs } = repairSchoolPolicy({ noParent: 'yes', orgName: 'GHS 5' });
    expect(value).toEqual({ orgName: 'GHS 5' });
    expect(repairs).toEqual([expect.objectContaining({ field: 'noParent', problem: 'invalid_value' })]);
  });
});
