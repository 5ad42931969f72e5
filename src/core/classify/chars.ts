/**
 * Classes of characters as a regular expression without the u flag sees them, for the rules that
 * read a text by hand where an expression would have backtracked.
 */

/** `\s`: ASCII white space, the no-break space, the Unicode spaces and separators, the BOM. */
export function isJsSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** A space or a tab: `[ \t]`. */
export function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

/** A-Z. */
export function isAsciiUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** A code unit with an ASCII capital made lower case: how an i expression without the u flag compares letters. */
export function asciiLower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** a-z. */
export function isAsciiLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** `\w`: ASCII letters, digits and "_". */
export function isAsciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** `[\w\u00C0-\u024F]`: `\w` and the Latin letters with accents, by code unit; one table read a character. */
const LATIN_WORD = new Uint8Array(0x250);
for (let c = 0; c < 0x250; c++) LATIN_WORD[c] = isAsciiWordChar(c) || c >= 0xc0 ? 1 : 0;
export function isLatinWordChar(c: number): boolean {
  return c < 0x250 && LATIN_WORD[c] === 1;
}
