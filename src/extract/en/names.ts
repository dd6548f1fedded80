// compromise as a candidate finder for personal names that no title rule reached. It runs only on
// sentences that have a capitalized run of two or more words outside known entities, and its
// offsets (into the sentence text it was given) are mapped back to document tokens and verified.
import nlp from "compromise";
import type { Doc } from "../../text/document.js";
import { STOP_WORDS } from "../../lexicon/en.js";
import { isCapWord, type Claims } from "./util.js";
import { nameForward, skipHonorifics } from "./people.js";

export interface NameCandidate { first: number; last: number }

/** Does the sentence have two adjacent unclaimed capitalized words (not at its very start)? */
function needsNlp(doc: Doc, first: number, last: number, claims: Claims): boolean {
  for (let i = first + 1; i + 1 < last; i++) {
    if (!claims[i] && !claims[i + 1] && isCapWord(doc.tokens[i]) && isCapWord(doc.tokens[i + 1]) && !STOP_WORDS.has(doc.tokens[i]!.text)) return true;
  }
  return false;
}

export let nlpCalls = 0;

export function nameCandidates(doc: Doc, claims: Claims): NameCandidate[] {
  const out: NameCandidate[] = [];
  for (const s of doc.sentences) {
    if (!needsNlp(doc, s.first, s.last, claims)) continue;
    const base = doc.tokens[s.first]!.start;
    const text = doc.norm.slice(base, doc.tokens[s.last - 1]!.end);
    nlpCalls++;
    const people = nlp(text).people().json({ offset: true }) as { text: string; offset: { start: number; length: number } }[];
    for (const p of people) {
      // compromise's text may carry trailing punctuation or a title ("Minister Abdul Amir al-Shammari.")
      const s0 = base + p.offset.start;
      const s1 = s0 + p.offset.length;
      let i = s.first;
      while (i < s.last && doc.tokens[i]!.end <= s0) i++;
      let j = i;
      while (j < s.last && doc.tokens[j]!.start < s1) j++;
      // take the longest unclaimed personal-name run inside compromise's span
      // a name after "in/at/to/from" is more often a place ("at Bait Al Falaj")
      if (/^(in|at|to|from|near|via)$/i.test(doc.tokens[i - 1]?.text ?? "")) continue;
      for (let k = i; k < j; k++) {
        if (claims[k] || !isCapWord(doc.tokens[k]) || STOP_WORDS.has(doc.tokens[k]!.text)) continue;
        const h = skipHonorifics(doc, k, j);
        if (h.honorifics.length) { k = h.next - 1; continue; }
        const end = Math.min(nameForward(doc, k, s.last, claims), j + 1);
        if (end - k >= 2) { out.push({ first: k, last: end }); break; }
      }
    }
  }
  return out;
}
