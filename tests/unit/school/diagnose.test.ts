/**
 * Why: a school admin types a policy once for hundreds of devices; a typo must be visible on the device, not
 * silently lose a whole list. These check that the diagnostics name every value that arrived but means nothing
 * (with the item and the reason), keep track of what is in use, list the keys that never arrived with the type the
 * schema expects, and that the hardening checklist says what is detected and what only a policy can make sure of.
 */
import { describe, expect, it } from 'vitest';
import { buildManagedSchema } from '../../../lib/policy/managedSchema';
import { diagnosePolicy, shortJson, MAX_VALUE_CHARS } from '../../../lib/school/diagnose';
import { hardeningChecklist } from '../../../lib/school/hardening';

const SCHEMA_KEYS = Object.keys(buildManagedSchema().properties ?? {});

describe('diagnosePolicy', () => {
  it('says no policy arrived when managed storage is empty, and lists every key as missing', () => {
    const d = diagnosePolicy({});
    expect(d.managed).toBe(false);
    expect(d.received).toEqual([]);
    expect(d.problems).toEqual([]);
    expect(d.missing.map((m) => m.key).sort()).toEqual([...SCHEMA_KEYS].sort());
  });

  it('names an unknown category and keeps the rest of the list in use', () => {
    const d = diagnosePolicy({ orgName: 'GHS 5', blockedCategories: ['adult', 'not_a_category', 'gaming'] });
    expect(d.managed).toBe(true);
    expect(d.problems).toEqual([
      {
        key: 'blockedCategories',
        problem: 'invalid_items',
        items: [{ value: '"not_a_category"', reason: 'unknown_category' }],
      },
    ]);
    expect(d.received).toEqual([
      { key: 'blockedCategories', value: '["adult","not_a_category","gaming"]', used: false },
      { key: 'orgName', value: '"GHS 5"', used: true },
    ]);
  });

  it('names malformed domains, non-https lists, bad schedules and unknown lockable fields', () => {
    const d = diagnosePolicy({
      blockDomains: ['ok.example', 'not a domain', 'http://'],
      listSubscriptions: [
        { url: 'http://lists.example/adult.txt', category: 'adult' },
        { url: 'https://lists.example/x.txt', category: 'nope' },
        { url: 'https://lists.example/ok.txt', category: 'gambling' },
      ],
      schedules: [
        { category: 'social_media', days: [1], start: '22:00', end: '06:00' },
        { category: 'social_media', days: [9], start: '22:00', end: '06:00' },
      ],
      locked: ['safeSearch', 'orgName'],
    });
    const byKey = Object.fromEntries(d.problems.map((p) => [p.key, p]));
    expect(byKey.blockDomains?.items.map((i) => i.reason)).toEqual(['not_a_domain', 'not_a_domain']);
    expect(byKey.listSubscriptions?.items.map((i) => i.reason)).toEqual(['not_https', 'unknown_category']);
    expect(byKey.schedules?.items).toEqual([
      {
        value: '{"category":"social_media","days":[9],"start":"22:00","end":"06:00"}',
        reason: 'bad_schedule',
      },
    ]);
    expect(byKey.locked?.items).toEqual([{ value: '"orgName"', reason: 'unknown_field_name' }]);
  });

  it('names every item of a list whose items are all bad (the list is dropped whole)', () => {
    const d = diagnosePolicy({ allowedCategories: ['games', 'porn'] });
    expect(d.problems).toEqual([
      {
        key: 'allowedCategories',
        problem: 'invalid_value',
        items: [
          { value: '"games"', reason: 'unknown_category' },
          { value: '"porn"', reason: 'unknown_category' },
        ],
      },
    ]);
  });

  it('says why a whole value was dropped, and what still applies', () => {
    const d = diagnosePolicy({
      retentionDays: 3,
      youtubeRestrict: 'strictest',
      reporting: { enabled: true, endpoint: 'http://reports.example/in' },
    });
    const byKey = Object.fromEntries(d.problems.map((p) => [p.key, p]));
    expect(byKey.retentionDays).toMatchObject({ problem: 'invalid_value', reason: 'invalid', items: [] });
    expect(byKey.retentionDays?.message).toMatch(/\S/);
    expect(byKey.youtubeRestrict).toMatchObject({ problem: 'invalid_value', reason: 'invalid' });
    expect(byKey.reporting).toMatchObject({ problem: 'invalid_value', reason: 'not_https' });
    expect(d.received.every((r) => !r.used)).toBe(true);
  });

  it('names items over a list limit', () => {
    const many = Array.from({ length: 52 }, (_, i) => ({
      url: `https://lists.example/${i}.txt`,
      category: 'adult',
    }));
    const d = diagnosePolicy({ listSubscriptions: many });
    expect(d.problems[0]?.items.map((i) => i.reason)).toEqual(['over_limit', 'over_limit']);
  });

  it('reports keys Hifazat does not know (Firefox passes them through; Chrome drops them)', () => {
    const d = diagnosePolicy({ orgname: 'typo', safeSearch: true });
    expect(d.problems).toEqual([{ key: 'orgname', problem: 'unknown_field', items: [] }]);
  });

  it('lists the missing keys with the type the schema expects', () => {
    const d = diagnosePolicy({ orgName: 'GHS 5', safeSearch: true });
    const missing = Object.fromEntries(d.missing.map((m) => [m.key, m.type]));
    expect(missing.orgName).toBeUndefined();
    expect(missing.blockedCategories).toBe('array of string');
    expect(missing.retentionDays).toBe('integer');
    expect(missing.reporting).toBe('object');
    expect(missing.noParent).toBe('boolean');
    expect(d.missing).toHaveLength(SCHEMA_KEYS.length - 2);
  });

  it('treats a policy that is not an object as no policy, and shortens long values', () => {
    expect(diagnosePolicy(null).managed).toBe(false);
    expect(diagnosePolicy('x').problems).toEqual([{ key: '*', problem: 'not_an_object', items: [] }]);
    const long = shortJson('x'.repeat(1000));
    expect(long.length).toBe(MAX_VALUE_CHARS);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('hardeningChecklist', () => {
  const base = { managed: true, installType: 'admin', incognitoAllowed: true, hostAccess: true };

  it('marks what is detected from inside as done', () => {
    const checks = Object.fromEntries(hardeningChecklist(base).map((c) => [c.id, c.status]));
    expect(checks).toMatchObject({
      school_policy: 'ok',
      force_installed: 'ok',
      incognito: 'ok',
      site_access: 'ok',
    });
  });

  it('flags a hand-installed extension, no incognito access and narrowed site access', () => {
    const checks = Object.fromEntries(
      hardeningChecklist({
        managed: false,
        installType: 'development',
        incognitoAllowed: false,
        hostAccess: false,
      }).map((c) => [c.id, c.status]),
    );
    expect(checks).toMatchObject({
      school_policy: 'problem',
      force_installed: 'problem',
      incognito: 'problem',
      site_access: 'problem',
    });
  });

  it('never claims to see browser settings an extension cannot read, and names the policy for each', () => {
    const checks = hardeningChecklist(base);
    const undetectable = checks.filter((c) => c.status === 'undetectable');
    expect(undetectable.map((c) => c.id).sort()).toEqual(
      ['add_person', 'developer_mode', 'guest_mode', 'other_browsers', 'safe_search_policy'].sort(),
    );
    const policies = checks.flatMap((c) => c.policies);
    for (const name of [
      'BrowserGuestModeEnabled',
      'BrowserAddPersonEnabled',
      'ExtensionDeveloperModeSettings',
      'DeveloperToolsAvailability',
      'IncognitoModeAvailability',
      'ExtensionSettings',
      'ExtensionInstallForcelist',
      'ForceGoogleSafeSearch',
      'ForceYouTubeRestrict',
    ]) {
      expect(policies).toContain(name);
    }
    for (const check of undetectable) expect(check.policies.length, check.id).toBeGreaterThan(0);
  });

  it('says "cannot be detected" where the browser cannot answer', () => {
    const checks = hardeningChecklist({ ...base, installType: null, incognitoAllowed: null });
    const byId = Object.fromEntries(checks.map((c) => [c.id, c.status]));
    expect(byId.force_installed).toBe('undetectable');
    expect(byId.incognito).toBe('undetectable');
  });
});
