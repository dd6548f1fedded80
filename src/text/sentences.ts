// Paragraphs (split at newlines) and sentences (split at terminal punctuation inside a paragraph).
import type { Token } from "./tokens.js";

export interface Sentence {
  index: number;
  /** Token range [first, last). */
  first: number;
  last: number;
  paragraph: number;
}

const TERMINALS = new Set([".", "!", "?", "؟", "…"]);

/**
 * A sentence longer than this many tokens (text with no punctuation, a list, hostile input) is cut
 * at its next comma or semicolon, and at twice this length anywhere, so that every rule that reads a
 * sentence stays linear in the length of the text. News sentences are far shorter.
 */
export const MAX_SENTENCE_TOKENS = 160;
const SOFT_BREAKS = new Set(["،", ",", "؛", ";"]);

/** Tokens that end with "." but do not end a sentence (Dr., Gen., U.S., single letters). */
export function splitSentences(tokens: Token[], abbreviations: Set<string>): Sentence[] {
  const out: Sentence[] = [];
  let first = 0;
  let paragraph = 0;
  const push = (last: number) => {
    if (last > first) out.push({ index: out.length, first, last, paragraph });
    first = last;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.newlineBefore && i > first) {
      push(i);
      paragraph++;
    } else if (t.newlineBefore && i === first && i > 0) {
      paragraph++;
    }
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
      // keep runs of terminals together ("?!", "...")
      let j = i + 1;
      while (j < tokens.length && tokens[j]!.kind === "punct" && TERMINALS.has(tokens[j]!.text) && !tokens[j]!.newlineBefore) j++;
      // a closing quote or bracket right after the terminal belongs to the sentence
      while (j < tokens.length && !tokens[j]!.newlineBefore && /^["'”’»)\]]$/.test(tokens[j]!.text)) j++;
      push(j);
      i = j - 1;
    }
  }
  push(tokens.length);
  return out;
}
