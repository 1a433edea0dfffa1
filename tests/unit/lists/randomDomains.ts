/**
 * Deterministic, realistic-looking domains for list tests and the list benchmark (when ../shared is absent):
 * pronounceable names, digits and hyphens, real top-level domain shares, some `www.`-style subdomains.
 */

/** mulberry32: a small seeded PRNG, so failures reproduce. */
export function seededRandom(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = (
  'ka ro mi sa to na be lu zi po da fe gu hi jo ke la mo ne pi qu re si tu va we xo ya ze ' +
  'an el in on un ar er ir or ur al il ol ul as es is os us ax ex ix ox ' +
  'cam tube hot bet live chat star web net shop play club zone land hub pix vid fun'
).split(' ');
const TLDS: readonly [string, number][] = [
  ['com', 60],
  ['net', 7],
  ['org', 3],
  ['de', 3],
  ['nl', 2],
  ['ru', 3],
  ['info', 2],
  ['xyz', 2],
  ['co.uk', 2],
  ['com.br', 1],
  ['jp', 1],
  ['fr', 1],
  ['pl', 1],
  ['io', 1],
  ['top', 2],
  ['online', 1],
  ['site', 1],
  ['tv', 1],
  ['cz', 1],
  ['es', 1],
];
const TLD_WEIGHT = TLDS.reduce((sum, [, weight]) => sum + weight, 0);
const SUBDOMAINS = ['www', 'm', 'cdn', 'img', 'static', 'api', 'mail', 'blog', 'shop', 'video', 'live', 'en'];

export function randomDomainGenerator(seed: number): () => string {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const label = (): string => {
    let text = '';
    const syllables = 2 + Math.floor(random() * 4);
    for (let i = 0; i < syllables; i++) text += pick(SYLLABLES);
    if (random() < 0.3) text += Math.floor(random() * 10_000);
    if (random() < 0.15) text += `-${pick(SYLLABLES)}${pick(SYLLABLES)}`;
    return text;
  };
  const tld = (): string => {
    let roll = random() * TLD_WEIGHT;
    for (const [name, weight] of TLDS) {
      roll -= weight;
      if (roll < 0) return name;
    }
    return 'com';
  };
  return () => {
    const domain = `${label()}.${tld()}`;
    const roll = random();
    if (roll < 0.12) return `${pick(SUBDOMAINS)}.${domain}`;
    if (roll < 0.16) return `${label()}.${domain}`;
    return domain;
  };
}

export function randomDomains(count: number, seed = 1): string[] {
  const next = randomDomainGenerator(seed);
  return Array.from({ length: count }, next);
}
