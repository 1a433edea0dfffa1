/**
 * Why: the end-to-end tests load the extension under a fixed id derived from a public test key; a store build must
 * never carry that key. These recompute the id from the key and check the manifest adds the key only in e2e mode,
 * and that the Firefox and Chrome manifests each get only their own settings.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';
import { TEST_EXTENSION_ID, TEST_EXTENSION_PUBLIC_KEY } from '../e2e/test-key';

/** Chrome's id for an unpacked extension with a `key`: sha256 of the DER key, first 32 hex digits mapped 0-f to a-p. */
function extensionIdOf(publicKey: string): string {
  const hex = createHash('sha256').update(Buffer.from(publicKey, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode('a'.charCodeAt(0) + parseInt(digit, 16))).join('');
}

type Env = { browser: string; mode: string; manifestVersion: 2 | 3; command: 'build' | 'serve' };

async function manifestFor(browser: string, mode: string): Promise<Record<string, unknown>> {
  const { manifest } = config;
  if (typeof manifest !== 'function') throw new Error('wxt.config.ts: manifest is expected to be a function');
  const env: Env = { browser, mode, manifestVersion: 3, command: 'build' };
  return (await manifest(env as Parameters<typeof manifest>[0])) as Record<string, unknown>;
}

describe('the e2e test key', () => {
  it('gives the extension id the e2e tests expect', () => {
    expect(extensionIdOf(TEST_EXTENSION_PUBLIC_KEY)).toBe(TEST_EXTENSION_ID);
  });

  it('is a public RSA key in DER form, not a private one', () => {
    const der = Buffer.from(TEST_EXTENSION_PUBLIC_KEY, 'base64');
    expect(der.length).toBeGreaterThan(200);
    expect(der.length).toBeLessThan(600);
    expect(der[0]).toBe(0x30);
    // The rsaEncryption object identifier of a SubjectPublicKeyInfo.
    expect(der.includes(Buffer.from('2a864886f70d010101', 'hex'))).toBe(true);
  });

  it('computes ids only from the letters a to p', () => {
    expect(extensionIdOf('AAAA')).toMatch(/^[a-p]{32}$/);
    expect(extensionIdOf('AAAA')).not.toBe(TEST_EXTENSION_ID);
  });
});

describe('wxt.config.ts manifest', () => {
  it('carries no key in a production build', async () => {
    const manifest = await manifestFor('chrome', 'production');
    expect(Object.hasOwn(manifest, 'key')).toBe(false);
  });

  it('carries the public test key in an e2e build', async () => {
    const manifest = await manifestFor('chrome', 'e2e');
    expect(manifest.key).toBe(TEST_EXTENSION_PUBLIC_KEY);
  });

  it('carries no key in a development build', async () => {
    const manifest = await manifestFor('chrome', 'development');
    expect(Object.hasOwn(manifest, 'key')).toBe(false);
  });

  it('points Chrome at the managed schema', async () => {
    const manifest = await manifestFor('chrome', 'production');
    expect(manifest.storage).toEqual({ managed_schema: 'managed_schema.json' });
    expect(manifest.browser_specific_settings).toBeUndefined();
  });

  it('declares Firefox data collection and leaves out the managed schema', async () => {
    const manifest = await manifestFor('firefox', 'production');
    const gecko = (manifest.browser_specific_settings as { gecko?: Record<string, unknown> } | undefined)
      ?.gecko;
    expect(gecko?.data_collection_permissions).toBeDefined();
    expect((manifest.storage as { managed_schema?: unknown } | undefined)?.managed_schema).toBeUndefined();
    expect(Object.hasOwn(manifest, 'key')).toBe(false);
  });
});
