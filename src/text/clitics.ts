// Arabic proclitics: و ف (conjunctions), ب ل ك (prepositions), ال (article), and their
// combinations (وال، بال، فال، لل، ولل، وبال …). Lookups try the whole word first, so a word that is
// itself known (بغداد، ليبيا) is never split.
import { BoundedMemo } from "./memo.js";

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
}, 30_000);
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

/** Readings plus the form without the article (السوري → سوري), for adjectives and common nouns. */
export function stemReadings(word: string): CliticReading[] {
  const base = cliticReadings(word);
  const out = [...base];
  for (const r of base) {
    if (r.stem.startsWith("ال") && r.stem.length > 3) out.push({ stem: r.stem.slice(2), prefix: r.prefix + 2 });
  }
  return out;
}
