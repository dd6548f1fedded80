import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { foldChar, normalize } from "../../src/text/normalize.js";

// The definition normalize implements, one code point at a time with foldChar: a surrogate pair is
// kept (both units map to the pair), a lone surrogate becomes U+FFFD, a dropped format character
// (\p{Cf}) joins nothing, another dropped character joins the unit kept before it, and each unit a
// character folds to maps to that character.
function reference(text: string): { norm: string; starts: number[]; ends: number[] } {
  let norm = "";
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      if (c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        norm += text.slice(i, i + 2);
        starts.push(i, i);
        ends.push(i + 2, i + 2);
        i++;
      } else {
        norm += "\ufffd";
        starts.push(i);
        ends.push(i + 1);
      }
      continue;
    }
    const f = foldChar(text[i]!);
    if (f === "") {
      if (!/\p{Cf}/u.test(text[i]!) && ends.length > 0) ends[ends.length - 1] = i + 1;
      continue;
    }
    for (let j = 0; j < f.length; j++) { starts.push(i); ends.push(i + 1); }
    norm += f;
  }
  starts.push(text.length);
  ends.push(text.length);
  return { norm, starts, ends };
}

const pieces = [
  "وزير", "الأمم", "مسؤولى", "اجتماعًا", "الـتعاون", "محمّد", "ة", "أ", "١٢", "۴", "a", "Z", "é", " ", "\n", "\t", "\r",
  "\u0000", "\u007f", "\u0085", "\u00a0", "\u2028", "\u200b", "\u200f", "\u202e", "\ufeff", "\u00ad", "\u0301", "\u064b",
  "\u0640", "\ufefb", "\ufdfa", "\ufb50", "\uff21", "ﷲ", "😀", "𝐀", "\ud800", "\udbff", "\udc00", "中", "،", ".",
  "استقبل وزير الخارجية نظيره الفرنسي في بيروت وبحث معه العلاقات الثنائية", "the minister met his counterpart in Beirut today",
];

describe("normalize's offset map", () => {
  it("agrees with the per-character definition on any mix of folds, drops, expansions, controls and surrogates", () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
      const text = parts.join("");
      const n = normalize(text);
      const r = reference(text);
      expect(n.norm).toBe(r.norm);
      expect(Array.from(n.starts)).toEqual(r.starts);
      expect(Array.from(n.ends)).toEqual(r.ends);
    }), { numRuns: 3000 });
  });

  it("keeps each document's map when later documents are normalized (long, short, and over a block's size)", () => {
    const texts = ["استقبل وزيرُ الداخليةِ نظيرَه", "a", "", "ﷺ".repeat(3000) + " وزير", "وزيرُ ".repeat(20_000), "الأمم المتحدة"];
    const kept = texts.map((t) => ({ t, n: normalize(t) }));
    for (let round = 0; round < 200; round++) normalize(texts[round % texts.length]!.slice(0, 1 + (round * 37) % 500));
    for (const { t, n } of kept) {
      const r = reference(t);
      expect(n.norm).toBe(r.norm);
      expect(Array.from(n.starts)).toEqual(r.starts);
      expect(Array.from(n.ends)).toEqual(r.ends);
    }
  });
});
