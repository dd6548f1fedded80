// Token texts, interned: a word read before is given the string made for it then, instead of a new
// one. News repeats its words, so most tokens allocate nothing, and every table keyed by a token's
// text (the Word records, the gazetteers' tries) finds the key by identity, its hash already known.
// Each kept text has a slot in the table (internedSlot) that stays its own until the table starts
// again (internGeneration changes): tables by slot (the Word records by slot, src/text/document.ts)
// are read without hashing the text again.

/** Most distinct texts kept at once; past it the table starts again (texts stay valid either way). */
const MAX_TEXTS = 1 << 14;
const SLOTS = MAX_TEXTS * 2;

const keys: Array<string | undefined> = new Array(SLOTS).fill(undefined);
const hashes = new Int32Array(SLOTS);
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

/** Number of slots (slots are 0 ≤ slot < INTERN_SLOTS). */
export const INTERN_SLOTS = SLOTS;

/** Longest text interned: a longer token (a run of letters with no space) is not a word, and is not kept. */
const MAX_LENGTH = 64;

/** s.slice(start, end), as the string returned for the same text before when it is still kept. */
export function internSlice(s: string, start: number, end: number): string {
  if (end - start > MAX_LENGTH) { lastSlot = -1; return s.slice(start, end); }
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  const len = end - start;
  let slot = h & (SLOTS - 1);
  for (;;) {
    const k = keys[slot];
    if (k === undefined) break;
    if (hashes[slot] === h && k.length === len && sameText(k, s, start)) { lastSlot = slot; return k; }
    slot = (slot + 1) & (SLOTS - 1);
  }
  if (count >= MAX_TEXTS) {
    keys.fill(undefined);
    count = 0;
    generation++;
    slot = h & (SLOTS - 1);
  }
  const text = s.slice(start, end);
  keys[slot] = text;
  hashes[slot] = h;
  count++;
  lastSlot = slot;
  return text;
}

function sameText(k: string, s: string, start: number): boolean {
  for (let i = 0; i < k.length; i++) if (k.charCodeAt(i) !== s.charCodeAt(start + i)) return false;
  return true;
}
