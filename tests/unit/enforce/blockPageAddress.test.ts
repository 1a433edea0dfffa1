/**
 * Why: anyone can open blocked.html with a made-up address. The block page must show only known reasons and
 * categories and at most a hostname, never a script URL or the full blocked address.
 */
import { describe, expect, it } from 'vitest';
import { parseBlockedAddress } from '../../../lib/enforce/blockPageAddress';

describe('parseBlockedAddress', () => {
  it('reads the reason, the category and the blocked site’s hostname', () => {
    expect(
      parseBlockedAddress('?r=parent_block&c=gambling', '#https://casino.example/slots?id=42#top'),
    ).toEqual({
      reason: 'parent_block',
      category: 'gambling',
      host: 'casino.example',
    });
  });

  it('reads a school block of a custom domain', () => {
    expect(parseBlockedAddress('?r=school_block&c=custom', '#http://www.games.example/')).toEqual({
      reason: 'school_block',
      category: 'custom',
      host: 'www.games.example',
    });
  });

  it('falls back to a custom category when the category is forged', () => {
    for (const c of ['hacked', '<script>', 'ADULT', 'toString', '']) {
      expect(parseBlockedAddress(`?r=category&c=${encodeURIComponent(c)}`, '').category, c).toBe('custom');
    }
    expect(parseBlockedAddress('?r=category', '').category).toBe('custom');
  });

  it('falls back to the category reason when the reason is forged', () => {
    for (const r of ['you_are_bad', 'constructor', 'PARENT_BLOCK']) {
      expect(parseBlockedAddress(`?r=${r}&c=adult`, '').reason, r).toBe('category');
    }
    expect(parseBlockedAddress('', '').reason).toBe('category');
  });

  it('shows no host for a javascript: or data: address in the fragment', () => {
    expect(parseBlockedAddress('?r=category&c=adult', '#javascript:alert(document.domain)').host).toBeNull();
    expect(parseBlockedAddress('?r=category&c=adult', '#data:text/html,<h1>hi</h1>').host).toBeNull();
    expect(parseBlockedAddress('?r=category&c=adult', '#file:///etc/passwd').host).toBeNull();
  });

  it('shows no host when the fragment is empty or not an address', () => {
    expect(parseBlockedAddress('?r=category&c=adult', '').host).toBeNull();
    expect(parseBlockedAddress('?r=category&c=adult', '#not a url').host).toBeNull();
  });

  it('keeps only the hostname, dropping credentials, port, path and query', () => {
    const info = parseBlockedAddress(
      '?r=category&c=adult',
      '#https://user:secret@site.example:8443/a/b?q=private',
    );
    expect(info.host).toBe('site.example');
  });
});
