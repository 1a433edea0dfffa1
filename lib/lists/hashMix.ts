/**
 * murmur3's 32-bit finalizer: spreads an FNV-style running state so every output bit depends on every input bit.
 * Shared by the lookup's bucket hash and the subsumption table. Returns an unsigned 32-bit integer.
 */
export function murmurFinalize(state: number): number {
  let h = state;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
