/**
 * Built-in seed lists: a small, reviewed set of well-known domains per category, so protection works on the day of
 * install with no download. The big public lists (lib/lists/recommendedLists.ts) add depth when a parent or school
 * turns them on. Hostnames are public facts; each entry was chosen because the site is widely known for the category.
 * Subdomains are covered automatically. Review changes here like code: a wrong entry blocks a real site.
 */
import type { CategoryId } from './categories';

// prettier-ignore
export const SEED_LISTS: Readonly<Record<CategoryId, readonly string[]>> = {
  adult: [
    'pornhub.com', 'xvideos.com', 'xnxx.com', 'xhamster.com', 'redtube.com', 'youporn.com', 'tube8.com',
    'spankbang.com', 'eporner.com', 'beeg.com', 'txxx.com', 'hqporner.com', 'porn.com', 'pornhat.com',
    'chaturbate.com', 'stripchat.com', 'bongacams.com', 'livejasmin.com', 'cam4.com', 'camsoda.com',
    'onlyfans.com', 'fansly.com', 'brazzers.com', 'xxx.com', 'rule34.xxx', 'nhentai.net', 'motherless.com',
    'efukt.com', 'thumbzilla.com', 'sex.com',
  ],
  gambling: [
    'bet365.com', '1xbet.com', 'betway.com', 'pokerstars.com', 'stake.com', 'parimatch.com', '888casino.com',
    '888.com', 'williamhill.com', 'betfair.com', 'draftkings.com', 'fanduel.com', 'melbet.com', 'dafabet.com',
    '22bet.com', 'mostbet.com', 'bc.game', 'roobet.com', 'rollbit.com', 'jeetbuzz.com', 'baji.live',
    'krikya.com', 'betwinner.com', 'linebet.com', 'lottoland.com', 'casumo.com', 'leovegas.com', 'unibet.com',
    'bwin.com', 'paddypower.com',
  ],
  random_chat: [
    'omegle.com', 'ome.tv', 'chatroulette.com', 'chatrandom.com', 'emeraldchat.com', 'monkey.app',
    'camsurf.com', 'shagle.com', 'chathub.cam', 'coomeet.com', 'azarlive.com', 'holla.world', 'uhmegle.com',
    'omegleweb.com', 'thundr.com', 'chitchat.gg', 'flirtbees.com', 'joingy.com', 'bazoocam.org', 'tinychat.com',
    'chatspin.com', 'camzey.com', 'luckycrush.live', 'chatki.com', 'omegle.fm', 'strangermeetup.com',
  ],
  anonymizers: [
    'hidester.com', 'hide.me', 'proxysite.com', 'croxyproxy.com', 'croxy.network', 'kproxy.com',
    'hidemyass.com', 'proxyium.com', 'blockaway.net', '4everproxy.com', 'proxfree.com', 'vpnbook.com',
    'hola.org', 'windscribe.com', 'nordvpn.com', 'expressvpn.com', 'surfshark.com', 'protonvpn.com',
    'hotspotshield.com', 'tunnelbear.com', 'psiphon.ca', 'ultrasurf.us', 'urban-vpn.com', 'betternet.co',
    'torproject.org', 'proxyscrape.com', 'hideme.net', 'genmirror.com', 'proxy-site.io', 'unblockit.bio',
  ],
  dating: [
    'tinder.com', 'bumble.com', 'badoo.com', 'okcupid.com', 'hinge.co', 'match.com', 'pof.com', 'grindr.com',
    'tagged.com', 'meetme.com', 'skout.com', 'zoosk.com', 'hily.com', 'happn.com', 'tantan.com',
    'adultfriendfinder.com', 'ashleymadison.com', 'seeking.com', 'feeld.co', 'taimi.com',
  ],
  drugs: [
    'weedmaps.com', 'leafly.com', 'grasscity.com', 'rollitup.org', 'bluelight.org', 'shroomery.org',
  ],
  violence: [
    'theync.com', 'kaotic.com', 'crazyshit.com', 'goregrish.com', 'documentingreality.com', 'seegore.com',
    'gorecenter.com', 'deathaddict.com',
  ],
  weapons: [
    'gunbroker.com', 'armslist.com', 'budsgunshop.com', 'palmettostatearmory.com', 'cheaperthandirt.com',
    'gunsamerica.com', 'sportsmans.com', 'brownells.com',
  ],
  self_harm: ['sanctioned-suicide.net', 'sanctioned-suicide.org'],
  social_media: [
    'facebook.com', 'instagram.com', 'tiktok.com', 'snapchat.com', 'x.com', 'twitter.com', 'reddit.com',
    'pinterest.com', 'tumblr.com', 'threads.net', 'likee.video', 'bigo.tv', 'vk.com', 'kwai.com', 'snackvideo.com',
    'triller.co', 'mewe.com', 'telegram.org',
  ],
  gaming: [
    'roblox.com', 'epicgames.com', 'fortnite.com', 'minecraft.net', 'steampowered.com', 'steamcommunity.com',
    'ea.com', 'pubg.com', 'garena.com', 'miniclip.com', 'poki.com', 'crazygames.com', 'friv.com', 'y8.com',
    'twitch.tv', 'kick.com', 'itch.io', 'coolmathgames.com', 'agar.io', 'krunker.io',
  ],
};

/** Bumped whenever SEED_LISTS changes, so stored rules are rebuilt. */
export const SEED_VERSION = 1;
