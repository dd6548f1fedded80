// English ministers and titled people. Our own title rules find most names ("Interior Minister X",
// "X, Saudi Arabia's interior minister", "his Egyptian counterpart X", "President X", "Prince X");
// compromise proposes the remaining personal names in sentences that have capitalized runs.
import type { Doc } from "../../text/document.js";
import { originalText } from "../../text/document.js";
import type { CountryBasis, Portfolio } from "../../types.js";
import type { MinisterFact, PersonFact, Span } from "../facts.js";
import {
  EN_GAZETTEER, HONORIFICS, MINISTER_CORE_RE, MINISTER_TITLE_FIRST, MINISTER_TITLE_RE, NAME_CONNECTORS, PERSON_TITLES, STOP_WORDS, TITLE_QUALIFIERS, TRIGGER_FIRST_WORDS,
  corePortfolio, titleCountry,
} from "../../lexicon/en.js";
import type { EntityIndex } from "./entities.js";
import { claim, free, isCapWord, joined, span } from "./util.js";

export interface PeopleResult {
  ministers: MinisterFact[];
  people: PersonFact[];
  /** Mentions that stand for a person without naming them ("the minister", "the crown prince"): token → person key. */
}

interface Found {
  kind: "minister" | "person";
  nameSpan: Span;
  titleSpan: Span | null;
  title: string;
  portfolio?: Portfolio;
  country: string | null;
  basis?: CountryBasis;
  honorifics: string[];
  role?: string;
  /** The title without its country qualifier ("Interior Minister"). */
  core?: string;
}

/** Minister title starting at token i: its token range and portfolio. */
export function matchMinisterTitle(doc: Doc, i: number): { first: number; last: number; portfolio: Portfolio | null; text: string } | null {
  const t = doc.tokens[i];
  if (!t || t.kind !== "word" || !MINISTER_TITLE_FIRST.has(t.text.toLowerCase())) return null;
  MINISTER_TITLE_RE.lastIndex = t.start;
  const m = MINISTER_TITLE_RE.exec(doc.norm);
  if (!m) return null;
  const end = t.start + m[0].length;
  let last = i;
  while (last < doc.tokens.length && doc.tokens[last]!.end <= end) last++;
  if (doc.tokens[last - 1]!.end !== end) return null;
  // "Minister of Health and Population Khaled ...": a capitalized "and X" still belongs to the portfolio
  // when a name follows it
  const T = doc.tokens;
  while (T[last]?.text === "and" && isCapWord(T[last + 1]) && !STOP_WORDS.has(T[last + 1]!.text) && isCapWord(T[last + 2]) && !T[last + 1]!.newlineBefore) {
    MINISTER_TITLE_RE.lastIndex = T[last + 1]!.start;
    if (MINISTER_TITLE_RE.exec(doc.norm)) break;
    last += 2;
  }
  const text = doc.norm.slice(t.start, T[last - 1]!.end);
  let portfolio: Portfolio | null = null;
  let deputy = false;
  for (const c of m[0].matchAll(MINISTER_CORE_RE)) {
    const p = corePortfolio(c[0]);
    if (p === "deputy") { deputy = true; continue; }
    if (p && !portfolio) portfolio = p;
  }
  if (!portfolio && deputy) portfolio = "other";
  return { first: i, last, portfolio, text };
}

/** Honorifics starting at i: their texts and the index after them. */
export function skipHonorifics(doc: Doc, i: number, limit: number): { next: number; honorifics: string[] } {
  const honorifics: string[] = [];
  let j = i;
  for (;;) {
    const m = HONORIFICS.matchAt(doc.tokens, j, false, limit);
    if (!m) break;
    let last = m.last;
    if (doc.tokens[last]?.text === "." && joined(doc.tokens[last - 1], doc.tokens[last])) last++;
    honorifics.push(originalText(doc, m.first, last));
    j = last;
  }
  return { next: j, honorifics };
}

/** End (exclusive) of a personal name starting at i, or -1. */
export function nameForward(doc: Doc, i: number, limit: number, claims?: (string | undefined)[]): number {
  const T = doc.tokens;
  let j = i;
  let lastGood = -1;
  while (j < limit) {
    const t = T[j]!;
    if (j > i && t.newlineBefore) break;
    if (claims?.[j]) break;
    // an initial: "K. Shanmugam"
    if (isCapWord(t) && t.text.length === 1 && T[j + 1]?.text === "." && joined(t, T[j + 1]) && isCapWord(T[j + 2])) { j += 2; continue; }
    if (isCapWord(t) && !STOP_WORDS.has(t.text) && !(j === i && NAME_CONNECTORS.has(t.text) && !isCapWord(T[j + 1]) && T[j + 1]?.text !== "-")) {
      // a title word ends the name ("... Al-Sabah Minister"), and so does a headline's verb ("Foreign Minister Meets …")
      if (j > i && matchTitleWord(doc, j)) break;
      if (TRIGGER_FIRST_WORDS.has(t.text.toLowerCase())) break;
      j++; lastGood = j; continue;
    }
    if (t.kind === "punct" && (t.text === "-" || t.text === "'" || t.text === "’") && j > i && joined(T[j - 1], t) && T[j + 1]?.kind === "word" && joined(t, T[j + 1]) && T[j + 1]!.text !== "s") { j++; continue; }
    if (t.kind === "word" && NAME_CONNECTORS.has(t.text) && (isCapWord(T[j + 1]) || (T[j + 1]?.text === "-" && joined(t, T[j + 1])))) { j++; continue; }
    break;
  }
  return lastGood;
}

function matchTitleWord(doc: Doc, j: number): boolean {
  const w = doc.tokens[j]!.text;
  return /^(Minister|Ministers|Secretary|President|Ambassador|Commander|Chief|Director|Governor|Spokesman|Chairman|Envoy|Adviser|Advisor)$/.test(w);
}

/** Start of a personal name ending at `end` (exclusive), scanning back, honorifics removed. */
function nameBackward(doc: Doc, end: number, from: number): { first: number; honorifics: string[] } | null {
  const T = doc.tokens;
  let k = end - 1;
  let first = -1;
  while (k >= from) {
    const t = T[k]!;
    if (isCapWord(t) && !STOP_WORDS.has(t.text)) { first = k; if (t.newlineBefore) break; k--; continue; }
    if (t.kind === "word" && NAME_CONNECTORS.has(t.text) && first > 0) { k--; continue; }
    if (t.kind === "punct" && (t.text === "-" || t.text === "'") && joined(T[k - 1], t) && joined(t, T[k + 1])) { k--; continue; }
    if (t.text === "." && T[k - 1] && joined(T[k - 1], t) && /^(Lt|Gen|Maj|Dr|Brig|Col|Capt|Adm|Mr|Mrs|Ms|Eng|Prof)$/.test(T[k - 1]!.text)) { k--; continue; }
    break;
  }
  if (first < 0) return null;
  while (first < end && NAME_CONNECTORS.has(T[first]!.text) && !isCapWord(T[first]!)) first++;
  const h = skipHonorifics(doc, first, end);
  if (h.next >= end) return null;
  return { first: h.next, honorifics: h.honorifics };
}

/** Country qualifier ending right before token i ("Saudi", "Egypt's", "U.S.", "Union"): its span and code. */
function qualifierBefore(doc: Doc, i: number, idx: EntityIndex): { first: number; code: string | null } | null {
  const T = doc.tokens;
  let end = i;
  if (T[i - 1]?.text === "s" && T[i - 2]?.text === "'" ) end = i - 2;
  for (let first = Math.max(0, end - 4); first < end; first++) {
    const c = idx.countryAt.get(first);
    if (c && c.last === end) return { first, code: c.code };
  }
  const w = T[i - 1];
  if (w && TITLE_QUALIFIERS.has(w.text.toLowerCase())) return { first: i - 1, code: TITLE_QUALIFIERS.get(w.text.toLowerCase())! };
  return null;
}

/** "of Germany", "to Jordan" after a title: the qualifier countries and the index after them. */
function ofCountries(doc: Doc, i: number, idx: EntityIndex): { next: number; codes: string[] } {
  const codes: string[] = [];
  let j = i;
  for (;;) {
    const w = doc.tokens[j];
    if (!w || !/^(of|to|in)$/.test(w.text)) break;
    let k = j + 1;
    if (doc.tokens[k]?.text === "the") k++;
    const c = idx.countryAt.get(k);
    if (!c) break;
    codes.push(c.code);
    j = c.last;
  }
  return { next: j, codes };
}

export type { Found };

/** Titles standing for a minister without naming them. */
export interface Anaphor { span: Span; portfolio: Portfolio | null; country: string | null }

export function findPeople(doc: Doc, idx: EntityIndex, anaphors: Anaphor[] = []): Found[] {
  const T = doc.tokens;
  const found: Found[] = [];
  const claims = idx.claims;
  // passes: minister titles, counterparts, other titles, honorifics (a title beats an honorific that precedes it)
  for (const pass of [1, 2, 3, 4]) for (const s of doc.sentences) {
    for (let i = s.first; i < s.last; i++) {
      if (claims[i] || T[i]!.kind !== "word") continue;
      // --- minister titles -----------------------------------------------------------------------
      const mt = pass === 1 ? matchMinisterTitle(doc, i) : null;
      if (mt) {
        const prevWord = T[i - 1]?.text.toLowerCase();
        const deputyOnly = prevWord && /^(deputy|assistant|under|vice|former)$/.test(prevWord) && mt.portfolio !== "other";
        const q = qualifierBefore(doc, i, idx);
        const titleFirst = q ? q.first : i;
        let country: string | null = q?.code ?? null;
        let basis: CountryBasis | undefined = country ? "explicit" : undefined;
        const oc = ofCountries(doc, mt.last, idx);
        if (!country && oc.codes.length) { country = oc.codes[0]!; basis = "explicit"; }
        const implied = titleCountry(mt.text);
        if (!country && implied) { country = implied; basis = "context"; }
        let j = oc.next;
        if (T[j]?.text === ",") j++;
        const h = skipHonorifics(doc, j, s.last);
        const end = nameForward(doc, h.next, s.last, claims);
        const title = originalText(doc, titleFirst, mt.last);
        if (end > h.next) {
          found.push({ kind: deputyOnly ? "person" : "minister", nameSpan: span(h.next, end), titleSpan: span(titleFirst, mt.last), title: deputyOnly ? `${T[i - 1]!.text} ${title}` : title,
            ...(mt.portfolio ? { portfolio: mt.portfolio } : {}), country, ...(basis ? { basis } : {}), honorifics: h.honorifics, core: originalText(doc, i, mt.last) });
          claim(claims, titleFirst, mt.last, "title");
          claim(claims, h.next, end, "person");
          i = end - 1;
          continue;
        }
        // apposition: "X, Saudi Arabia's interior minister" / "X, Deputy Prime Minister and Minister of Interior,"
        let before = titleFirst;
        if (T[before - 1]?.text.toLowerCase() === "the") before--;
        if (T[before - 1]?.text === "," && mt.portfolio) {
          const nb = nameBackward(doc, before - 1, s.first);
          if (nb && free(claims, nb.first, before - 1)) {
            found.push({ kind: deputyOnly ? "person" : "minister", nameSpan: span(nb.first, before - 1), titleSpan: span(titleFirst, mt.last), title,
              portfolio: mt.portfolio, country, ...(basis ? { basis } : {}), honorifics: nb.honorifics, core: originalText(doc, i, mt.last) });
            claim(claims, nb.first, before - 1, "person");
            claim(claims, titleFirst, mt.last, "title");
            i = mt.last - 1;
            continue;
          }
        }
        // a title without a name ("the minister", "the Saudi interior minister"): a mention of someone named before
        if (!/^ministers$/i.test(T[mt.last]?.text ?? "")) anaphors.push({ span: span(titleFirst, mt.last), portfolio: mt.text.toLowerCase() === "minister" ? null : mt.portfolio, country });
        claim(claims, titleFirst, mt.last, "title");
        i = mt.last - 1;
        continue;
      }
      // --- counterparts ----------------------------------------------------------------------------
      if (pass === 2 && /^(his|her|their)$/i.test(T[i]!.text)) {
        let j = i + 1;
        let code: string | null = null;
        const c = idx.countryAt.get(j);
        if (c) { code = c.code; j = c.last; }
        if (/^counterparts?$/i.test(T[j]?.text ?? "")) {
          let k = j + 1;
          if (T[k]?.text === ",") k++;
          const h = skipHonorifics(doc, k, s.last);
          const end = nameForward(doc, h.next, s.last, claims);
          if (end > h.next) {
            // the person named last before "his" (found holds each pass's finds in text order, one pass after another)
            let gov: (typeof found)[number] | undefined;
            for (const f of found) if (f.nameSpan.last <= i && (!gov || f.nameSpan.last > gov.nameSpan.last)) gov = f;
            const ministerGov = gov?.kind === "minister";
            found.push({ kind: ministerGov ? "minister" : "person", nameSpan: span(h.next, end), titleSpan: span(i + 1, j + 1),
              title: ministerGov ? gov!.core ?? gov!.title : (gov?.core ?? "counterpart"),
              ...(ministerGov ? { portfolio: gov!.portfolio! } : {}), country: code, ...(code ? { basis: "counterpart" as CountryBasis } : {}), honorifics: h.honorifics, role: "counterpart" });
            claim(claims, h.next, end, "person");
            i = end - 1;
            continue;
          }
        }
      }
      // --- other titles ----------------------------------------------------------------------------
      const pt = pass === 3 ? PERSON_TITLES.matchAt(T, i, false, s.last) : null;
      if (pt && free(claims, pt.first, pt.last)) {
        const q = qualifierBefore(doc, i, idx);
        const oc = ofCountries(doc, pt.last, idx);
        let j = oc.next;
        if (T[j]?.text === ",") j++;
        const h = skipHonorifics(doc, j, s.last);
        const end = nameForward(doc, h.next, s.last, claims);
        if (end > h.next && (isCapWord(T[i]) || h.next === pt.last || isCapWord(T[h.next]))) {
          const titleFirst = q ? q.first : i;
          found.push({ kind: "person", nameSpan: span(h.next, end), titleSpan: span(titleFirst, oc.next), title: originalText(doc, titleFirst, pt.last),
            country: q?.code ?? oc.codes[0] ?? null, honorifics: h.honorifics, role: originalText(doc, titleFirst, oc.next), core: originalText(doc, i, pt.last) });
          claim(claims, titleFirst, oc.next, "title");
          claim(claims, h.next, end, "person");
          i = end - 1;
          continue;
        }
      }
      // --- honorific + name ------------------------------------------------------------------------
      if (pass === 4 && isCapWord(T[i])) {
        const h = skipHonorifics(doc, i, s.last);
        if (h.honorifics.length) {
          const end = nameForward(doc, h.next, s.last, claims);
          if (end > h.next) {
            found.push({ kind: "person", nameSpan: span(h.next, end), titleSpan: null, title: "", country: null, honorifics: h.honorifics });
            claim(claims, h.next, end, "person");
            i = end - 1;
            continue;
          }
        }
      }
    }
  }
  // "Syrian President X and Defense Minister Y": Y serves the same country as X
  for (const f of found) {
    if (f.country || !f.titleSpan || T[f.titleSpan.first - 1]?.text !== "and") continue;
    const prev = found.find((g) => g.nameSpan.last === f.titleSpan!.first - 1 && g.country);
    if (prev) { f.country = prev.country; f.basis = "context"; }
  }
  return found;
}

/** Lower-case word keys of a name, for comparing mentions ("al-Shammari" → ["al-shammari"]). */
const NAME_WORDS = new Map<string, string[]>();
export function nameWords(name: string): string[] {
  let w = NAME_WORDS.get(name);
  if (!w) { w = splitNameWords(name); if (NAME_WORDS.size > 5000) NAME_WORDS.clear(); NAME_WORDS.set(name, w); }
  return w;
}
function splitNameWords(name: string): string[] {
  return name.toLowerCase().split(/\s+/).filter((w) => w && !/^(bin|bint|ibn|al|el|von|van|de|der|da|abu)$/.test(w));
}

/** Is `short` (a partial mention) the same person as `full`? */
export function sameName(short: string, full: string): boolean {
  const a = nameWords(short), b = nameWords(full);
  if (!a.length || !b.length) return false;
  const strip = (w: string) => w.replace(/^(al|el)-/, "");
  return a.every((w) => b.some((x) => x === w || strip(x) === strip(w)));
}

export { EN_GAZETTEER };
