/** Names for what the summary counts: kinds, categories, engines, chat signals and choices, and durations. */
import { ENGINES } from '../lib/enforce/engines';
import { CHAT_CHOICES } from '../lib/events/schema';
import type { BreakdownKind, SummaryKind, Trend } from '../lib/events/summaryModel';
import { splitMinutes } from '../lib/events/summaryModel';
import { UNCATEGORIZED } from '../lib/events/timeOnline';
import type { Language, MessageKey, Translate } from '../lib/i18n';
import { en } from '../lib/i18n/en';
import { CATEGORY_IDS } from '../lib/lists/categories';

const KIND_KEYS: Record<SummaryKind, MessageKey> = {
  block: 'summary.kind.block',
  safe_search: 'summary.kind.safe_search',
  chat_prompt: 'summary.kind.chat_prompt',
  chat_nudge: 'summary.kind.chat_nudge',
  access_request: 'summary.kind.access_request',
  time_online: 'summary.kind.time_online',
  protection_gap: 'summary.kind.protection_gap',
};

export function kindLabel(t: Translate, kind: SummaryKind): string {
  return t(KIND_KEYS[kind]);
}

const has = (key: string): key is MessageKey => Object.hasOwn(en, key);

/** The name of a category id within a kind: a list category, a search engine, a chat signal or disclosure. */
export function categoryLabel(t: Translate, kind: BreakdownKind, id: string): string {
  if (kind === 'safe_search') return ENGINES.find((e) => e.id === id)?.name ?? id;
  const key = kind === 'chat_prompt' ? `summary.signal.${id}` : `summary.disclosure.${id}`;
  if (kind === 'chat_prompt' || kind === 'chat_nudge') return has(key) ? t(key) : id;
  if (id === UNCATEGORIZED) return t('summary.uncategorized');
  if ((CATEGORY_IDS as readonly string[]).includes(id) || id === 'custom') {
    return t(`category.${id}.name` as MessageKey);
  }
  return id;
}

export function choiceLabel(t: Translate, choice: (typeof CHAT_CHOICES)[number]): string {
  return t(`summary.choice.${choice}`);
}

export function durationText(t: Translate, totalMinutes: number): string {
  const { hours, minutes } = splitMinutes(totalMinutes);
  return hours > 0 ? t('summary.duration.hm', { hours, minutes }) : t('summary.duration.m', { minutes });
}

export function valueText(
  t: Translate,
  kind: SummaryKind,
  value: number,
  numbers: Intl.NumberFormat,
): string {
  return kind === 'time_online' ? durationText(t, value) : numbers.format(value);
}

export function trendText(t: Translate, trend: Trend): string {
  switch (trend.kind) {
    case 'same':
      return t('summary.trend.same');
    case 'new':
      return t('summary.trend.new');
    case 'up':
      return t('summary.trend.up', { percent: trend.percent });
    case 'down':
      return t('summary.trend.down', { percent: trend.percent });
  }
}

export function locale(language: Language): string {
  return language === 'ur' ? 'ur-PK' : 'en-GB';
}

/** '2026-01-05' → '5 Jan' in the page's language (days are local calendar days, formatted as given). */
export function dayText(language: Language, day: string, withWeekday = false): string {
  return new Intl.DateTimeFormat(locale(language), {
    day: 'numeric',
    month: 'short',
    ...(withWeekday ? { weekday: 'short' } : {}),
    timeZone: 'UTC',
  }).format(Date.parse(`${day}T00:00:00Z`));
}
