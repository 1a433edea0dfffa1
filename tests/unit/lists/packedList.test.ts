/**
 * Why: fetched lists are stored packed so rules can be rebuilt without downloading again. A round trip must give
 * back exactly the same domains, the format must stay small, and damaged storage must fail loudly: a corrupt
 * copy that silently dropped or changed domains would unblock sites (or block the wrong ones) with no sign.
 */
import { describe, expect, it } from 'vitest';
import { PackedListError, packDomains, unpackDomains } from '../../../lib/lists/packedList';
import { parseList } from '../../../lib/lists/parseList';
import { randomDomains } from './randomDomains';

const realistic = parseList(randomDomains(50_000, 4).join('\n')).domains;

describe('packDomains / unpackDomains', () => {
  it.each([
    ['no domains', []],
    ['one domain', ['example.com']],
    ['prefixes of each other', ['a.co', 'a.co.uk', 'a.com', 'a.com.br']],
    [
      'a 253-character domain',
      [`${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(57)}.com`],
    ],
  ])('round-trips %s', async (_label, domains) => {
    expect(await unpackDomains(await packDomains(domains))).toEqual(domains);
  });

  it('round-trips a large realistic list in a few bytes per domain', async () => {
    const packed = await packDomains(realistic);
    expect(await unpackDomains(packed)).toEqual(realistic);
    expect(packed.length / realistic.length).toBeLessThan(6);
  });

  it('accepts the bytes as an ArrayBuffer or a view into a larger buffer', async () => {
    const packed = await packDomains(realistic.slice(0, 100));
    const padded = new Uint8Array(packed.length + 8);
    padded.set(packed, 3);
    expect(await unpackDomains(padded.subarray(3, 3 + packed.length))).toEqual(realistic.slice(0, 100));
    expect(await unpackDomains(packed.slice().buffer)).toEqual(realistic.slice(0, 100));
  });

  it('refuses unsorted, duplicate or unnormalized input instead of storing it', async () => {
    await expect(packDomains(['b.com', 'a.com'])).rejects.toThrow(PackedListError);
    await expect(packDomains(['a.com', 'a.com'])).rejects.toThrow(PackedListError);
    await expect(packDomains(['A.com'])).rejects.toThrow(PackedListError);
    await expect(packDomains(['a.com\nb.com'])).rejects.toThrow(PackedListError);
    await expect(packDomains([''])).rejects.toThrow(PackedListError);
  });

  it('never returns wrong domains when any byte is damaged: it throws, or (unused bits) returns the original', async () => {
    const domains = realistic.slice(0, 300);
    const packed = await packDomains(domains);
    let thrown = 0;
    for (let position = 0; position < packed.length; position++) {
      for (const flip of [0x01, 0x80]) {
        const damaged = packed.slice();
        damaged[position] = (damaged[position] ?? 0) ^ flip;
        try {
          expect(await unpackDomains(damaged)).toEqual(domains);
        } catch (error) {
          expect(error).toBeInstanceOf(PackedListError);
          thrown++;
        }
      }
    }
    expect(thrown).toBeGreaterThan(packed.length * 1.9);
  });

  it('throws a clear error on truncated, empty or foreign bytes', async () => {
    const packed = await packDomains(realistic.slice(0, 1_000));
    await expect(unpackDomains(packed.subarray(0, packed.length - 10))).rejects.toThrow(
      /Corrupt packed list/,
    );
    await expect(unpackDomains(packed.subarray(0, 10))).rejects.toThrow(/Not a packed domain list/);
    await expect(unpackDomains(new Uint8Array(0))).rejects.toThrow(PackedListError);
    await expect(unpackDomains(new TextEncoder().encode('<html>not a list</html>'))).rejects.toThrow(
      PackedListError,
    );
    const future = packed.slice();
    future[4] = 9;
    await expect(unpackDomains(future)).rejects.toThrow(/version 9/);
  });
});
