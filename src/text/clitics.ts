// Arabic proclitics: و ف (conjunctions), ب ل ك (prepositions), ال (article), and their
// combinations (وال، بال، فال، لل، ولل، وبال …). Lookups try the whole word first, so a word that is
// itself known (بغداد، ليبيا) is never split.
import { BoundedMemo, WORD_MEMO_SIZE } from "./memo.js";

export interface CliticReading {
  /** The word without the proclitics (with ال restored after لل). */
  stem: string;
  /** How many normalized units of the token the proclitics take. */
  prefix: number;
}

const MIN_STEM = 2;

const READINGS = new BoundedMemo<string, CliticReading[]>((word) => {
  const out = computeReadings(word);
  for (const r of out) Object.freeze(r);
  return Object.freeze(out) as CliticReading[];
}, WORD_MEMO_SIZE);
let lastWord: string | null = null;
let lastReadings: CliticReading[] = [];

/**
 * Readings of a normalized word, the whole word first, then shorter stems. Memoized: rules ask for
 * the same word many times, so the arrays are shared and frozen (copy before changing one).
 */
export function cliticReadings(word: string): CliticReading[] {
  // rules ask about the same token several times in a row: more than half the calls
  if (word === lastWord) return lastReadings;
  const out = READINGS.get(word);
  lastWord = word;
  lastReadings = out;
  return out;
}

function computeReadings(word: string): CliticReading[] {
  const out: CliticReading[] = [{ stem: word, prefix: 0 }];
  if (word.length < MIN_STEM + 1) return out;
  const seen = new Set<string>([word]);
  const add = (stem: string, prefix: number) => {
    if (stem.length >= MIN_STEM && !seen.has(stem)) { seen.add(stem); out.push({ stem, prefix }); }
  };
  const conj: Array<[string, number]> = [[word, 0]];
  if (word[0] === "و" || word[0] === "ف") conj.push([word.slice(1), 1]);
  for (const [w, p] of conj) {
    if (p) add(w, p);
    if (w.startsWith("لل") && w.length > 3) add("ال" + w.slice(2), p + 2);
    if ((w[0] === "ب" || w[0] === "ل" || w[0] === "ك") && w.length > 2) add(w.slice(1), p + 1);
  }
  return out;
}

// Stem hashes: a stem of a reading is a suffix of the word, or ال + a suffix (after لل), so hashing
// from the end of the word gives the hash of every stem in one pass, without building strings.
const HASH_SEED = 0x811c9dc5 | 0;
const HASH_PRIME = 0x01000193;
const ALEF = 0x627, LAM = 0x644, WAW = 0x648, FA = 0x641, BA = 0x628, KAF = 0x643;

/** A 32-bit hash of a stem (or any string), the one readingStemHashes gives. */
export function stemHash(s: string): number {
  let h = HASH_SEED;
  for (let i = s.length - 1; i >= 0; i--) h = Math.imul(h ^ s.charCodeAt(i), HASH_PRIME);
  return h;
}

/** stemHash("ال" + s) from stemHash(s). */
function withArticle(h: number): number {
  return Math.imul(Math.imul(h ^ LAM, HASH_PRIME) ^ ALEF, HASH_PRIME);
}

/**
 * Writes into `out` (4 slots) the stemHash of every stem that cliticReadings(word) may give (a
 * superset: some may not be readings) and returns how many it wrote.
 */
export function readingStemHashes(word: string, out: Int32Array): number {
  let h = HASH_SEED, h1 = 0, h2 = 0, h3 = 0;
  for (let i = word.length - 1; i >= 0; i--) {
    // h is the hash of word.slice(i + 1)
    if (i === 2) h3 = h; else if (i === 1) h2 = h; else if (i === 0) h1 = h;
    h = Math.imul(h ^ word.charCodeAt(i), HASH_PRIME);
  }
  out[0] = h;
  if (word.length < MIN_STEM + 1) return 1;
  let n = 1;
  const c0 = word.charCodeAt(0), c1 = word.charCodeAt(1), c2 = word.charCodeAt(2);
  const conj = c0 === WAW || c0 === FA;
  if (conj || c0 === BA || c0 === LAM || c0 === KAF) out[n++] = h1; // و، ف، ب، ل، ك + stem
  if (c0 === LAM && c1 === LAM) out[n++] = withArticle(h2); // لل → ال
  if (conj && (c1 === BA || c1 === LAM || c1 === KAF)) out[n++] = h2; // و/ف + ب/ل/ك + stem
  if (conj && c1 === LAM && c2 === LAM) out[n++] = withArticle(h3); // و/ف + لل → ال
  return n;
}

/** Readings plus the form without the article (السوري → سوري), for adjectives and common nouns. */
export function stemReadings(word: string): CliticReading[] {
  const base = cliticReadings(word);
  const out = [...base];
  for (const r of base) {
    if (r.stem.startsWith("ال") && r.stem.length > 3) out.push({ stem: r.stem.slice(2), prefix: r.prefix + 2 });
  }
  return out;
}
