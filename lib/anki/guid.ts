/**
 * Anki's note GUID (`guid64` in Anki's own code): a 64-bit number written in base 91. Anki draws it at random; ours is
 * a hash of the term's id, so every export and every AnkiConnect send of a term carries the same GUID and Anki
 * updates the note it already has (台湾|臺灣 and 台湾|台灣 are two ids, so two notes).
 */
const BASE91 = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~';

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = (1n << 64n) - 1n;

/** FNV-1a over the UTF-8 bytes: small, synchronous (the service worker and the CLI share it) and stable forever. */
export function hash64(text: string): bigint {
  let hash = FNV_OFFSET;
  for (const byte of new TextEncoder().encode(text)) hash = ((hash ^ BigInt(byte)) * FNV_PRIME) & MASK_64;
  return hash;
}

function base91(value: bigint): string {
  let rest = value;
  let text = '';
  do {
    text = `${BASE91[Number(rest % 91n)] ?? ''}${text}`;
    rest /= 91n;
  } while (rest > 0n);
  return text;
}

export function termGuid(termId: string): string {
  return base91(hash64(`duizhao-term:${termId}`));
}
