/**
 * The one definition of what the event log may store. Every event is coarse (whole hours, short ids) so that a
 * URL, hostname, name or message text can never end up on disk: anything that does not fit this schema is
 * rejected before it reaches IndexedDB, and rows read back are checked against it again.
 */
import { z } from 'zod';
import type { Clock } from '../clock';

export const EVENT_VERSION = 1;
export const MS_PER_HOUR = 3_600_000;

/**
 * A short lowercase id ('adult', 'google', 'whatsapp', 'secrecy'). Dots, slashes, colons, spaces and capitals are
 * impossible, so hostnames, URLs and free text cannot pass. Must start with a letter or digit so ids such as
 * `__proto__` cannot be used.
 */
export const ID_PATTERN = /^[a-z0-9][a-z0-9_]{0,39}$/;
export const idSchema = z.string().regex(ID_PATTERN, 'must be a short id ([a-z0-9_], 1-40 chars)');

export const BLOCK_REASONS = [
  'category',
  'parent_block',
  'school_block',
  'schedule',
  'unsafe_engine',
  'proxy',
] as const;
export const CHAT_LEVELS = ['low', 'elevated', 'high'] as const;
export const CHAT_CHOICES = ['ok', 'block_report', 'help', 'why', 'dismissed', 'none'] as const;
export const NUDGE_CHOICES = ['dismissed', 'none'] as const;
export const ACCESS_STATUSES = ['asked', 'approved', 'declined', 'expired'] as const;
export const GAP_REASONS = ['browser_closed', 'extension_off', 'unknown'] as const;

export type BlockReason = (typeof BLOCK_REASONS)[number];
export type ChatLevel = (typeof CHAT_LEVELS)[number];
export type ChatChoice = (typeof CHAT_CHOICES)[number];

/** Whole hours since the Unix epoch. Up to year ~2500, far beyond any real clock value. */
const hourSchema = z.number().int().min(0).max(5_000_000);

const empty = z.strictObject({});

/** Builds one member of the union; `detail` and the event itself are strict, so unknown keys are rejected. */
function member<K extends string, C extends z.ZodType<string>, D extends z.ZodType>(
  kind: K,
  category: C,
  detail: D,
) {
  return z.strictObject({
    v: z.literal(EVENT_VERSION),
    hour: hourSchema,
    kind: z.literal(kind),
    category,
    detail,
  });
}

export const logEventSchema = z.discriminatedUnion('kind', [
  member('block', idSchema, z.strictObject({ reason: z.enum(BLOCK_REASONS) })),
  member('safe_search', idSchema, empty),
  member(
    'chat_prompt',
    idSchema,
    z.strictObject({ site: idSchema, level: z.enum(CHAT_LEVELS), choice: z.enum(CHAT_CHOICES) }),
  ),
  member('chat_nudge', idSchema, z.strictObject({ site: idSchema, choice: z.enum(NUDGE_CHOICES) })),
  member('access_request', idSchema, z.strictObject({ status: z.enum(ACCESS_STATUSES) })),
  member('time_online', idSchema, z.strictObject({ minutes: z.number().int().min(1).max(60) })),
  member(
    'protection_gap',
    z.literal('heartbeat'),
    z.strictObject({
      minutes: z
        .number()
        .int()
        .min(1)
        .max(60 * 24 * 366),
      reason: z.enum(GAP_REASONS),
    }),
  ),
  member(
    'settings_repair',
    z.enum(['parent_settings', 'school_policy']),
    z.strictObject({ fields: z.number().int().min(0).max(10_000) }),
  ),
  member('pin_failure', z.literal('pin'), empty),
  member('host_access', z.enum(['withheld', 'restored']), empty),
]);

export type LogEvent = z.infer<typeof logEventSchema>;
export type EventKind = LogEvent['kind'];
export type EventOfKind<K extends EventKind> = Extract<LogEvent, { kind: K }>;
export type CategoryOf<K extends EventKind> = EventOfKind<K>['category'];
export type DetailOf<K extends EventKind> = EventOfKind<K>['detail'];

export const EVENT_KINDS: readonly EventKind[] = logEventSchema.options.map((o) => o.shape.kind.value);

/** Thrown by `makeEvent` when the event would store something the schema does not allow. */
export class InvalidEventError extends Error {
  constructor(
    message: string,
    readonly issues: z.ZodError['issues'],
  ) {
    super(message);
    this.name = 'InvalidEventError';
  }
}

/** Whole hours since the Unix epoch for a millisecond timestamp. */
export function toHour(ms: number): number {
  return Math.floor(ms / MS_PER_HOUR);
}

/** Validates an unknown value (e.g. a row read back from IndexedDB); returns null instead of throwing. */
export function parseEvent(value: unknown): LogEvent | null {
  const result = logEventSchema.safeParse(value);
  return result.success ? result.data : null;
}

/**
 * Creates a validated event stamped with the current hour. Throws `InvalidEventError` when the category or
 * detail is not allowed (a hostname, URL, free text, unknown detail key...): that is a programming error.
 */
export function makeEvent<K extends EventKind>(
  kind: K,
  category: CategoryOf<K>,
  detail: DetailOf<K>,
  clock: Clock,
): EventOfKind<K> {
  const candidate = { v: EVENT_VERSION, hour: toHour(clock.now()), kind, category, detail };
  const result = logEventSchema.safeParse(candidate);
  if (!result.success) {
    const where = result.error.issues.map((i) => i.path.join('.') || '(root)').join(', ');
    throw new InvalidEventError(`invalid ${String(kind)} event: ${where}`, result.error.issues);
  }
  // The discriminated union parsed `kind` unchanged, so the result is the member for K.
  return result.data as EventOfKind<K>;
}
