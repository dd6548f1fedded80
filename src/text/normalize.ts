// One normalization for matching, with a map back to the original text.
//
// Matching happens on `norm`; every fact reports offsets into the original. The map has one entry
// per UTF-16 unit of `norm`: `starts[i]` is where that unit's source begins in the original and
// `ends[i]` where it ends (including the diacritics and tatweel that were dropped after it).
//
// What is folded: hamza forms of alef (أ إ آ ٱ → ا), ى → ي, ة → ه, ؤ → و, ئ → ي, Persian
// ک/ی → ك/ي, Arabic-Indic and Persian digits → ASCII, presentation forms (NFKC per character),
// every whitespace → space (newline kept), controls → space. What is dropped: diacritics and
// other combining marks, tatweel, format characters (zero-width and bidi controls, BOM).

export interface Normalized {
  original: string;
  norm: string;
  starts: Int32Array;
  ends: Int32Array;
}

const FOLD: Record<string, string> = {
  "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
  "ک": "ك", "ی": "ي", "ي": "ي", "ۀ": "ه", "ە": "ه", "ڪ": "ك",
};

const DROP_RE = /[\p{Mn}\p{Me}\u0640\p{Cf}]/u;
const SPACE_RE = /[\s\p{Zs}\u2028\u2029]/u;
const CONTROL_RE = /[\p{Cc}]/u;
const NEEDS_NFKC_RE = /[\uFB50-\uFDFF\uFE70-\uFEFF\uFF00-\uFFEF]/u;

/** Folded form of each BMP code unit, computed on first use. */
const FOLD_CACHE: Array<string | undefined> = new Array(0x10000);

/** Fold one character (a whole code point) to its matching form; "" drops it. */
export function foldChar(ch: string): string {
  if (ch.length === 1) {
    const c = ch.charCodeAt(0);
    let f = FOLD_CACHE[c];
    if (f === undefined) f = FOLD_CACHE[c] = computeFold(ch);
    return f;
  }
  return computeFold(ch);
}

function computeFold(ch: string): string {
  const f = FOLD[ch];
  if (f !== undefined) return f;
  const c = ch.charCodeAt(0);
  if (c >= 0x0660 && c <= 0x0669) return String.fromCharCode(c - 0x0660 + 48);
  if (c >= 0x06f0 && c <= 0x06f9) return String.fromCharCode(c - 0x06f0 + 48);
  if (c < 0x80) {
    if (ch === "\n") return "\n";
    if (c < 0x20 || c === 0x7f) return " ";
    return ch;
  }
  if (ch === "\u0640" || DROP_RE.test(ch)) return "";
  if (SPACE_RE.test(ch)) return " ";
  if (CONTROL_RE.test(ch)) return " ";
  if (NEEDS_NFKC_RE.test(ch)) {
    let out = "";
    for (const part of ch.normalize("NFKC")) out += part === ch ? ch : foldChar(part);
    return out;
  }
  return ch;
}

const FORMAT_RE = /\p{Cf}/u;
const isFormatChar = (code: number): boolean => FORMAT_RE.test(String.fromCharCode(code));

/** Normalize a whole text, keeping the offset map. */
export function normalize(original: string): Normalized {
  const n = original.length;
  // one unit per original unit, except presentation forms that expand (ﷺ is 18 letters): grow then
  let starts = new Int32Array(n + 1);
  let ends = new Int32Array(n + 1);
  let norm = "";
  let k = 0;
  let i = 0;
  let pieces: string[] = [];
  let pending = "";
  while (i < n) {
    const code = original.charCodeAt(i);
    let width = 1;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) {
      const next = original.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) width = 2;
    }
    const ch = width === 1 ? original[i]! : original.slice(i, i + 2);
    let folded: string;
    if (width === 2) folded = ch;
    else if (code >= 0xd800 && code <= 0xdfff) folded = "\ufffd"; // lone surrogate
    else folded = foldChar(ch);
    if (folded === "") {
      // dropped: attach to the previous kept unit unless it is a format character
      if (k > 0 && !isFormatChar(code)) ends[k - 1] = i + width;
    } else {
      if (k + folded.length >= starts.length) {
        const size = Math.max(starts.length * 2, k + folded.length + 1);
        const s2 = new Int32Array(size); s2.set(starts); starts = s2;
        const e2 = new Int32Array(size); e2.set(ends); ends = e2;
      }
      for (let j = 0; j < folded.length; j++) {
        starts[k] = i;
        ends[k] = i + width;
        k++;
      }
      pending += folded;
      if (pending.length > 4096) { pieces.push(pending); pending = ""; }
    }
    i += width;
  }
  pieces.push(pending);
  norm = pieces.join("");
  pieces = [];
  starts[k] = n;
  ends[k] = n;
  return { original, norm, starts: starts.subarray(0, k + 1), ends: ends.subarray(0, k + 1) };
}

/** Normalize a short string for lexicon keys and comparisons (no map). */
export function normKey(s: string): string {
  // runs of characters that fold to themselves are copied as slices, not one by one
  let out = "";
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) { i++; continue; } // a pair is kept as it is
    let f = FOLD_CACHE[c];
    if (f === undefined) f = FOLD_CACHE[c] = computeFold(String.fromCharCode(c));
    if (f.length === 1 && f.charCodeAt(0) === c) continue;
    out += s.slice(run, i) + f;
    run = i + 1;
  }
  out = run === 0 ? s : out + s.slice(run);
  return out.replace(/[ \n]+/g, " ").trim();
}

/** Original span [start, end) for the normalized span [s, e). */
export function toOriginal(n: Normalized, s: number, e: number): { start: number; end: number } {
  if (e <= s) {
    const at = n.starts[Math.min(s, n.starts.length - 1)]!;
    return { start: at, end: at };
  }
  return { start: n.starts[s]!, end: n.ends[e - 1]! };
}
