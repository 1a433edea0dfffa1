/**
 * The extension in real Chromium: it loads with its fixed test id, the safe defaults are in force with no setup,
 * its pages render in English and Urdu, broken settings are repaired on start, and settings cannot be changed
 * without the parent's unlock.
 */
import type { AppState } from '../../lib/appState';
import { expect, inWorker, test } from './fixtures';
import { send, unlockWithNewPin } from './messages';
import { TEST_EXTENSION_ID } from './test-key';

test('loads with the fixed test id and puts the safe defaults in force with no setup', async ({
  serviceWorker,
  extensionId,
  openExtensionPage,
}) => {
  expect(extensionId).toBe(TEST_EXTENSION_ID);
  const page = await openExtensionPage('dashboard.html');
  const state = await send<AppState>(page, 'state/get', {});
  if (!state.ok) throw new Error(state.error.code);
  const { policy, fields, managedBy } = state.data.resolved;
  expect(policy.safeSearch).toBe(true);
  expect(policy.youtubeRestrict).toBe('strict');
  expect(policy.chatSafety).toBe(true);
  expect(policy.blockedCategories).toEqual(
    expect.arrayContaining(['adult', 'gambling', 'random_chat', 'anonymizers']),
  );
  expect(fields.safeSearch).toEqual({ source: 'default', locked: false });
  expect(managedBy).toBeNull();
  expect(state.data.pin.set).toBe(false);
  // A fresh install has its heartbeat alarm and no network of its own.
  const alarms = await inWorker(serviceWorker, () => chrome.alarms.getAll());
  expect(alarms.map((a) => a.name)).toContain('heartbeat');
});

test('the dashboard renders its sections and asks for a parent PIN first', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('dashboard.html');
  await expect(page.getByRole('navigation')).toBeVisible();
  for (const section of ['overview', 'settings', 'protection', 'privacy', 'teen']) {
    await expect(page.getByTestId(`nav-${section}`)).toBeVisible();
  }
  await expect(page.getByTestId('summary-table')).toBeVisible();
  await page.getByTestId('nav-settings').click();
  await expect(page.getByRole('heading', { name: 'Choose a parent PIN' })).toBeVisible();
  await page.getByTestId('pin-new').fill('4829');
  await page.getByTestId('pin-confirm').fill('4829');
  await page.getByRole('button', { name: 'Set PIN' }).click();
  await expect(page.getByTestId('unlocked')).toBeVisible();
  await page.getByTestId('nav-protection').click();
  await expect(page.getByTestId('check-host-access')).toHaveAttribute('data-ok', 'true');
});

test('the popup shows the protection status, including a missing incognito permission', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('popup.html');
  const status = await send<AppState>(page, 'state/get', {});
  if (!status.ok) throw new Error(status.error.code);
  // Unpacked test builds are not allowed in incognito unless someone turns it on: the popup must say so.
  expect(status.data.status.incognitoAllowed).toBe(false);
  await expect(page.getByTestId('popup-status')).toHaveText('Protection needs attention');
  await expect(page.getByRole('button', { name: 'What my parent sees' })).toBeVisible();
});

test('the block page renders in English and in Urdu, right to left', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('blocked.html?r=category&c=gambling#https://casino.example/x');
  await expect(page.getByTestId('blocked-title')).toHaveText('This page is not available');
  await expect(page.getByTestId('blocked-reason')).toContainText('Gambling');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');

  const token = await unlockWithNewPin(page);
  const updated = await send(page, 'settings/update', { token, patch: { set: { language: 'ur' } } });
  expect(updated.ok).toBe(true);
  await page.reload();
  await expect(page.getByTestId('blocked-title')).toHaveText('یہ صفحہ دستیاب نہیں');
  await expect(page.getByTestId('blocked-reason')).toContainText('جوا');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ur');
});

test('a settings change without the unlock token is refused, whatever page sends it', async ({
  context,
  openExtensionPage,
}) => {
  const page = await openExtensionPage('blocked.html');
  await unlockWithNewPin(page);
  const noToken = await send(page, 'settings/update', { patch: { set: { safeSearch: false } } });
  expect(noToken).toEqual({ ok: false, error: { code: 'bad_message', detail: 'token' } });
  const forged = await send(page, 'settings/update', {
    token: 'a'.repeat(64),
    patch: { set: { safeSearch: false } },
  });
  expect(forged).toEqual({ ok: false, error: { code: 'unlock_required' } });
  const state = await send<AppState>(page, 'state/get', {});
  expect(state.ok && state.data.resolved.policy.safeSearch).toBe(true);

  // An ordinary web page has no channel to the extension at all.
  const web = await context.newPage();
  await web.goto('https://www.example.com/');
  expect(
    await web.evaluate(
      () =>
        typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime
          ?.sendMessage,
    ),
  ).toBe('undefined');
});

test('a parent block list is enforced by the browser and lands on the block page', async ({
  context,
  openExtensionPage,
  echo,
}) => {
  const page = await openExtensionPage('dashboard.html');
  const token = await unlockWithNewPin(page);
  const updated = await send(page, 'settings/update', {
    token,
    patch: {
      set: { blockDomains: ['blocked-by-parent.example'], allowDomains: ['ok.blocked-by-parent.example'] },
    },
  });
  expect(updated.ok).toBe(true);

  const tab = await context.newPage();
  await tab.goto('https://www.blocked-by-parent.example/some/page?q=1').catch(() => undefined);
  await expect(tab).toHaveURL(
    /blocked\.html\?r=parent_block&c=custom#https:\/\/www\.blocked-by-parent\.example\//,
  );
  await expect(tab.getByTestId('blocked-reason')).toHaveText(
    'Your parent or school chose to block this site.',
  );
  expect(echo.requestsTo('www.blocked-by-parent.example')).toHaveLength(0);

  // The allow-listed subdomain still loads, from the (local) server.
  await tab.goto('https://ok.blocked-by-parent.example/');
  await expect(tab.locator('#echo-host')).toHaveText('ok.blocked-by-parent.example');
});

test('a deliberately broken settings object is repaired on start, keeping every good field', async ({
  serviceWorker,
  relaunch,
  openExtensionPage,
}) => {
  await inWorker(serviceWorker, () =>
    chrome.storage.local.set({
      parentSettings: {
        safeSearch: 'maybe',
        chatSafety: false,
        retentionDays: 3,
        blockDomains: ['Good.Example.', 'not a domain', 42],
        favouriteColour: 'blue',
      },
    }),
  );
  const { serviceWorker: restarted } = await relaunch();
  const stored = await inWorker(
    restarted,
    async () => (await chrome.storage.local.get('parentSettings')).parentSettings,
  );
  expect(stored).toEqual({ chatSafety: false, blockDomains: ['good.example'] });
  const page = await openExtensionPage('dashboard.html#/settings');
  const state = await send<AppState>(page, 'state/get', {});
  if (!state.ok) throw new Error(state.error.code);
  expect(state.data.resolved.policy.safeSearch).toBe(true);
  expect(state.data.resolved.policy.chatSafety).toBe(false);
  expect(state.data.lastRepair?.parent.map((r) => r.field).sort()).toEqual(
    ['blockDomains', 'favouriteColour', 'retentionDays', 'safeSearch'].sort(),
  );
  await expect(page.getByTestId('repair-notice')).toBeVisible();
});

type TestHooks = {
  hifazatTest: {
    setClockOffset(ms: number): Promise<void>;
    heartbeat(): Promise<void>;
    flushEvents(): Promise<unknown>;
  };
};

test('a parent unlock expires as time passes (injected clock), and settings lock again', async ({
  serviceWorker,
  openExtensionPage,
}) => {
  const page = await openExtensionPage('dashboard.html');
  const token = await unlockWithNewPin(page);
  expect((await send(page, 'settings/update', { token, patch: { set: { chatSafety: false } } })).ok).toBe(
    true,
  );
  await serviceWorker.evaluate(() =>
    (globalThis as unknown as TestHooks).hifazatTest.setClockOffset(11 * 60_000),
  );
  const late = await send(page, 'settings/update', { token, patch: { set: { chatSafety: true } } });
  expect(late).toEqual({ ok: false, error: { code: 'unlock_required' } });
});

test('a long silence in the heartbeat is logged as a protection gap and counted in the summary', async ({
  serviceWorker,
  openExtensionPage,
}) => {
  await serviceWorker.evaluate(async () => {
    const hooks = (globalThis as unknown as TestHooks).hifazatTest;
    await chrome.storage.local.set({ lastHeartbeat: Date.now() - 2 * 3_600_000 });
    await hooks.heartbeat();
    await hooks.flushEvents();
  });
  const page = await openExtensionPage('dashboard.html');
  const summary = await send<{ current: { totals: Record<string, number> } }>(page, 'summary/get', {
    days: 1,
  });
  if (!summary.ok) throw new Error(summary.error.code);
  expect(summary.data.current.totals.protection_gap).toBe(1);
  await expect(page.getByTestId('count-protection_gap')).toHaveText('1');
});
