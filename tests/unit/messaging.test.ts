/**
 * Why: the router is the only door into the background. A web page, another extension or a malformed message must
 * never reach a handler, privileged requests must carry a valid unlock token, and handlers see only the payload
 * their schema produced. These check every refusal and that nothing throws back to the sender.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  createRouter,
  MessageRefused,
  protocol,
  type Handlers,
  type MessageType,
  type RouterContext,
  type SenderInfo,
} from '../../lib/messaging';

type AnyReplies = { [K in MessageType]: unknown };

const TOKEN = 'a'.repeat(64);
const WRONG_TOKEN = 'b'.repeat(64);

const ctx: RouterContext = {
  extensionId: 'ext',
  extensionOrigin: 'chrome-extension://ext/',
  verifyToken: async (t) => t === TOKEN,
};

const PAGE: SenderInfo = { id: 'ext', url: 'chrome-extension://ext/dashboard.html' };
const WEB_PAGE: SenderInfo = { id: 'ext', url: 'https://evil.example/', tab: { id: 7 } };
const OTHER_EXTENSION: SenderInfo = { id: 'other', url: 'chrome-extension://other/page.html' };

function setup() {
  // One mock per protocol entry, so a new message type is covered without touching this file.
  const handlers = Object.fromEntries(
    (Object.keys(protocol) as MessageType[]).map((type) => [type, vi.fn(async () => ({ [type]: true }))]),
  ) as unknown as { [K in MessageType]: ReturnType<typeof vi.fn> } & Handlers<AnyReplies>;
  const route = createRouter<AnyReplies>(handlers, ctx);
  const calls = () => Object.values(handlers).reduce((n, h) => n + h.mock.calls.length, 0);
  return { handlers, route, calls };
}

describe('createRouter: the envelope', () => {
  it('refuses anything that is not an object with a string type as a bad message', async () => {
    const { route, calls } = setup();
    for (const message of [null, undefined, 'state/get', 42, [], {}, { type: 3 }, { payload: {} }]) {
      expect(await route(message, PAGE), JSON.stringify(message)).toEqual({
        ok: false,
        error: { code: 'bad_message' },
      });
    }
    expect(calls()).toBe(0);
  });

  it('refuses a type the protocol does not declare', async () => {
    const { route, calls } = setup();
    expect(await route({ type: 'settings/delete', payload: {} }, PAGE)).toEqual({
      ok: false,
      error: { code: 'unknown_type' },
    });
    expect(calls()).toBe(0);
  });

  it.each(['toString', '__proto__', 'constructor', 'hasOwnProperty', 'valueOf'])(
    'refuses the inherited name %s as an unknown type without calling anything',
    async (type) => {
      const { route, calls } = setup();
      expect(await route({ type, payload: {} }, PAGE)).toEqual({
        ok: false,
        error: { code: 'unknown_type' },
      });
      expect(calls()).toBe(0);
    },
  );

  it('answers a well-formed request from an extension page with the handler’s data', async () => {
    const { route, handlers } = setup();
    expect(await route({ type: 'summary/get', payload: { days: 7 } }, PAGE)).toEqual({
      ok: true,
      data: { 'summary/get': true },
    });
    expect(handlers['summary/get']).toHaveBeenCalledExactlyOnceWith({ days: 7 }, PAGE);
  });

  it('treats a missing payload as an empty one', async () => {
    const { route, handlers } = setup();
    expect(await route({ type: 'state/get' }, PAGE)).toEqual({ ok: true, data: { 'state/get': true } });
    expect(handlers['state/get']).toHaveBeenCalledWith({}, PAGE);
  });
});

describe('createRouter: the sender', () => {
  it('refuses a message from another extension', async () => {
    const { route, calls } = setup();
    expect(await route({ type: 'state/get', payload: {} }, OTHER_EXTENSION)).toEqual({
      ok: false,
      error: { code: 'bad_sender' },
    });
    expect(calls()).toBe(0);
  });

  it('refuses a page-only message sent from a web page, even through our own content script', async () => {
    const { route, calls } = setup();
    expect(await route({ type: 'pin/unlock', payload: { pin: '1234' } }, WEB_PAGE)).toEqual({
      ok: false,
      error: { code: 'bad_sender' },
    });
    expect(calls()).toBe(0);
  });

  it('refuses a sender without a URL', async () => {
    const { route, calls } = setup();
    expect(await route({ type: 'state/get', payload: {} }, { id: 'ext' })).toEqual({
      ok: false,
      error: { code: 'bad_sender' },
    });
    expect(calls()).toBe(0);
  });

  it('refuses an extension whose id merely starts with ours', async () => {
    const { route, calls } = setup();
    const lookalike: SenderInfo = { id: 'ext', url: 'chrome-extension://extra/dashboard.html' };
    expect(await route({ type: 'state/get', payload: {} }, lookalike)).toEqual({
      ok: false,
      error: { code: 'bad_sender' },
    });
    expect(calls()).toBe(0);
  });
});

describe('createRouter: the payload', () => {
  it.each([
    ['an extra key', { type: 'summary/get', payload: { days: 7, extra: 1 } }, ''],
    ['a wrong type', { type: 'summary/get', payload: { days: '7' } }, 'days'],
    ['a value outside the allowed set', { type: 'summary/get', payload: { days: 14 } }, 'days'],
    ['a PIN that is too long', { type: 'pin/unlock', payload: { pin: '1'.repeat(65) } }, 'pin'],
    ['a PIN that is not a string', { type: 'pin/unlock', payload: { pin: 1234 } }, 'pin'],
    ['a payload that is not an object', { type: 'state/get', payload: 'hello' }, ''],
  ])('refuses %s as a bad message without calling the handler', async (_label, message, detail) => {
    const { route, calls } = setup();
    expect(await route(message, PAGE)).toEqual({ ok: false, error: { code: 'bad_message', detail } });
    expect(calls()).toBe(0);
  });
});

describe('createRouter: privileged requests', () => {
  const patch = { set: { blockDomains: ['Example.COM'] } };

  it('refuses settings/update without a token as a bad message', async () => {
    const { route, handlers } = setup();
    const reply = await route({ type: 'settings/update', payload: { patch } }, PAGE);
    expect(reply).toEqual({ ok: false, error: { code: 'bad_message', detail: 'token' } });
    expect(handlers['settings/update']).not.toHaveBeenCalled();
  });

  it('refuses settings/update with a token that is not the unlock token', async () => {
    const { route, handlers } = setup();
    const reply = await route({ type: 'settings/update', payload: { token: WRONG_TOKEN, patch } }, PAGE);
    expect(reply).toEqual({ ok: false, error: { code: 'unlock_required' } });
    expect(handlers['settings/update']).not.toHaveBeenCalled();
  });

  it('refuses pin/lock with a wrong token', async () => {
    const { route, handlers } = setup();
    const reply = await route({ type: 'pin/lock', payload: { token: WRONG_TOKEN } }, PAGE);
    expect(reply).toEqual({ ok: false, error: { code: 'unlock_required' } });
    expect(handlers['pin/lock']).not.toHaveBeenCalled();
  });

  it('passes settings/update with the right token to the handler with the normalized payload', async () => {
    const { route, handlers } = setup();
    const reply = await route({ type: 'settings/update', payload: { token: TOKEN, patch } }, PAGE);
    expect(reply).toEqual({ ok: true, data: { 'settings/update': true } });
    expect(handlers['settings/update']).toHaveBeenCalledExactlyOnceWith(
      { token: TOKEN, patch: { set: { blockDomains: ['example.com'] } } },
      PAGE,
    );
  });

  it('refuses a settings patch that sets an unknown field', async () => {
    const { route, handlers } = setup();
    const reply = await route(
      { type: 'settings/update', payload: { token: TOKEN, patch: { set: { orgName: 'Fake School' } } } },
      PAGE,
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad_message' } });
    expect(handlers['settings/update']).not.toHaveBeenCalled();
  });

  it('refuses a settings patch that clears an unknown field', async () => {
    const { route, handlers } = setup();
    const reply = await route(
      { type: 'settings/update', payload: { token: TOKEN, patch: { clear: ['locked'] } } },
      PAGE,
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad_message' } });
    expect(handlers['settings/update']).not.toHaveBeenCalled();
  });

  it('refuses a settings patch with a value its field schema rejects', async () => {
    const { route, handlers } = setup();
    const reply = await route(
      { type: 'settings/update', payload: { token: TOKEN, patch: { set: { blockDomains: ['localhost'] } } } },
      PAGE,
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad_message' } });
    expect(handlers['settings/update']).not.toHaveBeenCalled();
  });
});

describe('createRouter: handler failures', () => {
  it('answers with the typed error a handler refuses with', async () => {
    const { route, handlers } = setup();
    handlers['settings/update'].mockRejectedValueOnce(
      new MessageRefused({ code: 'locked', detail: 'safeSearch' }),
    );
    const reply = await route(
      { type: 'settings/update', payload: { token: TOKEN, patch: { set: { safeSearch: false } } } },
      PAGE,
    );
    expect(reply).toEqual({ ok: false, error: { code: 'locked', detail: 'safeSearch' } });
  });

  it('answers a crashing handler with internal and logs it instead of throwing', async () => {
    const { route, handlers } = setup();
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    handlers['state/get'].mockRejectedValueOnce(new Error('disk on fire'));
    await expect(route({ type: 'state/get', payload: {} }, PAGE)).resolves.toEqual({
      ok: false,
      error: { code: 'internal' },
    });
    expect(log).toHaveBeenCalledOnce();
  });
});
