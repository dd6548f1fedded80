import { describe, expect, it } from "vitest";
import { docWords, makeDoc } from "../../src/text/document.js";
import { tokenize, tokenSlots } from "../../src/text/tokens.js";
import { internGeneration } from "../../src/text/intern.js";

describe("Words found by intern slot", () => {
  it("gives each token the Word of its own text, the same Word for the same text", () => {
    const doc = makeDoc("قال وزير الخارجية إن وزير الداخلية قال، وقال آخر: قال");
    const words = docWords(doc);
    for (let k = 0; k < doc.tokens.length; k++) expect(words[k]!.text).toBe(doc.tokens[k]!.text);
    expect(words[0]).toBe(words[doc.tokens.length - 1]);
    expect(words[1]).toBe(words[4]);
    // a second document with the same words finds the same records
    const again = makeDoc("وزير قال");
    const w2 = docWords(again);
    expect(w2[0]).toBe(words[1]);
    expect(w2[1]).toBe(words[0]);
  });

  it("has slots only for the list tokenize made last", () => {
    const a = tokenize("وزير الخارجية");
    expect(tokenSlots(a)).not.toBeNull();
    const b = tokenize("وزير");
    expect(tokenSlots(a)).toBeNull();
    expect(tokenSlots(b)).not.toBeNull();
  });

  it("stays right when the intern table starts again, part way through a document or after it", () => {
    // more distinct words than the intern table keeps, in one document
    const many: string[] = [];
    for (let i = 0; i < 40_000; i++) many.push(`w${i.toString(36)}`);
    const before = internGeneration();
    const big = makeDoc(many.join(" "));
    expect(internGeneration()).toBeGreaterThan(before);
    const words = docWords(big);
    for (let k = 0; k < big.tokens.length; k += 997) expect(words[k]!.text).toBe(big.tokens[k]!.text);
    // documents read after a restart, with texts now in other slots
    for (let round = 0; round < 3; round++) {
      const doc = makeDoc(`${many.slice(round * 20_000, round * 20_000 + 20_000).join(" ")} قال وزير`);
      const w = docWords(doc);
      for (let k = 0; k < doc.tokens.length; k += 499) expect(w[k]!.text).toBe(doc.tokens[k]!.text);
      expect(w[w.length - 1]!.text).toBe("وزير");
    }
  });
});
