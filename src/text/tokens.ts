// Tokens over normalized text. Offsets are into `norm`; Doc maps them back to the original.
import { internGeneration, internedSlot, internScripts, internUnits, unitScripts } from "./intern.js";
import { unitsOf } from "./normalize.js";

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
// below reads code units (src/text/normalize.ts, unitsOf) through a class table instead of running a
// regular expression, and hashes each token's units for the intern table as it reads them.
const SPACE = 1, LETTER = 2, DIGIT = 3, OTHER = 4;
const SPACE_RE = /^\s$/u;
const LETTER_RE = /^\p{L}$/u;
const DIGIT_RE = /^\p{N}$/u;

function classify(ch: string): number {
  return SPACE_RE.test(ch) ? SPACE : LETTER_RE.test(ch) ? LETTER : DIGIT_RE.test(ch) ? DIGIT : OTHER;
}

/**
 * Class × 4 + width (1) of each BMP code unit that is not a surrogate, filled on first use (0: not
 * yet known, and always for surrogates: see classAt).
 */
const CLASS = new Uint8Array(0x10000);

/** Class of the code point at i of units `u` (n of them), and how many units it takes (class × 4 + width). */
function classAt(u: Uint16Array, i: number, n: number): number {
  const c = u[i]!;
  if (c >= 0xd800 && c <= 0xdfff) {
    if (c <= 0xdbff && i + 1 < n) {
      const d = u[i + 1]!;
      if (d >= 0xdc00 && d <= 0xdfff) return classify(String.fromCharCode(c, d)) * 4 + 2;
    }
    return classify(String.fromCharCode(c)) * 4 + 1;
  }
  let k = CLASS[c]!;
  if (k === 0) k = CLASS[c] = classify(String.fromCharCode(c)) * 4 + 1;
  return k;
}

/**
 * The hash of src/text/intern.ts (INTERN_HASH_START, INTERN_HASH_PRIME; tests/text/intern.test.ts
 * checks that both find the same slot), written out here: an imported binding costs the compiled
 * scan loop a load and a check per use.
 */
const HASH_START = 0x811c9dc5 | 0, HASH_PRIME = 16777619;

const KINDS = ["punct", "punct", "word", "number", "punct"] as const satisfies readonly TokenKind[];

const isNumberJoiner = (c: number) => c === 46 || c === 44 || c === 58 || c === 47; // . , : /

// The intern slot of each token of the list tokenize made last (see tokenSlots): the document layer
// finds each token's Word by it, an array slot, instead of looking the text up again.
let slotsTokens: Token[] | null = null;
let slotsGeneration = -1;
/** The text tokenize read last when it read all of it (else null): scriptTotals are its. */
let slotsText: string | null = null;
let slots = new Int32Array(1024);
/**
 * What the language layer counts (src/text/language.ts) over the tokens tokenize made last: Arabic
 * and Latin letters, and the letters of paragraphs (split where a token has newlineBefore) with
 * more Arabic than Latin ones and with fewer. Each token adds the counts kept with its intern slot.
 */
const scriptTotals = { arabic: 0, latin: 0, ar: 0, en: 0 };

/**
 * The intern slot (src/text/intern.ts) of each token when `tokens` is the list tokenize made last
 * and the slots are still valid, else null. Read it at once: the next tokenize call reuses it.
 */
export function tokenSlots(tokens: Token[]): Int32Array | null {
  return tokens === slotsTokens && slotsGeneration === internGeneration() ? slots : null;
}

/**
 * The letters of each script in the tokens of `text`, and in its paragraphs of each language (see
 * scriptTotals), when tokenize read all of it last, else null. Read it at once.
 */
export function lastScriptTotals(text: string): Readonly<typeof scriptTotals> | null {
  return text === slotsText ? scriptTotals : null;
}

export function tokenize(norm: string, from = 0, to = norm.length): Token[] {
  const out: Token[] = [];
  const generation = internGeneration();
  const u = unitsOf(norm);
  const n = norm.length;
  const scripts = internScripts();
  let arabic = 0, latin = 0, ar = 0, en = 0;
  let pa = 0, pl = 0; // the current paragraph's letters
  let newline = false; // a newline since the last token
  let i = from;
  while (i < to) {
    let c = u[i]!;
    let a = CLASS[c]!;
    if (a === 0) a = classAt(u, i, n);
    const cls = a >> 2;
    if (cls === SPACE) { if (c === 10) newline = true; i += a & 3; continue; }
    const start = i;
    // the token's units go into its hash for internUnits as they are read
    let h = HASH_START;
    if (cls === OTHER) {
      h = Math.imul(h ^ c, HASH_PRIME);
      if ((a & 3) === 2) h = Math.imul(h ^ u[i + 1]!, HASH_PRIME);
      i += a & 3;
    } else {
      // a run of the class (to the end of the text, even past `to`), then for a number a joiner
      // and the next run of digits, as long as there is one. The loop steps one unit: the class
      // table holds units of width 1, and a surrogate pair (class 0 there) has its first unit
      // hashed before the step
      if ((a & 3) === 2) { h = Math.imul(h ^ c, HASH_PRIME); c = u[++i]!; }
      for (;;) {
        h = Math.imul(h ^ c, HASH_PRIME);
        if (++i >= n) break;
        c = u[i]!;
        a = CLASS[c]!;
        if (a >> 2 === cls) continue;
        if (a === 0) {
          a = classAt(u, i, n);
          if (a >> 2 === cls) {
            if ((a & 3) === 2) { h = Math.imul(h ^ c, HASH_PRIME); c = u[++i]!; }
            continue;
          }
        }
        if (cls !== DIGIT || !isNumberJoiner(c) || i + 1 >= n || classAt(u, i + 1, n) >> 2 !== DIGIT) break;
        h = Math.imul(h ^ c, HASH_PRIME);
        c = u[++i]!;
        if ((classAt(u, i, n) & 3) === 2) { h = Math.imul(h ^ c, HASH_PRIME); c = u[++i]!; }
      }
    }
    const text = internUnits(norm, u, start, i, h);
    const slot = internedSlot();
    if (out.length === slots.length) growSlots();
    slots[out.length] = slot;
    if (newline) {
      if (pa + pl > 0) { if (pa >= pl) ar += pa + pl; else en += pa + pl; }
      arabic += pa; latin += pl; pa = 0; pl = 0;
    }
    if (slot >= 0) { const c = scripts[slot]!; pa += c & 0xffff; pl += c >>> 16; }
    else for (let j = start; j < i; j += 0xffff) { const c = unitScripts(u, j, Math.min(i, j + 0xffff)); pa += c & 0xffff; pl += c >>> 16; }
    out.push({ text, start, end: i, kind: KINDS[cls]!, index: out.length, newlineBefore: newline });
    newline = false;
  }
  // (the table started again part way: the first slots are stale)
  slotsTokens = generation === internGeneration() ? out : null;
  slotsGeneration = generation;
  slotsText = from === 0 && to === norm.length ? norm : null;
  if (pa + pl > 0) { if (pa >= pl) ar += pa + pl; else en += pa + pl; }
  scriptTotals.arabic = arabic + pa; scriptTotals.latin = latin + pl; scriptTotals.ar = ar; scriptTotals.en = en;
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
