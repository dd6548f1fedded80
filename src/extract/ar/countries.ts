// Countries named (سوريا، الولايات المتحدة الأميركية) or qualified by adjective (السوري، الأتراك).
// The lexicon and its rules are in src/lexicon/countries.ts. Here:
// 1. a first pass finds the unambiguous mentions; their codes make the ambiguous forms of the same
//    countries safe (a text that says "الماليون" or "باماكو"… names Mali: then "مالي" is Mali);
// 2. a second pass collects every mention with that knowledge;
// 3. a country inside a longer place of another (or no) country is dropped (المحيط الهندي, بحر
//    الصين الجنوبي); inside a place of the same country both stay (البادية السورية).
// One fact per code, ordered by first mention; spans exclude leading clitics (span.prefix).
import type { CountryFact, ExtractContext, Span } from "../facts.js";
import { countryAt, type CountryAt } from "../../lexicon/countries.js";
import { scanPlaces } from "../../lexicon/places.js";
import { tokenMention, type Doc } from "../../text/document.js";

function scan(doc: Doc, known?: ReadonlySet<string>): CountryAt[] {
  const out: CountryAt[] = [];
  for (const s of doc.sentences) {
    for (let i = s.first; i < s.last; ) {
      const c = countryAt(doc.tokens, i, { doc, limit: s.last, known });
      if (c) { out.push(c); i = c.last; } else i++;
    }
  }
  return out;
}

export function extractCountries(ctx: ExtractContext): CountryFact[] {
  const { doc } = ctx;
  const known = new Set(scan(doc).filter((c) => !c.ambiguous).map((c) => c.entry.code));
  // capitals named plainly also make a country's ambiguous forms safe (باماكو → مالي)
  const places = scanPlaces(doc);
  for (const p of places) if (p.values.length === 1 && p.values[0]!.country) known.add(p.values[0]!.country);
  const hits = scan(doc, known);
  const facts = new Map<string, CountryFact>();
  for (const c of hits) {
    const inPlace = places.find((p) => p.first <= c.first && c.last <= p.last && p.last - p.first > c.last - c.first);
    if (inPlace && !inPlace.values.some((v) => v.country === c.entry.code)) continue;
    const span: Span = { first: c.first, last: c.last, prefix: c.prefix };
    const mention = tokenMention(doc, c.first, c.last, c.prefix);
    const f = facts.get(c.entry.code);
    if (f) { f.spans.push(span); f.adjective.push(c.adjective); f.mentions.push(mention); }
    else facts.set(c.entry.code, { code: c.entry.code, name: c.entry.name, nameAr: c.entry.nameAr, mentions: [mention], spans: [span], adjective: [c.adjective] });
  }
  return [...facts.values()];
}
