/**
 * UI state of the dashboard (zustand). The unlock token lives only in this page's memory: closing the tab or
 * "Lock now" forgets it, and the background decides whether it is still valid.
 */
import { create } from 'zustand';
import type { AppState } from '../lib/appState';
import type { MessageError } from '../lib/messaging';
import type { PauseMinutes, PauseState } from '../lib/policy/pause';
import type { z } from 'zod';
import type { settingsPatchSchema } from '../lib/messaging';
import { request } from './api';

type Patch = z.input<typeof settingsPatchSchema>;

interface DashboardStore {
  state: AppState | null;
  token: string | null;
  loadError: MessageError | null;
  /** The parent's pause, read with the state (null until first heard). */
  pause: PauseState | null;
  /** When this page heard about `pause` (its own clock), so a countdown can run from `remainingMs`. */
  pauseReceivedAt: number;
  load(): Promise<void>;
  /** Starts a pause with the unlock token this page holds. */
  startPause(minutes: PauseMinutes): Promise<MessageError | null>;
  /** Ends a pause early (needs no PIN: it only makes protection stricter). */
  endPause(): Promise<void>;
  setPin(pin: string): Promise<MessageError | null>;
  unlock(pin: string): Promise<MessageError | null>;
  lock(): Promise<void>;
  update(patch: Patch): Promise<MessageError | null>;
}

export const useDashboard = create<DashboardStore>((set, get) => ({
  state: null,
  token: null,
  loadError: null,
  pause: null,
  pauseReceivedAt: 0,
  async load() {
    const token = get().token ?? undefined;
    const [reply, pause] = await Promise.all([request('state/get', { token }), request('pause/get', {})]);
    if (pause.ok) set({ pause: pause.data, pauseReceivedAt: Date.now() });
    if (reply.ok) {
      set({ state: reply.data, loadError: null, token: reply.data.unlocked ? (token ?? null) : null });
    } else {
      set({ loadError: reply.error });
    }
  },
  async startPause(minutes) {
    const token = get().token;
    if (!token) return { code: 'unlock_required' };
    const reply = await request('pause/start', { token, minutes });
    if (!reply.ok) return reply.error;
    set({ pause: reply.data, pauseReceivedAt: Date.now() });
    return null;
  },
  async endPause() {
    const reply = await request('pause/end', {});
    if (reply.ok) set({ pause: reply.data, pauseReceivedAt: Date.now() });
  },
  async setPin(pin) {
    const reply = await request('pin/set', { pin, token: get().token ?? undefined });
    if (!reply.ok) return reply.error;
    const unlocked = await get().unlock(pin);
    return unlocked;
  },
  async unlock(pin) {
    const reply = await request('pin/unlock', { pin });
    if (!reply.ok) {
      await get().load();
      return reply.error;
    }
    set({ token: reply.data.token });
    await get().load();
    return null;
  },
  async lock() {
    const token = get().token;
    if (token) await request('pin/lock', { token });
    set({ token: null });
    await get().load();
  },
  async update(patch) {
    const token = get().token;
    if (!token) return { code: 'unlock_required' };
    const reply = await request('settings/update', { token, patch });
    if (!reply.ok) {
      if (reply.error.code === 'unlock_required') set({ token: null });
      await get().load();
      return reply.error;
    }
    set({ state: reply.data });
    return null;
  },
}));
