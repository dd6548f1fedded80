// Countries named (سوريا، الولايات المتحدة الأميركية) or qualified by adjective (السوري، الأتراك).
// The lexicon and its rules are in src/lexicon/countries.ts. Here:
// 1. a first pass finds the unambiguous mentions; their codes make the ambiguous forms of the same
//    countries safe (a text that says "الماليون" or "باماكو"… names Mali: then "مالي" is Mali);
// 2. a second pass collects every mention with that knowledge;
// 3. a country inside a longer place of another (or no) country is dropped (المحيط الهندي, بحر
//    الصين الجنوبي); inside a place of the same country both stay (البادية السورية).
// One fact per code, ordered by first mention; spans exclude leading clitics (span.prefix).
import type { CountryFact, ExtractContext, Span } from "../facts.js";
import { COUNTRY_START, countryAt, mayStartCountry, type CountryAt, type CountryAtOptions } from "../../lexicon/countries.js";
import { scanPlaces, type PlaceHit } from "../../lexicon/places.js";
import { docFlags, tokenMention, type Doc } from "../../text/document.js";

/**
 * Country mentions left to right within sentences. The second pass (with the first one's mentions
 * `firstHits`) reuses them: `known` only changes ambiguous forms, so an unambiguous mention stays,
 * and a token where no country form starts stays empty.
 */
function scan(doc: Doc, known: ReadonlySet<string> | undefined, firstHits: readonly CountryAt[] | null): CountryAt[] {
  const tokens = doc.tokens;
  const sentences = doc.sentences;
  const flags = docFlags(doc);
  // (a local copy: the imported binding would be loaded and hole-checked at every token)
  const start = COUNTRY_START;
  const out: CountryAt[] = [];
  const options: CountryAtOptions = { known, doc, limit: 0 };
  let next = 0; // the first of firstHits that may start at or after token i
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    const last = s.last;
    options.limit = last;
    let i = s.first;
    for (;;) {
      // most tokens start no country form (one bit test each); a first-pass mention starts at a flagged token too
      while (i < last && (flags[i]! & start) === 0) i++;
      if (i >= last) break;
      let c: CountryAt | null = null;
      const may = mayStartCountry(tokens, i);
      if (firstHits === null) { if (may) c = countryAt(tokens, i, options); }
      else {
        while (next < firstHits.length && firstHits[next]!.first < i) next++;
        const before = next < firstHits.length && firstHits[next]!.first === i ? firstHits[next]! : null;
        if (before !== null && !before.ambiguous) c = before;
        else if (may) c = countryAt(tokens, i, options);
      }
      if (c !== null) { out.push(c); i = c.last; } else i++;
    }
  }
  return out;
}

/** The first place that strictly contains a mention (longer than it), else undefined. */
function placeAround(places: readonly PlaceHit[], c: CountryAt): PlaceHit | undefined {
  for (let k = 0; k < places.length; k++) {
    const p = places[k]!;
    if (p.first <= c.first && c.last <= p.last && p.last - p.first > c.last - c.first) return p;
  }
  return undefined;
}

export function extractCountries(ctx: ExtractContext): CountryFact[] {
  const { doc } = ctx;
  const first = scan(doc, undefined, null);
  const known = new Set<string>();
  for (let k = 0; k < first.length; k++) if (!first[k]!.ambiguous) known.add(first[k]!.entry.code);
  // capitals named plainly also make a country's ambiguous forms safe (باماكو → مالي)
  const places = scanPlaces(doc);
  for (const p of places) if (p.values.length === 1 && p.values[0]!.country) known.add(p.values[0]!.country);
  // without known codes the second pass would find the same mentions
  const hits = known.size === 0 ? first : scan(doc, known, first);
  const facts = new Map<string, CountryFact>();
  for (const c of hits) {
    const inPlace = placeAround(places, c);
    if (inPlace && !inPlace.values.some((v) => v.country === c.entry.code)) continue;
    const span: Span = { first: c.first, last: c.last, prefix: c.prefix };
    const mention = tokenMention(doc, c.first, c.last, c.prefix);
    const f = facts.get(c.entry.code);
    if (f) { f.spans.push(span); f.adjective.push(c.adjective); f.mentions.push(mention); }
    else facts.set(c.entry.code, { code: c.entry.code, name: c.entry.name, nameAr: c.entry.nameAr, mentions: [mention], spans: [span], adjective: [c.adjective] });
  }
  return [...facts.values()];
}
