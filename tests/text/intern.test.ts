import { describe, expect, it } from "vitest";
import { internedSlot, internSlice } from "../../src/text/intern.js";
import { tokenize, tokenSlots } from "../../src/text/tokens.js";

describe("internSlice", () => {
  it("gives the text of the slice, for texts seen before and new ones", () => {
    const s = "قال وزير الخارجية إن وزير الداخلية قال";
    expect(internSlice(s, 0, 3)).toBe("قال");
    expect(internSlice(s, 4, 8)).toBe("وزير");
    expect(internSlice(s, s.length - 3, s.length)).toBe("قال");
    expect(internSlice(s, 4, 8)).toBe(s.slice(4, 8));
    expect(internSlice(s, 4, 4)).toBe("");
    const run = "ب".repeat(100_000);
    expect(internSlice(run, 5, 80_000)).toBe(run.slice(5, 80_000));
  });

  it("never confuses texts that share a length or a prefix, past the table's bound too", () => {
    // 40,000 distinct texts (more than the table keeps), each asked for twice, in two orders
    const words: string[] = [];
    for (let i = 0; i < 40_000; i++) words.push(`w${i.toString(36)}ب${(i * 7919 % 40_000).toString(36)}`);
    const line = words.join(" ");
    const spans: Array<[number, number]> = [];
    let at = 0;
    for (const w of words) { spans.push([at, at + w.length]); at += w.length + 1; }
    for (const [a, b] of spans) expect(internSlice(line, a, b)).toBe(line.slice(a, b));
    for (let k = spans.length - 1; k >= 0; k--) {
      const [a, b] = spans[k]!;
      expect(internSlice(line, a, b)).toBe(line.slice(a, b));
    }
  });

  it("finds the slot the tokenizer found for the same text (both hash alike)", () => {
    for (const word of ["وزير", "الخارجية", "Minister", "2024", "،", "😀", "3.5"]) {
      const tokens = tokenize(` ${word} `);
      const slot = tokenSlots(tokens)![0]!;
      expect(internSlice(`x${word}`, 1, word.length + 1)).toBe(tokens[0]!.text);
      expect(internedSlot()).toBe(slot);
    }
  });
});
