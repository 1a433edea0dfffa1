/**
 * Why: parents type and paste sites in every form; the browser matches only lowercase ASCII hostnames. These check
 * that what a person means becomes the hostname the rules need, and that anything that is not a domain name (an IP
 * address, a port, credentials, a bare word) is refused rather than turned into a rule that matches the wrong thing.
 */
import { describe, expect, it } from 'vitest';
import { normalizeDomain } from '../../../lib/lists/domain';

describe('normalizeDomain accepts', () => {
  it.each([
    ['uppercase', 'Example.COM', 'example.com'],
    ['a trailing dot', 'example.com.', 'example.com'],
    ['several trailing dots', 'example.com...', 'example.com'],
    ['a wildcard prefix', '*.example.com', 'example.com'],
    ['a leading dot', '.example.com', 'example.com'],
    ['surrounding spaces', '  example.com \n', 'example.com'],
    ['a subdomain', 'Homework.School.Example', 'homework.school.example'],
    ['a pasted URL with a path and query', 'https://Www.Site.example/path/to?q=1#top', 'www.site.example'],
    ['a pasted URL without a path', 'http://site.example', 'site.example'],
    ['a host followed by a query', 'example.com?x=1', 'example.com'],
    ['a host followed by a path', 'example.com/some/page', 'example.com'],
    ['a path with an @ in it', 'https://medium.example/@writer', 'medium.example'],
    ['an internationalized name, as punycode', 'bücher.de', 'xn--bcher-kva.de'],
    ['an uppercase internationalized name', 'BÜCHER.DE', 'xn--bcher-kva.de'],
    ['an Urdu name, as punycode', 'مثال.پاکستان', expect.stringMatching(/^xn--[a-z0-9-]+\.xn--[a-z0-9-]+$/)],
    ['punycode as it is', 'xn--bcher-kva.de', 'xn--bcher-kva.de'],
    ['hyphens inside a label', 'my-site.example', 'my-site.example'],
    ['digits in labels', '123go.example', '123go.example'],
    ['a 63-character label', `${'a'.repeat(63)}.example`, `${'a'.repeat(63)}.example`],
  ])('%s', (_label, input, expected) => {
    expect(normalizeDomain(input)).toEqual(expected);
  });

  it('accepts a name of exactly 253 characters', () => {
    const name = `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(57)}.com`;
    expect(name).toHaveLength(253);
    expect(normalizeDomain(name)).toBe(name);
  });
});

describe('normalizeDomain rejects', () => {
  it.each([
    ['an empty string', ''],
    ['only spaces', '   '],
    ['a single label', 'localhost'],
    ['a single label with a trailing dot', 'intranet.'],
    ['an IPv4 address', '192.168.1.1'],
    ['an IPv4 address in a URL', 'http://10.0.0.1/admin'],
    ['a shortened IPv4 address', '127.1'],
    ['an IPv6 address', '[::1]'],
    ['a port', 'example.com:8080'],
    ['a port in a pasted URL', 'https://example.com:8443/login'],
    ['credentials', 'user@host.com'],
    ['credentials in a pasted URL', 'https://user:pass@host.com/'],
    ['a label starting with a hyphen', '-bad.example'],
    ['a label ending with a hyphen', 'bad-.example'],
    ['a label longer than 63 characters', `${'a'.repeat(64)}.example`],
    ['a space inside', 'exa mple.com'],
    ['words after the name', 'example.com please'],
    ['a numeric top-level label', 'example.123'],
    ['an underscore', 'my_site.example'],
    ['an empty label', 'example..com'],
    ['a bare wildcard', '*'],
    ['a scheme alone', 'https://'],
  ])('%s', (_label, input) => {
    expect(normalizeDomain(input)).toBeNull();
  });

  it('rejects a name longer than 253 characters', () => {
    const name = `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(58)}.com`;
    expect(name).toHaveLength(254);
    expect(normalizeDomain(name)).toBeNull();
  });

  it('rejects absurdly long input without parsing it', () => {
    expect(normalizeDomain(`${'a.'.repeat(5_000)}com`)).toBeNull();
  });
});
