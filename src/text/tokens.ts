// Tokens over normalized text. Offsets are into `norm`; Doc maps them back to the original.
import { internGeneration, internedSlot, internSlice } from "./intern.js";

export type TokenKind = "word" | "number" | "punct";

export interface Token {
  /** Normalized text of the token. */
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** Index of the token in its document. */
  index: number;
  /** A newline stands between this token and the previous one. */
  newlineBefore: boolean;
}

// A token is a run of letters (\p{L}+), a number (\p{N}+ with inner . , : / between digit runs:
// 3.5, 1,000, 10:30, 12/5/2024) or any other single character that is not white space. The scanner
// below reads code units through a class table instead of running a regular expression.
const SPACE = 1, LETTER = 2, DIGIT = 3, OTHER = 4;
const SPACE_RE = /^\s$/u;
const LETTER_RE = /^\p{L}$/u;
const DIGIT_RE = /^\p{N}$/u;

function classify(ch: string): number {
  return SPACE_RE.test(ch) ? SPACE : LETTER_RE.test(ch) ? LETTER : DIGIT_RE.test(ch) ? DIGIT : OTHER;
}

/** Class of each BMP code unit, filled on first use (0: not yet known). */
const CLASS = new Uint8Array(0x10000);

/** Class of the code point at i, and how many units it takes (class × 4 + width). */
function classAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return classify(s.slice(i, i + 2)) * 4 + 2;
  }
  let k = CLASS[c]!;
  if (k === 0) k = CLASS[c] = classify(String.fromCharCode(c));
  return k * 4 + 1;
}

/** End of the run of code points of class `cls` that starts at i. */
function runEnd(s: string, i: number, cls: number): number {
  while (i < s.length) {
    const a = classAt(s, i);
    if (a >> 2 !== cls) break;
    i += a & 3;
  }
  return i;
}

const KINDS = ["punct", "punct", "word", "number", "punct"] as const satisfies readonly TokenKind[];

const isNumberJoiner = (c: number) => c === 46 || c === 44 || c === 58 || c === 47; // . , : /

// The intern slot of each token of the list tokenize made last (see tokenSlots): the document layer
// finds each token's Word by it, an array slot, instead of looking the text up again.
let slotsTokens: Token[] | null = null;
let slotsGeneration = -1;
let slots = new Int32Array(1024);

/**
 * The intern slot (src/text/intern.ts) of each token when `tokens` is the list tokenize made last
 * and the slots are still valid, else null. Read it at once: the next tokenize call reuses it.
 */
export function tokenSlots(tokens: Token[]): Int32Array | null {
  return tokens === slotsTokens && slotsGeneration === internGeneration() ? slots : null;
}

export function tokenize(norm: string, from = 0, to = norm.length): Token[] {
  const out: Token[] = [];
  const generation = internGeneration();
  let nl = -1; // the first newline at or after prevEnd (Infinity: none left)
  let prevEnd = from;
  let i = from;
  while (i < to) {
    const a = classAt(norm, i);
    const cls = a >> 2;
    if (cls === SPACE) { i += a & 3; continue; }
    const start = i;
    if (cls === LETTER) i = runEnd(norm, i, LETTER);
    else if (cls === DIGIT) {
      i = runEnd(norm, i, DIGIT);
      while (i + 1 < norm.length && isNumberJoiner(norm.charCodeAt(i)) && classAt(norm, i + 1) >> 2 === DIGIT) i = runEnd(norm, i + 1, DIGIT);
    } else i += a & 3;
    if (nl < prevEnd) { nl = norm.indexOf("\n", prevEnd); if (nl < 0) nl = Infinity; }
    const text = internSlice(norm, start, i);
    if (out.length === slots.length) growSlots();
    slots[out.length] = internedSlot();
    out.push({ text, start, end: i, kind: KINDS[cls]!, index: out.length, newlineBefore: nl < start });
    prevEnd = i;
  }
  // (the table started again part way: the first slots are stale)
  slotsTokens = generation === internGeneration() ? out : null;
  slotsGeneration = generation;
  return out;
}

function growSlots(): void {
  const more = new Int32Array(slots.length * 2);
  more.set(slots);
  slots = more;
}

/** True for an Arabic-script word token. */
export function isArabicWord(t: string): boolean {
  const c = t.charCodeAt(0);
  return c >= 0x0600 && c <= 0x06ff;
}
