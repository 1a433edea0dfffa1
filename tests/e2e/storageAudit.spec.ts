/**
 * The privacy promise, checked against everything Hifazat stored: after a scripted browsing session (allowed sites,
 * searches with a distinctive word, a chat page with distinctive message text, a blocked site, time online counted),
 * a dump of storage.local, storage.session, storage.sync, every IndexedDB database and cache of the extension, and
 * its pages' localStorage holds none of the allowed hostnames, no search word and no message text, while it does
 * hold the categories and counts that prove the session was recorded.
 */
import type { Page } from '@playwright/test';
import { expect, inWorker, test } from './fixtures';
import { send, unlockWithNewPin, visit } from './messages';
import { flushEvents, logEvent, setClockOffset, timeOnlineFlush, timeOnlineTick } from './testHooks';

const ALLOWED_HOSTS = [
  'www.quiet-garden-7421.example',
  'homework-helper-5530.example',
  'cdn.fern-lantern-88.example',
];
const SEARCH_WORD = 'zebraquokkafjord';
const MESSAGE_WORDS = ['marigoldtelescope', 'dont tell your parents about tangerineharbour'];

/** Everything the extension keeps, as one string (binary values as Latin-1 text, so hostnames would show). */
async function dumpEverything(worker: import('@playwright/test').Worker, page: Page): Promise<string> {
  const fromWorker = await worker.evaluate(async () => {
    const text = (value: unknown): unknown => {
      const latin1 = new TextDecoder('latin1');
      if (value instanceof ArrayBuffer) return latin1.decode(value);
      if (ArrayBuffer.isView(value)) return latin1.decode(value);
      if (value instanceof Blob) return `[blob ${value.size}]`;
      return value;
    };
    const deep = (value: unknown): unknown => {
      const flat = text(value);
      if (flat !== value) return flat;
      if (Array.isArray(value)) return value.map(deep);
      if (value && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deep(v)]));
      }
      return value;
    };
    const request = <T>(req: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    const databases: Record<string, unknown> = {};
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await request(indexedDB.open(info.name));
      const stores: Record<string, unknown> = {};
      for (const name of Array.from(db.objectStoreNames)) {
        const store = db.transaction(name, 'readonly').objectStore(name);
        stores[name] = {
          keys: deep(await request(store.getAllKeys())),
          values: deep(await request(store.getAll())),
        };
      }
      db.close();
      databases[info.name] = stores;
    }
    const caches: Record<string, string[]> = {};
    for (const name of await globalThis.caches.keys()) {
      caches[name] = (await (await globalThis.caches.open(name)).keys()).map((r) => r.url);
    }
    return {
      local: await chrome.storage.local.get(null),
      session: await chrome.storage.session.get(null),
      sync: await chrome.storage.sync.get(null).catch(() => ({})),
      databases,
      caches,
    };
  });
  const localStorageOfPages = await page.evaluate(() => ({ ...localStorage }));
  return JSON.stringify({ ...fromWorker, localStorageOfPages });
}

test('after a browsing session, nothing stored names an allowed site, a search word or message text', async ({
  context,
  echo,
  serviceWorker,
  openExtensionPage,
}, testInfo) => {
  // A chat page whose messages carry distinctive words (chat safety reads such pages on the device).
  echo.respond((r) =>
    r.host === 'web.whatsapp.com'
      ? {
          body: `<!doctype html><title>chat</title><div id="main"><div role="row" class="message-in">
            <span class="selectable-text">hi ${MESSAGE_WORDS[0]}</span></div>
            <div role="row" class="message-in"><span class="selectable-text">${MESSAGE_WORDS[1]}</span></div>
            <footer><div contenteditable="true" role="textbox" id="compose"></div></footer></div>`,
        }
      : null,
  );
  const dashboard = await openExtensionPage('dashboard.html#/overview');
  const token = await unlockWithNewPin(dashboard);
  const web = await context.newPage();
  await web.bringToFront();

  let offset = 0;
  const minuteOn = async (url: string) => {
    await visit(web, url);
    offset += 60_000;
    await setClockOffset(serviceWorker, offset);
    await timeOnlineTick(serviceWorker, {});
  };
  await minuteOn(`https://${ALLOWED_HOSTS[0]}/reading/chapter-3?note=${SEARCH_WORD}`);
  await minuteOn(`https://${ALLOWED_HOSTS[1]}/maths?topic=fractions`);
  await minuteOn(`https://${ALLOWED_HOSTS[2]}/img/fern.png`);
  await minuteOn(`https://www.google.com/search?q=${SEARCH_WORD}+homework`);
  await minuteOn(`https://www.bing.com/search?q=${SEARCH_WORD}&adlt=off`);
  await minuteOn(`https://duckduckgo.com/?q=${SEARCH_WORD}`);
  await minuteOn('https://www.facebook.com/');
  await minuteOn('https://web.whatsapp.com/');
  await web.locator('#compose').click();
  await web.keyboard.type(`my secret is ${MESSAGE_WORDS[0]} and I am home alone`);
  await minuteOn('https://www.bet365.com/');
  await expect(web.getByTestId('blocked-title')).toBeVisible();
  await logEvent(serviceWorker, 'chat_prompt', 'secrecy', {
    site: 'whatsapp',
    level: 'elevated',
    choice: 'ok',
  });
  // A parent's own settings are kept (they are the parent's words): an allow-list entry is the one way a site name
  // may be stored, so the audited hosts are not put there.
  await send(dashboard, 'settings/update', { token, patch: { set: { ageBand: '13-15' } } });
  await timeOnlineFlush(serviceWorker);
  await flushEvents(serviceWorker);

  const dump = await dumpEverything(serviceWorker, dashboard);
  await testInfo.attach('storage-dump.json', { body: dump, contentType: 'application/json' });
  const lower = dump.toLowerCase();

  // The session was recorded, as categories and counts.
  for (const expected of [
    'hifazat-events',
    'time_online',
    'uncategorized',
    'social_media',
    'gambling',
    'google',
  ]) {
    expect(lower, `dump should contain ${expected}`).toContain(expected);
  }
  // And nothing that names what the child did.
  for (const host of ALLOWED_HOSTS) {
    expect(lower).not.toContain(host);
    expect(lower).not.toContain(host.split('.').find((part) => part.includes('-'))!);
  }
  expect(lower).not.toContain(SEARCH_WORD);
  expect(lower).not.toContain('fractions');
  expect(lower).not.toContain('chapter-3');
  for (const words of MESSAGE_WORDS) expect(lower).not.toContain(words);
  expect(lower).not.toContain('tangerineharbour');
  expect(lower).not.toContain('home alone');

  // The storage check above covers every database the extension has.
  const names = await inWorker(serviceWorker, async () =>
    (await indexedDB.databases()).map((d) => d.name ?? '').sort(),
  );
  expect(names).toContain('hifazat-events');
});
