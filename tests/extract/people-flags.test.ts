// The word flags the people rules skip tokens by (PERSON_START, PERSON_CUE_BEFORE) are on wherever
// the WordFacts they stand for say a rule may start or a cue stands.
import { describe, expect, it } from "vitest";
import { docFlags, makeDoc } from "../../src/text/document.js";
import {
  coordinatedShape, nameFactsOf, wordFactsAt, NOT_A_WORD, PERSON_CUE_BEFORE, PERSON_START, READ_PROFESSION, TITLED_RULE_READS,
  W_GIVEN, W_PERSON_CUE, W_SPEECH_VERB,
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
    });
    // (a few words of each kind are in the text)
    expect(doc.tokens.filter((_, i) => (flags[i]! & PERSON_START) !== 0).length).toBeGreaterThan(8);
    expect(doc.tokens.filter((_, i) => (flags[i]! & PERSON_CUE_BEFORE) !== 0).length).toBeGreaterThan(1);
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
