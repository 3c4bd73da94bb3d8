/**
 * The building blocks of the site's typeable codes (result codes, feedback codes): Crockford
 * base32 and the FNV-1a hash their checksums are made from. One implementation, so a code
 * made by one tool is checked by the same arithmetic everywhere.
 */

/** Crockford's base32 alphabet: no I, L, O or U, so codes survive being read aloud and retyped. */
export const BASE32_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * FNV-1a over UTF-16 code units, 32 bits. Each step is a bijection of the running hash, so
 * changing any single character changes the result.
 */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The 32-bit FNV-1a hash as 8 hex digits. */
export function fnv1a32Hex(text: string): string {
  return fnv1a32(text).toString(16).padStart(8, '0');
}

/** FNV-1a folded to 10 bits and written as two base32 characters. */
export function checksum10(text: string): string {
  const hash = fnv1a32(text);
  const folded = (hash ^ (hash >>> 10) ^ (hash >>> 20)) & 0x3ff;
  return BASE32_ALPHABET[folded >> 5]! + BASE32_ALPHABET[folded & 31]!;
}

/** A string of bits ("0101…", a multiple of 5 long) as base32 characters. */
export function bitsToBase32(bits: string): string {
  let out = '';
  for (let index = 0; index < bits.length; index += 5) out += BASE32_ALPHABET[parseInt(bits.slice(index, index + 5), 2)];
  return out;
}

/** Base32 characters back to a string of bits; undefined when a character is not in the alphabet. */
export function base32ToBits(text: string): string | undefined {
  let bits = '';
  for (const char of text) {
    const value = BASE32_ALPHABET.indexOf(char);
    if (value < 0) return undefined;
    bits += value.toString(2).padStart(5, '0');
  }
  return bits;
}
