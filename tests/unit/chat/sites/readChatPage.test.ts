/**
 * Reading chat pages through the adapters: rows, sides, text, keys and compose boxes on markup shaped like each
 * site, the generic fallback when a site's selectors stop matching, and no exception on hostile or broken markup.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { adapterFor, ADAPTERS, CHAT_MATCHES } from '../../../../lib/chat/sites';
import {
  composeBoxOf,
  conversationKey,
  findChatPage,
  readRows,
  rowsOf,
} from '../../../../lib/chat/sites/readChatPage';

function dom(body: string) {
  return parseHTML(`<!doctype html><html><body>${body}</body></html>`).document as unknown as Document;
}

describe('adapterFor', () => {
  it('picks the adapter by host and path', () => {
    expect(adapterFor('web.whatsapp.com', '/')?.id).toBe('whatsapp');
    expect(adapterFor('www.instagram.com', '/direct/t/1/')?.id).toBe('instagram');
    expect(adapterFor('www.instagram.com', '/reels/')).toBeNull();
    expect(adapterFor('www.facebook.com', '/messages/t/1')?.id).toBe('messenger');
    expect(adapterFor('discord.com', '/channels/@me/1')?.id).toBe('discord');
    expect(adapterFor('discord.com', '/channels/123/456')).toBeNull(); // servers, not direct messages
    expect(adapterFor('example.com', '/')).toBeNull();
  });
  it('derives the content-script matches from the adapters, https only', () => {
    for (const adapter of ADAPTERS) {
      for (const host of adapter.hosts) expect(CHAT_MATCHES).toContain(`https://${host}/*`);
    }
    expect(CHAT_MATCHES.every((m) => m.startsWith('https://'))).toBe(true);
  });
});

describe('reading rows', () => {
  it('reads WhatsApp rows with their sides and the header as the conversation key', () => {
    const doc = dom(`<div id="main"><header><span title="Ali">Ali</span></header><div role="application">
      <div class="message-in"><span class="selectable-text">hello there</span></div>
      <div class="message-out"><span class="selectable-text">hi</span></div></div>
      <footer><div contenteditable="true"></div></footer></div>`);
    const adapter = adapterFor('web.whatsapp.com', '/')!;
    const page = findChatPage(adapter, doc)!;
    expect(page.adapter.id).toBe('whatsapp');
    const rows = readRows(page, rowsOf(page));
    expect(rows.map((r) => [r.from, r.text])).toEqual([
      ['contact', 'hello there'],
      ['teen', 'hi'],
    ]);
    expect(conversationKey(adapter, doc, new URL('https://web.whatsapp.com/'))).toBe('Ali');
    expect(composeBoxOf(adapter, doc)?.getAttribute('contenteditable')).toBe('true');
  });

  it('reads Telegram K and A rows by their in/out markers, keyed by the hash', () => {
    const k = dom(`<div class="bubbles-inner"><div class="bubble is-in"><div class="message">a</div></div>
      <div class="bubble is-out"><div class="message">b</div></div></div>`);
    const a =
      dom(`<div class="messages-container"><div class="Message"><div class="text-content">a</div></div>
      <div class="Message own"><div class="text-content">b</div></div></div>`);
    const adapter = adapterFor('web.telegram.org', '/k/')!;
    for (const doc of [k, a]) {
      const page = findChatPage(adapter, doc)!;
      expect(readRows(page, rowsOf(page)).map((r) => r.from)).toEqual(['contact', 'teen']);
    }
    expect(conversationKey(adapter, k, new URL('https://web.telegram.org/k/#777'))).toBe('777');
  });

  it('tells Discord authors apart by name, continuing grouped messages', () => {
    const doc = dom(`<ol data-list-id="chat-messages">
      <li id="chat-messages-1"><span id="message-username-1">stranger</span><div id="message-content-1">hey</div></li>
      <li id="chat-messages-2"><div id="message-content-2">you there?</div></li>
      <li id="chat-messages-3"><span id="message-username-3">me_teen</span><div id="message-content-3">yes</div></li>
      </ol><section aria-label="User area"><div class="nameTag-1"><div class="title-2">me_teen</div></div></section>`);
    const page = findChatPage(adapterFor('discord.com', '/channels/@me/9')!, doc)!;
    expect(readRows(page, rowsOf(page)).map((r) => [r.from, r.text])).toEqual([
      ['contact', 'hey'],
      ['contact', 'you there?'],
      ['teen', 'yes'],
    ]);
  });

  it('falls back to the generic adapter when the site changed its markup', () => {
    const doc = dom(`<div role="log"><div role="article">new layout message</div></div>`);
    const page = findChatPage(adapterFor('web.whatsapp.com', '/')!, doc)!;
    expect(page.adapter.id).toBe('generic');
    expect(readRows(page, rowsOf(page)).map((r) => r.text)).toEqual(['new layout message']);
  });

  it('finds nothing, without throwing, on a page that is not a chat', () => {
    const doc = dom(`<p>just an article</p>`);
    expect(findChatPage(adapterFor('web.whatsapp.com', '/')!, doc)).toBeNull();
  });

  it('reads hostile markup as text and caps very long messages', () => {
    const doc = dom(`<div role="log"><div role="article">&lt;img src=x onerror=alert(1)&gt;</div>
      <div role="article">${'a'.repeat(5000)}</div></div>`);
    const page = findChatPage(adapterFor('chat.google.com', '/room/1')!, doc)!;
    const rows = readRows(page, rowsOf(page));
    expect(rows[0]?.text).toBe('<img src=x onerror=alert(1)>');
    expect(rows[1]?.text.length).toBe(2000);
  });

  it('keeps only the outermost matching rows', () => {
    const doc = dom(`<div role="log"><div role="article">outer <div role="article">inner</div></div></div>`);
    const page = findChatPage(adapterFor('chat.google.com', '/room/1')!, doc)!;
    expect(rowsOf(page)).toHaveLength(1);
  });
});
