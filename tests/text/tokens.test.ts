import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { tokenize } from "../../src/text/tokens.js";

// The definition the scanner implements, as a regular expression.
const REFERENCE = /\p{L}+|\p{N}+(?:[.,:/]\p{N}+)*|[^\s\p{L}\p{N}]/gu;

function reference(s: string): Array<[string, number, string]> {
  return [...s.matchAll(REFERENCE)].map((m) => {
    const ch = String.fromCodePoint(m[0].codePointAt(0)!);
    return [m[0], m.index, /\p{L}/u.test(ch) ? "word" : /\p{N}/u.test(ch) ? "number" : "punct"];
  });
}

const pieces = ["ب", "وزير", "a", "Z", "٣", "7", "12", ".", ",", ":", "/", "-", " ", "\n", "\u00a0", "\u2028", "\u0301", "²", "½", "Ⅻ", "😀", "𝟙", "𐐀", "\ud800", "\udc00", "\u200b", "\ufeff", "«", "؟"];

describe("tokenize", () => {
  it("splits words, numbers with inner separators and single other characters", () => {
    const t = tokenize("التقى الوزير، في 12/5/2024 الساعة 10:30 (مساء) 1,000.5 دولار.");
    expect(t.map((x) => [x.text, x.kind])).toEqual([
      ["التقى", "word"], ["الوزير", "word"], ["،", "punct"], ["في", "word"], ["12/5/2024", "number"],
      ["الساعة", "word"], ["10:30", "number"], ["(", "punct"], ["مساء", "word"], [")", "punct"],
      ["1,000.5", "number"], ["دولار", "word"], [".", "punct"],
    ]);
    // a separator not followed by a digit ends the number
    expect(tokenize("2024. و").map((x) => x.text)).toEqual(["2024", ".", "و"]);
  });
  it("marks the first token after a newline and numbers tokens in order", () => {
    const t = tokenize("أ ب\nج  \n\nد");
    expect(t.map((x) => x.newlineBefore)).toEqual([false, false, true, true]);
    expect(t.map((x) => x.index)).toEqual([0, 1, 2, 3]);
    expect(t.map((x) => [x.start, x.end])).toEqual([[0, 1], [2, 3], [4, 5], [9, 10]]);
  });
  it("agrees with the regular-expression definition on any mix of scripts, digits, marks and surrogates", () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
      const s = parts.join("");
      expect(tokenize(s).map((t) => [t.text, t.start, t.kind])).toEqual(reference(s));
    }), { numRuns: 3000 });
  });
});
