/**
 * Why: resolvePolicy is the one place that decides which settings are in force, and repair decides what survives a
 * damaged store or a typo in a school's admin console. These check the built-in defaults, the age-band presets, the
 * school-over-parent rules (scalars, locks, merged lists, allowedCategories) and that repair keeps every good value
 * and drops only the bad ones, without echoing them back.
 */
import { describe, expect, it } from 'vitest';
import {
  AGE_BAND_IDS,
  AGE_BAND_PRESETS,
  DEFAULT_POLICY,
  POLICY_FIELDS,
  repairParentSettings,
  repairSchoolPolicy,
  resolvePolicy,
  type AgeBand,
  type ParentSettings,
  type PolicyField,
  type SchoolPolicy,
} from '../../../lib/policy';

function resolve(parent: ParentSettings = {}, school: SchoolPolicy | null = null) {
  return resolvePolicy(DEFAULT_POLICY, parent, school);
}

const PRESET_FIELDS = ['blockedCategories', 'youtubeRestrict', 'chatSensitivity'] as const;

describe('resolvePolicy with nothing chosen', () => {
  const resolved = resolve();

  it('turns safe search and strict YouTube Restricted Mode on', () => {
    expect(resolved.policy.safeSearch).toBe(true);
    expect(resolved.policy.youtubeRestrict).toBe('strict');
  });

  it('blocks adult, gambling, random video chat and anonymizers', () => {
    expect([...resolved.policy.blockedCategories].sort()).toEqual(
      ['adult', 'anonymizers', 'gambling', 'random_chat'].sort(),
    );
  });

  it('turns chat safety on', () => {
    expect(resolved.policy.chatSafety).toBe(true);
  });

  it('marks every field as coming from the defaults and none as locked', () => {
    for (const field of POLICY_FIELDS) {
      expect(resolved.fields[field], field).toEqual({ source: 'default', locked: false });
    }
    expect(Object.keys(resolved.fields).sort()).toEqual([...POLICY_FIELDS].sort());
  });

  it('is managed by nobody and has no school extras', () => {
    expect(resolved.managedBy).toBeNull();
    expect(resolved.parentPinReset).toBe(false);
    expect(resolved.reporting).toBeNull();
  });

  it('returns the defaults unchanged', () => {
    expect(resolved.policy).toEqual(DEFAULT_POLICY);
  });
});

describe('age-band presets', () => {
  it.each(AGE_BAND_IDS)('band %s applies its preset fields, marked as coming from the preset', (band) => {
    const resolved = resolve({ ageBand: band });
    const preset = AGE_BAND_PRESETS[band];
    for (const field of PRESET_FIELDS) {
      expect(resolved.policy[field], field).toEqual(preset[field]);
      expect(resolved.fields[field], field).toEqual({ source: 'preset', locked: false });
    }
    expect(resolved.policy.ageBand).toBe(band);
    expect(resolved.fields.ageBand.source).toBe('parent');
  });

  it('leaves fields the preset does not decide at their defaults', () => {
    const resolved = resolve({ ageBand: '6-9' });
    expect(resolved.policy.safeSearch).toBe(DEFAULT_POLICY.safeSearch);
    expect(resolved.fields.safeSearch.source).toBe('default');
    expect(resolved.fields.retentionDays.source).toBe('default');
  });

  it('makes the youngest band block every category any older band blocks', () => {
    const youngest = new Set(AGE_BAND_PRESETS['6-9'].blockedCategories);
    for (const band of AGE_BAND_IDS) {
      for (const category of AGE_BAND_PRESETS[band].blockedCategories) {
        expect(youngest.has(category), `${band}: ${category}`).toBe(true);
      }
    }
  });

  it('never blocks fewer categories in a younger band than in an older one', () => {
    const bands: AgeBand[] = [...AGE_BAND_IDS];
    for (let i = 1; i < bands.length; i++) {
      const younger = new Set(AGE_BAND_PRESETS[bands[i - 1]!].blockedCategories);
      for (const category of AGE_BAND_PRESETS[bands[i]!].blockedCategories) {
        expect(younger.has(category), `${bands[i - 1]} lacks ${category}`).toBe(true);
      }
    }
  });

  it('lets a parent’s explicit value beat the preset', () => {
    const resolved = resolve({ ageBand: '6-9', youtubeRestrict: 'moderate', blockedCategories: ['adult'] });
    expect(resolved.policy.youtubeRestrict).toBe('moderate');
    expect(resolved.fields.youtubeRestrict).toEqual({ source: 'parent', locked: false });
    expect(resolved.policy.blockedCategories).toEqual(['adult']);
    expect(resolved.fields.blockedCategories.source).toBe('parent');
    // A field the parent left alone still comes from the preset.
    expect(resolved.policy.chatSensitivity).toBe('watchful');
    expect(resolved.fields.chatSensitivity.source).toBe('preset');
  });
});

describe('parent and school precedence', () => {
  it('lets a parent value beat the default', () => {
    const resolved = resolve({ safeSearch: false, retentionDays: 90 });
    expect(resolved.policy.safeSearch).toBe(false);
    expect(resolved.policy.retentionDays).toBe(90);
    expect(resolved.fields.safeSearch).toEqual({ source: 'parent', locked: false });
  });

  it('lets a school scalar beat the parent and locks it', () => {
    const resolved = resolve({ youtubeRestrict: 'off', chatSafety: false }, { youtubeRestrict: 'moderate' });
    expect(resolved.policy.youtubeRestrict).toBe('moderate');
    expect(resolved.fields.youtubeRestrict).toEqual({ source: 'school', locked: true });
    // A field the school does not mention stays with the parent.
    expect(resolved.policy.chatSafety).toBe(false);
    expect(resolved.fields.chatSafety).toEqual({ source: 'parent', locked: false });
  });

  it('keeps a locked field the school does not set at its default and ignores the parent', () => {
    const resolved = resolve({ safeSearch: false }, { locked: ['safeSearch'] });
    expect(resolved.policy.safeSearch).toBe(true);
    expect(resolved.fields.safeSearch).toEqual({ source: 'default', locked: true });
  });

  it('keeps a locked field the school does not set at the preset value and ignores the parent', () => {
    const resolved = resolve({ ageBand: '16-17', youtubeRestrict: 'off' }, { locked: ['youtubeRestrict'] });
    expect(resolved.policy.youtubeRestrict).toBe('moderate');
    expect(resolved.fields.youtubeRestrict).toEqual({ source: 'preset', locked: true });
  });

  it('names the school as the manager', () => {
    expect(resolve({}, { orgName: 'Beaconhouse Gulberg' }).managedBy).toBe('Beaconhouse Gulberg');
  });

  it('passes the school’s PIN-reset and reporting choices through', () => {
    const reporting = { enabled: true, endpoint: 'https://reports.school.example/daily' };
    const resolved = resolve({}, { parentPinReset: true, reporting });
    expect(resolved.parentPinReset).toBe(true);
    expect(resolved.reporting).toEqual(reporting);
  });

  it('applies the school’s age band even when the parent chose another one', () => {
    const resolved = resolve({ ageBand: '16-17' }, { ageBand: '6-9' });
    expect(resolved.policy.ageBand).toBe('6-9');
    expect(resolved.fields.ageBand).toEqual({ source: 'school', locked: true });
    expect(resolved.policy.blockedCategories).toEqual(AGE_BAND_PRESETS['6-9'].blockedCategories);
    expect(resolved.policy.youtubeRestrict).toBe('strict');
    expect(resolved.policy.chatSensitivity).toBe('watchful');
  });

  it('keeps the default (no) age band when the school locks the band without setting it', () => {
    const resolved = resolve({ ageBand: '6-9' }, { locked: ['ageBand'] });
    expect(resolved.policy.ageBand).toBeNull();
    expect(resolved.fields.ageBand).toEqual({ source: 'default', locked: true });
    // No preset applies, so the categories are the defaults, not the 6-9 preset's.
    expect(resolved.policy.blockedCategories).toEqual(DEFAULT_POLICY.blockedCategories);
    expect(resolved.fields.blockedCategories.source).toBe('default');
  });
});

describe('list fields a school and a parent both contribute to', () => {
  const cases: {
    field: PolicyField &
      ('blockDomains' | 'allowDomains' | 'blockedCategories' | 'listSubscriptions' | 'schedules');
    school: unknown[];
    parent: unknown[];
  }[] = [
    {
      field: 'blockDomains',
      school: ['school.example', 'both.example'],
      parent: ['both.example', 'home.example'],
    },
    {
      field: 'allowDomains',
      school: ['lms.example', 'both.example'],
      parent: ['both.example', 'homework.example'],
    },
    { field: 'blockedCategories', school: ['violence', 'adult'], parent: ['adult', 'gaming'] },
    {
      field: 'listSubscriptions',
      school: [
        { url: 'https://lists.school.example/a.txt', category: 'adult' },
        { url: 'https://lists.shared.example/g.txt', category: 'gambling' },
      ],
      parent: [
        { url: 'https://lists.shared.example/g.txt', category: 'gambling' },
        { url: 'https://lists.home.example/d.txt', category: 'dating' },
      ],
    },
    {
      field: 'schedules',
      school: [
        { category: 'gaming', days: [1, 2, 3, 4, 5], start: '08:00', end: '14:00' },
        { category: 'social_media', days: [0], start: '20:00', end: '23:00' },
      ],
      parent: [
        { category: 'social_media', days: [0], start: '20:00', end: '23:00' },
        { category: 'social_media', days: [1], start: '21:00', end: '23:59' },
      ],
    },
  ];

  it.each(cases)('$field: unions school and parent entries, school first, without duplicates', (c) => {
    const resolved = resolve({ [c.field]: c.parent }, { [c.field]: c.school });
    expect(resolved.policy[c.field]).toEqual([c.school[0], c.school[1], c.parent[1]]);
    expect(resolved.fields[c.field]).toEqual({ source: 'school', locked: false });
  });

  it.each(cases)('$field: keeps only the school’s entries when the school locks the field', (c) => {
    const resolved = resolve({ [c.field]: c.parent }, { [c.field]: c.school, locked: [c.field] });
    expect(resolved.policy[c.field]).toEqual(c.school);
    expect(resolved.fields[c.field]).toEqual({ source: 'school', locked: true });
  });

  it.each(cases)('$field: keeps the parent’s entries when the school does not mention the field', (c) => {
    const resolved = resolve({ [c.field]: c.parent }, { orgName: 'School' });
    expect(resolved.policy[c.field]).toEqual(c.parent);
    expect(resolved.fields[c.field]).toEqual({ source: 'parent', locked: false });
  });

  it('adds the school’s categories to the defaults when the parent chose none', () => {
    const resolved = resolve({}, { blockedCategories: ['violence'] });
    expect(resolved.policy.blockedCategories).toEqual(['violence', ...DEFAULT_POLICY.blockedCategories]);
  });

  it('ignores the parent’s entries of a locked list field the school does not set', () => {
    const resolved = resolve({ blockDomains: ['home.example'] }, { locked: ['blockDomains'] });
    expect(resolved.policy.blockDomains).toEqual([]);
    expect(resolved.fields.blockDomains).toEqual({ source: 'default', locked: true });
  });
});

describe('school allowedCategories', () => {
  it('removes categories from the preset’s blocks', () => {
    const resolved = resolve({ ageBand: '6-9' }, { allowedCategories: ['social_media', 'gaming'] });
    expect(resolved.policy.blockedCategories).not.toContain('social_media');
    expect(resolved.policy.blockedCategories).not.toContain('gaming');
    expect(resolved.policy.blockedCategories).toContain('adult');
  });

  it('removes categories from the parent’s blocks', () => {
    const resolved = resolve({ blockedCategories: ['adult', 'gaming'] }, { allowedCategories: ['gaming'] });
    expect(resolved.policy.blockedCategories).toEqual(['adult']);
  });

  it('never removes a category the school itself blocks', () => {
    const resolved = resolve(
      { blockedCategories: ['gaming', 'dating'] },
      { blockedCategories: ['gaming'], allowedCategories: ['gaming', 'dating'] },
    );
    expect(resolved.policy.blockedCategories).toEqual(['gaming']);
  });
});

describe('repairParentSettings', () => {
  it('turns anything that is not an object into empty settings and says so', () => {
    for (const raw of ['settings', 42, true, ['safeSearch']]) {
      expect(repairParentSettings(raw)).toEqual({
        value: {},
        repairs: [{ field: '*', problem: 'not_an_object' }],
      });
    }
  });

  it('treats missing settings as empty without a repair', () => {
    expect(repairParentSettings(undefined)).toEqual({ value: {}, repairs: [] });
    expect(repairParentSettings(null)).toEqual({ value: {}, repairs: [] });
  });

  it('keeps valid fields as they are', () => {
    const settings = { ageBand: '10-12', safeSearch: false, retentionDays: 60, chatSites: ['discord'] };
    expect(repairParentSettings(settings)).toEqual({ value: settings, repairs: [] });
  });

  it('drops an unknown field and reports it', () => {
    const { value, repairs } = repairParentSettings({ safeSearch: true, favouriteColour: 'green' });
    expect(value).toEqual({ safeSearch: true });
    expect(repairs).toEqual([{ field: 'favouriteColour', problem: 'unknown_field' }]);
  });

  it('drops a school-only field from parent settings as unknown', () => {
    const { value, repairs } = repairParentSettings({ orgName: 'Not a school', locked: ['safeSearch'] });
    expect(value).toEqual({});
    expect(repairs.map((r) => [r.field, r.problem])).toEqual([
      ['orgName', 'unknown_field'],
      ['locked', 'unknown_field'],
    ]);
  });

  it.each(['constructor', 'toString', '__proto__'])(
    'drops a stored key named %s as unknown instead of throwing',
    (key) => {
      const raw = JSON.parse(`{"safeSearch": false, "${key}": 1}`) as unknown;
      expect(repairParentSettings(raw)).toEqual({
        value: { safeSearch: false },
        repairs: [{ field: key, problem: 'unknown_field' }],
      });
    },
  );

  it('drops a value of the wrong type and reports it as invalid', () => {
    const { value, repairs } = repairParentSettings({
      safeSearch: 'yes',
      youtubeRestrict: 'sometimes',
      blockDomains: 'example.com',
      chatSafety: true,
    });
    expect(value).toEqual({ chatSafety: true });
    expect(repairs.map((r) => [r.field, r.problem])).toEqual([
      ['safeSearch', 'invalid_value'],
      ['youtubeRestrict', 'invalid_value'],
      ['blockDomains', 'invalid_value'],
    ]);
  });

  it('keeps the good items of a list, normalized, and reports how many were dropped', () => {
    const { value, repairs } = repairParentSettings({
      blockDomains: [
        'Good.Example.',
        'not a domain',
        'bücher.de',
        'https://Www.Site.example/path',
        42,
        'localhost',
      ],
    });
    expect(value).toEqual({ blockDomains: ['good.example', 'xn--bcher-kva.de', 'www.site.example'] });
    expect(repairs).toEqual([{ field: 'blockDomains', problem: 'invalid_items', dropped: 3 }]);
  });

  it('drops a list whose items are all bad, so the safe default stays instead of an empty list', () => {
    const { value, repairs } = repairParentSettings({ blockedCategories: ['casinos', 'piracy'] });
    expect(value).toEqual({});
    expect(repairs.map((r) => [r.field, r.problem])).toEqual([['blockedCategories', 'invalid_value']]);
  });

  it('keeps the first items of an over-long list instead of losing the whole list', () => {
    const subscriptions = Array.from({ length: 60 }, (_, i) => ({
      url: `https://lists.example/${i}.txt`,
      category: 'adult',
    }));
    const { value, repairs } = repairParentSettings({ listSubscriptions: subscriptions });
    expect(value.listSubscriptions).toHaveLength(50);
    expect(value.listSubscriptions?.[0]?.url).toBe('https://lists.example/0.txt');
    expect(repairs).toEqual([{ field: 'listSubscriptions', problem: 'invalid_items', dropped: 10 }]);
  });

  it('removes duplicates, also those that only match after normalizing', () => {
    const { value, repairs } = repairParentSettings({
      allowDomains: ['example.com', 'EXAMPLE.com.', 'https://example.com/x', 'other.example'],
      blockedCategories: ['adult', 'adult'],
    });
    expect(value).toEqual({ allowDomains: ['example.com', 'other.example'], blockedCategories: ['adult'] });
    expect(repairs).toEqual([]);
  });

  it('drops a retention period outside 7 to 365 days and keeps one at the limits', () => {
    for (const days of [6, 366, 0, -30, 7.5]) {
      const { value, repairs } = repairParentSettings({ retentionDays: days });
      expect(value, String(days)).toEqual({});
      expect(repairs, String(days)).toEqual([
        expect.objectContaining({ field: 'retentionDays', problem: 'invalid_value' }),
      ]);
    }
    expect(repairParentSettings({ retentionDays: 7 }).value).toEqual({ retentionDays: 7 });
    expect(repairParentSettings({ retentionDays: 365 }).value).toEqual({ retentionDays: 365 });
  });

  it('never repeats the bad value in a repair message', () => {
    const secrets = {
      language: 'secret-language-value',
      youtubeRestrict: 'secret-youtube-value',
      retentionDays: 98765,
      ageBand: 'secret-band-value',
      blockDomains: 'secret-domain-value.example',
      listSubscriptions: [{ url: 'http://secret-list.example/list.txt', category: 'adult' }],
    };
    const { value, repairs } = repairParentSettings(secrets);
    expect(repairs.length).toBeGreaterThanOrEqual(5);
    const withMessages = repairs.filter((r) => r.message !== undefined);
    expect(withMessages.length).toBeGreaterThan(0);
    const text = JSON.stringify(repairs);
    for (const secret of ['secret-language-value', 'secret-youtube-value', '98765', 'secret-band-value']) {
      expect(text).not.toContain(secret);
    }
    expect(text).not.toContain('secret-domain-value');
    expect(text).not.toContain('secret-list');
    expect(value).toEqual({});
  });
});

describe('repairSchoolPolicy', () => {
  it('reads an empty policy as no school at all', () => {
    expect(repairSchoolPolicy({})).toEqual({ value: null, repairs: [] });
    expect(repairSchoolPolicy(undefined)).toEqual({ value: null, repairs: [] });
  });

  it('reads a policy whose every field is broken as no school, and reports each field', () => {
    const { value, repairs } = repairSchoolPolicy({ orgName: '', safeSearch: 'on' });
    expect(value).toBeNull();
    expect(repairs.map((r) => r.field)).toEqual(['orgName', 'safeSearch']);
  });

  it('keeps every other field when one field is bad', () => {
    const { value, repairs } = repairSchoolPolicy({
      orgName: '  Lahore Grammar School  ',
      safeSearch: true,
      youtubeRestrict: 'extreme',
      blockDomains: ['Games.Example'],
      locked: ['safeSearch', 'blockDomains'],
      allowedCategories: ['gaming'],
      parentPinReset: true,
      reporting: { enabled: false, endpoint: 'https://reports.example/in' },
    });
    expect(value).toEqual({
      orgName: 'Lahore Grammar School',
      safeSearch: true,
      blockDomains: ['games.example'],
      locked: ['safeSearch', 'blockDomains'],
      allowedCategories: ['gaming'],
      parentPinReset: true,
      reporting: { enabled: false, endpoint: 'https://reports.example/in' },
    });
    expect(repairs).toEqual([
      expect.objectContaining({ field: 'youtubeRestrict', problem: 'invalid_value' }),
    ]);
  });

  it('drops unknown names from the locked list and keeps the rest', () => {
    const { value, repairs } = repairSchoolPolicy({ locked: ['safeSearch', 'everything', 'orgName'] });
    expect(value).toEqual({ locked: ['safeSearch'] });
    expect(repairs).toEqual([{ field: 'locked', problem: 'invalid_items', dropped: 2 }]);
  });

  it('refuses a reporting endpoint that is not https', () => {
    const { value, repairs } = repairSchoolPolicy({
      orgName: 'School',
      reporting: { enabled: true, endpoint: 'http://reports.example/in' },
    });
    expect(value).toEqual({ orgName: 'School' });
    expect(repairs).toEqual([expect.objectContaining({ field: 'reporting', problem: 'invalid_value' })]);
  });

  it('turns a non-object policy into no school and says so', () => {
    expect(repairSchoolPolicy('policy')).toEqual({
      value: null,
      repairs: [{ field: '*', problem: 'not_an_object' }],
    });
  });
});
