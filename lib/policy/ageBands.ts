/**
 * Age-band presets: a parent picks the child's age and gets sensible defaults; the youngest band is the strictest.
 * A preset only fills fields the parent has not set themselves, and a school policy still wins over both.
 */
import type { CategoryId } from '../lists/categories';
import { AGE_BAND_IDS, type Policy } from './schema';

export type AgeBand = (typeof AGE_BAND_IDS)[number];

/** The fields an age band decides. Everything else keeps the defaults. */
export type PresetFields = Pick<Policy, 'blockedCategories' | 'youtubeRestrict' | 'chatSensitivity'>;

const ALWAYS: readonly CategoryId[] = ['adult', 'gambling', 'random_chat', 'anonymizers'];

export const AGE_BAND_PRESETS: Readonly<Record<AgeBand, PresetFields>> = {
  '6-9': {
    blockedCategories: [
      ...ALWAYS,
      'dating',
      'drugs',
      'violence',
      'weapons',
      'self_harm',
      'social_media',
      'gaming',
    ],
    youtubeRestrict: 'strict',
    chatSensitivity: 'watchful',
  },
  '10-12': {
    blockedCategories: [...ALWAYS, 'dating', 'drugs', 'violence', 'weapons', 'self_harm', 'social_media'],
    youtubeRestrict: 'strict',
    chatSensitivity: 'watchful',
  },
  '13-15': {
    blockedCategories: [...ALWAYS, 'dating', 'drugs', 'weapons', 'self_harm'],
    youtubeRestrict: 'strict',
    chatSensitivity: 'standard',
  },
  '16-17': {
    blockedCategories: [...ALWAYS, 'drugs', 'self_harm'],
    youtubeRestrict: 'moderate',
    chatSensitivity: 'standard',
  },
};
