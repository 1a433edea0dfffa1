/** Talking to the extension from a test the way its own pages do: protocol messages from an extension page. */
import type { Page } from '@playwright/test';
import type { AppState } from '../../lib/appState';
import type { Reply } from '../../lib/messaging';
import type { ParentSettings } from '../../lib/policy';

/** Sends a protocol message from an extension page, as the dashboard (or someone at its console) would. */
export function send<T>(page: Page, type: string, payload: unknown): Promise<Reply<T>> {
  return page.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [
    type,
    payload,
  ] as const);
}

export async function getState(page: Page): Promise<AppState> {
  const reply = await send<AppState>(page, 'state/get', {});
  if (!reply.ok) throw new Error(`state/get: ${reply.error.code}`);
  return reply.data;
}

/** Sets a first parent PIN and unlocks with it; returns the unlock token. */
export async function unlockWithNewPin(page: Page, pin = '482916'): Promise<string> {
  const set = await send(page, 'pin/set', { pin });
  if (!set.ok) throw new Error(`pin/set: ${set.error.code}`);
  const unlocked = await send<{ token: string }>(page, 'pin/unlock', { pin });
  if (!unlocked.ok) throw new Error(`unlock failed: ${unlocked.error.code}`);
  return unlocked.data.token;
}

/** Changes parent settings through the privileged message; resolves once the new rules are in force. */
export async function updateSettings(page: Page, token: string, set: ParentSettings): Promise<AppState> {
  const reply = await send<AppState>(page, 'settings/update', { token, patch: { set } });
  if (!reply.ok) throw new Error(`settings/update: ${reply.error.code}`);
  return reply.data;
}

/**
 * Navigates like a person typing an address: waits for the document, and does not fail when the browser lands on
 * the block page instead (a redirect to an extension page aborts the original navigation).
 */
export async function visit(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'domcontentloaded' }).catch(() => undefined);
}
