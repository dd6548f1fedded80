import { describe, expect, it } from "vitest";
import { cliticReadings } from "../../src/text/clitics.js";
import { WordTails } from "../../src/text/word-tails.js";

const STEMS = ["يوم", "العام", "عام", "اب", "ذو", "الامم", "مباراه", "هدف", "ال"];
const CLITICS = ["", "و", "ف", "ب", "ل", "ك", "ال", "وال", "بال", "فال", "لل", "ولل", "فلل", "وب", "فب", "ول", "وك"];

describe("WordTails", () => {
  const tails = new WordTails(STEMS);
  const set = new Set(STEMS);
  const holds = (w: string) => cliticReadings(w).some((r) => set.has(r.stem) || (r.stem.startsWith("ال") && set.has(r.stem.slice(2))));

  it("never rejects a word with a reading (or a reading without ال) in the list", () => {
    const words: string[] = [];
    for (const c of CLITICS) for (const s of [...STEMS, "امم", "مم", "عا", "وم"]) words.push(c + s, c + s.replace(/^ال/, ""));
    let held = 0;
    for (const w of words) if (holds(w)) { held++; expect(tails.mayHold(w), w).toBe(true); }
    expect(held).toBeGreaterThan(100);
  });

  it("rejects words that end no stem", () => {
    for (const w of ["وزير", "الخارجيه", "كتب", "سوريا", "Reuters"]) expect(tails.mayHold(w), w).toBe(false);
  });

  it("accepts everything for a one-letter stem", () => {
    expect(new WordTails(["و"]).mayHold("وزير")).toBe(true);
  });
});
