// Token helpers for the English extractors. All positions are token indices into doc.tokens or
// offsets into doc.norm; mentions are mapped to the original text by spanMention/tokenMention.
import type { Doc } from "../../text/document.js";
import type { Token } from "../../text/tokens.js";
import type { Span } from "../facts.js";

export const span = (first: number, last: number): Span => ({ first, last, prefix: 0 });

export function isCapWord(t: Token | undefined): boolean {
  return !!t && t.kind === "word" && /^\p{Lu}/u.test(t.text);
}

/** True when nothing (no space) stands between tokens a and b. */
export const joined = (a: Token | undefined, b: Token | undefined): boolean => !!a && !!b && a.end === b.start;

/** Index of the token starting exactly at normalized offset `pos`, or -1. */
export function tokenStartingAt(doc: Doc, pos: number): number {
  let lo = 0, hi = doc.tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = doc.tokens[mid]!;
    if (t.start === pos) return mid;
    if (t.start < pos) lo = mid + 1; else hi = mid - 1;
  }
  return -1;
}

/** Index of the last token ending at or before normalized offset `pos` (and after `from`), or -1. */
export function tokenEndingBy(doc: Doc, pos: number, from = 0): number {
  let best = -1;
  let lo = from, hi = doc.tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid]!.end <= pos) { best = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return best;
}

/** Token range [first, last) covering normalized [s, e) after trimming spaces and edge punctuation. */
export function charsToTokens(doc: Doc, s: number, e: number): { first: number; last: number } | null {
  let lo = 0, hi = doc.tokens.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (doc.tokens[mid]!.end <= s) lo = mid + 1; else hi = mid; }
  let first = lo;
  let last = first;
  while (last < doc.tokens.length && doc.tokens[last]!.end <= e) last++;
  while (first < last && doc.tokens[first]!.kind === "punct") first++;
  while (last > first && doc.tokens[last - 1]!.kind === "punct" && !/^[.]$/.test(doc.tokens[last - 1]!.text)) last--;
  return last > first ? { first, last } : null;
}

/** Normalized text of sentence-relative range. */
export const normSlice = (doc: Doc, first: number, last: number): string =>
  doc.norm.slice(doc.tokens[first]!.start, doc.tokens[last - 1]!.end);

/** Tokens already claimed by an entity (per token: claimant kind, or undefined). */
export type Claims = (string | undefined)[];
export function claim(claims: Claims, first: number, last: number, kind: string): void {
  for (let i = first; i < last; i++) claims[i] = kind;
}
export function free(claims: Claims, first: number, last: number): boolean {
  for (let i = first; i < last; i++) if (claims[i]) return false;
  return true;
}
