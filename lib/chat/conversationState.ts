/**
 * What the background remembers per conversation, to tell an unknown contact from a known one without naming
 * anyone: keyed by an HMAC of (site, conversation key) with a per-install secret, so the store holds no names, ids
 * or text. A contact becomes "known" after the teen has written to them on several different days, or when the
 * teen says "I know this person".
 */
export interface ConversationRecord {
  firstSeen: number;
  /** Local days (YYYY-MM-DD) on which the teen wrote in this conversation; the last few only. */
  days: string[];
  markedKnown: boolean;
  /** Local day a prompt was last shown, so a conversation gets at most one prompt a day. */
  promptDay: string | null;
  lastSeen: number;
}

/** Days of writing after which a contact counts as known. */
export const KNOWN_AFTER_DAYS = 3;
/** Conversations remembered at most (least recently seen dropped first). */
export const MAX_CONVERSATIONS = 500;

export function isKnown(record: ConversationRecord | undefined): boolean {
  return !!record && (record.markedKnown || record.days.length >= KNOWN_AFTER_DAYS);
}

export function recordActivity(record: ConversationRecord, day: string, now: number): ConversationRecord {
  const days = record.days.includes(day) ? record.days : [...record.days, day].slice(-KNOWN_AFTER_DAYS * 2);
  return { ...record, days, lastSeen: now };
}

export function newRecord(now: number): ConversationRecord {
  return { firstSeen: now, days: [], markedKnown: false, promptDay: null, lastSeen: now };
}

/** Keeps the most recently seen conversations within the cap. */
export function trimRecords(records: Record<string, ConversationRecord>): Record<string, ConversationRecord> {
  const entries = Object.entries(records);
  if (entries.length <= MAX_CONVERSATIONS) return records;
  entries.sort((a, b) => b[1].lastSeen - a[1].lastSeen);
  return Object.fromEntries(entries.slice(0, MAX_CONVERSATIONS));
}

/** HMAC-SHA-256 of the conversation's identity with the per-install secret, as hex. */
export async function conversationRef(secret: Uint8Array, site: string, key: string): Promise<string> {
  const cryptoKey = await crypto.subtle.importKey(
    'raw',
    secret as unknown as ArrayBuffer,
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const mac = await crypto.subtle.sign('HMAC', cryptoKey, new TextEncoder().encode(`${site}\n${key}`));
  return Array.from(new Uint8Array(mac), (b) => b.toString(16).padStart(2, '0')).join('');
}
