/**
 * Public API of the privacy-respecting event log: what happened (blocks, prompts, requests, time online...) as
 * coarse, id-only events, stored locally with short retention and summarised for the parent dashboard.
 */
export {
  ACCESS_STATUSES,
  BLOCK_REASONS,
  CHAT_CHOICES,
  CHAT_LEVELS,
  EVENT_KINDS,
  EVENT_VERSION,
  GAP_REASONS,
  ID_PATTERN,
  InvalidEventError,
  NUDGE_CHOICES,
  idSchema,
  logEventSchema,
  makeEvent,
  parseEvent,
  toHour,
  type BlockReason,
  type CategoryOf,
  type ChatChoice,
  type ChatLevel,
  type DetailOf,
  type EventKind,
  type EventOfKind,
  type LogEvent,
} from './schema';
export {
  addDays,
  dayOfHour,
  dayOfMs,
  daysInRange,
  fixedTzOffset,
  isDay,
  localTzOffset,
  previousRange,
  rangeForLastDays,
  rangeLength,
  type Day,
  type DayRange,
  type TzOffsetFn,
} from './days';
export {
  emptyChoiceCounts,
  eventWeight,
  mergeRollupRows,
  parseRollupRow,
  rollUp,
  rollupRowSchema,
  type ChatPromptRollupRow,
  type ChoiceCounts,
  type RollupRow,
} from './rollup';
export {
  change,
  compareWithPrevious,
  summarize,
  type CategoryCounts,
  type Change,
  type Comparison,
  type DayPoint,
  type KindCounts,
  type Summary,
} from './summarize';
export {
  DEFAULT_RETENTION_DAYS,
  EventLog,
  systemTimer,
  type EventLogOptions,
  type FlushResult,
  type TimerLike,
} from './store';
export { EVENTS_DB_NAME } from './idb';
