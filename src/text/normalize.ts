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
import { Buffer } from "node:buffer";
import { MAX_SLAB_INTS, slabBlock, slabReserve, slabView } from "./slab.js";

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

/**
 * What one BMP code unit becomes, as a number, filled on first use: ≥ 0 the one unit it folds to;
 * DROP a dropped mark (its source joins the previous kept unit); DROP_FORMAT a dropped format
 * character (joins nothing); EXPANDS a character that folds to several units (see foldChar).
 */
const UNSET = -4, DROP = -1, DROP_FORMAT = -2, EXPANDS = -3;
const FOLD_UNIT = new Int32Array(0x10000).fill(UNSET);

function foldUnit(code: number): number {
  const f = foldChar(String.fromCharCode(code));
  const v = f === "" ? (FORMAT_RE.test(String.fromCharCode(code)) ? DROP_FORMAT : DROP) : f.length === 1 ? f.charCodeAt(0) : EXPANDS;
  FOLD_UNIT[code] = v;
  return v;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
let bigEndianDecoder: { decode(units: Uint16Array): string } | undefined;

/** A Buffer over the bytes of `units`, for Buffer's native UTF-16 copies in and out. */
function bytesOf(units: Uint16Array<ArrayBuffer>): Buffer {
  return Buffer.from(units.buffer, units.byteOffset, units.byteLength);
}

/**
 * The first k units of `units` as a string, decoded in one native call (a leading U+FEFF is
 * kept). Buffer's decoder holds no ICU converter, so nothing here outlives a call: the CLI's
 * start-up snapshot (src/cli/snapshot) cannot hold one. A big-endian machine, if Node ever runs on
 * one, gets a TextDecoder made on first use.
 */
function unitsToString(units: Uint16Array<ArrayBuffer>, k: number): string {
  if (LITTLE_ENDIAN) return (units === unitsBuffer ? unitsBytes : bytesOf(units)).toString("utf16le", 0, 2 * k);
  return (bigEndianDecoder ??= new TextDecoder("utf-16be", { ignoreBOM: true })).decode(units.subarray(0, k));
}

/**
 * The units of the text being normalized, read and folded in place, reused by the next text (they
 * only live until the next normalize or unitsOf call): kept up to this many units, so that one
 * huge text does not hold its buffer for good. unitsBytes is a Buffer over the same memory.
 */
const KEPT_UNITS = 1 << 20;
let unitsBuffer: Uint16Array<ArrayBuffer> = new Uint16Array(0);
let unitsBytes: Buffer = bytesOf(unitsBuffer);

/** A unit buffer with room for `need` units: the kept one, grown when it is short. */
function unitsFor(need: number): Uint16Array<ArrayBuffer> {
  if (unitsBuffer.length >= need) return unitsBuffer;
  const units = new Uint16Array(need);
  if (need <= KEPT_UNITS) {
    unitsBuffer = units;
    unitsBytes = bytesOf(units);
  }
  return units;
}

/** The text normalize returned last, and its units (valid until the next call reuses the buffer). */
let lastNorm: string | null = null;
let lastUnits: Uint16Array<ArrayBuffer> = unitsBuffer;
/** Units of a string normalize did not make last: a buffer reused by each such call. */
let scratchUnits: Uint16Array<ArrayBuffer> = new Uint16Array(0);

/**
 * The UTF-16 units of `s` as an array (at least s.length long; read them before the next normalize
 * or unitsOf call): those normalize built when `s` is the text it returned last, else a copy. The
 * tokenizer reads an array element per unit instead of a charCodeAt.
 */
export function unitsOf(s: string): Uint16Array {
  if (isLastNormalized(s)) return lastUnits;
  const u = scratchUnits.length >= s.length ? scratchUnits : new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) u[i] = s.charCodeAt(i);
  if (u.length <= KEPT_UNITS) scratchUnits = u;
  return u;
}

/** True when `s` is the text normalize returned last (it has no character normalize drops or folds away). */
export function isLastNormalized(s: string): boolean {
  return s === lastNorm;
}

/**
 * The characters normalize's first loop dropped, two ints each: how many units it had kept before
 * the character, and the character's offset + 1 (negated for a format character, which joins
 * nothing). Reused by each call.
 */
let dropList: Int32Array<ArrayBuffer> = new Int32Array(64);

/** Normalize a whole text, keeping the offset map. */
export function normalize(original: string): Normalized {
  const n = original.length;
  // the map: starts from `sb` and ends from `eb` of one array, room for n + 1 of each (one unit per
  // original unit, except presentation forms that expand: ﷺ is 18 letters; foldRest makes room),
  // carved from a shared block (src/text/slab.ts) unless the text is long
  const room = 2 * (n + 1);
  let map: Int32Array<ArrayBuffer>;
  let sb = 0;
  const ramped = room <= MAX_SLAB_INTS;
  if (ramped) { sb = slabReserve(room); map = slabBlock(); }
  else map = new Int32Array(room);
  const eb = sb + n + 1;
  // the original's units, copied in one native call (a charCodeAt per unit costs ~3× as much), are
  // folded in place: the common characters (one unit that folds to one unit, or a dropped mark)
  // here, where the output never overtakes the input and the arrays cannot grow; anything else (a
  // surrogate, an expanding or a not yet seen character) on in foldRest. This loop only lists the
  // dropped characters: between two of them the map is a run of consecutive offsets (mapRuns).
  const units = unitsFor(n + 1);
  if (LITTLE_ENDIAN) (units === unitsBuffer ? unitsBytes : bytesOf(units)).write(original, 0, "utf16le");
  else for (let j = 0; j < n; j++) units[j] = original.charCodeAt(j);
  let drops = dropList;
  let nd = 0;
  let k = 0;
  let i = 0;
  for (; i < n; i++) {
    const f = FOLD_UNIT[units[i]!]!; // (UNSET for every surrogate)
    if (f >= 0) units[k++] = f;
    else if (f >= DROP_FORMAT) {
      if (nd === drops.length) drops = dropList = grownDrops(drops);
      drops[nd++] = k;
      drops[nd++] = f === DROP ? i + 1 : -(i + 1);
    } else break;
  }
  mapRuns(map, sb, eb, ramped, drops, nd, k);
  if (i < n) return foldRest(original, i, k, map, sb, map, eb, n + 1, units);
  map[sb + k] = n;
  map[eb + k] = n;
  return normalized(original, units, k, map, sb, map, eb);
}

function grownDrops(drops: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const more = new Int32Array(drops.length * 2);
  more.set(drops);
  return more;
}

/**
 * The map's first k entries (starts from sb, ends from eb of `map`), from the drops normalize's
 * first loop listed (nd ints of `drops`): between two drops, unit j comes from offset j + d, d
 * the units dropped before it; a dropped mark's offset joins the end of the unit kept before it.
 */
function mapRuns(map: Int32Array<ArrayBuffer>, sb: number, eb: number, ramped: boolean, drops: Int32Array, nd: number, k: number): void {
  let from = 0;
  let d = 0;
  for (let q = 0; q < nd; q += 2) {
    const to = drops[q]!;
    const at = drops[q + 1]!;
    mapRun(map, sb, eb, ramped, from, to, d);
    if (at > 0 && to > 0) map[eb + to - 1] = at;
    const next = at > 0 ? at : -at; // the offset of the next unit kept
    from = to;
    d = next - to;
  }
  mapRun(map, sb, eb, ramped, from, k, d);
}

/** Entries [from, to) of the map: unit j from offset j + d. */
function mapRun(map: Int32Array<ArrayBuffer>, sb: number, eb: number, ramped: boolean, from: number, to: number, d: number): void {
  if (ramped && to - from >= 32) {
    // copied from the block's ramp (0, 1, 2, …), which reaches past every offset of a short text
    map.copyWithin(sb + from, from + d, to + d);
    map.copyWithin(eb + from, from + d + 1, to + d + 1);
    return;
  }
  for (let j = from; j < to; j++) { map[sb + j] = j + d; map[eb + j] = j + d + 1; }
}

/** normalize's result: the text of the first k units, and the map's k + 1 entries from sb of `starts` and eb of `ends`. */
function normalized(original: string, units: Uint16Array<ArrayBuffer>, k: number, starts: Int32Array<ArrayBuffer>, sb: number, ends: Int32Array<ArrayBuffer>, eb: number): Normalized {
  const norm = unitsToString(units, k);
  lastNorm = norm;
  lastUnits = units;
  return { original, norm, starts: slabView(starts, sb, k + 1), ends: slabView(ends, eb, k + 1) };
}

/** normalize's arrays, grown to hold `need` + 1 units, the first k units kept. */
interface Grown { starts: Int32Array<ArrayBuffer>; ends: Int32Array<ArrayBuffer>; units: Uint16Array<ArrayBuffer> }
// (a module function, not a closure over foldRest's variables: that would slow its loop)
function grown(starts: Int32Array<ArrayBuffer>, sb: number, ends: Int32Array<ArrayBuffer>, eb: number, units: Uint16Array<ArrayBuffer>, k: number, need: number): Grown {
  const size = Math.max(2 * k + 2, need + 1);
  const g: Grown = { starts: new Int32Array(size), ends: new Int32Array(size), units: units.length >= size ? units : unitsFor(size) };
  g.starts.set(starts.subarray(sb, sb + k));
  g.ends.set(ends.subarray(eb, eb + k));
  if (g.units !== units) g.units.set(units.subarray(0, k));
  return g;
}

/**
 * normalize from original unit i on, its first k units folded: the map's entries from sb of
 * `starts` and eb of `ends`, with room for `cap` entries each (they move to arrays of their own
 * when they need more).
 */
function foldRest(original: string, i: number, k: number, starts: Int32Array<ArrayBuffer>, sb: number, ends: Int32Array<ArrayBuffer>, eb: number, cap: number, units: Uint16Array<ArrayBuffer>): Normalized {
  const n = original.length;
  for (; i < n; i++) {
    const code = original.charCodeAt(i);
    let width = 1; // units this character folds to
    let f = UNSET;
    if (code >= 0xd800 && code <= 0xdfff) width = 2;
    else {
      f = FOLD_UNIT[code]!;
      if (f === UNSET) f = foldUnit(code);
      if (f === EXPANDS) width = foldChar(original[i]!).length;
    }
    if (k + width >= cap) {
      ({ starts, ends, units } = grown(starts, sb, ends, eb, units, k, k + width));
      sb = 0; eb = 0; cap = starts.length;
    }
    if (width === 2 && f === UNSET) {
      // a surrogate pair is kept as it is; a lone surrogate becomes U+FFFD
      const pair = code <= 0xdbff && i + 1 < n && (original.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      starts[sb + k] = i; ends[eb + k] = i + (pair ? 2 : 1);
      if (pair) { units[k++] = code; starts[sb + k] = i; ends[eb + k] = i + 2; units[k++] = original.charCodeAt(++i); }
      else units[k++] = 0xfffd;
    } else if (f >= 0) {
      starts[sb + k] = i; ends[eb + k] = i + 1; units[k++] = f;
    } else if (f === DROP) {
      // dropped: its source joins the previous kept unit
      if (k > 0) ends[eb + k - 1] = i + 1;
    } else if (f === EXPANDS) {
      const folded = foldChar(original[i]!);
      for (let j = 0; j < folded.length; j++) { starts[sb + k] = i; ends[eb + k] = i + 1; units[k++] = folded.charCodeAt(j); }
    }
  }
  starts[sb + k] = n;
  ends[eb + k] = n;
  return normalized(original, units, k, starts, sb, ends, eb);
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
