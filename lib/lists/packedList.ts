/**
 * Fetched lists are kept in IndexedDB so rules can be recompiled without downloading again; two million domains
 * as JSON would take ~40 MB. Packed, they take under 4 bytes a domain: sorted, front-coded (each domain stores how
 * many leading characters it shares with the previous one, then the rest) and compressed with the platform's
 * `CompressionStream('deflate-raw')`. A header with a version, the count and a CRC-32 of the uncompressed bytes
 * makes corrupt storage an error (PackedListError), never a list with wrong domains in it.
 *
 * Layout: magic "HZPL" | version u8 | 3 reserved bytes | count u32 | payload length u32 | CRC-32 u32 | deflate-raw
 * payload, little-endian. Payload: `count` shared-prefix bytes, then each domain's remaining characters + "\n".
 */
import { crc32 } from './crc32';

export const PACKED_LIST_VERSION = 1;
const MAGIC = [0x48, 0x5a, 0x50, 0x4c]; // "HZPL"
const HEADER_BYTES = 20;
const MAX_DOMAIN_LENGTH = 253;
const NEWLINE = 10;

export class PackedListError extends Error {
  override name = 'PackedListError';
}

/** `sortedDomains`: normalized (lowercase ASCII), sorted by code unit (`.sort()`), unique, as `parseList` returns. */
export async function packDomains(sortedDomains: readonly string[]): Promise<Uint8Array> {
  const payload = frontCode(sortedDomains);
  const compressed = await transform(payload, new CompressionStream('deflate-raw'), Number.MAX_SAFE_INTEGER);
  const packed = new Uint8Array(HEADER_BYTES + compressed.length);
  const view = new DataView(packed.buffer);
  packed.set(MAGIC, 0);
  view.setUint8(4, PACKED_LIST_VERSION);
  view.setUint32(8, sortedDomains.length, true);
  view.setUint32(12, payload.length, true);
  view.setUint32(16, crc32(payload), true);
  packed.set(compressed, HEADER_BYTES);
  return packed;
}

/** The domains packed by `packDomains`, in the same order. Throws PackedListError on any corruption. */
export async function unpackDomains(packed: Uint8Array | ArrayBuffer): Promise<string[]> {
  const bytes = packed instanceof Uint8Array ? packed : new Uint8Array(packed);
  if (bytes.length < HEADER_BYTES || MAGIC.some((byte, i) => bytes[i] !== byte)) {
    throw new PackedListError('Not a packed domain list (bad header).');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint8(4);
  if (version !== PACKED_LIST_VERSION)
    throw new PackedListError(`Unsupported packed list version ${version}.`);
  const count = view.getUint32(8, true);
  const payloadLength = view.getUint32(12, true);
  const checksum = view.getUint32(16, true);
  if (payloadLength < count * 3) throw new PackedListError('Corrupt packed list (sizes do not match).');
  let payload: Uint8Array;
  try {
    payload = await transform(
      bytes.subarray(HEADER_BYTES),
      new DecompressionStream('deflate-raw'),
      payloadLength,
    );
  } catch (error) {
    if (error instanceof PackedListError) throw error;
    throw new PackedListError(`Corrupt packed list (cannot decompress: ${String(error)}).`);
  }
  if (payload.length !== payloadLength) throw new PackedListError('Corrupt packed list (wrong length).');
  if (crc32(payload) !== checksum) throw new PackedListError('Corrupt packed list (checksum mismatch).');
  return frontDecode(payload, count);
}

function frontCode(domains: readonly string[]): Uint8Array {
  let size = domains.length;
  let previous = '';
  const shared = new Uint8Array(domains.length);
  for (let i = 0; i < domains.length; i++) {
    const domain = domains[i] ?? '';
    if (domain.length === 0 || domain.length > MAX_DOMAIN_LENGTH) {
      throw new PackedListError(`packDomains: entry ${i} is not a domain.`);
    }
    let prefix = 0;
    const limit = Math.min(previous.length, domain.length);
    while (prefix < limit && previous.charCodeAt(prefix) === domain.charCodeAt(prefix)) prefix++;
    if (i > 0 && !(prefix === previous.length || domain.charCodeAt(prefix) > previous.charCodeAt(prefix))) {
      throw new PackedListError(`packDomains: domains must be sorted and unique (entry ${i}).`);
    }
    if (prefix === domain.length) throw new PackedListError(`packDomains: duplicate domain (entry ${i}).`);
    shared[i] = prefix;
    size += domain.length - prefix + 1;
    previous = domain;
  }
  const payload = new Uint8Array(size);
  payload.set(shared, 0);
  let at = domains.length;
  for (let i = 0; i < domains.length; i++) {
    const domain = domains[i] ?? '';
    for (let j = shared[i] ?? 0; j < domain.length; j++) {
      const c = domain.charCodeAt(j);
      if (!isDomainChar(c)) throw new PackedListError(`packDomains: entry ${i} is not a normalized domain.`);
      payload[at++] = c;
    }
    payload[at++] = NEWLINE;
  }
  return payload;
}

/** Rebuilds every domain into one byte buffer, checking order and characters, then slices one decoded string. */
function frontDecode(payload: Uint8Array, count: number): string[] {
  let out = new Uint8Array(payload.length * 3 + MAX_DOMAIN_LENGTH);
  const starts = new Uint32Array(count + 1);
  let read = count;
  let written = 0;
  let previousStart = 0;
  let previousLength = 0;
  for (let i = 0; i < count; i++) {
    const shared = payload[i] ?? 0;
    if (i === 0 ? shared !== 0 : shared > previousLength) throw corrupt(i);
    const start = written;
    if (written + MAX_DOMAIN_LENGTH > out.length) {
      const grown = new Uint8Array(out.length * 2);
      grown.set(out.subarray(0, written));
      out = grown;
    }
    out.copyWithin(written, previousStart, previousStart + shared);
    written += shared;
    const suffixStart = read;
    while (read < payload.length && payload[read] !== NEWLINE) {
      const c = payload[read++] ?? 0;
      if (!isDomainChar(c) || written - start >= MAX_DOMAIN_LENGTH) throw corrupt(i);
      out[written++] = c;
    }
    if (read >= payload.length || read === suffixStart) throw corrupt(i);
    read++; // the newline
    // Strictly increasing: the first new character must sort after the previous domain's character there.
    if (
      i > 0 &&
      shared < previousLength &&
      (out[start + shared] ?? 0) <= (out[previousStart + shared] ?? 0)
    ) {
      throw corrupt(i);
    }
    starts[i] = start;
    previousStart = start;
    previousLength = written - start;
  }
  if (read !== payload.length) throw new PackedListError('Corrupt packed list (trailing bytes).');
  starts[count] = written;
  const text = new TextDecoder().decode(out.subarray(0, written));
  const domains = new Array<string>(count);
  for (let i = 0; i < count; i++) domains[i] = text.slice(starts[i], starts[i + 1]);
  return domains;
}

function corrupt(entry: number): PackedListError {
  return new PackedListError(`Corrupt packed list (entry ${entry}).`);
}

function isDomainChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 46;
}

/** Pipes bytes through a (de)compression stream, stopping with an error past `limit` output bytes. */
async function transform(input: Uint8Array, stream: CompressionStream | DecompressionStream, limit: number) {
  const writer = stream.writable.getWriter();
  const writing = writer.write(input as Uint8Array<ArrayBuffer>).then(() => writer.close());
  writing.catch(() => undefined); // reported through the reader below
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel();
      throw new PackedListError('Corrupt packed list (longer than its header says).');
    }
    chunks.push(value);
  }
  await writing;
  const result = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    result.set(chunk, at);
    at += chunk.length;
  }
  return result;
}
