/**
 * What protects a child from the moment Hifazat is installed, with no setup at all: safe search and YouTube
 * Restricted Mode on, the four categories where harm finds children fastest blocked, chat safety on.
 */
import { CHAT_SITES, ENGINE_GROUPS, type Policy } from './schema';

export const DEFAULT_POLICY: Readonly<Policy> = Object.freeze<Policy>({
  ageBand: null,
  language: 'auto',
  safeSearch: true,
  safeSearchEngines: [...ENGINE_GROUPS],
  youtubeRestrict: 'strict',
  blockUnsafeEngines: true,
  blockedCategories: ['adult', 'gambling', 'random_chat', 'anonymizers'],
  blockDomains: [],
  allowDomains: [],
  listSubscriptions: [],
  schedules: [],
  chatSafety: true,
  chatSites: [...CHAT_SITES],
  chatSensitivity: 'standard',
  retentionDays: 30,
});
