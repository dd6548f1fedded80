import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { makeDoc } from "../../src/text/document.js";
import { detectLanguage } from "../../src/text/language.js";
import { normalize } from "../../src/text/normalize.js";

const pieces = [
  "وزير", "الخارجية", "، ", "؟", "minister", "Foreign", "Élysée", " ", "  ", "\n", "\n\n", "12", "٣", ".", "ﻻ", "\ufeff",
  "\u200f", "ک", "😀", "ب".repeat(70), "x".repeat(80), "ژ", "ݐ",
];

describe("detectLanguage", () => {
  it("reads a document's tokens to the same answer as its text", () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
      const doc = makeDoc(parts.join(""));
      const byTokens = detectLanguage(doc.norm);
      normalize("x"); // doc.norm is no longer the text normalized last: its characters are read
      expect(byTokens).toBe(detectLanguage(doc.norm));
    }), { numRuns: 3000 });
  });
  it("tells Arabic, English and bilingual documents apart", () => {
    const ar = "استقبل وزير الخارجية نظيره الفرنسي في بيروت وبحث معه العلاقات الثنائية بين البلدين.";
    const en = "The foreign minister received his French counterpart in Beirut and discussed bilateral relations.";
    expect(detectLanguage(makeDoc(ar).norm)).toBe("ar");
    expect(detectLanguage(makeDoc(en).norm)).toBe("en");
    expect(detectLanguage(makeDoc(`${ar}\n${en}`).norm)).toBe("mixed");
    expect(detectLanguage(makeDoc("12 , 34 - 5").norm)).toBe("unknown");
  });
});
