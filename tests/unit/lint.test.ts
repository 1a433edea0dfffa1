/**
 * Why: onRuleMatchedDebug works only in unpacked builds and getMatchedRules is rate-limited and needs an extra
 * permission in store builds, so code that relies on them passes every local test and then fails for families.
 * The lint configuration bans both; these check the ban catches them and leaves ordinary DNR calls alone.
 */
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
});

async function restrictedSyntaxErrors(code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: 'lib/x.ts' });
  if (!result) throw new Error('ESLint returned no result');
  const fatal = result.messages.filter((m) => m.fatal);
  if (fatal.length > 0) throw new Error(`parse error: ${fatal[0]!.message}`);
  return result.messages
    .filter((m) => m.ruleId === 'no-restricted-syntax' && m.severity === 2)
    .map((m) => m.message);
}

describe('the lint ban on unpacked-only DNR features', () => {
  it('flags chrome.declarativeNetRequest.onRuleMatchedDebug', { timeout: 30_000 }, async () => {
    const errors = await restrictedSyntaxErrors(
      'chrome.declarativeNetRequest.onRuleMatchedDebug.addListener(() => {});\n',
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/unpacked/);
  });

  it('flags browser.declarativeNetRequest.getMatchedRules', { timeout: 30_000 }, async () => {
    const errors = await restrictedSyntaxErrors('void browser.declarativeNetRequest.getMatchedRules();\n');
    expect(errors).toHaveLength(1);
  });

  it('flags getMatchedRules reached through a local alias', { timeout: 30_000 }, async () => {
    const errors = await restrictedSyntaxErrors(
      'const dnr = chrome.declarativeNetRequest;\nvoid dnr.getMatchedRules({});\n',
    );
    expect(errors).toHaveLength(1);
  });

  it('leaves ordinary DNR calls alone', { timeout: 30_000 }, async () => {
    const errors = await restrictedSyntaxErrors(
      'void browser.declarativeNetRequest.getDynamicRules();\nvoid chrome.declarativeNetRequest.updateDynamicRules({});\n',
    );
    expect(errors).toEqual([]);
  });
});
