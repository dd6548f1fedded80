// The word flags the people rules skip tokens by (PERSON_START, PERSON_CUE_BEFORE, REFERENCE_WORD) are
// on wherever the WordFacts they stand for say a rule may start, a cue stands or a reference may be.
import { describe, expect, it } from "vitest";
import { docFlags, makeDoc } from "../../src/text/document.js";
import { countryAt } from "../../src/lexicon/countries.js";
import {
  coordinatedShape, countryAtWord, nameFactsOf, wordFactsAt, NOT_A_WORD, PERSON_CUE_BEFORE, PERSON_START, READ_ALL_CLOSED,
  READ_MINISTER_ANAPHOR, READ_PROFESSION, REFERENCE_WORD, TITLED_RULE_READS, W_GIVEN, W_PERSON_CUE, W_SPEECH_VERB,
} from "../../src/extract/ar/names-words.js";

const TEXT = "وقال وزير الخارجية السعودي الأمير فيصل بن فرحان ونظيره التركي هاكان فيدان إن الوزير والرئيس "
  + "بوش ولشيراك ومحمد وكلارنس سيدورف، والمدافع البرازيلي اندرسون، 2024 السفير الأمريكي قال";

describe("people word flags", () => {
  it("are on wherever a people rule may start or a cue stands", () => {
    const doc = makeDoc(TEXT);
    const flags = docFlags(doc);
    doc.tokens.forEach((t, i) => {
      const f = wordFactsAt(doc, i);
      if (t.kind !== "word") { expect(f).toBe(NOT_A_WORD); return; }
      const start = (f.reads & TITLED_RULE_READS) !== 0 || (f.bits & W_GIVEN) !== 0 || f.given !== undefined || f.familyPrefix >= 0 || coordinatedShape(f);
      const cue = (f.bits & (W_PERSON_CUE | W_SPEECH_VERB)) !== 0 || (f.reads & READ_PROFESSION) !== 0;
      expect((flags[i]! & PERSON_START) !== 0, t.text).toBe(start);
      expect((flags[i]! & PERSON_CUE_BEFORE) !== 0, t.text).toBe(cue);
      const reference = (f.reads & READ_MINISTER_ANAPHOR) !== 0 || (f.reads & READ_ALL_CLOSED) === 0;
      expect((flags[i]! & REFERENCE_WORD) !== 0, t.text).toBe(reference);
    });
    // (a few words of each kind are in the text)
    expect(doc.tokens.filter((_, i) => (flags[i]! & PERSON_START) !== 0).length).toBeGreaterThan(8);
    expect(doc.tokens.filter((_, i) => (flags[i]! & PERSON_CUE_BEFORE) !== 0).length).toBeGreaterThan(1);
    expect(doc.tokens.filter((_, i) => (flags[i]! & REFERENCE_WORD) !== 0).length).toBeGreaterThan(8);
    expect(doc.tokens.filter((t, i) => t.kind === "word" && (flags[i]! & REFERENCE_WORD) === 0).length).toBeGreaterThan(1);
  });

  it("countryAtWord answers as countryAt, asked once or again, across documents", () => {
    const first = makeDoc(TEXT);
    const second = makeDoc("زار الرئيس المصري فرنسا والمملكة العربية السعودية وقال السفير الكوري الجنوبي");
    for (const doc of [first, second, first]) {
      for (let pass = 0; pass < 2; pass++) {
        doc.tokens.forEach((_, i) => expect(countryAtWord(doc, i), String(i)).toEqual(countryAt(doc.tokens, i)));
      }
      expect(doc.tokens.some((_, i) => countryAtWord(doc, i) !== null)).toBe(true);
      expect(countryAtWord(doc, -1)).toBeNull();
      expect(countryAtWord(doc, doc.tokens.length)).toBeNull();
    }
  });

  it("wordFactsAt reads as nameFactsOf, and NOT_A_WORD outside the document", () => {
    const doc = makeDoc(TEXT);
    const all = nameFactsOf(doc);
    expect(all.length).toBe(doc.tokens.length);
    all.forEach((f, i) => expect(wordFactsAt(doc, i)).toBe(f));
    expect(wordFactsAt(doc, -1)).toBe(NOT_A_WORD);
    expect(wordFactsAt(doc, doc.tokens.length)).toBe(NOT_A_WORD);
  });
});
