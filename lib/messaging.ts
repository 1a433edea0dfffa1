/**
 * The one message protocol between Hifazat's pages, content scripts and the background, declared once.
 * Each request names who may send it (`from`), whether it needs the parent's unlock token (`privileged`), and the
 * zod schema its payload must pass. The background validates sender and shape before any handler runs
 * (see createRouter); handlers never see an unchecked message.
 */
import { z } from 'zod';
import { CATEGORIES } from './chat/categories';
import { CATEGORY_IDS } from './lists/categories';
import { CHAT_SITES, POLICY_FIELDS, policyFields, type PolicyField } from './policy/schema';
import { PAUSE_MINUTES } from './policy/pause';

const token = z.string().regex(/^[0-9a-f]{64}$/, 'unlock token');
const blockReason = z.enum([
  'school_block',
  'parent_block',
  'category',
  'schedule',
  'unsafe_engine',
  'proxy',
]);
const blockCategory = z.enum([...CATEGORY_IDS, 'custom']);
const chatSite = z.enum(CHAT_SITES);
/** An opaque conversation reference (HMAC hex) handed out by the background. */
const chatRef = z.string().regex(/^[0-9a-f]{64}$/);
const chatCategory = z.enum(CATEGORIES);
const pin = z.string().max(64);

/** A patch of parent settings: any subset of fields; `clear` hands fields back to the preset or default. */
export const settingsPatchSchema = z
  .object({
    set: z.object(policyFields).partial().strict(),
    clear: z.array(z.enum(POLICY_FIELDS as [PolicyField, ...PolicyField[]])).max(POLICY_FIELDS.length),
  })
  .partial()
  .strict();

export const protocol = {
  /** Everything a page needs to draw itself. No token: the teen view shows the same as the parent's. */
  'state/get': { from: 'page', privileged: false, payload: z.object({ token: token.optional() }).strict() },
  'summary/get': {
    from: 'page',
    privileged: false,
    payload: z.object({ days: z.union([z.literal(1), z.literal(7), z.literal(30)]) }).strict(),
  },
  'pin/set': {
    from: 'page',
    privileged: false,
    payload: z.object({ pin, token: token.optional() }).strict(),
  },
  'pin/unlock': { from: 'page', privileged: false, payload: z.object({ pin }).strict() },
  'pin/lock': { from: 'page', privileged: true, payload: z.object({ token }).strict() },
  'settings/update': {
    from: 'page',
    privileged: true,
    payload: z.object({ token, patch: settingsPatchSchema }).strict(),
  },
  /** The block page, shown as a whole tab, counts one blocked visit (never the address). */
  'blocked/visit': {
    from: 'page',
    privileged: false,
    payload: z.object({ reason: blockReason, category: blockCategory }).strict(),
  },
  'access/request': {
    from: 'page',
    privileged: false,
    payload: z
      .object({ host: z.string().max(253), category: blockCategory, reason: z.string().max(200).optional() })
      .strict(),
  },
  'access/report': {
    from: 'page',
    privileged: false,
    payload: z.object({ host: z.string().max(253), category: blockCategory }).strict(),
  },
  /** Requests and reports: the parent decides on them; the teen sees their own answers on the block page. */
  'access/list': { from: 'page', privileged: false, payload: z.object({}).strict() },
  'access/decide': {
    from: 'page',
    privileged: true,
    payload: z
      .object({
        token,
        id: z.string().max(64),
        decision: z.enum(['approve', 'decline']),
        duration: z.enum(['15m', '1h', 'today', 'always']).optional(),
        note: z.string().max(200).optional(),
      })
      .strict(),
  },
  'lists/status': { from: 'page', privileged: false, payload: z.object({}).strict() },
  /** Chat safety (content script): is it on here, and the per-conversation state the background keeps. */
  'chat/config': { from: 'content', privileged: false, payload: z.object({ site: chatSite }).strict() },
  'chat/conversation': {
    from: 'content',
    privileged: false,
    payload: z.object({ site: chatSite, key: z.string().min(1).max(512) }).strict(),
  },
  'chat/activity': { from: 'content', privileged: false, payload: z.object({ ref: chatRef }).strict() },
  'chat/markKnown': { from: 'content', privileged: false, payload: z.object({ ref: chatRef }).strict() },
  /** Asks to show a prompt; the background allows one per conversation per day. */
  'chat/prompt': { from: 'content', privileged: false, payload: z.object({ ref: chatRef }).strict() },
  'chat/promptResult': {
    from: 'content',
    privileged: false,
    payload: z
      .object({
        site: chatSite,
        level: z.enum(['low', 'elevated', 'high']),
        category: chatCategory,
        choice: z.enum(['ok', 'block_report', 'help', 'why', 'dismissed', 'none']),
      })
      .strict(),
  },
  'chat/nudge': {
    from: 'content',
    privileged: false,
    payload: z
      .object({
        site: chatSite,
        kind: z.string().regex(/^[a-z_]{1,20}$/),
        choice: z.enum(['dismissed', 'none']),
      })
      .strict(),
  },
  'lists/sync': { from: 'page', privileged: true, payload: z.object({ token }).strict() },
  /** School: the admin diagnostics page, and what the school receives (the teen view shows it). No unlock needed. */
  'admin/diagnostics': { from: 'page', privileged: false, payload: z.object({}).strict() },
  'school/report': { from: 'page', privileged: false, payload: z.object({}).strict() },
  /** Pause (lib/policy/pause.ts says what it lifts): anyone may see or end it; starting one needs the PIN. */
  'pause/get': { from: 'page', privileged: false, payload: z.object({}).strict() },
  'pause/start': {
    from: 'page',
    privileged: true,
    payload: z.object({ token, minutes: z.literal(PAUSE_MINUTES) }).strict(),
  },
  'pause/end': { from: 'page', privileged: false, payload: z.object({}).strict() },
  /** Deletes the event log (every count in the summary), answered requests and reports. */
  'history/clear': { from: 'page', privileged: true, payload: z.object({ token }).strict() },
} as const;

export type MessageType = keyof typeof protocol;
export type Payload<T extends MessageType> = z.input<(typeof protocol)[T]['payload']>;
export type ParsedPayload<T extends MessageType> = z.output<(typeof protocol)[T]['payload']>;

export type ErrorCode =
  | 'bad_message'
  | 'unknown_type'
  | 'bad_sender'
  | 'unlock_required'
  | 'rate_limited'
  | 'wrong_pin'
  | 'pin_invalid'
  | 'pin_corrupt'
  | 'locked'
  | 'internal';

export interface MessageError {
  code: ErrorCode;
  /** A short id-like detail (validator path, pin rule), never user data. */
  detail?: string;
  retryAfterMs?: number;
}

export type Reply<T> = { ok: true; data: T } | { ok: false; error: MessageError };

/** Raised by handlers to answer with a typed error instead of a crash. */
export class MessageRefused extends Error {
  constructor(readonly error: MessageError) {
    super(error.code);
  }
}

/** The parts of runtime.MessageSender the router looks at. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

export interface RouterContext {
  extensionId: string;
  /** chrome.runtime.getURL('') */
  extensionOrigin: string;
  verifyToken(token: string): Promise<boolean>;
}

export type Handlers<R extends { [K in MessageType]: unknown }> = {
  [K in MessageType]: (payload: ParsedPayload<K>, sender: SenderInfo) => Promise<R[K]>;
};

function senderAllowed(from: 'page' | 'content', sender: SenderInfo, ctx: RouterContext): boolean {
  if (sender.id !== ctx.extensionId) return false;
  const url = sender.url ?? '';
  if (from === 'page') return url.startsWith(ctx.extensionOrigin);
  return /^https?:\/\//.test(url) && sender.tab?.id !== undefined;
}

/**
 * Returns the background's onMessage handler. Order of checks: shape of the envelope, known type, sender, payload
 * schema, unlock token for privileged requests. Every refusal is a typed reply; nothing throws back to the sender.
 */
export function createRouter<R extends { [K in MessageType]: unknown }>(
  handlers: Handlers<R>,
  ctx: RouterContext,
): (message: unknown, sender: SenderInfo) => Promise<Reply<unknown>> {
  return async (message, sender) => {
    if (
      typeof message !== 'object' ||
      message === null ||
      typeof (message as { type?: unknown }).type !== 'string'
    ) {
      return { ok: false, error: { code: 'bad_message' } };
    }
    const { type, payload } = message as { type: string; payload?: unknown };
    if (!Object.hasOwn(protocol, type)) return { ok: false, error: { code: 'unknown_type' } };
    const spec = protocol[type as MessageType];
    if (!senderAllowed(spec.from, sender, ctx)) return { ok: false, error: { code: 'bad_sender' } };
    const parsed = spec.payload.safeParse(payload ?? {});
    if (!parsed.success) {
      return { ok: false, error: { code: 'bad_message', detail: parsed.error.issues[0]?.path.join('.') } };
    }
    if (spec.privileged) {
      const given = (parsed.data as { token?: string }).token;
      if (!given || !(await ctx.verifyToken(given))) return { ok: false, error: { code: 'unlock_required' } };
    }
    try {
      const handler = handlers[type as MessageType] as (p: unknown, s: SenderInfo) => Promise<unknown>;
      return { ok: true, data: await handler(parsed.data, sender) };
    } catch (err) {
      if (err instanceof MessageRefused) return { ok: false, error: err.error };
      console.error('[hifazat] handler failed', type, err);
      return { ok: false, error: { code: 'internal' } };
    }
  };
}

/** What each request answers with. */
export interface Responses {
  'state/get': import('./appState').AppState;
  'summary/get': import('./appState').SummaryReply;
  'pin/set': { set: true };
  'pin/unlock': { token: string; expiresAt: number };
  'pin/lock': { locked: true };
  'settings/update': import('./appState').AppState;
  'blocked/visit': { counted: boolean };
  'access/request': { id: string };
  'access/report': { saved: true };
  'access/list': import('./appState').AccessState;
  'access/decide': import('./appState').AccessState;
  'lists/status': import('./appState').ListsState;
  'lists/sync': import('./appState').ListsState;
  'admin/diagnostics': import('./school/types').AdminDiagnostics;
  'school/report': import('./school/types').SchoolReportState;
  'chat/config': { enabled: boolean; sensitivity: 'gentle' | 'standard' | 'watchful'; language: 'en' | 'ur' };
  'chat/conversation': { ref: string; contactKnown: boolean };
  'chat/activity': { contactKnown: boolean };
  'chat/markKnown': { contactKnown: true };
  'chat/prompt': { allowed: boolean };
  'chat/promptResult': { counted: boolean };
  'chat/nudge': { counted: boolean };
  'pause/get': import('./policy/pause').PauseState;
  'pause/start': import('./policy/pause').PauseState;
  'pause/end': import('./policy/pause').PauseState;
  'history/clear': { cleared: true };
}
