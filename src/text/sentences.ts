// Paragraphs (split at newlines) and sentences (split at terminal punctuation inside a paragraph).
import type { Token } from "./tokens.js";

export interface Sentence {
  index: number;
  /** Token range [first, last). */
  first: number;
  last: number;
  paragraph: number;
}

/** Terminal punctuation: . ! ? ؟ … (each a token of one unit). */
const isTerminal = (c: number) => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x61f || c === 0x2026;

/**
 * A sentence longer than this many tokens (text with no punctuation, a list, hostile input) is cut
 * at its next comma or semicolon, and at twice this length anywhere, so that every rule that reads a
 * sentence stays linear in the length of the text. News sentences are far shorter.
 */
export const MAX_SENTENCE_TOKENS = 160;
/** Where a long sentence may be cut: ، , ؛ ; */
const isSoftBreak = (c: number) => c === 0x60c || c === 0x2c || c === 0x61b || c === 0x3b;
/** A closing quote or bracket, kept with the terminal before it: " ' ” ’ » ) ] */
const isCloser = (c: number) => c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x29 || c === 0x5d;

/** The one unit of a punctuation token's text, else -1 (a word, a number, a surrogate pair). */
function punctUnit(t: Token): number {
  return t.kind === "punct" && t.text.length === 1 ? t.text.charCodeAt(0) : -1;
}

/**
 * Sentences of a document's tokens: split at newlines, after terminal punctuation (with the
 * terminals and closing quotes that follow it), not after an abbreviation's "." (Dr., Gen., U.S.,
 * single letters), and in long runs (MAX_SENTENCE_TOKENS). When `sentenceOf` is given (one int per
 * token), each token's sentence index goes there.
 */
export function splitSentences(tokens: Token[], abbreviations: Set<string>, sentenceOf?: Int32Array): Sentence[] {
  const out: Sentence[] = [];
  const n = tokens.length;
  let first = 0;
  let paragraph = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (t.newlineBefore && i > 0) {
      if (i > first) { addSentence(out, first, i, paragraph, sentenceOf); first = i; }
      paragraph++;
    }
    if (i - first < MAX_SENTENCE_TOKENS) {
      // the common case: only a terminal can end the sentence here
      if (t.kind !== "punct" || !isTerminal(punctUnit(t))) continue;
    } else {
      const c = punctUnit(t);
      if (isSoftBreak(c) || i - first >= 2 * MAX_SENTENCE_TOKENS) {
        const last = i + (t.kind === "punct" ? 1 : 0);
        if (last > first) addSentence(out, first, last, paragraph, sentenceOf);
        first = last;
        continue;
      }
      if (!isTerminal(c)) continue;
    }
    if (t.text === "." && i > 0) {
      const prev = tokens[i - 1]!;
      if (prev.end === t.start && prev.kind === "word") {
        const p = prev.text.toLowerCase();
        if (abbreviations.has(p) || (p.length === 1 && i + 1 < n && !tokens[i + 1]!.newlineBefore)) continue;
      }
    }
    // keep runs of terminals together ("?!", "..."), then a closing quote or bracket right after
    // the terminal belongs to the sentence
    let j = i + 1;
    while (j < n && !tokens[j]!.newlineBefore && isTerminal(punctUnit(tokens[j]!))) j++;
    while (j < n && !tokens[j]!.newlineBefore && isCloser(tokens[j]!.text.length === 1 ? tokens[j]!.text.charCodeAt(0) : -1)) j++;
    addSentence(out, first, j, paragraph, sentenceOf);
    first = j;
    i = j - 1;
  }
  if (n > first) addSentence(out, first, n, paragraph, sentenceOf);
  return out;
}

/** Adds the sentence of tokens [first, last) (a module function: a closure would keep `first` in a context). */
function addSentence(out: Sentence[], first: number, last: number, paragraph: number, sentenceOf: Int32Array | undefined): void {
  const index = out.length;
  out.push({ index, first, last, paragraph });
  if (sentenceOf !== undefined) for (let k = first; k < last; k++) sentenceOf[k] = index;
}
