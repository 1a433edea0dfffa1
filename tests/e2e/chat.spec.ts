/**
 * Chat safety on pages shaped like each supported site, on the real hostnames: a risky conversation arriving message
 * by message brings the prompt at the message where the engine first reaches "elevated", in English and Urdu;
 * benign conversations bring none; the outgoing nudge appears for a phone number typed to an unknown contact and not
 * to a known one; hostile page content is never executed or shown; the page's own behaviour is unchanged.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { assessConversation } from '../../lib/chat/assess';
import type { ChatMessage } from '../../lib/chat/types';
import { CHAT_SITES, pageHtml, type ChatSiteFixture } from './chatPages';
import type { EchoServer } from './echoServer';
import { expect, test } from './fixtures';

const RISKY: ChatMessage[] = [
  { from: 'contact', text: 'hey, you seem really mature for your age' },
  { from: 'teen', text: 'lol thanks' },
  { from: 'contact', text: "you can trust me, I'm not like the others" },
  { from: 'contact', text: "don't tell your parents about our chats ok, it's just between us" },
  { from: 'contact', text: "add me on snapchat, what's your number?" },
  { from: 'contact', text: 'send me a pic of you' },
];
// In Urdu script: the built extension reads it with the Urdu lexicon it ships packed (lib/chat/lexicons/urduPack.ts).
const RISKY_UR: ChatMessage[] = [
  { from: 'contact', text: 'تم اپنی عمر سے زیادہ سمجھدار ہو' },
  { from: 'teen', text: 'شکریہ' },
  { from: 'contact', text: 'یہ باتیں کسی کو مت بتانا، صرف ہمارے بیچ ہیں' },
  { from: 'contact', text: 'واٹس ایپ پر آ جاؤ، اپنا نمبر دو' },
  { from: 'contact', text: 'اپنی ایک تصویر بھیجو' },
];
const BENIGN: ChatMessage[] = [
  { from: 'contact', text: 'did you finish the maths homework?' },
  { from: 'teen', text: 'yes, question 4 was hard' },
  { from: 'contact', text: 'can you send a pic of the homework page? I left my book at school' },
  { from: 'teen', text: 'sure, sending now' },
];

const PROMPT = 'hifazat-safety [data-hifazat="prompt"]';
const NUDGE = 'hifazat-safety [data-hifazat="nudge"]';

function serve(echo: EchoServer, fixture: ChatSiteFixture) {
  echo.respond((r) =>
    r.host === fixture.host && r.path.startsWith(fixture.path.split('#')[0]!)
      ? { body: pageHtml(fixture) }
      : null,
  );
}

async function openChat(page: Page, fixture: ChatSiteFixture) {
  await page.goto(fixture.url);
  await page.evaluate(`window.__addRow = ${fixture.addRow}`);
  // Give the content script a moment to start and find the (empty) message list.
  await page.waitForTimeout(400);
}

/** Adds messages one by one; returns the index of the message after which the prompt appeared, or null. */
async function feed(page: Page, messages: ChatMessage[]): Promise<number | null> {
  for (const [i, m] of messages.entries()) {
    await page.evaluate(
      ([from, text]) => (window as unknown as { __addRow(f: string, t: string): void }).__addRow(from, text),
      [m.from, m.text] as const,
    );
    try {
      await page.locator(PROMPT).waitFor({ timeout: 700 });
      return i;
    } catch {
      // not yet
    }
  }
  return null;
}

const expectedAlert = (messages: ChatMessage[]) =>
  assessConversation({ contactKnown: false, messages }).firstAlert;

for (const fixture of CHAT_SITES) {
  test(`${fixture.site}: the prompt appears at the message where the risk becomes elevated`, async ({
    context,
    echo,
  }) => {
    serve(echo, fixture);
    const page = await context.newPage();
    await openChat(page, fixture);
    const at = await feed(page, RISKY);
    expect(expectedAlert(RISKY)).not.toBeNull();
    expect(at).toBe(expectedAlert(RISKY));
    const prompt = page.locator(PROMPT);
    await expect(prompt).toHaveAttribute('dir', 'ltr');
    await expect(prompt.getByRole('heading')).toHaveText('A moment for you');
    await expect(prompt).toContainText('This is not your fault');
    await expect(prompt.getByRole('button', { name: 'How to block and report' })).toBeVisible();
    // The page keeps working as before.
    await page.locator('#page-counter').click();
    await expect(page.locator('#page-counter')).toHaveAttribute('data-n', '1');
  });
}

test('a benign conversation that shares words with risky ones brings no prompt', async ({
  context,
  echo,
}) => {
  const fixture = CHAT_SITES.find((f) => f.site === 'whatsapp')!;
  serve(echo, fixture);
  const page = await context.newPage();
  await openChat(page, fixture);
  expect(await feed(page, BENIGN)).toBeNull();
});

test('an Urdu-script chat brings the prompt, in Urdu, right to left, with Pakistan help lines first', async ({
  context,
  echo,
  serviceWorker,
}) => {
  await serviceWorker.evaluate(() => chrome.storage.local.set({ parentSettings: { language: 'ur' } }));
  const fixture = CHAT_SITES.find((f) => f.site === 'telegram-k')!;
  serve(echo, fixture);
  const page = await context.newPage();
  await openChat(page, fixture);
  expect(expectedAlert(RISKY_UR)).not.toBeNull();
  expect(await feed(page, RISKY_UR)).toBe(expectedAlert(RISKY_UR));
  const prompt = page.locator(PROMPT);
  await expect(prompt).toHaveAttribute('dir', 'rtl');
  await expect(prompt.getByRole('heading')).toHaveText('آپ کے لیے ایک لمحہ');
  await prompt.getByRole('button', { name: 'کسی سے بات کریں' }).click();
  await expect(prompt).toContainText('1121');
  await expect(prompt).toContainText('0800-39393');
});

test('the outgoing nudge appears for a phone number typed to an unknown contact, not to a known one', async ({
  context,
  echo,
}) => {
  const fixture = CHAT_SITES.find((f) => f.site === 'whatsapp')!;
  serve(echo, fixture);
  const page = await context.newPage();
  await openChat(page, fixture);
  await feed(page, [{ from: 'contact', text: 'hi, nice to meet you here' }]);
  await page.locator(fixture.compose).pressSequentially('my number is 0300-1234567');
  await expect(page.locator(NUDGE)).toBeVisible();
  await expect(page.locator(NUDGE)).toContainText('You met this person online');
  // Sending is never blocked: the text is still there, untouched.
  await expect(page.locator(fixture.compose)).toHaveText('my number is 0300-1234567');

  // The teen says they know the person (from a prompt); then no nudge.
  const known = await context.newPage();
  const other = CHAT_SITES.find((f) => f.site === 'telegram-a')!;
  serve(echo, other);
  await openChat(known, other);
  expect(await feed(known, RISKY)).not.toBeNull();
  await known.locator(PROMPT).getByRole('button', { name: 'I know this person' }).click();
  await expect(known.locator(PROMPT)).toHaveCount(0);
  await known.locator(other.compose).pressSequentially('call me on 03451234567');
  await known.waitForTimeout(1_000);
  await expect(known.locator(NUDGE)).toHaveCount(0);
});

test('hostile names and messages are never executed or shown in the prompt', async ({ context, echo }) => {
  const fixture = CHAT_SITES.find((f) => f.site === 'whatsapp')!;
  const hostile = {
    ...fixture,
    body: fixture.body.replace(
      '<span title="Someone new" dir="auto">Someone new</span>',
      '<span title="&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;">&lt;img src=x onerror="window.__pwned=1"&gt;</span>',
    ),
  };
  serve(echo, hostile);
  const page = await context.newPage();
  await openChat(page, hostile);
  const messages: ChatMessage[] = RISKY.map((m, i) =>
    i === 3
      ? { ...m, text: `${m.text} <script>window.__pwned=2</script><img src=x onerror="window.__pwned=3">` }
      : m,
  );
  expect(await feed(page, messages)).not.toBeNull();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  const prompt = page.locator(PROMPT);
  expect(await prompt.locator('img, script').count()).toBe(0);
  const text = await prompt.textContent();
  expect(text).not.toContain('pwned');
  expect(text).not.toContain('snapchat');
  expect(text).not.toContain('between us');
});

test('prompts per 1,000 benign corpus conversations match the engine, and are reported', async ({
  context,
  echo,
}, testInfo) => {
  const folder = new URL('../fixtures/chat/', import.meta.url);
  const files = readdirSync(folder).filter((name) => name.endsWith('.jsonl'));
  expect(files.length).toBeGreaterThanOrEqual(4);
  const corpus = files.flatMap((name) =>
    readFileSync(new URL(name, folder), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map(
        (line) =>
          JSON.parse(line) as { id: string; label: string; contactKnown?: boolean; messages: ChatMessage[] },
      )
      .filter((c) => c.label === 'benign' && !c.contactKnown),
  );
  // About 0.7 s per conversation on the shared machine; the corpus grows with every set of writers.
  test.setTimeout(60_000 + corpus.length * 1_500);
  const fixture = CHAT_SITES.find((f) => f.site === 'generic')!;
  echo.respond((r) => (r.host === fixture.host ? { body: pageHtml(fixture) } : null));
  const page = await context.newPage();
  let prompts = 0;
  let expected = 0;
  for (const [i, conversation] of corpus.entries()) {
    await page.goto(`https://chat.google.com/room/benign-${i}`);
    await page.evaluate(`window.__addRow = ${fixture.addRow}`);
    await page.waitForTimeout(250);
    await page.evaluate((messages) => {
      for (const m of messages)
        (window as unknown as { __addRow(f: string, t: string): void }).__addRow(m.from, m.text);
    }, conversation.messages);
    await page.waitForTimeout(350);
    if ((await page.locator(PROMPT).count()) > 0) prompts++;
    const level = assessConversation({
      contactKnown: false,
      messages: conversation.messages.map((m) => ({ from: m.from, text: m.text })),
    }).level;
    if (level === 'elevated' || level === 'high') expected++;
  }
  const perThousand = (prompts / corpus.length) * 1000;
  console.log(
    `benign corpus: ${prompts} prompts in ${corpus.length} conversations = ${perThousand.toFixed(1)} per 1,000`,
  );
  testInfo.annotations.push({ type: 'prompts per 1,000 benign', description: perThousand.toFixed(1) });
  expect(prompts).toBe(expected);
});
