/**
 * A school policy delivered as real managed storage (a policy file in a private mount namespace): its blocks are
 * enforced, its locks hold against the parent, a bad item is reported without losing the rest, and a change to the
 * file while the browser runs reaches the rules.
 */
import { expect, test } from './fixtures';
import { getState as state, send } from './messages';
import { refresh } from './testHooks';

test.use({
  managedPolicy: {
    orgName: 'Government School No. 5',
    blockDomains: ['school-blocked.example'],
    blockedCategories: ['adult', 'not_a_category', 'gaming'],
    chatSafety: true,
    locked: ['chatSafety', 'youtubeRestrict'],
  },
});

test('a school policy is enforced, locked against the parent, and its bad items are reported', async ({
  context,
  openExtensionPage,
  setManagedPolicy,
}) => {
  const page = await openExtensionPage('dashboard.html#/settings');
  // Managed storage can arrive a moment after start.
  await expect
    .poll(async () => (await state(page)).resolved.managedBy, { timeout: 15_000 })
    .toBe('Government School No. 5');
  const { resolved, lastRepair } = await state(page);
  expect(resolved.fields.chatSafety).toEqual({ source: 'school', locked: true });
  expect(resolved.fields.youtubeRestrict).toEqual({ source: 'default', locked: true });
  expect(resolved.policy.blockedCategories).toEqual(expect.arrayContaining(['adult', 'gaming']));
  expect(lastRepair?.school).toEqual([{ field: 'blockedCategories', problem: 'invalid_items', dropped: 1 }]);

  // The parent cannot change what the school locked, even when unlocked.
  expect((await send(page, 'pin/set', { pin: '731902' })).ok).toBe(true);
  const unlocked = await send<{ token: string }>(page, 'pin/unlock', { pin: '731902' });
  if (!unlocked.ok) throw new Error(unlocked.error.code);
  const refused = await send(page, 'settings/update', {
    token: unlocked.data.token,
    patch: { set: { youtubeRestrict: 'off' } },
  });
  expect(refused).toEqual({ ok: false, error: { code: 'locked', detail: 'youtubeRestrict' } });
  await page.reload();
  await expect(page.locator('[data-field="youtubeRestrict"] [data-testid="locked-badge"]')).toHaveText(
    'Managed by Government School No. 5',
  );

  const tab = await context.newPage();
  await tab.goto('https://school-blocked.example/').catch(() => undefined);
  await expect(tab).toHaveURL(/blocked\.html\?r=school_block&c=custom#https:\/\/school-blocked\.example\//);

  // The admin changes the policy while the browser runs: the new block takes over within seconds.
  setManagedPolicy({ orgName: 'Government School No. 5', blockDomains: ['newly-blocked.example'] });
  await expect
    .poll(async () => (await state(page)).resolved.policy.blockDomains, { timeout: 30_000 })
    .toEqual(['newly-blocked.example']);
  await tab.goto('https://school-blocked.example/');
  await expect(tab.locator('#echo-host')).toHaveText('school-blocked.example');
  await tab.goto('https://newly-blocked.example/').catch(() => undefined);
  await expect(tab).toHaveURL(/blocked\.html\?r=school_block/);
});

test('a school resets a forgotten parent PIN by turning parentPinReset on', async ({
  openExtensionPage,
  setManagedPolicy,
  serviceWorker,
}) => {
  const page = await openExtensionPage('dashboard.html');
  await expect.poll(async () => (await state(page)).resolved.managedBy, { timeout: 15_000 }).not.toBeNull();
  expect((await send(page, 'pin/set', { pin: '918273' })).ok).toBe(true);
  expect((await state(page)).pin.set).toBe(true);
  setManagedPolicy({ orgName: 'Government School No. 5', parentPinReset: true });
  await expect.poll(async () => (await state(page)).pin.set, { timeout: 30_000 }).toBe(false);
  // The parent sets a new PIN; it stays while the flag is still on (the reset happens once).
  expect((await send(page, 'pin/set', { pin: '564738' })).ok).toBe(true);
  await refresh(serviceWorker);
  expect((await state(page)).pin.set).toBe(true);
});
