// Token texts, interned: a word read before is given the string made for it then, instead of a new
// one. News repeats its words, so most tokens allocate nothing, and every table keyed by a token's
// text (the Word records, the gazetteers' tries) finds the key by identity, its hash already known.
// Each kept text has a slot in the table (internedSlot) that stays its own until the table starts
// again (internGeneration changes): tables by slot (the Word records by slot, src/text/document.ts)
// are read without hashing the text again.
import { isArabicScriptUnit, isLatinScriptUnit } from "./scripts.js";

/** Most distinct texts kept at once; past it the table starts again (texts stay valid either way). */
const MAX_TEXTS = 1 << 14;
const SLOTS = MAX_TEXTS * 2;

const keys: Array<string | undefined> = new Array(SLOTS).fill(undefined);
const hashes = new Int32Array(SLOTS);
/**
 * Each kept text's units, copied into `pool` at `offsets[slot]`: compared there, array to array (a
 * fixed array: the compiled code reads it without checks). When it is full the table starts again,
 * as it does past MAX_TEXTS: news words average ~6 units, so the count is reached first.
 */
const lengths = new Int32Array(SLOTS);
/** Each kept text's script counts (unitScripts): the language layer's per-word share, read by the tokenizer. */
const scripts = new Int32Array(SLOTS);
const offsets = new Int32Array(SLOTS);
const POOL_UNITS = 1 << 18;
const pool = new Uint16Array(POOL_UNITS);
let poolUsed = 0;
let count = 0;
/** Bumped each time the table starts again: slots given before then are stale. */
let generation = 0;
/** The slot of the text internSlice returned last, -1 when it is not kept. */
let lastSlot = -1;

/** The slot of the text the last internSlice call returned (-1: a text too long to be kept). */
export function internedSlot(): number {
  return lastSlot;
}

/** How many times the table started again: a slot is valid while this stays the same. */
export function internGeneration(): number {
  return generation;
}

/** The script counts (unitScripts) of the kept text of each slot: read a slot internedSlot gave. */
export function internScripts(): Int32Array {
  return scripts;
}

/**
 * Arabic letters + Latin letters × 2^16 among units [start, end) of `units` (the letters
 * src/text/language.ts counts: Arabic, Arabic Supplement and presentation forms; ASCII, Latin-1
 * and Latin Extended letters). A text up to 2^16 - 1 units long keeps both counts apart.
 */
export function unitScripts(units: Uint16Array, start: number, end: number): number {
  let arabic = 0;
  let latin = 0;
  for (let i = start; i < end; i++) {
    const c = units[i]!;
    if (isArabicScriptUnit(c)) arabic++;
    else if (isLatinScriptUnit(c)) latin++;
  }
  return arabic + latin * 0x10000;
}

/** Number of slots (slots are 0 ≤ slot < INTERN_SLOTS). */
export const INTERN_SLOTS = SLOTS;

/** Longest text interned: a longer token (a run of letters with no space) is not a word, and is not kept. */
const MAX_LENGTH = 64;

/**
 * The hash internUnits takes: FNV-1a over the units, from INTERN_HASH_START, each unit folded in by
 * h = Math.imul(h ^ unit, INTERN_HASH_PRIME). (The tokenizer computes it as it scans a token.)
 */
export const INTERN_HASH_START = 0x811c9dc5 | 0;
export const INTERN_HASH_PRIME = 16777619;

/** s.slice(start, end), as the string returned for the same text before when it is still kept. */
export function internSlice(s: string, start: number, end: number): string {
  if (end - start > MAX_LENGTH) { lastSlot = -1; return s.slice(start, end); }
  let h = INTERN_HASH_START;
  for (let i = start; i < end; i++) h = Math.imul(h ^ (scratch[i - start] = s.charCodeAt(i)), INTERN_HASH_PRIME);
  return internUnits(s, scratch, 0, end - start, h, start);
}
const scratch = new Uint16Array(MAX_LENGTH);

/**
 * The text of units [start, end) of `units`, which are those of `s` from `sStart` on, as the string
 * returned for the same text before when it is still kept (else s.slice). `h` is the units' hash
 * (INTERN_HASH_START, INTERN_HASH_PRIME).
 */
export function internUnits(s: string, units: Uint16Array, start: number, end: number, h: number, sStart = start): string {
  const len = end - start;
  if (len > MAX_LENGTH) { lastSlot = -1; return s.slice(sStart, sStart + len); }
  let slot = h & (SLOTS - 1);
  for (;;) {
    const k = keys[slot];
    if (k === undefined) break;
    if (hashes[slot] === h && lengths[slot] === len && samePooled(offsets[slot]!, units, start, len)) { lastSlot = slot; return k; }
    slot = (slot + 1) & (SLOTS - 1);
  }
  return keep(s.slice(sStart, sStart + len), units, start, len, h, slot);
}

/** Keeps `text` (units [start, start + len) of `units`, hash h) at `slot`, the free one its probe reached. */
function keep(text: string, units: Uint16Array, start: number, len: number, h: number, slot: number): string {
  if (count >= MAX_TEXTS || poolUsed + len > POOL_UNITS) {
    keys.fill(undefined);
    count = 0;
    poolUsed = 0;
    generation++;
    slot = h & (SLOTS - 1);
  }
  for (let i = 0; i < len; i++) pool[poolUsed + i] = units[start + i]!;
  keys[slot] = text;
  hashes[slot] = h;
  lengths[slot] = len;
  scripts[slot] = unitScripts(units, start, start + len);
  offsets[slot] = poolUsed;
  poolUsed += len;
  count++;
  lastSlot = slot;
  return text;
}

function samePooled(at: number, units: Uint16Array, start: number, len: number): boolean {
  for (let i = 0; i < len; i++) if (pool[at + i] !== units[start + i]) return false;
  return true;
}
