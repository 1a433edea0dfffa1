/**
 * Why: subscriptions bring whatever a publisher (or a broken server) sends. Each list format must yield exactly
 * the domains it names, in the one normalized form the rules match, with subdomains of listed parents folded away;
 * everything else (IPs, ports, paths, exceptions, junk, error pages) must be refused and counted, never turned into
 * a rule, and a text that is not a list at all must be recognized so the last good copy is kept.
 */
import { describe, expect, it } from 'vitest';
import { detectListFormat, looksLikeGarbage, parseList, type ListStats } from '../../../lib/lists/parseList';
import { randomDomains, seededRandom } from './randomDomains';

const domainsOf = (text: string, format?: Parameters<typeof parseList>[1]) => parseList(text, format).domains;

describe('parseList: hosts files', () => {
  const hosts = [
    '# Title: a hosts file',
    '127.0.0.1 localhost',
    '127.0.0.1 localhost.localdomain',
    '255.255.255.255 broadcasthost',
    '::1 localhost ip6-localhost ip6-loopback',
    'fe80::1%lo0 localhost',
    '0.0.0.0 0.0.0.0',
    '',
    '0.0.0.0 ads.example tracker.example  # two names on one line',
    '127.0.0.1\tpop.example',
    '::1 six.example',
    ':: zero.example',
    '0.0.0.0 Upper.EXAMPLE',
  ].join('\n');

  it('accepts every name after the address, for any sink address', () => {
    expect(domainsOf(hosts)).toEqual([
      'ads.example',
      'pop.example',
      'six.example',
      'tracker.example',
      'upper.example',
      'zero.example',
    ]);
  });

  it('detects the format and counts the local names of the standard header as ignored, not rejected', () => {
    const { stats } = parseList(hosts);
    expect(stats).toMatchObject({ format: 'hosts', accepted: 6, rejected: 0, ignored: 8, duplicates: 0 });
  });

  it('rejects lines without a leading address, and names with ports', () => {
    const { domains, stats } = parseList(
      '0.0.0.0 good.example\nbad.example\n0.0.0.0 port.example:80\n',
      'hosts',
    );
    expect(domains).toEqual(['good.example']);
    expect(stats.rejected).toBe(2);
  });

  it('does not take a name of address length, or an address glued to a name, for an address', () => {
    const { domains, stats } = parseList('0.0.0.0 a.example\nabc.com x.example\n0.0.0.0x.example\n', 'hosts');
    expect(domains).toEqual(['a.example']);
    expect(stats.rejected).toBe(2);
  });
});

describe('parseList: plain domain lists', () => {
  it('accepts one domain a line with comments in every style', () => {
    const text = [
      '# hash comment',
      '! bang comment',
      '; semicolon comment',
      'a.example',
      '  b.example  ',
      'c.example # why',
    ];
    expect(domainsOf(text.join('\n'))).toEqual(['a.example', 'b.example', 'c.example']);
    expect(parseList(text.join('\n')).stats).toMatchObject({ format: 'domains', accepted: 3, rejected: 0 });
  });

  it('rejects a line with words after the name', () => {
    expect(parseList('a.example b.example\n').stats).toMatchObject({ accepted: 0, rejected: 1 });
  });
});

describe('parseList: adblock lists', () => {
  const adblock = [
    '[Adblock Plus 2.0]',
    '! Title: an adblock list',
    '||ads.example^',
    '||third.example^$third-party',
    '||pipe.example^|',
    '||several.example^$important,third-party',
    '||*.wild.example^',
    '@@||allowed.example^',
    'page.example##.banner',
    'page.example#@#.banner',
    '||path.example/banner.gif',
    '||narrow.example^$domain=other.example',
    '||scripts.example^$script',
    '||prefix.example',
    '/banner/*/img^',
  ].join('\n');

  it('accepts ||domain^ rules, alone or with options that do not narrow them', () => {
    expect(domainsOf(adblock)).toEqual([
      'ads.example',
      'pipe.example',
      'several.example',
      'third.example',
      'wild.example',
    ]);
  });

  it('ignores exceptions, cosmetic rules, path rules and narrowed rules', () => {
    expect(parseList(adblock).stats).toMatchObject({
      format: 'adblock',
      accepted: 5,
      rejected: 0,
      ignored: 8,
    });
  });
});

describe('parseList: dnsmasq', () => {
  const dnsmasq = [
    '# dnsmasq block list',
    'address=/ads.example/0.0.0.0',
    'address=/nx.example/',
    'address=/one.example/two.example/::',
    'address=/hash.example/#',
    'server=/local.example/',
    'local=/lan.example/',
    'server=/forwarded.example/1.1.1.1',
    'address=/#/0.0.0.0',
  ].join('\n');

  it('accepts address=, server= and local= lines that answer locally', () => {
    expect(domainsOf(dnsmasq)).toEqual([
      'ads.example',
      'hash.example',
      'lan.example',
      'local.example',
      'nx.example',
      'one.example',
      'two.example',
    ]);
  });

  it('ignores forwarding to another server and the catch-all #', () => {
    expect(parseList(dnsmasq).stats).toMatchObject({
      format: 'dnsmasq',
      accepted: 7,
      ignored: 2,
      rejected: 0,
    });
  });
});

describe('parseList: format', () => {
  it.each([
    ['hosts', '# c\n0.0.0.0 a.example\n0.0.0.0 b.example\n'],
    ['domains', '# c\na.example\nb.example\n'],
    ['adblock', '! c\n||a.example^\n||b.example^\n'],
    ['adblock', '[Adblock Plus 2.0]\na.example\n'],
    ['dnsmasq', '# c\naddress=/a.example/0.0.0.0\nserver=/b.example/\n'],
    ['domains', ''],
  ] as const)('detects %s', (format, text) => {
    expect(detectListFormat(text)).toBe(format);
  });

  it('reads with the format it is given', () => {
    expect(parseList('0.0.0.0 a.example\n', 'domains').stats).toMatchObject({ accepted: 0, rejected: 1 });
    expect(parseList('a.example\n', 'adblock').stats).toMatchObject({ accepted: 0, ignored: 1 });
  });
});

describe('parseList: normalization', () => {
  it.each([
    ['uppercase', 'Example.COM', 'example.com'],
    ['trailing dots', 'example.com..', 'example.com'],
    ['a wildcard', '*.example.com', 'example.com'],
    ['a leading dot', '.example.com', 'example.com'],
    ['an IDN, to punycode', 'bücher.de', 'xn--bcher-kva.de'],
    ['an uppercase IDN', 'BÜCHER.DE', 'xn--bcher-kva.de'],
    ['valid punycode', 'xn--bcher-kva.de', 'xn--bcher-kva.de'],
    ['digits and hyphens', '123-go.example', '123-go.example'],
  ])('accepts %s', (_label, line, expected) => {
    expect(domainsOf(`${line}\n`)).toEqual([expected]);
  });

  it.each([
    ['a port', 'example.com:8080'],
    ['a path', 'example.com/page'],
    ['a URL', 'https://example.com'],
    ['an IPv4 address', '192.168.1.1'],
    ['an IPv6 address', '[::1]'],
    ['a bare IPv6 address', '2001:db8::1'],
    ['a single label', 'localhost'],
    ['a numeric top-level label', 'example.123'],
    ['a hex top-level label', 'example.0x1f'],
    ['an underscore', 'my_site.example'],
    ['an empty label', 'a..example'],
    ['a leading hyphen', '-bad.example'],
    ['a trailing hyphen', 'bad-.example'],
    ['a 64-character label', `${'a'.repeat(64)}.example`],
    ['a 254-character name', `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(58)}.com`],
    ['invalid punycode', 'xn--zz.example'],
    ['a wildcard inside', 'a.*.example'],
    ['a bare wildcard', '*'],
    ['credentials', 'user@example.com'],
    ['a NUL byte', 'exa\u0000mple.com'],
    ['a replacement character', 'exa\ufffdmple.com'],
  ])('rejects %s', (_label, line) => {
    const { domains, stats } = parseList(`${line}\n`, 'domains');
    expect(domains).toEqual([]);
    expect(stats.rejected).toBe(1);
  });

  it('handles CRLF line ends and a byte order mark', () => {
    const { domains, stats } = parseList('\ufeffa.example\r\nb.example\r\n# c\r\n', 'auto');
    expect(domains).toEqual(['a.example', 'b.example']);
    expect(stats).toMatchObject({ lines: 3, rejected: 0, format: 'domains' });
  });

  it('handles CR-only line ends', () => {
    expect(domainsOf('a.example\rb.example\r')).toEqual(['a.example', 'b.example']);
  });

  it('skips lines over 1,000 characters without scanning them, however long', () => {
    const long = `${'a'.repeat(2_000)}.example`;
    const huge = 'x'.repeat(5_000_000);
    const started = performance.now();
    const { domains, stats } = parseList(`ok.example\n${long}\n${huge}\nalso.example\n`);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(domains).toEqual(['also.example', 'ok.example']);
    expect(stats.rejected).toBe(2);
  });

  it('survives random bytes and calls them garbage', () => {
    const random = seededRandom(7);
    const bytes = Uint8Array.from({ length: 200_000 }, () => Math.floor(random() * 256));
    const text = new TextDecoder().decode(bytes);
    const { stats } = parseList(text);
    expect(looksLikeGarbage(stats)).toBe(true);
  });

  it('survives NUL-padded and control-character lines', () => {
    const text = 'a.example\n\u0000\u0000\u0000\n\u0001\u0002b.example\nc.example\u0000\n\u0007\n';
    const { domains, stats } = parseList(text);
    expect(domains).toEqual(['a.example']);
    expect(stats.rejected).toBe(4);
  });
});

describe('parseList: duplicates and subsumption', () => {
  it('keeps one copy of each domain, sorted', () => {
    const { domains, stats } = parseList('c.example\nA.example\na.example\nb.example\na.example.\n');
    expect(domains).toEqual(['a.example', 'b.example', 'c.example']);
    expect(stats).toMatchObject({ accepted: 5, duplicates: 2, subsumed: 0 });
  });

  it('drops subdomains of a listed parent, at any depth and in any order', () => {
    const text = ['x.y.b.com', 'a.b.com', 'b.com', 'ab.com', 'b.com.evil.net', 'c.b.com.evil.net'].join('\n');
    const { domains, stats } = parseList(text);
    expect(domains).toEqual(['ab.com', 'b.com', 'b.com.evil.net']);
    expect(stats.subsumed).toBe(3);
  });

  it('drops public suffixes (they would block every site under them) and does not let them subsume', () => {
    const { domains, stats } = parseList('co.uk\nbbc.co.uk\ngob.mx\nsex.hu\nsite.sex.hu\nblogspot.com\n');
    expect(domains).toEqual(['bbc.co.uk', 'blogspot.com', 'site.sex.hu']);
    expect(stats).toMatchObject({ publicSuffixes: 3, subsumed: 0 });
  });

  it('returns domains in the default string sort order, whatever the input order', () => {
    const input = randomDomains(30_000, 11);
    const { domains } = parseList(input.join('\n'));
    expect(domains).toEqual([...domains].sort());
    expect(new Set(domains).size).toBe(domains.length);
  });
});

describe('looksLikeGarbage', () => {
  const stats = (text: string): ListStats => parseList(text).stats;

  it('accepts a real-looking list, even with some junk lines', () => {
    const lines = randomDomains(1_000, 3);
    for (let i = 0; i < 100; i++) lines.push(`junk line ${i}`);
    expect(looksLikeGarbage(stats(lines.join('\n')))).toBe(false);
  });

  it('refuses an HTML error page, even one that mentions domains', () => {
    const html =
      '<!DOCTYPE html>\n<html><head><title>404</title></head>\n<body>\nexample.com\nexample.org\n</body></html>';
    expect(stats(html).markup).toBe(true);
    expect(looksLikeGarbage(stats(html))).toBe(true);
  });

  it('refuses JSON', () => {
    const json = JSON.stringify({ domains: ['a.example', 'b.example'] }, null, 2);
    expect(looksLikeGarbage(stats(json))).toBe(true);
  });

  it('refuses an empty body and comments only', () => {
    expect(looksLikeGarbage(stats(''))).toBe(true);
    expect(looksLikeGarbage(stats('# nothing here\n'))).toBe(true);
  });

  it('refuses text that is mostly not domains', () => {
    const text = ['a.example', 'this is not', 'a list of', 'domains at all'].join('\n');
    expect(looksLikeGarbage(stats(text))).toBe(true);
  });
});
