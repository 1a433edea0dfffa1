/** The real target behind translation and archive proxies. */
import { describe, expect, it } from 'vitest';
import { proxiedTarget } from '../../../lib/enforce/proxyTargets';

describe('proxiedTarget', () => {
  it.each([
    ['https://www-pornhub-com.translate.goog/?_x_tr_sl=auto', 'www.pornhub.com'],
    ['https://my--site-example-com.translate.goog/page', 'my-site.example.com'],
    ['https://translate.google.com/translate?sl=auto&tl=ur&u=https://casino.example/x', 'casino.example'],
    ['https://translate.google.com.pk/translate?u=casino.example', 'casino.example'],
    ['https://translate.google.com/website?sl=en&u=https://chat.example/', 'chat.example'],
    ['https://web.archive.org/web/2020/https://casino.example/page?a=1', 'casino.example'],
    ['https://web.archive.org/web/20200101000000*/casino.example', 'casino.example'],
  ])('finds the target of %s', (url, target) => expect(proxiedTarget(url)).toBe(target));

  it.each([
    'https://translate.google.com/',
    'https://www.example.com/translate?u=https://casino.example',
    'https://web.archive.org/',
    'https://example.com/',
    'not a url',
  ])('finds no target in %s', (url) => expect(proxiedTarget(url)).toBeNull());
});
