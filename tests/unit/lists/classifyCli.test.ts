/** `npm run -s classify -- <domain> …`: one `domain<TAB>category` line per argument, from the built-in lists. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function classify(args: string[], input?: string): string[] {
  const result = spawnSync('npx', ['vite-node', 'scripts/classify.ts', ...args], {
    encoding: 'utf8',
    input,
    timeout: 60_000,
  });
  expect(result.status).toBe(0);
  return result.stdout.split('\n').filter((l) => l.includes('\t'));
}

describe('classify', () => {
  it('names the category of listed domains and their subdomains, and - for others', () => {
    expect(classify(['www.bet365.com', 'ome.tv', 'wikipedia.org', 'not a domain'])).toEqual([
      'www.bet365.com\tgambling',
      'ome.tv\trandom_chat',
      'wikipedia.org\t-',
      'not a domain\t-',
    ]);
  }, 60_000);

  it('never puts a help or support site in a category, and reads domains from standard input', () => {
    expect(classify([], 'childline.org.uk\nBET365.COM.\n')).toEqual([
      'childline.org.uk\t-',
      'BET365.COM.\tgambling',
    ]);
  }, 60_000);
});
