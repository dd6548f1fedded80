// English countries, places and organizations: the data lexicon (longest match, case-sensitive),
// then capitalized runs ending in an organization or place head word ("Interior Ministry",
// "Zakat, Tax and Customs Authority", "Dubai International Airport"), then "in/at + Name".
import type { Doc } from "../../text/document.js";
import type { CountryFact, OrganizationFact, PlaceFact, Span } from "../facts.js";
import { EN_COUNTRIES, EN_GAZETTEER, EN_ORGS, ORG_CONNECTORS, ORG_HEADS, PLACE_HEADS, PERSON_TITLES, PORTFOLIO_OF, STOP_WORDS, type EnEntry } from "../../lexicon/en.js";
import { claim, free, isCapWord, joined, span, type Claims } from "./util.js";
import { originalText } from "../../text/document.js";

export interface EntityIndex {
  countries: CountryFact[];
  places: PlaceFact[];
  organizations: OrganizationFact[];
  /** Token → claimant kind ("country", "place", "org", later "person", "title", "date"). */
  claims: Claims;
  /** Per token: index into countries when the token starts a country span. */
  countryAt: Map<number, { code: string; last: number; adjective: boolean }>;
  placeAt: Map<number, { index: number; last: number }>;
  orgAt: Map<number, { index: number; last: number }>;
}

const LEADING_STRIP = /^(The|A|An|This|That|These|Those|His|Her|Their|Its|During|Later|Meanwhile|According|Both|Under|After|Before|While|In|On|At|For|With|And|But|Also)$/;
const TITLE_START = /^(Minister|Prime|Deputy|Foreign|Interior|Defen[cs]e|Home|Finance|Health|Justice|Education|Economy|Energy|President|King|Crown|Emir|Ambassador|Ministry|Government|Army|Police)$/;
const EMPLOYEE_RE = /^(analysts?|professors?|researchers?|economists?|officials?|directors?|head|chief|fellows?|strategists?|spokes(?:man|woman|person)|employees?|executives?|managers?|partners?|lecturers?|scientists?|experts?|editors?|correspondents?|advisers?|advisors?|engineers?|staff|traders?|students?)$/i;
const MONTHS_DAYS = /^(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

export function findEntities(doc: Doc, skip: boolean[] | null = null): EntityIndex {
  const tokens = doc.tokens;
  const claims: Claims = new Array(tokens.length);
  if (skip) for (let i = 0; i < tokens.length; i++) if (skip[i]) claims[i] = "skip";
  const idx: EntityIndex = { countries: [], places: [], organizations: [], claims, countryAt: new Map(), placeAt: new Map(), orgAt: new Map() };

  const addCountry = (code: string, s: Span, adjective: boolean) => {
    let c = idx.countries.find((x) => x.code === code);
    if (!c) {
      const info = EN_COUNTRIES.get(code);
      c = { code, name: info?.name ?? code, ...(info?.nameAr ? { nameAr: info.nameAr } : {}), mentions: [], spans: [], adjective: [] };
      idx.countries.push(c);
    }
    c.spans.push(s); c.adjective.push(adjective);
    idx.countryAt.set(s.first, { code, last: s.last, adjective });
    claim(claims, s.first, s.last, "country");
  };
  const addPlace = (name: string, country: string | null, s: Span) => {
    let i = idx.places.findIndex((p) => p.name.toLowerCase() === name.toLowerCase());
    if (i < 0) { i = idx.places.length; idx.places.push({ name, country, mentions: [], spans: [] }); }
    idx.places[i]!.spans.push(s);
    idx.placeAt.set(s.first, { index: i, last: s.last });
    claim(claims, s.first, s.last, "place");
  };
  const addOrg = (name: string, key: string, kind: string | undefined, country: string | null | undefined, s: Span) => {
    let i = idx.organizations.findIndex((o) => (o as OrganizationFact & { key?: string }).key === key);
    if (i < 0) {
      i = idx.organizations.length;
      const o: OrganizationFact & { key?: string } = { name, ...(kind ? { kind } : {}), ...(country !== undefined ? { country } : {}), mentions: [], spans: [] };
      Object.defineProperty(o, "key", { value: key, enumerable: false });
      idx.organizations.push(o);
    }
    idx.organizations[i]!.spans.push(s);
    idx.orgAt.set(s.first, { index: i, last: s.last });
    claim(claims, s.first, s.last, "org");
  };

  // 1. organization and place runs with head words (they may contain lexicon names: "Dubai Police")
  for (let i = 0; i < tokens.length; ) {
    const run = capRun(doc, i);
    if (!run) { i++; continue; }
    placeOrOrg(doc, run.first, run.last, claims, addOrg, addPlace, addCountry);
    i = run.last;
  }
  // lower-case ministries: "the foreign ministry", "the ministry of interior"
  const lowMin = new RegExp(`\\bthe\\s+((?:${[...PORTFOLIO_OF.keys()].filter((k) => !k.startsWith("the ")).sort((a, b) => b.length - a.length).join("|").replace(/ /g, "\\s+")})\\s+ministry|ministry\\s+of\\s+(?:the\\s+)?(?:interior|foreign\\s+affairs|defen[cs]e|justice|finance|health|education))\\b`, "g");
  for (let m: RegExpExecArray | null; (m = lowMin.exec(doc.norm)) !== null; ) {
    const s = m.index + m[0].length - m[1]!.length;
    const a = tokensOf(doc, s, s + m[1]!.length);
    if (a && free(claims, a.first, a.last)) addOrg(originalText(doc, a.first, a.last), m[1]!.toLowerCase().replace(/\s+/g, " "), "ministry", undefined, span(a.first, a.last));
  }

  // 2. lexicon names
  for (const m of EN_GAZETTEER.scan(tokens, 0, tokens.length, false)) {
    if (!free(claims, m.first, m.last)) continue;
    const v = pick(m.values);
    const s = span(m.first, m.last);
    if (v.kind === "org") {
      const o = EN_ORGS[v.id]!;
      addOrg(originalText(doc, m.first, m.last), o.name, o.kind, o.country, s);
    } else if (v.kind === "place") {
      addPlace(titleCase(originalText(doc, m.first, m.last)), v.country, s);
    } else {
      if (v.ambiguous && !ambiguousOk(doc, m.first, m.last)) continue;
      // "Saudi Arabia's" etc. are names; a demonym right before a capitalized name is still the country
      addCountry(v.code, s, v.adjective);
    }
  }
  return idx;
}

/** Country before place before organization when one spelling is several things ("Kuwait"). */
function pick(values: EnEntry[]): EnEntry {
  return values.find((v) => v.kind === "org") ?? values.find((v) => v.kind === "country") ?? values[0]!;
}

/** "Jordan" is the country unless it is part of a personal name ("Michael Jordan", "Jordan Smith"). */
function ambiguousOk(doc: Doc, first: number, last: number): boolean {
  const prev = doc.tokens[first - 1];
  const next = doc.tokens[last];
  if (prev && isCapWord(prev) && !STOP_WORDS.has(prev.text) && !prev.newlineBefore && !doc.tokens[first]!.newlineBefore) return false;
  // "Jordan Foreign Minister", "Jordan's" are the country; "Jordan River", "Jordan Smith" are not
  if (next && isCapWord(next) && !doc.tokens[last]!.newlineBefore && !TITLE_START.test(next.text)) return false;
  return true;
}

function titleCase(s: string): string {
  return s === s.toUpperCase() && /\p{Lu}{2}/u.test(s) ? s.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase()) : s;
}

function tokensOf(doc: Doc, s: number, e: number): { first: number; last: number } | null {
  let first = -1, last = -1;
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i]!;
    if (t.start === s) first = i;
    if (t.end === e) { last = i + 1; break; }
  }
  return first >= 0 && last > first ? { first, last } : null;
}

/** A run of capitalized words joined by connectors (of, for, and, the), hyphens and inner commas. */
export function capRun(doc: Doc, i: number): { first: number; last: number } | null {
  const tokens = doc.tokens;
  if (!isCapWord(tokens[i])) return null;
  let j = i + 1;
  let last = i + 1;
  while (j < tokens.length) {
    const t = tokens[j]!;
    if (t.newlineBefore) break;
    if (isCapWord(t)) { j++; last = j; continue; }
    if (t.kind === "word" && ORG_CONNECTORS.has(t.text) && isCapWord(tokens[j + 1]) && !tokens[j + 1]!.newlineBefore) { j++; continue; }
    if (t.kind === "word" && t.text === "the" && tokens[j - 1] && ORG_CONNECTORS.has(tokens[j - 1]!.text)) { j++; continue; }
    if (t.kind === "punct" && (t.text === "-" || t.text === "&") && joined(tokens[j - 1], t) && isCapWord(tokens[j + 1])) { j++; continue; }
    if (t.kind === "punct" && t.text === "," && isCapWord(tokens[j + 1])) { j++; continue; }
    break;
  }
  return { first: i, last };
}

type AddOrg = (name: string, key: string, kind: string | undefined, country: string | null | undefined, s: Span) => void;
type AddPlace = (name: string, country: string | null, s: Span) => void;
type AddCountry = (code: string, s: Span, adjective: boolean) => void;

/** Inside a capitalized run, the stretch that ends at a head word (or continues "Head of X") is an organization or place. */
function placeOrOrg(doc: Doc, first: number, last: number, claims: Claims, addOrg: AddOrg, addPlace: AddPlace, addCountry: AddCountry): void {
  const tokens = doc.tokens;
  let head = -1;
  let kind: "org" | "place" = "org";
  for (let k = first; k < last; k++) {
    const w = tokens[k]!.text;
    if (ORG_HEADS.has(w) || PLACE_HEADS.has(w)) { head = k; kind = ORG_HEADS.has(w) ? "org" : "place"; }
  }
  if (head < 0) return;
  let end = head + 1;
  // "Ministry of Interior", "Directorate of Narcotics Control": continue through of/for + capitalized words
  if (tokens[end] && /^(of|for|on)$/.test(tokens[end]!.text) && end < last) {
    let k = end + 1;
    while (k < last && (isCapWord(tokens[k]) || /^(the|and|of|for|-)$/.test(tokens[k]!.text))) k++;
    while (k > end + 1 && !isCapWord(tokens[k - 1])) k--;
    end = k;
  }
  // an inner comma belongs only to an enumeration closed by "and" ("Zakat, Tax and Customs Authority")
  let start = first;
  for (let k = end - 1; k > start; k--) {
    if (tokens[k]!.text === ",") {
      const hasAnd = tokens.slice(k, end).some((t) => t.text === "and");
      if (!hasAnd || tokens.slice(k + 1, end).filter((t) => t.text === ",").length > 0) { start = k + 1; break; }
    }
  }
  // leading determiners and a leading country qualifier ("Egyptian Interior Ministry", "UAE Ministry of ...")
  while (start < head && LEADING_STRIP.test(tokens[start]!.text)) start++;
  if (end - start >= 2 && EN_GAZETTEER.get(originalText(doc, start, end))?.some((v) => v.kind === "org")) return;
  const lead = EN_GAZETTEER.matchAt(tokens, start, false, head);
  if (lead && lead.last <= head) {
    const v = lead.values.find((x) => x.kind === "country");
    const rest = end - lead.last;
    if (v && v.kind === "country" && rest >= 2 && free(claims, lead.first, lead.last)) { addCountry(v.code, span(lead.first, lead.last), v.adjective); start = lead.last; }
  }
  if (end - start < 2) return;
  // a person's title is not an organization ("Chief of Army Staff General X")
  if (PERSON_TITLES.matchAt(tokens, start, false, end)) return;
  if (!free(claims, start, end)) return;
  // a person's title is not an organization ("Coast Guard Commander" keeps "Coast Guard")
  const name = originalText(doc, start, end);
  // the whole run is a lexicon organization: leave it to the lexicon
  const lex = EN_GAZETTEER.get(name);
  if (lex?.some((v) => v.kind === "org")) return;
  const s = span(start, end);
  if (kind === "place") {
    const inner = EN_GAZETTEER.matchAt(tokens, start, false, end);
    const v = inner?.values.find((x) => x.kind === "place" || x.kind === "country");
    const country = v ? (v.kind === "place" ? v.country : v.kind === "country" ? v.code : null) : null;
    addPlace(name, country, s);
  } else {
    const isMinistry = /Ministry|Office|Department/.test(name);
    addOrg(name, name.toLowerCase().replace(/^the\s+/, ""), isMinistry ? "ministry" : undefined, undefined, s);
  }
}

/** "in Bait Al Falaj", "at Camp X": an unknown capitalized run after in/at is a place. */
export function fallbackPlaces(doc: Doc, idx: EntityIndex): void {
  const tokens = doc.tokens;
  for (let i = 1; i < tokens.length; i++) {
    const prev = tokens[i - 1]!;
    if (prev.kind !== "word" || !/^(in|at)$/.test(prev.text) || !isCapWord(tokens[i]) || idx.claims[i]) continue;
    // "analyst at Phillip Nova", "professor at X University": an employer, not a place
    if (prev.text === "at" && EMPLOYEE_RE.test(tokens[i - 2]?.text ?? "")) continue;
    let j = i;
    while (j < tokens.length && !idx.claims[j] && (isCapWord(tokens[j]) || (/^(Al|al|el|El|bin)$/.test(tokens[j]!.text))) && !MONTHS_DAYS.test(tokens[j]!.text) && !STOP_WORDS.has(tokens[j]!.text) && !tokens[j]!.newlineBefore) j++;
    if (j === i) continue;
    const next = tokens[j];
    if (next && next.text === "'" ) continue;
    const name = originalText(doc, i, j);
    const s = span(i, j);
    let k = idx.places.findIndex((p) => p.name === name);
    if (k < 0) { k = idx.places.length; idx.places.push({ name, country: null, mentions: [], spans: [] }); }
    idx.places[k]!.spans.push(s);
    idx.placeAt.set(i, { index: k, last: j });
    claim(idx.claims, i, j, "place");
  }
}
