/**
 * Public category lists Hifazat recommends, with their publishers, licences and addresses. Nothing here is fetched
 * until a parent turns downloads on (onboarding or dashboard) or a school policy names a list: a fresh install makes
 * no network call of its own. Counts are approximate, as published in November 2026.
 */
import type { CategoryId } from './categories';

export interface RecommendedList {
  id: string;
  category: CategoryId;
  publisher: string;
  licence: string;
  url: string;
  homepage: string;
  approxDomains: number;
}

export const RECOMMENDED_LISTS: readonly RecommendedList[] = [
  {
    id: 'shadowwhisperer-adult',
    category: 'adult',
    publisher: 'ShadowWhisperer BlockLists',
    licence: 'Unlicense (public domain)',
    url: 'https://raw.githubusercontent.com/ShadowWhisperer/BlockLists/master/Lists/Adult',
    homepage: 'https://github.com/ShadowWhisperer/BlockLists',
    approxDomains: 220_000,
  },
  {
    id: 'sinfonietta-pornography',
    category: 'adult',
    publisher: 'Sinfonietta hostfiles',
    licence: 'MIT',
    url: 'https://raw.githubusercontent.com/Sinfonietta/hostfiles/master/pornography-hosts',
    homepage: 'https://github.com/Sinfonietta/hostfiles',
    approxDomains: 61_000,
  },
  {
    id: 'ut1-gambling',
    category: 'gambling',
    publisher: 'Université Toulouse Capitole (UT1 blacklists)',
    licence: 'CC BY-SA 4.0',
    url: 'https://raw.githubusercontent.com/olbat/ut1-blacklists/master/blacklists/gambling/domains',
    homepage: 'https://dsi.ut-capitole.fr/blacklists/',
    approxDomains: 32_000,
  },
  {
    id: 'shadowwhisperer-gambling',
    category: 'gambling',
    publisher: 'ShadowWhisperer BlockLists',
    licence: 'Unlicense (public domain)',
    url: 'https://raw.githubusercontent.com/ShadowWhisperer/BlockLists/master/Lists/Gambling',
    homepage: 'https://github.com/ShadowWhisperer/BlockLists',
    approxDomains: 9_600,
  },
  {
    id: 'shadowwhisperer-chat',
    category: 'random_chat',
    publisher: 'ShadowWhisperer BlockLists',
    licence: 'Unlicense (public domain)',
    url: 'https://raw.githubusercontent.com/ShadowWhisperer/BlockLists/master/Lists/Chat',
    homepage: 'https://github.com/ShadowWhisperer/BlockLists',
    approxDomains: 530,
  },
  {
    id: 'ut1-vpn',
    category: 'anonymizers',
    publisher: 'Université Toulouse Capitole (UT1 blacklists)',
    licence: 'CC BY-SA 4.0',
    url: 'https://raw.githubusercontent.com/olbat/ut1-blacklists/master/blacklists/vpn/domains',
    homepage: 'https://dsi.ut-capitole.fr/blacklists/',
    approxDomains: 6_000,
  },
  {
    id: 'hagezi-doh-vpn-proxy-bypass',
    category: 'anonymizers',
    publisher: 'HaGeZi DNS blocklists',
    licence: 'GPL-3.0',
    url: 'https://raw.githubusercontent.com/hagezi/dns-blocklists/main/domains/doh-vpn-proxy-bypass.txt',
    homepage: 'https://github.com/hagezi/dns-blocklists',
    approxDomains: 10_000,
  },
  {
    id: 'ut1-dating',
    category: 'dating',
    publisher: 'Université Toulouse Capitole (UT1 blacklists)',
    licence: 'CC BY-SA 4.0',
    url: 'https://raw.githubusercontent.com/olbat/ut1-blacklists/master/blacklists/dating/domains',
    homepage: 'https://dsi.ut-capitole.fr/blacklists/',
    approxDomains: 6_500,
  },
  {
    id: 'blocklistproject-drugs',
    category: 'drugs',
    publisher: 'The Block List Project',
    licence: 'Unlicense (public domain)',
    url: 'https://blocklistproject.github.io/Lists/alt-version/drugs-nl.txt',
    homepage: 'https://github.com/blocklistproject/Lists',
    approxDomains: 26_000,
  },
  {
    id: 'ut1-violence',
    category: 'violence',
    publisher: 'Université Toulouse Capitole (UT1 blacklists)',
    licence: 'CC BY-SA 4.0',
    url: 'https://raw.githubusercontent.com/olbat/ut1-blacklists/master/blacklists/agressif/domains',
    homepage: 'https://dsi.ut-capitole.fr/blacklists/',
    approxDomains: 270,
  },
  {
    id: 'ut1-games',
    category: 'gaming',
    publisher: 'Université Toulouse Capitole (UT1 blacklists)',
    licence: 'CC BY-SA 4.0',
    url: 'https://raw.githubusercontent.com/olbat/ut1-blacklists/master/blacklists/games/domains',
    homepage: 'https://dsi.ut-capitole.fr/blacklists/',
    approxDomains: 33_700,
  },
  {
    id: 'ut1-social-networks',
    category: 'social_media',
    publisher: 'Université Toulouse Capitole (UT1 blacklists)',
    licence: 'CC BY-SA 4.0',
    url: 'https://raw.githubusercontent.com/olbat/ut1-blacklists/master/blacklists/social_networks/domains',
    homepage: 'https://dsi.ut-capitole.fr/blacklists/',
    approxDomains: 700,
  },
];
