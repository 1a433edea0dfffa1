/** The e2e build's test hooks (globalThis.hifazatTest in the service worker): move time, refresh, sync, flush. */
import type { Worker } from '@playwright/test';

interface Hooks {
  setClockOffset(ms: number): Promise<void>;
  refresh(): Promise<unknown>;
  syncLists(force: boolean): Promise<void>;
  flushEvents(): Promise<unknown>;
  heartbeat(): Promise<void>;
  logEvent(kind: string, category: string, detail: Record<string, unknown>): boolean;
  timeOnlineTick(overrides?: { idle?: 'active' | 'idle' | 'locked'; focused?: boolean }): Promise<void>;
  timeOnlineFlush(): Promise<void>;
}

const hooks = () => (globalThis as unknown as { hifazatTest: Hooks }).hifazatTest;

/** Moves the extension's clock to `offsetMs` from real time and recomputes rules. */
export function setClockOffset(worker: Worker, offsetMs: number): Promise<unknown> {
  return worker.evaluate(
    `(${hooks.toString()})().setClockOffset(${offsetMs}).then(() => (${hooks.toString()})().refresh())`,
  );
}

export function refresh(worker: Worker): Promise<unknown> {
  return worker.evaluate(`(${hooks.toString()})().refresh()`);
}

export function syncLists(worker: Worker, force = false): Promise<unknown> {
  return worker.evaluate(`(${hooks.toString()})().syncLists(${force})`);
}

export function flushEvents(worker: Worker): Promise<unknown> {
  return worker.evaluate(`(${hooks.toString()})().flushEvents()`);
}

export function heartbeat(worker: Worker): Promise<unknown> {
  return worker.evaluate(`(${hooks.toString()})().heartbeat()`);
}

/** Records an event as the background would (e.g. a chat prompt and the teen's choice). */
export function logEvent(
  worker: Worker,
  kind: string,
  category: string,
  detail: Record<string, unknown>,
): Promise<boolean> {
  return worker.evaluate(
    `(${hooks.toString()})().logEvent(${JSON.stringify(kind)}, ${JSON.stringify(category)}, ${JSON.stringify(detail)})`,
  ) as Promise<boolean>;
}

/**
 * One minute tick of time online, with the device treated as in use and the window as focused (headless Chromium
 * has neither); which tab is active, and its category, are real.
 */
export function timeOnlineTick(
  worker: Worker,
  overrides: { idle?: 'active' | 'idle' | 'locked'; focused?: boolean } = { idle: 'active', focused: true },
): Promise<unknown> {
  return worker.evaluate(`(${hooks.toString()})().timeOnlineTick(${JSON.stringify(overrides)})`);
}

export function timeOnlineFlush(worker: Worker): Promise<unknown> {
  return worker.evaluate(`(${hooks.toString()})().timeOnlineFlush()`);
}
