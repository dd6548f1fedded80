// The extraction pipeline for one document: text → entity facts → interactions → result.
// The English rules (src/extract/en and the English lexicons) are loaded on the first English or
// mixed document, so an Arabic run never loads them; compromise and chrono are loaded by them only
// when an English sentence needs them.
import { createRequire } from "node:module";
import { lookupKnowledge, lookupKnowledgeLatin } from "../lexicon/knowledge.js";
import { normKey } from "../text/normalize.js";
import type { DocumentResult, ExtractOptions, Language, Mention } from "../types.js";
import { docWords, makeDoc, tokenMention, type Doc } from "../text/document.js";
import { detectLanguage } from "../text/language.js";
import type { EntityFacts, ExtractContext, Span } from "./facts.js";
import { extractCountries } from "./ar/countries.js";
import { extractPlaces } from "./ar/places.js";
import { extractOrganizations } from "./ar/organizations.js";
import { extractDates } from "./ar/dates.js";
import { extractPeople } from "./ar/people.js";
import { extractInteractions } from "./ar/interactions.js";

type EnglishRules = typeof import("./en/index.js");
let englishRules: EnglishRules | null = null;

/** The English rules, loaded on first use: Node (>= 20.19) loads the compiled ES modules synchronously with require(). */
function english(): EnglishRules {
  return (englishRules ??= createRequire(import.meta.url)("./en/index.js") as EnglishRules);
}

/**
 * Hands the English rules over up front, for a host whose require() cannot load them: the test
 * runner, which runs the TypeScript sources (tests/setup/english.ts).
 */
export function provideEnglishRules(rules: EnglishRules): void {
  englishRules = rules;
}

/**
 * Ministers named in both scripts stay separate unless the knowledge file links the two names;
 * then they are one entity with the other name in `aliases`.
 */
function mergeMinisters(a: EntityFacts["ministers"], b: EntityFacts["ministers"]): EntityFacts["ministers"] {
  const out = a.map((m) => ({ ...m, spans: [...m.spans] }));
  for (const m of b) {
    const k = lookupKnowledgeLatin(m.name);
    const same = k ? out.find((x) => lookupKnowledge(x.name) === k) : undefined;
    if (!same) { out.push(m); continue; }
    same.spans.push(...m.spans);
    same.aliases = [...(same.aliases ?? []), m.name];
    if (!same.country && m.country) { same.country = m.country; if (m.countryBasis) same.countryBasis = m.countryBasis; }
  }
  return out;
}

function mergeCountries(a: EntityFacts["countries"], b: EntityFacts["countries"]): EntityFacts["countries"] {
  const out = a.map((c) => ({ ...c, spans: [...c.spans], adjective: [...c.adjective] }));
  for (const c of b) {
    const same = out.find((x) => x.code === c.code);
    if (same) { same.spans.push(...c.spans); same.adjective.push(...c.adjective); } else out.push(c);
  }
  return out;
}

function mergeFacts(a: EntityFacts, b: EntityFacts): EntityFacts {
  return {
    countries: mergeCountries(a.countries, b.countries),
    places: [...a.places, ...b.places],
    organizations: [...a.organizations, ...b.organizations],
    dates: [...a.dates, ...b.dates].sort((x, y) => x.start - y.start),
    ministers: mergeMinisters(a.ministers, b.ministers),
    people: [...a.people, ...b.people],
  };
}

export function spanToMention(doc: Doc, s: Span): Mention {
  return tokenMention(doc, s.first, s.last, s.prefix);
}

const byPosition = (a: Span, b: Span): number => a.first - b.first || a.last - b.last;

/** Spans already in text order (most lists are collected so): then they need no sorted copy. */
function inOrder(spans: Span[]): boolean {
  for (let i = 1; i < spans.length; i++) if (byPosition(spans[i - 1]!, spans[i]!) > 0) return false;
  return true;
}

/** A list this long keeps a set of the mentions it has (a shorter one is searched). */
const SEEN_SET_FROM = 32;

/** The mentions of the spans in text order, each (start, end) once. */
function mentionsOf(doc: Doc, spans: Span[]): Mention[] {
  const sorted = inOrder(spans) ? spans : spans.slice().sort(byPosition);
  const out: Mention[] = [];
  let seen: Set<string> | null = null;
  for (let i = 0; i < sorted.length; i++) {
    const m = spanToMention(doc, sorted[i]!);
    if (seen === null) {
      let dup = false;
      for (let j = 0; j < out.length && !dup; j++) dup = out[j]!.start === m.start && out[j]!.end === m.end;
      if (dup) continue;
      out.push(m);
      if (out.length >= SEEN_SET_FROM) { seen = new Set(); for (const o of out) seen.add(`${o.start}:${o.end}`); }
    } else {
      const k = `${m.start}:${m.end}`;
      if (!seen.has(k)) { seen.add(k); out.push(m); }
    }
  }
  return out;
}

/** A span strictly inside one of the title spans. */
function insideTitle(s: Span, ministers: EntityFacts["ministers"]): boolean {
  for (const m of ministers) {
    for (const t of m.spans) if (t.first <= s.first && s.last <= t.last && t.last - t.first > s.last - s.first) return true;
  }
  return false;
}

/** A body named only inside a minister's title (رئيس مجلس الوزراء) is part of the title, not a fact of its own. */
function outsideTitles(orgs: EntityFacts["organizations"], ministers: EntityFacts["ministers"]): EntityFacts["organizations"] {
  const out: EntityFacts["organizations"] = [];
  for (const o of orgs) {
    let inside = 0;
    for (const s of o.spans) if (insideTitle(s, ministers)) inside++;
    if (inside === 0) out.push(o);
    else if (inside < o.spans.length) out.push({ ...o, spans: o.spans.filter((s) => !insideTitle(s, ministers)) });
  }
  return out;
}

/** Entity facts for an Arabic document. */
export function arabicFacts(ctx: ExtractContext): EntityFacts {
  docWords(ctx.doc); // the shared word records, read once here for every rule module and the gazetteers
  const countries = extractCountries(ctx);
  const places = extractPlaces(ctx, countries);
  const organizations = extractOrganizations(ctx, countries);
  const dates = extractDates(ctx);
  const { ministers, people } = extractPeople(ctx, { countries, places, organizations, dates });
  return { countries, places, organizations: outsideTitles(organizations, ministers), dates, ministers, people };
}

export function extractDocument(text: string, options: ExtractOptions = {}): DocumentResult {
  const doc = makeDoc(text);
  const ctx: ExtractContext = {
    doc,
    referenceDate: options.referenceDate ?? null,
    knowledge: options.knowledge !== false,
  };
  const language: Language = options.lang && options.lang !== "auto" ? options.lang : detectLanguage(doc.norm);
  let facts: EntityFacts;
  let interactions: DocumentResult["interactions"];
  if (language === "en") {
    const en = english();
    facts = en.englishFacts(ctx);
    interactions = en.englishInteractions(ctx, facts);
  } else {
    facts = arabicFacts(ctx);
    interactions = extractInteractions(ctx, facts);
    if (language === "mixed") {
      const en = english();
      // English rules read only the English paragraphs of a bilingual document
      const ef = en.englishFacts(ctx, { onlyEnglishParagraphs: true });
      facts = mergeFacts(facts, ef);
      // a participant linked to an entity of the other script takes that entity's name
      const canonical = new Map(facts.ministers.flatMap((m) => (m.aliases ?? []).map((a) => [a, m.name] as const)));
      const enInteractions = en.englishInteractions(ctx, ef).map((i) => ({
        ...i, participants: i.participants.map((p) => (canonical.has(p.name) ? { ...p, name: canonical.get(p.name)! } : p)),
      }));
      // the same pair reported in both scripts is one interaction
      const key = (i: DocumentResult["interactions"][number]) => i.participants.map((p) => normKey(p.name)).sort().join("|");
      const seen = new Map(interactions.map((i) => [key(i), i] as const));
      for (const i of enInteractions) {
        const same = seen.get(key(i));
        if (same) { for (const t of i.topics) if (!same.topics.includes(t)) same.topics.push(t); continue; }
        interactions.push(i);
        seen.set(key(i), i);
      }
    }
  }
  return toResult(doc, options.file ?? "-", language, facts, interactions);
}

/**
 * An output record built field by field, in the order the JSON lists them (optional fields only when
 * set): no temporary object per optional field, as spreading `cond ? { x } : {}` would make.
 */
type Row = Record<string, unknown>;

export function toResult(doc: Doc, file: string, language: Language, f: EntityFacts, interactions: DocumentResult["interactions"]): DocumentResult {
  return {
    file,
    language,
    ministers: f.ministers.map((m) => {
      const r: Row = { name: m.name, title: m.title, portfolio: m.portfolio, country: m.country };
      if (m.countryBasis) r.countryBasis = m.countryBasis;
      if (m.honorifics?.length) r.honorifics = m.honorifics;
      if (m.aliases?.length) r.aliases = m.aliases;
      r.mentions = mentionsOf(doc, m.spans);
      return r as unknown as DocumentResult["ministers"][number];
    }),
    people: f.people.map((p) => {
      const r: Row = { name: p.name };
      if (p.title) r.title = p.title;
      if (p.role) r.role = p.role;
      if (p.honorifics?.length) r.honorifics = p.honorifics;
      r.mentions = mentionsOf(doc, p.spans);
      return r as unknown as DocumentResult["people"][number];
    }),
    countries: f.countries.map((c) => {
      const r: Row = { code: c.code, name: c.name };
      if (c.nameAr) r.nameAr = c.nameAr;
      r.mentions = mentionsOf(doc, c.spans);
      return r as unknown as DocumentResult["countries"][number];
    }),
    organizations: f.organizations.map((o) => {
      const r: Row = { name: o.name };
      if (o.kind) r.kind = o.kind;
      if (o.country !== undefined) r.country = o.country;
      r.mentions = mentionsOf(doc, o.spans);
      return r as unknown as DocumentResult["organizations"][number];
    }),
    places: f.places.map((p) => {
      const r: Row = { name: p.name };
      if (p.country !== undefined) r.country = p.country;
      r.mentions = mentionsOf(doc, p.spans);
      return r as unknown as DocumentResult["places"][number];
    }),
    dates: f.dates.map((d) => ({ text: d.text, value: d.value, start: d.start, end: d.end })),
    interactions,
  };
}
