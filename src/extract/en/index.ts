// English extraction (loaded lazily by the pipeline only when an English or mixed document appears;
// compromise is imported only under this folder).
import type { Doc } from "../../text/document.js";
import { originalText } from "../../text/document.js";
import type { Interaction } from "../../types.js";
import type { EntityFacts, ExtractContext, MinisterFact, PersonFact, Span } from "../facts.js";
import { EN_ORGS } from "../../lexicon/en.js";
import { fallbackPlaces, findEntities, type EntityIndex } from "./entities.js";
import { findPeople, nameWords, sameName, type Anaphor, type Found } from "./people.js";
import { nameCandidates } from "./names.js";
import { extractEnglishDates } from "./dates.js";
import { isCapWord, joined, span } from "./util.js";
import { extractEnglishInteractions } from "./interactions.js";
import { paragraphLanguages } from "../../text/language.js";

/** Facts of the last English run, for englishInteractions (which receives only the public facts). */
const indexes = new WeakMap<EntityFacts, EntityIndex>();

interface Entity extends Found { name: string; spans: Span[] }

export interface EnglishOptions {
  /** Mixed documents: look only at paragraphs written in English (Arabic ones are the Arabic rules' job). */
  onlyEnglishParagraphs?: boolean;
}

export function englishFacts(ctx: ExtractContext, options: EnglishOptions = {}): EntityFacts {
  const doc = ctx.doc;
  const skip = options.onlyEnglishParagraphs ? nonEnglishTokens(doc) : null;
  const idx = findEntities(doc, skip);
  const dates = extractEnglishDates(doc, ctx.referenceDate, idx.claims);
  const anaphors: Anaphor[] = [];
  const found = findPeople(doc, idx, anaphors);
  for (const c of nameCandidates(doc, idx.claims)) {
    found.push({ kind: "person", nameSpan: span(c.first, c.last), titleSpan: null, title: "", country: null, honorifics: [] });
    for (let i = c.first; i < c.last; i++) idx.claims[i] = "person";
  }
  found.sort((a, b) => a.nameSpan.first - b.nameSpan.first);
  fallbackPlaces(doc, idx);

  // merge the same person found several times ("Interior Minister X", "Prince X", "his counterpart X")
  const entities: Entity[] = [];
  for (const f of found) {
    const name = originalText(doc, f.nameSpan.first, f.nameSpan.last);
    const e = entities.find((x) => sameName(name, x.name) || sameName(x.name, name));
    if (!e) { entities.push({ ...f, name, spans: [f.nameSpan] }); continue; }
    e.spans.push(f.nameSpan);
    if (f.kind === "minister" && e.kind !== "minister") Object.assign(e, { kind: "minister", title: f.title, portfolio: f.portfolio, titleSpan: f.titleSpan, core: f.core });
    if (!e.country && f.country) { e.country = f.country; e.basis = f.basis; }
    if (!e.title && f.title) { e.title = f.title; e.role = f.role; }
    for (const h of f.honorifics) if (!e.honorifics.includes(h)) e.honorifics.push(h);
    if (name.split(/\s+/).length > e.name.split(/\s+/).length) { e.name = name; e.nameSpan = f.nameSpan; }
  }
  // surname or given-name mentions: "Tawfik said", "Al-Shammari congratulated"
  addShortMentions(doc, idx, entities);

  // "the minister", "the Interior Minister": the nearest minister named before with that portfolio and country
  for (const a of anaphors) {
    let best: { e: Entity; at: number } | null = null;
    for (const e of entities) {
      if (e.kind !== "minister") continue;
      if (a.portfolio && e.portfolio !== a.portfolio) continue;
      if (a.country && e.country && a.country !== e.country) continue;
      const at = Math.max(-1, ...e.spans.filter((sp) => sp.last <= a.span.first).map((sp) => sp.last));
      if (at >= 0 && (!best || at > best.at)) best = { e, at };
    }
    if (best) best.e.spans.push(a.span);
  }
  const context = contextCountry(doc, idx);
  const ministers: MinisterFact[] = [];
  const people: PersonFact[] = [];
  for (const e of entities) {
    if (e.kind === "minister") {
      let country = e.country, basis = e.basis;
      if (!country && context) { country = context; basis = "context"; }
      ministers.push({ name: e.name, title: e.title, portfolio: e.portfolio ?? "other", country, ...(country && basis ? { countryBasis: basis } : {}),
        honorifics: e.honorifics, mentions: [], spans: e.spans, nameSpan: e.nameSpan, titleSpan: e.titleSpan });
    } else {
      people.push({ name: e.name, ...(e.title ? { title: e.title } : {}), ...(e.role && e.role !== e.title ? { role: e.role } : {}),
        honorifics: e.honorifics, mentions: [], spans: e.spans, nameSpan: e.nameSpan });
      (people[people.length - 1] as PersonFact & { country?: string | null }).country = e.country;
    }
  }
  const facts: EntityFacts = { countries: idx.countries, places: idx.places, organizations: idx.organizations, dates, ministers, people };
  indexes.set(facts, idx);
  return facts;
}

export function englishInteractions(ctx: ExtractContext, facts: EntityFacts): Interaction[] {
  return extractEnglishInteractions(ctx, facts, indexes.get(facts) ?? null);
}

/** The dateline's city or the national agency of the story (SPA → SA): where an unqualified minister serves. */
export function contextCountry(doc: Doc, idx: EntityIndex): string | null {
  const first = doc.sentences[0];
  if (first) {
    for (let i = first.first; i < Math.min(first.last, first.first + 4); i++) {
      const p = idx.placeAt.get(i);
      if (p) { const c = idx.places[p.index]!.country; if (c) return c; }
      const c = idx.countryAt.get(i);
      if (c && !c.adjective) return c.code;
    }
  }
  for (const o of idx.organizations) {
    const data = EN_ORGS.find((x) => x.name === (o as { key?: string }).key);
    if (data?.kind === "agency" && data.country) return data.country;
  }
  return null;
}

function addShortMentions(doc: Doc, idx: EntityIndex, entities: Entity[]): void {
  const T = doc.tokens;
  // every name word of every multi-word name, for a quick first test
  const known = new Set(entities.filter((e) => e.name.includes(" ")).flatMap((e) => nameWords(e.name).map((w) => w.replace(/^(al|el)-/, ""))));
  for (let i = 0; i < T.length; i++) {
    if (idx.claims[i] || !isCapWord(T[i])) continue;
    // a hyphenated unit: "Al-Shammari", "Grande-Marlaska"
    let j = i + 1;
    while (T[j]?.text === "-" && joined(T[j - 1], T[j]) && T[j + 1] && joined(T[j], T[j + 1])) j += 2;
    const text = originalText(doc, i, j);
    const key = text.toLowerCase().replace(/^(al|el)-/, "");
    if (!known.has(key)) { i = j - 1; continue; }
    const hits = entities.filter((e) => e.name.split(/\s+/).length > 1 && sameName(text, e.name));
    if (hits.length !== 1) continue;
    hits[0]!.spans.push(span(i, j));
    for (let k = i; k < j; k++) idx.claims[k] = "person";
    i = j - 1;
  }
}

/** Per token: true when it stands in a paragraph that is not English. */
export function nonEnglishTokens(doc: Doc): boolean[] {
  const out = new Array<boolean>(doc.tokens.length).fill(false);
  const paras = paragraphLanguages(doc.norm);
  let p = 0;
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i]!;
    while (p < paras.length && paras[p]!.end <= t.start) p++;
    const para = paras[p];
    out[i] = !para || para.start > t.start || para.language !== "en";
  }
  return out;
}
