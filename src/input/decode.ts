// Bytes → text: BOMs, BOM-less UTF-16, UTF-8, and the two legacy Arabic code pages.
//
// Order of detection (unless an encoding is forced):
//   1. BOM: EF BB BF → utf-8, FF FE → utf-16le, FE FF → utf-16be (the BOM is dropped).
//   2. NUL bytes in the first 8 KB: BOM-less UTF-16 when the NULs sit in one byte lane and the other
//      lane looks like text (high bytes 00 or 06 = Latin/Arabic); otherwise the input is binary.
//   3. Valid UTF-8 → utf-8.
//   4. Invalid UTF-8 that is still mostly well-formed multi-byte sequences → utf-8 with U+FFFD.
//   5. Otherwise a legacy single-byte code page: windows-1256 or iso-8859-6, whichever decodes to
//      more plausible Arabic (letters, the article ال, no Latin-1 letters, no undefined bytes).
// Invalid bytes never stop decoding: they become U+FFFD and an EDECODE warning says how many.
import { isUtf8, transcode } from "node:buffer";
import type { DocumentError } from "../types.js";

export const SNIFF_BYTES = 8192;

export interface Decoded {
  text: string;
  /** WHATWG name of the encoding used: "utf-8", "utf-16le", "utf-16be", "windows-1256", "iso-8859-6"… */
  encoding: string;
  warnings: DocumentError[];
}

/** The canonical WHATWG name for an encoding label, or null when Node's TextDecoder lacks it. */
export function canonicalEncoding(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

export function isSupportedEncoding(label: string): boolean {
  return label.trim().toLowerCase() === "auto" || canonicalEncoding(label) !== null;
}

export function bomEncoding(b: Uint8Array): string | null {
  if (utf8BomAt(b, 0, b.length)) return "utf-8";
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return "utf-16le";
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return "utf-16be";
  return null;
}

/** BOM-less UTF-16 guessed from where the NUL bytes fall in the first 8 KB, or null. */
export function sniffUtf16(b: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(b.length, SNIFF_BYTES) & ~1;
  const pairs = n / 2;
  if (pairs < 2) return null;
  let zeroEven = 0, zeroOdd = 0, arEven = 0, arOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) zeroEven++;
    else if (b[i] === 0x06) arEven++;
    if (b[i + 1] === 0) zeroOdd++;
    else if (b[i + 1] === 0x06) arOdd++;
  }
  // In UTF-16LE the high byte is the odd one: 00 for ASCII, 06 for Arabic; the low byte is rarely 00.
  let enc: "utf-16le" | "utf-16be" | null = null;
  if (zeroOdd > 0 && zeroOdd + arOdd >= 0.6 * pairs && zeroEven <= 0.05 * pairs) enc = "utf-16le";
  else if (zeroEven > 0 && zeroEven + arEven >= 0.6 * pairs && zeroOdd <= 0.05 * pairs) enc = "utf-16be";
  if (!enc) return null;
  // The decoded sample must look like text: no lone surrogates, few control characters.
  const s = new TextDecoder(enc).decode(b.subarray(0, n));
  let bad = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) bad++;
  }
  return bad <= 0.02 * s.length ? enc : null;
}

/** Offset of the first NUL byte in the first 8 KB, or -1. */
export function firstNul(b: Uint8Array): number {
  const n = Math.min(b.length, SNIFF_BYTES);
  for (let i = 0; i < n; i++) if (b[i] === 0) return i;
  return -1;
}

/** "binary" when the first 8 KB holds NUL bytes and is not UTF-16 text. */
export function looksBinary(b: Uint8Array, forced: string | null = null): boolean {
  if (forced?.startsWith("utf-16")) return false;
  if (bomEncoding(b)) return false;
  return firstNul(b) >= 0 && sniffUtf16(b) === null;
}

/** Bytes [start, end) of `b` begin with the UTF-8 byte order mark (EF BB BF). */
export function utf8BomAt(b: Uint8Array, start: number, end: number): boolean {
  return end - start >= 3 && b[start] === 0xef && b[start + 1] === 0xbb && b[start + 2] === 0xbf;
}

/**
 * Bytes up to this size are made a string through UTF-16 (validUtf8Text): the UTF-16 copy they take
 * for a moment is at most twice their size, nothing for a document of news, too much for one of
 * hundreds of MB.
 */
const TRANSCODE_MAX_BYTES = 1024 * 1024;

/**
 * The text of bytes known to be valid UTF-8 (buffer.isUtf8), without dropping a BOM. buffer.transcode
 * converts them to UTF-16 and the string is made from that: ~3× faster than TextDecoder or V8's own
 * UTF-8 decoding for Arabic (10 MB of news: ~25 against ~90 ms). Larger inputs are decoded by V8.
 */
export function validUtf8Text(b: Uint8Array): string {
  if (b.byteLength <= TRANSCODE_MAX_BYTES) return transcode(b, "utf8", "utf16le").toString("utf16le");
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString("utf8");
}

/** Well-formed multi-byte UTF-8 sequences and invalid bytes, counted in one pass. */
function utf8Counts(b: Uint8Array): { valid: number; invalid: number } {
  let valid = 0, invalid = 0;
  for (let i = 0; i < b.length; ) {
    const c = b[i]!;
    if (c < 0x80) { i++; continue; }
    const len = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= b.length;
    for (let k = 1; ok && k < len; k++) ok = (b[i + k]! & 0xc0) === 0x80;
    if (ok) { valid++; i += len; } else { invalid++; i++; }
  }
  return { valid, invalid };
}

/**
 * How plausible a decoding is (higher is better): Arabic letters count for it, most of all the article
 * ال at a word start and diacritics after letters; undefined bytes (U+FFFD), C1 controls, Latin-1 letters
 * among Arabic ones and Arabic letters inside Latin words count against it. (Latin-1 letters inside
 * Latin words are fine: windows-1256 keeps é, è, à, ç… of French text where iso-8859-6 has Arabic.)
 */
export function arabicScore(s: string): number {
  let score = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const prev = i > 0 ? s.charCodeAt(i - 1) : 0x20;
    const next = i + 1 < s.length ? s.charCodeAt(i + 1) : 0x20;
    if (isArabicLetter(c)) {
      if (isAsciiLetter(prev) || isAsciiLetter(next)) score -= 3;
      else {
        score += 1;
        if (c === 0x0644 && prev === 0x0627 && !isArabicLetter(i > 1 ? s.charCodeAt(i - 2) : 0x20)) score += 2; // ال
      }
    } else if (c >= 0x064b && c <= 0x0652) {
      score += isArabicLetter(prev) || (prev >= 0x064b && prev <= 0x0652) ? 0.5 : -2;
    } else if (c === 0xfffd || (c >= 0x80 && c <= 0x9f)) {
      score -= 3;
    } else if (c === 0xd7 || c === 0xf7) {
      score -= 1;
    } else if (c >= 0xc0 && c <= 0xff) {
      score += isAsciiLetter(prev) || isAsciiLetter(next) ? 1 : -2;
    }
  }
  return score;
}

function isArabicLetter(c: number): boolean {
  return c >= 0x0621 && c <= 0x064a && c !== 0x0640;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Pick windows-1256 or iso-8859-6 for bytes that are not UTF-8. */
export function guessArabicCodepage(b: Uint8Array): "windows-1256" | "iso-8859-6" {
  const sample = b.subarray(0, 1 << 16);
  const w = arabicScore(new TextDecoder("windows-1256").decode(sample));
  const i = arabicScore(new TextDecoder("iso-8859-6").decode(sample));
  return i > w ? "iso-8859-6" : "windows-1256";
}

function countLegitReplacement(b: Uint8Array, enc: string): number {
  let n = 0;
  if (enc === "utf-8") {
    for (let i = 0; i + 2 < b.length; i++) if (b[i] === 0xef && b[i + 1] === 0xbf && b[i + 2] === 0xbd) n++;
  } else if (enc === "utf-16le" || enc === "utf-16be") {
    const [lo, hi] = enc === "utf-16le" ? [0xfd, 0xff] : [0xff, 0xfd];
    for (let i = 0; i + 1 < b.length; i += 2) if (b[i] === lo && b[i + 1] === hi) n++;
  }
  return n;
}

function countFffd(s: string): number {
  let n = 0;
  for (let i = s.indexOf("\ufffd"); i >= 0; i = s.indexOf("\ufffd", i + 1)) n++;
  return n;
}

/** Decode with one encoding; invalid bytes become U+FFFD and are reported once. */
export function decodeAs(b: Uint8Array, encoding: string, label: string): Decoded {
  const warnings: DocumentError[] = [];
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(b);
  } catch (e) {
    if ((e as { code?: string }).code !== "ERR_ENCODING_INVALID_ENCODED_DATA") throw e;
    text = new TextDecoder(encoding).decode(b);
    const bad = Math.max(1, countFffd(text) - countLegitReplacement(b, encoding));
    warnings.push({
      code: "EDECODE",
      message: `'${label}': ${bad} invalid byte sequence${bad === 1 ? "" : "s"} in ${encoding}, replaced with U+FFFD`,
    });
  }
  // TextDecoder drops one leading BOM for the Unicode encodings (and only one: a second is text).
  return { text, encoding, warnings };
}

/**
 * Decode a whole document. `forced` (a label TextDecoder knows, or "auto"/undefined) skips detection;
 * `label` names the document in warning messages.
 */
export function decodeBytes(b: Uint8Array, forced: string | undefined, label: string): Decoded {
  if (forced && forced.trim().toLowerCase() !== "auto") {
    const enc = canonicalEncoding(forced);
    if (!enc) throw new RangeError(`unknown encoding '${forced}'`);
    return decodeAs(b, enc, label);
  }
  const bom = bomEncoding(b);
  if (bom) return decodeAs(b, bom, label);
  if (firstNul(b) >= 0) {
    const u16 = sniffUtf16(b);
    if (u16) return decodeAs(b, u16, label);
  }
  // (no BOM here: TextDecoder would drop one)
  if (isUtf8(b)) return { text: validUtf8Text(b), encoding: "utf-8", warnings: [] };
  const { valid, invalid } = utf8Counts(b);
  if (valid >= 2 * invalid) return decodeAs(b, "utf-8", label);
  return decodeAs(b, guessArabicCodepage(b), label);
}
