// A cheap filter for "can a clitic reading of this word be one of these stems?", asked for every
// token by the extractors before they look a word up (cliticReadings and a Set per reading).
//
// Proclitics only take the front of a word, and لل + x stands for ال + x (src/text/clitics.ts), so
// a reading of a word, and that reading without its ال, ends the word. A word whose last three
// letters (two for a two-letter stem) end no stem of the list therefore has no reading in it.
// The tails are kept as small integers: no string is built or hashed per token.

const letterCode = (c: number): number => (c >= 0x600 && c <= 0x6ff ? c - 0x600 : 255);
const tail2 = (s: string): number => (letterCode(s.charCodeAt(s.length - 2)) << 8) | letterCode(s.charCodeAt(s.length - 1));
const tail3 = (s: string): number => (letterCode(s.charCodeAt(s.length - 3)) << 16) | tail2(s);

export class WordTails {
  private readonly tails2 = new Set<number>();
  private readonly tails3 = new Set<number>();
  /** A stem shorter than two letters (never a reading): every word may hold it. */
  private readonly any: boolean = false;

  constructor(stems: Iterable<string>) {
    for (const s of stems) {
      if (s.length >= 3) this.tails3.add(tail3(s));
      else if (s.length === 2) this.tails2.add(tail2(s));
      else this.any = true;
    }
  }

  /**
   * False when no clitic reading of `word` (cliticReadings), with or without a leading ال, is one
   * of the stems; true when one may be.
   */
  mayHold(word: string): boolean {
    const n = word.length;
    return this.any || (n >= 3 && this.tails3.has(tail3(word))) || (n >= 2 && this.tails2.has(tail2(word)));
  }
}
