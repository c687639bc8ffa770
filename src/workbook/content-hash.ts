/** One content hash for both adapters' run-record fingerprints (pure: runs in Node and in the add-in). */

/** A 128-bit non-cryptographic hash (two 64-bit FNV-style lanes) as hex; runs in the add-in too. */
export function contentHash(s: string): string {
  return contentHashOfPieces(emit => emit(s));
}

/**
 * contentHash of the text that `each` gives piece by piece, never joined: `each` is called twice (the
 * length seeds the hash) and must give the same pieces both times.
 */
export function contentHashOfPieces(each: (emit: (piece: string) => void) => void): string {
  let length = 0;
  each(piece => {
    length += piece.length;
  });
  let h1 = 0xdeadbeef ^ length;
  let h2 = 0x41c6ce57 ^ length;
  let h3 = 0x9e3779b9;
  let h4 = 0x85ebca6b;
  each(s => {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
      h3 = Math.imul(h3 ^ c, 2246822507);
      h4 = Math.imul(h4 ^ c, 3266489909);
    }
  });
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  h3 = Math.imul(h3 ^ (h3 >>> 16), 2654435761) ^ Math.imul(h4 ^ (h4 >>> 13), 1597334677);
  h4 = Math.imul(h4 ^ (h4 >>> 16), 2654435761) ^ Math.imul(h3 ^ (h3 >>> 13), 1597334677);
  return [h1, h2, h3, h4].map(h => (h >>> 0).toString(16).padStart(8, '0')).join('');
}
