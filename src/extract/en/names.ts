// compromise as a candidate finder for personal names that no title rule reached. It runs only on
// sentences that have a run of two or more capitalized words outside known entities, and reads only
// a window of a few words around each such run; its offsets (into the window text) are mapped back
// to document tokens.
import { createRequire } from "node:module";
import type nlpType from "compromise";

// compromise is loaded on first use, so that importing the English rules costs nothing for Arabic runs.
let nlpFn: typeof nlpType | null = null;
const nlp: typeof nlpType = ((text: string) => {
  nlpFn ??= createRequire(import.meta.url)("compromise") as typeof nlpType;
  return nlpFn(text);
}) as typeof nlpType;
import type { Doc } from "../../text/document.js";
import { STOP_WORDS } from "../../lexicon/en.js";
import { isCapWord, type Claims } from "./util.js";
import { nameForward, skipHonorifics } from "./people.js";

export interface NameCandidate { first: number; last: number }

/** Windows of the sentence around runs of two or more unclaimed capitalized words (compromise reads only these). */
function windows(doc: Doc, first: number, last: number, claims: Claims): { first: number; last: number }[] {
  const out: { first: number; last: number }[] = [];
  for (let i = first; i + 1 < last; i++) {
    if (!claims[i] && !claims[i + 1] && isCapWord(doc.tokens[i]) && isCapWord(doc.tokens[i + 1]) && !STOP_WORDS.has(doc.tokens[i]!.text)) {
      let j = i + 2;
      while (j < last && !claims[j] && isCapWord(doc.tokens[j])) j++;
      const w = { first: Math.max(first, i - 4), last: Math.min(last, j + 4) };
      const prev = out[out.length - 1];
      if (prev && prev.last >= w.first) prev.last = w.last; else out.push(w);
      i = j;
    }
  }
  return out;
}

export let nlpCalls = 0;

export function nameCandidates(doc: Doc, claims: Claims): NameCandidate[] {
  const out: NameCandidate[] = [];
  // all windows in one compromise call (its per-call cost dominates short texts); paragraphs keep them apart
  const parts: { w: { first: number; last: number }; at: number; base: number; len: number }[] = [];
  let joinedText = "";
  for (const s of doc.sentences) for (const w of windows(doc, s.first, s.last, claims)) {
    const base = doc.tokens[w.first]!.start;
    const text = doc.norm.slice(base, doc.tokens[w.last - 1]!.end).replace(/\n/g, " ");
    if (joinedText) joinedText += "\n\n";
    parts.push({ w, at: joinedText.length, base, len: text.length });
    joinedText += text;
  }
  if (!parts.length) return out;
  // beside compromise: "said Hani Sewilam", "Hani Sewilam said" (two or three capitalized words at a speech verb)
  for (const s of doc.sentences) {
    for (let i = s.first; i < s.last; i++) {
      if (claims[i] || !isCapWord(doc.tokens[i]) || STOP_WORDS.has(doc.tokens[i]!.text)) continue;
      const end = nameForward(doc, i, s.last, claims);
      if (end < 0) continue;
      const words = doc.tokens.slice(i, end).filter((t) => t.kind === "word" && isCapWord(t)).length;
      const before = doc.tokens[i - 1]?.text.toLowerCase() ?? "";
      const after = doc.tokens[end]?.text.toLowerCase() ?? "";
      const prep = /^(at|of|from|by|in|with|for)$/.test(before);
      if (words >= 2 && words <= 4 && !prep && (/^(said|says|told|added|stated)$/.test(before) || /^(said|says|told|added|stated)$/.test(after)) && !out.some((o) => o.first === i))
        out.push({ first: i, last: end });
      i = Math.max(i, end - 1);
    }
  }
  nlpCalls++;
  const people = nlp(joinedText).people().json({ offset: true }) as { text: string; offset: { start: number; length: number } }[];
  let p = 0;
  for (const person of people) {
    const j0 = person.offset.start;
    while (p + 1 < parts.length && parts[p + 1]!.at <= j0) p++;
    const part = parts[p]!;
    const w = part.w;
    // compromise's text may carry trailing punctuation or a title ("Minister Abdul Amir al-Shammari.")
    const s0 = part.base + (j0 - part.at);
    const s1 = part.base + Math.min(part.len, j0 + person.offset.length - part.at);
    let i = w.first;
    while (i < w.last && doc.tokens[i]!.end <= s0) i++;
    let j = i;
    while (j < w.last && doc.tokens[j]!.start < s1) j++;
    // a name after "in/at/to/from" is more often a place ("at Bait Al Falaj")
    if (/^(in|at|to|from|near|via)$/i.test(doc.tokens[i - 1]?.text ?? "")) continue;
    // take the longest unclaimed personal-name run inside compromise's span
    for (let k = i; k < j; k++) {
      if (claims[k] || !isCapWord(doc.tokens[k]) || STOP_WORDS.has(doc.tokens[k]!.text)) continue;
      const h = skipHonorifics(doc, k, j);
      if (h.honorifics.length) { k = h.next - 1; continue; }
      const end = Math.min(nameForward(doc, k, w.last, claims), j + 1);
      if (end - k >= 2 && !out.some((o) => o.first < end && k < o.last)) { out.push({ first: k, last: end }); break; }
    }
  }
  return out;
}
