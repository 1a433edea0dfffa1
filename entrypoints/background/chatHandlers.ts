/**
 * The background side of chat safety: whether it runs on a site, the per-conversation memory (known or unknown
 * contact, one prompt a day), and the events (categories and choices only; no text, no names, no keys).
 */
import { storage } from 'wxt/utils/storage';
import type { Clock } from '../../lib/clock';
import {
  conversationRef,
  isKnown,
  newRecord,
  recordActivity,
  trimRecords,
  type ConversationRecord,
} from '../../lib/chat/conversationState';
import type { EventLog } from '../../lib/events';
import { dayOfMs } from '../../lib/events';
import { pickLanguage } from '../../lib/i18n';
import { MessageRefused, type Handlers, type Responses } from '../../lib/messaging';
import type { PolicyRuntime } from './policyRuntime';

type ChatMessages =
  | 'chat/config'
  | 'chat/conversation'
  | 'chat/activity'
  | 'chat/markKnown'
  | 'chat/prompt'
  | 'chat/promptResult'
  | 'chat/nudge';

const secretItem = storage.defineItem<string | null>('local:chatSecret', { fallback: null });
const conversationsItem = storage.defineItem<Record<string, ConversationRecord>>('local:chatConversations', {
  fallback: {},
  version: 1,
});

async function installSecret(): Promise<Uint8Array> {
  const stored = await secretItem.getValue();
  if (stored && /^[0-9a-f]{64}$/.test(stored)) {
    return Uint8Array.from(stored.match(/../g)!.map((h) => parseInt(h, 16)));
  }
  const fresh = crypto.getRandomValues(new Uint8Array(32));
  await secretItem.setValue(Array.from(fresh, (b) => b.toString(16).padStart(2, '0')).join(''));
  return fresh;
}

export function createChatHandlers(deps: {
  clock: Clock;
  events: EventLog;
  policy: PolicyRuntime;
}): Pick<Handlers<Responses>, ChatMessages> {
  let secret: Promise<Uint8Array> | null = null;
  const today = () => dayOfMs(deps.clock.now());
  // Several chat tabs write the same store: one change at a time, so none is lost (a second prompt, a lost mark).
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  function update(ref: string, change: (r: ConversationRecord) => ConversationRecord) {
    return serial(() => updateNow(ref, change));
  }

  async function updateNow(ref: string, change: (r: ConversationRecord) => ConversationRecord) {
    const all = await conversationsItem.getValue();
    const current = all[ref];
    if (!current) throw new MessageRefused({ code: 'bad_message', detail: 'ref' });
    const next = change(current);
    await conversationsItem.setValue(trimRecords({ ...all, [ref]: next }));
    return next;
  }

  return {
    'chat/config': async ({ site }) => {
      const { policy } = await deps.policy.current();
      return {
        enabled: policy.chatSafety && policy.chatSites.includes(site),
        sensitivity: policy.chatSensitivity,
        language: pickLanguage(policy.language, navigator.language),
      };
    },

    'chat/conversation': async ({ site, key }) => {
      secret ??= installSecret();
      const ref = await conversationRef(await secret, site, key);
      return serial(async () => {
        const all = await conversationsItem.getValue();
        const now = deps.clock.now();
        const record = all[ref] ? { ...all[ref], lastSeen: now } : newRecord(now);
        await conversationsItem.setValue(trimRecords({ ...all, [ref]: record }));
        return { ref, contactKnown: isKnown(record) };
      });
    },

    'chat/activity': async ({ ref }) => {
      const record = await update(ref, (r) => recordActivity(r, today(), deps.clock.now()));
      return { contactKnown: isKnown(record) };
    },

    'chat/markKnown': async ({ ref }) => {
      await update(ref, (r) => ({ ...r, markedKnown: true }));
      return { contactKnown: true };
    },

    'chat/prompt': ({ ref }) =>
      serial(async () => {
        const day = today();
        const all = await conversationsItem.getValue();
        const record = all[ref];
        if (!record || record.promptDay === day) return { allowed: false };
        await conversationsItem.setValue({ ...all, [ref]: { ...record, promptDay: day } });
        return { allowed: true };
      }),

    'chat/promptResult': async ({ site, level, category, choice }) => ({
      counted: deps.events.log('chat_prompt', category, { site, level, choice }),
    }),

    'chat/nudge': async ({ site, kind, choice }) => ({
      counted: deps.events.log('chat_nudge', kind, { site, choice }),
    }),
  };
}
