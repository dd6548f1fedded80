import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { makeDoc } from "../../src/text/document.js";
import { MAX_SENTENCE_TOKENS, splitSentences, type Sentence } from "../../src/text/sentences.js";
import type { Token } from "../../src/text/tokens.js";
import { ABBREVIATIONS } from "../../src/lexicon/abbreviations.js";

// The rules splitSentences implements, written plainly: a newline ends a sentence and starts a
// paragraph; a terminal (with the terminals and closing quotes that follow it on the line) ends one,
// unless it is the "." of an abbreviation or of a single letter followed on the same line; a
// sentence of MAX_SENTENCE_TOKENS tokens or more ends after its next comma or semicolon, or at
// twice that length.
const TERMINALS = new Set([".", "!", "?", "؟", "…"]);
const SOFT_BREAKS = new Set(["،", ",", "؛", ";"]);
function reference(tokens: Token[], abbreviations: Set<string>): Sentence[] {
  const out: Sentence[] = [];
  let first = 0;
  let paragraph = 0;
  const push = (last: number) => {
    if (last > first) out.push({ index: out.length, first, last, paragraph });
    first = last;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.newlineBefore && i > first) { push(i); paragraph++; }
    else if (t.newlineBefore && i === first && i > 0) paragraph++;
    if (i - first >= MAX_SENTENCE_TOKENS && ((t.kind === "punct" && SOFT_BREAKS.has(t.text)) || i - first >= 2 * MAX_SENTENCE_TOKENS)) {
      push(i + (t.kind === "punct" ? 1 : 0));
      continue;
    }
    if (t.kind === "punct" && TERMINALS.has(t.text)) {
      const prev = tokens[i - 1];
      const next = tokens[i + 1];
      if (t.text === "." && prev && prev.end === t.start && prev.kind === "word") {
        const p = prev.text.toLowerCase();
        if (abbreviations.has(p) || (p.length === 1 && next && !next.newlineBefore)) continue;
      }
      let j = i + 1;
      while (j < tokens.length && tokens[j]!.kind === "punct" && TERMINALS.has(tokens[j]!.text) && !tokens[j]!.newlineBefore) j++;
      while (j < tokens.length && !tokens[j]!.newlineBefore && /^["'”’»)\]]$/.test(tokens[j]!.text)) j++;
      push(j);
      i = j - 1;
    }
  }
  push(tokens.length);
  return out;
}

const pieces = [
  "وزير", " ", " ", " ", "\n", "\n\n", ".", ". ", "!", "?", "؟", "…", "...", "?!", "،", ",", "؛", ";", "\"", "'", "”", "’", "»",
  ")", "]", "«", "(", "Dr", "dr", "U.S", "a", "B", "12", "3.5", "😀", "x", "-", ":",
];

describe("splitSentences", () => {
  it("agrees with the plain rules on any mix of terminals, abbreviations, quotes, newlines and long runs", () => {
    const part = fc.oneof(
      { weight: 20, arbitrary: fc.constantFrom(...pieces) },
      { weight: 1, arbitrary: fc.constantFrom(...pieces).chain((p) => fc.integer({ min: 100, max: 400 }).map((k) => `${p} `.repeat(k))) },
    );
    fc.assert(fc.property(fc.array(part, { maxLength: 40 }), (parts) => {
      const doc = makeDoc(parts.join(""));
      const want = reference(doc.tokens, ABBREVIATIONS);
      expect(doc.sentences).toEqual(want);
      const of = new Int32Array(doc.tokens.length);
      for (const s of want) for (let k = s.first; k < s.last; k++) of[k] = s.index;
      expect(Array.from(doc.sentenceOf)).toEqual(Array.from(of));
      expect(splitSentences(doc.tokens, ABBREVIATIONS)).toEqual(want);
    }), { numRuns: 2000 });
  });
});
