/** The e2e build's test hooks (globalThis.hifazatTest in the service worker): move time, refresh, sync, flush. */
import type { Worker } from '@playwright/test';

interface Hooks {
  setClockOffset(ms: number): Promise<void>;
  refresh(): Promise<unknown>;
  syncLists(force: boolean): Promise<void>;
  flushEvents(): Promise<unknown>;
  heartbeat(): Promise<void>;
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
