// Places (cities, governorates, regions, seas, sites), compiled once at module load from
// data/places.json (hand-kept, by country) and the capitals in data/countries.json (world-countries
// capitals with Arabic spellings from data/capitals-ar.json).
//
// Rules:
// - A place spelled like a country is a country: the country extractor runs first and wins ties.
// - Spellings marked ? in the data are also common words (حمص chickpeas, تدمر "destroys", حماة
//   "protectors", عدن Eden, البادية "the desert"): accepted only in a safe context: right after a
//   preposition (في، إلى، من، عن، عند، قرب، نحو، داخل، حول، شمال، جنوب …), with ب attached
//   (بحمص), or after a place noun (مدينة، محافظة، بلدة، ريف، منطقة …).
// - Spellings marked ! are very common words (الباب "the door", صور "pictures", الشرقية "eastern"):
//   accepted only after a place noun (مدينة الباب، محافظة الشرقية).
// - A name that several countries share (طرابلس: Libya and Lebanon) takes the country the document
//   names; otherwise the first listed.
import data from "./data/places.json" with { type: "json" };
import { COUNTRY_DATA, countryAt, hasShadda, isAmbiguousCountryName } from "./countries.js";
import type { CountryFact, ExtractContext, PlaceFact, Span } from "../extract/facts.js";
import { docFlags, tokenMention, type Doc } from "../text/document.js";
import type { Mention } from "../types.js";
import { Gazetteer, hasStemIn, mayStartAt, phraseKey, readingsAt, startFlag, startMask, stemClass, stemClassFlag, stemsOf, type GazetteerMatch } from "./gazetteer.js";
import { NOT_NAME } from "./titles.js";
import { isArabicWord, type Token } from "../text/tokens.js";
import commonWords from "./data/derived/common-words.json" with { type: "json" };
import { normKey } from "../text/normalize.js";

export interface PlaceEntry {
  /** Arabic name as reported (the first spelling in the data). */
  name: string;
  /** ISO code of the country it lies in; null for regions across countries (الشرق الأوسط). */
  country: string | null;
}

export type Safety = "plain" | "ambiguous" | "strict";

export const PLACES = new Gazetteer<PlaceEntry>();
const PLACES_MASK = startMask(PLACES);
/** Safety of each normalized spelling (plain when absent). */
const SAFETY = new Map<string, Safety>();

const PREPOSITIONS = stemClass(new Set(["في", "الي", "مع", "عبر", "تجاه", "باتجاه", "علي", "من", "عن", "عند", "قرب", "نحو", "داخل", "خارج", "حول", "بين", "الى", "حتي", "لدي", "بمدينه", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط", "اطراف", "ضواحي", "محيط", "مدخل", "انحاء", "سكان", "اهالي", "ابناء", "اهل", "مطار", "ميناء", "جامعه", "مستشفي", "سجن", "قلعه", "ريف", "بادية", "سواحل", "ساحل"].map((s) => phraseKey(s))));
const PLACE_NOUNS = stemClass(new Set(["مدينه", "محافظه", "بلده", "قريه", "منطقه", "مناطق", "ولايه", "اقليم", "اماره", "مقاطعه", "ناحيه", "قضاء", "حي", "مخيم", "العاصمه", "عاصمه", "ميناء", "مطار", "جزيره", "مديريه", "لواء", "بلدات", "مدن", "محافظات", "واحه", "جبل", "وادي", "نهر", "بحيره", "سهل", "ريف"].map((s) => phraseKey(s))));

function addPlace(spelling: string, entry: PlaceEntry): void {
  let s = spelling.trim();
  let safety: Safety = "plain";
  if (s.startsWith("?")) { safety = "ambiguous"; s = s.slice(1); }
  else if (s.startsWith("!")) { safety = "strict"; s = s.slice(1); }
  if (!s) return;
  const k = PLACES.add(s, entry);
  const old = SAFETY.get(k);
  // the safest reading wins when two entries share a spelling
  if (old === undefined || rank(safety) < rank(old)) SAFETY.set(k, safety);
}

function rank(s: Safety): number {
  return s === "plain" ? 0 : s === "ambiguous" ? 1 : 2;
}

function compile(): void {
  for (const c of COUNTRY_DATA) {
    if (!c.capitalAr.length && !c.capitalAmbiguous.length) continue;
    const name = c.capitalAr[0] ?? c.capitalAmbiguous[0]!.slice(1);
    const entry: PlaceEntry = { name, country: c.code };
    for (const s of c.capitalAr) addPlace(s, entry);
    for (const s of c.capitalAmbiguous) addPlace(s, entry); // marked ? or !
  }
  const byCountry = (data as { places: Record<string, string[]> }).places;
  for (const [code, list] of Object.entries(byCountry)) {
    for (const item of list) {
      const spellings = item.split("|");
      const name = spellings[0]!.replace(/^[?!]/, "").trim();
      const entry: PlaceEntry = { name, country: code === "-" ? null : code };
      for (const s of spellings) addPlace(s, entry);
    }
  }
}
compile();

/** Word flag (docFlags) of the words at which a place may start: where it is not set, no place starts. */
const PLACE_START = startFlag(PLACES);

export function placeSafety(key: string): Safety {
  return SAFETY.get(key) ?? "plain";
}

export { stemsOf };

/** A lone ف or ك proclitic: more often part of another word (فاطمة ≠ ف+أطمة، كسرت ≠ ك+سرت). */
function badPrefix(tokens: Token[], m: GazetteerMatch<PlaceEntry>): boolean {
  return m.prefix > 0 && /^[فك]$/.test(tokens[m.first]!.text.slice(0, m.prefix));
}

const NOT_AFTER = stemClass(new Set(((data as { notAfter?: string[] }).notAfter ?? []).map((s) => phraseKey(s))));
const NOT_BEFORE = new Set(((data as { notBefore?: string[] }).notBefore ?? []).map((s) => phraseKey(s)));
const OPEN_QUOTES = new Set(["«", "\"", "“", "'"]);
const CLOSE_QUOTES = new Set(["»", "\"", "”", "'"]);

/** Part of another name: ريال مدريد، نيويورك تايمز، « الشرق الأوسط » (a newspaper). */
function inOtherName(tokens: Token[], m: GazetteerMatch<PlaceEntry>): boolean {
  const prev = tokens[m.first - 1];
  const next = tokens[m.last];
  if (m.prefix === 0 && hasStemIn(prev, NOT_AFTER)) return true;
  if (next && next.kind === "word" && NOT_BEFORE.has(next.text)) return true;
  return !!prev && !!next && OPEN_QUOTES.has(prev.text) && CLOSE_QUOTES.has(next.text) && m.prefix === 0;
}

/** True when the context before match m makes a place reading safe at the given level. */
export function placeContextOk(tokens: Token[], m: GazetteerMatch<PlaceEntry>, safety: Safety): boolean {
  if (badPrefix(tokens, m) || inOtherName(tokens, m)) return false;
  if (safety === "plain") return true;
  const prev = tokens[m.first - 1];
  if (hasStemIn(prev, PLACE_NOUNS)) return true;
  // العاصمة الأردنية عمان، مدينة حلب السورية: place noun + country adjective before the name
  if (prev && hasStemIn(tokens[m.first - 2], PLACE_NOUNS)) {
    const c = countryAt(tokens, m.first - 1);
    if (c && c.adjective && c.last === m.first) return true;
  }
  if (isDateline(tokens, m)) return true;
  if (safety === "strict") return false;
  if (hasStemIn(prev, PREPOSITIONS)) return true;
  // a preposition attached to the word itself: بحمص، لعدن (not the conjunction alone)
  const t = tokens[m.first]!;
  if (m.prefix > 0 && /^[وف]?[بل]/.test(t.text.slice(0, m.prefix))) return true;
  return false;
}

/** A dateline: the place opens a paragraph and a date, a dash, a bracket or a colon follows. */
export function isDateline(tokens: Token[], m: GazetteerMatch<PlaceEntry>): boolean {
  const t = tokens[m.first]!;
  if (m.prefix > 0 || !(m.first === 0 || t.newlineBefore)) return false;
  const next = tokens[m.last];
  if (!next || next.newlineBefore) return false;
  if (next.kind === "number" || /^[-–—(/:،,]$/.test(next.text)) return true;
  return next.text === "في" && tokens[m.last + 1]?.kind === "number";
}

/** The raw longest place match at token i (no safety check). */
export function placeMatchAt(tokens: Token[], i: number, limit = tokens.length): GazetteerMatch<PlaceEntry> | null {
  return PLACES.matchAt(tokens, i, true, limit);
}

/** The place at token i when its context is safe enough, else null. */
export function placeAt(tokens: Token[], i: number, limit = tokens.length): { match: GazetteerMatch<PlaceEntry>; safety: Safety } | null {
  const m = placeMatchAt(tokens, i, limit);
  if (!m) return null;
  const safety = placeSafety(m.key);
  if (!placeContextOk(tokens, m, safety)) return null;
  return { match: m, safety };
}

/** Choose among entries sharing a spelling: the one whose country the document names. */
export function choosePlace(values: PlaceEntry[], known: ReadonlySet<string>): PlaceEntry {
  return values.find((v) => v.country && known.has(v.country)) ?? values[0]!;
}

export interface PlaceHit {
  first: number;
  last: number;
  prefix: number;
  values: PlaceEntry[];
  key: string;
}

/**
 * Safe place matches of a document, left to right, longest first, within sentences. An ambiguous
 * (?) candidate that failed its context check is still accepted when it is coordinated with an
 * accepted place (البصرة والعقبة، الأغوار والعقبة); a strict (!) one is not (… وكان).
 */
export function scanPlaces(doc: Doc): PlaceHit[] {
  let hits = SCANNED.get(doc);
  if (!hits) { hits = scanPlacesUncached(doc); SCANNED.set(doc, hits); }
  return hits;
}

/** Place scans by document: the country and place extractors both need them. */
const SCANNED = new WeakMap<Doc, PlaceHit[]>();

function scanPlacesUncached(doc: Doc): PlaceHit[] {
  const tokens = doc.tokens;
  const flags = docFlags(doc);
  const start = PLACE_START; // (a local: the module binding would be hole-checked at every token)
  const cands: PlaceCandidate[] = [];
  const sentences = doc.sentences;
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    const last = s.last;
    for (let i = s.first; ; ) {
      // most tokens start no place (one bit test each)
      while (i < last && (flags[i]! & start) === 0) i++;
      if (i >= last) break;
      if (!mayStartAt(tokens, i, PLACES_MASK)) { i++; continue; }
      const m = placeMatchAt(tokens, i, last);
      if (!m) { i++; continue; }
      const safety = placeSafety(m.key);
      const ok = placeContextOk(tokens, m, safety) || shaddaAmman(doc, m);
      cands.push({ first: m.first, last: m.last, prefix: m.prefix, values: m.values, key: m.key, ok, bad: badPrefix(tokens, m) || inOtherName(tokens, m), safety });
      i = m.last;
    }
  }
  for (let round = 0; round < 2; round++) {
    for (let k = 0; k < cands.length; k++) {
      const c = cands[k]!;
      if (c.ok || c.bad || c.safety !== "ambiguous") continue;
      const prev = k > 0 ? cands[k - 1] : undefined;
      const next = k + 1 < cands.length ? cands[k + 1] : undefined;
      const t = tokens[c.first]!;
      if (prev?.ok && prev.last === c.first && c.prefix > 0 && t.text[0] === "و") c.ok = true;
      else if (next?.ok && next.first === c.last && next.prefix > 0 && tokens[next.first]!.text[0] === "و") c.ok = true;
    }
  }
  return cands.filter(isOk);
}

/** A place match of scanPlacesUncached, with its context checks; the accepted ones are its hits. */
interface PlaceCandidate extends PlaceHit {
  ok: boolean;
  bad: boolean;
  safety: Safety;
}

function isOk(c: PlaceCandidate): boolean {
  return c.ok;
}

/** عمّان written with a shadda is Amman, never Oman (عُمان). */
function shaddaAmman(doc: Doc, m: GazetteerMatch<PlaceEntry>): boolean {
  if (m.last !== m.first + 1 || !isAmbiguousCountryName(m.key)) return false;
  return hasShadda(doc, doc.tokens[m.first]!);
}

// A name the lexicon does not know, right after a settlement designator: "مدينة تشوانتشو", "قرية
// بوداي", "محافظة ديالى". In the derivation part of ANERcorp the word after مدينة/جزيرة/إقليم/
// محافظة/قرية is a LOC in nine cases out of ten unless it is a common word. The word must not be a
// common word (derived/common-words.json: mostly O in that part), a closed-class word, a nisba adjective (مدينة
// ساحلية), a word with a pronoun suffix (يقطنها) or a verb form; a definite word only after مدينة/حي.
const SETTLEMENT = stemClass(new Set(((data as { settlementNouns?: string[] }).settlementNouns ?? []).map((s) => phraseKey(s))));
const SETTLEMENT_DEF = stemClass(new Set(((data as { settlementNounsDefinite?: string[] }).settlementNounsDefinite ?? []).map((s) => phraseKey(s))));
/** Word flag (docFlags) of the words with a settlement noun among their stems. */
const SETTLEMENT_WORD = stemClassFlag(SETTLEMENT | SETTLEMENT_DEF);
// (the closed-class words, علي included: here it is the preposition على)
const NOT_A_NAME = new Set<string>([...(commonWords as string[]), ...NOT_NAME, "علي"]);

function unknownPlaceAfterDesignator(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const t = tokens[i]!;
  // a settlement noun among the stems of the word before (one that takes a definite name when t is definite)
  if (!hasStemIn(prev, SETTLEMENT | SETTLEMENT_DEF)) return false;
  if (t.newlineBefore || t.kind !== "word" || !isArabicWord(t.text)) return false;
  const def = t.text.startsWith("ال");
  if (!hasStemIn(prev, def ? SETTLEMENT | SETTLEMENT_DEF : SETTLEMENT)) return false;
  const w = t.text;
  if (w.length < 3 || NOT_A_NAME.has(w) || (def && NOT_A_NAME.has(w.slice(2)))) return false;
  // a clitic on a common word: بمسؤول، وقال
  if (readingsAt(tokens, i).some((r) => r.prefix > 0 && (NOT_A_NAME.has(r.stem) || (r.stem.startsWith("ال") && NOT_A_NAME.has(r.stem.slice(2)))))) return false;
  if (w.length >= 4 && /(يه|ي|يين|يون)$/.test(w)) return false; // nisba adjective
  if (/(ها|هم|هما|كم|نا)$/.test(w) && w.length >= 5) return false; // pronoun suffix
  if (/^(ي|ت|ن)\S{3,}$/.test(w) && /(ون|ان|ين)$/.test(w)) return false; // imperfect verb with a suffix
  return true;
}

/**
 * Places of a document (not countries), one fact per lexicon place, named as first written. A span taken by a country stays a country, except that a
 * longer place may contain it (جنوب لبنان, البادية السورية). A spelling that is also an ambiguous
 * country name (عمان: Oman or Amman) is a place only when the document names the place's country.
 */
export function extractPlaces(ctx: ExtractContext, countries: CountryFact[]): PlaceFact[] {
  const { doc } = ctx;
  const takenBy = new Int32Array(doc.tokens.length).fill(-1);
  const spans: Span[] = [];
  for (const c of countries) for (const s of c.spans) {
    spans.push(s);
    for (let t = s.first; t < s.last; t++) takenBy[t] = spans.length - 1;
  }
  const facts = new Map<string, PlaceFact>();
  addLexiconPlaces(doc, countries, takenBy, spans, facts);
  addDesignatedPlaces(doc, takenBy, facts);
  return [...facts.values()];
}

/** The lexicon places of the document that no country span takes (takenBy: country span per token). */
function addLexiconPlaces(doc: Doc, countries: CountryFact[], takenBy: Int32Array, spans: Span[], facts: Map<string, PlaceFact>): void {
  const known = new Set(countries.map((c) => c.code));
  for (const h of scanPlaces(doc)) {
    let ok = true;
    for (let t = h.first; t < h.last && ok; t++) {
      const k = takenBy[t]!;
      if (k < 0) continue;
      const s = spans[k]!;
      if (s.first < h.first || s.last > h.last || s.last - s.first >= h.last - h.first) ok = false;
    }
    if (!ok) continue;
    const entry = choosePlace(h.values, known);
    if (isAmbiguousCountryName(h.key) && !(entry.country && known.has(entry.country)) && !shaddaAmman(doc, h) && !isDateline(doc.tokens, h)) continue;
    const id = placeId(entry);
    addPlaceMention(facts, id, { first: h.first, last: h.last, prefix: h.prefix }, tokenMention(doc, h.first, h.last, h.prefix), entry.country);
  }
}

/** The fact id of a lexicon place (its name and country), made once per entry. */
function placeId(entry: PlaceEntry): string {
  let id = PLACE_IDS.get(entry);
  if (id === undefined) PLACE_IDS.set(entry, (id = `${entry.name}\u0000${entry.country ?? ""}`));
  return id;
}

const PLACE_IDS = new Map<PlaceEntry, string>();

/** Names the lexicon does not know, after a settlement designator, where no place or country is. */
function addDesignatedPlaces(doc: Doc, takenBy: Int32Array, facts: Map<string, PlaceFact>): void {
  const tokens = doc.tokens;
  const flags = docFlags(doc);
  const settlement = SETTLEMENT_WORD; // (a local: the module binding would be hole-checked at every token)
  let taken: Uint8Array | null = null; // made at the first candidate (most documents have none)
  for (let i = 1; i < tokens.length; i++) {
    // (one bit test: the word before is rarely a settlement noun)
    if ((flags[i - 1]! & settlement) === 0) continue;
    taken ??= takenTokens(tokens.length, takenBy, facts);
    if (taken[i] || taken[i - 1] || !unknownPlaceAfterDesignator(tokens, i)) continue;
    if (PLACES.matchAt(tokens, i, true) || countryAt(tokens, i)) continue; // known but rejected by its context
    const mention = tokenMention(doc, i, i + 1, 0);
    const next = countryAt(tokens, i + 1);
    const country = next && next.adjective && doc.sentenceOf[i + 1] === doc.sentenceOf[i] ? next.entry.code : null;
    addPlaceMention(facts, `${normKey(mention.text)}\u0000?`, { first: i, last: i + 1, prefix: 0 }, mention, country);
  }
}

/** The tokens a lexicon place (facts) or a country (takenBy) takes: 1 each. */
function takenTokens(n: number, takenBy: Int32Array, facts: Map<string, PlaceFact>): Uint8Array {
  const taken = new Uint8Array(n);
  for (const f of facts.values()) for (const sp of f.spans) for (let t = sp.first; t < sp.last; t++) taken[t] = 1;
  for (let t = 0; t < n; t++) if (takenBy[t]! >= 0) taken[t] = 1;
  return taken;
}

function addPlaceMention(facts: Map<string, PlaceFact>, id: string, span: Span, mention: Mention, country: string | null): void {
  const f = facts.get(id);
  if (f) { f.spans.push(span); f.mentions.push(mention); }
  // reported as first written (without clitics): variants of one place share the fact
  else facts.set(id, { name: mention.text.replace(/\s+/g, " ").trim(), country, mentions: [mention], spans: [span] });
}
