// Ministers and other titled people in Arabic text.
//
// Rules, in the order they are tried at each token of a sentence:
//   1. minister title: (نائب رئيس الوزراء)? وزير|وزيرا|وزراء + portfolio + country (adjective or name),
//      then [،] honorifics* NAME                     → minister (pattern "title first")
//   2. a name found just before a minister title      → minister (pattern "name first": اللواء محمود توفيق وزير الداخلية)
//   3. counterpart: نظيره + country adjective [،] NAME → minister with the subject's portfolio
//   4. honorifics/ranks + NAME [، role]              → person (or minister when a title follows)
//   5. person titles (الرئيس، السفير، الأمين العام …) + NAME → person with title
// Then mentions are merged into entities (same name, or a shorter name inside a longer one), and
// later references are attached: surname alone, "الوزير" + country adjective, a bare title with
// the same portfolio. A minister's country comes from the title, a counterpart phrase, the
// knowledge file (when on) or the document's context (countries and places it mentions).
import type { Doc } from "../../text/document.js";
import type { Sentence } from "../../text/sentences.js";
import type { Token } from "../../text/tokens.js";
import { docFlags, originalText } from "../../text/document.js";
import type { CountryBasis, Portfolio } from "../../types.js";
import type { EntityFacts, ExtractContext, MinisterFact, PersonFact, Span } from "../facts.js";
import {
  ANAPHORS, COUNTERPART, TITLE_HEADS, DEPUTY, HONORIFICS, MINISTER_HEADS, PERSON_TITLES, PORTFOLIOS, PRIME_MINISTER,
  STATE_MINISTER, NOT_NAME, PREPOSITIONS, REGNAL_ORDINALS, ORDINALS, GOVERNMENT_NOUNS, NAMESAKE_NOUNS, type MinisterNumber,
} from "../../lexicon/titles.js";
import { COUNTRY_NAMES, COUNTRY_START, isStateNoun, type CountryAt } from "../../lexicon/countries.js";
import { lookupKnowledge } from "../../lexicon/knowledge.js";
import { cliticReadings, type CliticReading } from "../../text/clitics.js";
import { nameAt, nameKeyTokens, sameNameKeys, isAlaPreposition, hasArticle, inTheNameOf, withPossessive, GIVEN_NAMES, FAMILY_NAMES, endsWithTaMarbuta } from "./names.js";
import {
  countryAtWord, wordFactsAt, coordinatedShape, isVerbLike, knownWord, NOT_A_WORD, type WordFacts, PERSON_CUE_BEFORE, PERSON_START, REFERENCE_WORD, TITLED_RULE_READS, READ_ALL_CLOSED, READ_COUNTERPART, READ_DEPUTY, READ_MINISTER_ANAPHOR, READ_MINISTER_HEAD, READ_PROFESSION, READ_TITLE_START,
  W_ALI, W_ANAPHOR, W_BAD_START, W_CLITIC_ON_KNOWN, W_COMPOUND_TAIL, W_CONNECTOR, W_DEFINITE_CLITIC, W_FAMILY, W_FOREIGN_GIVEN, W_GIVEN,
  W_KNOWN, W_NON_NAME, W_NOT_NAME, W_PERSON_CUE, W_ROLE, W_SPEECH_VERB, W_TITLE_FIRST, W_TITLE_HEAD, W_VERB_LIKE, W_VERB_LIKE_FIRST, W_VERB_SHAPED,
} from "./names-words.js";
import { SPEECH_COMPLEMENTS, PROFESSIONS } from "../../lexicon/titles.js";
import { ReusedBytes, ReusedIndices, ReusedInts } from "./reused.js";

/** The WordFacts of token i (NOT_A_WORD for punctuation, numbers, or outside the document). */
const wordAt = wordFactsAt;

/** A title or role word (رئيس، مدير، وزير، المتحدث). */
const titleAt = (t: Doc["tokens"][number] | undefined): boolean =>
  !!t && t.kind === "word" && (TITLE_HEADS.has(t.text) || MINISTER_HEADS.has(t.text) || PROFESSIONS.has(t.text));

/**
 * What follows a speaker after a speech verb: إن/أن, punctuation, في …, or a title in apposition
 * ("وقال نيتشيرفان برزاني رئيس الوزراء").
 */
const speechComplement = (t: Doc["tokens"][number] | undefined): boolean =>
  !!t && (t.kind === "punct" || SPEECH_COMPLEMENTS.has(t.text) || titleAt(t));

/** Make a candidate's name end at `last` (a surname or a ruler's ordinal after it), with the spans that ended with it. */
function extendName(doc: Doc, c: Candidate, last: number): void {
  const { first, last: end, prefix } = c.nameSpan;
  for (const list of [c.spans, c.extents]) for (const sp of list) if (sp.last === end && sp.first <= first) sp.last = last;
  c.nameSpan = { first, last, prefix };
  c.name = originalText(doc, first, last, prefix);
}

/**
 * Where a name ending at token `i` starts: up to two name-like words right before it that are not
 * common words, titles, verbs, definite words or already taken (the given names of foreign people).
 */
function nameStartBefore(doc: Doc, i: number, sentenceFirst: number, covered: Uint8Array): number {
  const toks = doc.tokens;
  let first = i;
  for (let k = i - 1; k >= sentenceFirst && i - k <= 2; k--) {
    const t = toks[k]!;
    if (t.kind !== "word" || covered[k] === 1 || toks[k + 1]!.newlineBefore) break;
    const w = t.text;
    const b = wordAt(doc, k).bits;
    const known = (b & (W_GIVEN | W_FAMILY)) !== 0;
    // a compound given name before the surname: عبد الرحمن القحطاني، أبو الحسن
    if (hasArticle(doc, k) && k - 1 >= sentenceFirst && (toks[k - 1]!.text === "عبد" || toks[k - 1]!.text === "ابو") && covered[k - 1] !== 1) { first = k - 1; break; }
    if (!known && ((b & (W_NON_NAME | W_NOT_NAME)) !== 0 || hasArticle(doc, k) || w.length < 3 || /(ات|ون|ين|ها|هم|هما|كم)$/.test(w))) break;
    // a conjunction or preposition on a known word (وقال، لدى، بعد) is not a name
    if (!known && (b & W_CLITIC_ON_KNOWN) !== 0) break;
    if ((b & W_VERB_LIKE) !== 0 || ((b & W_ALI) !== 0 && isAlaPreposition(doc, k)) || countryAtWord(doc, k)) break;
    if (!known && (b & (W_VERB_SHAPED | W_ROLE)) !== 0) break;
    // a conjunction or a pronoun on the word: a verb or a noun, not a given name (وشددت رايس، اقترحه سبيكتر)
    if (!known && ((w[0] === "و" && w.length >= 4) || /(ه|ها|هم)$/.test(w) && w.length >= 5)) break;
    if (!nameAt(doc, k, i + 1, true, true)) break;
    first = k;
  }
  return first;
}

/** A word that may be a name no list knows: not a common word, verb, country, definite or plural noun. */
function nameLike(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  if (!t || t.kind !== "word") return false;
  const w = t.text;
  const b = wordAt(doc, k).bits;
  if ((b & W_ALI) !== 0 && isAlaPreposition(doc, k)) return false;
  if ((b & (W_GIVEN | W_FAMILY)) !== 0) return true;
  if ((b & W_KNOWN) !== 0 || hasArticle(doc, k) || w.length < 3 || /ات$/.test(w) || (w.length >= 5 && /(ها|هم|هما|كم)$/.test(w))) return false;
  if ((b & W_CLITIC_ON_KNOWN) !== 0) return false;
  if ((b & (W_DEFINITE_CLITIC | W_ROLE)) !== 0) return false;
  return (b & (W_VERB_LIKE | W_VERB_SHAPED)) === 0 && !countryAtWord(doc, k);
}

/** The rest of a name after a known given name: the name rules, or one name-like word (ويلي سانيول خلال). */
function nameAfterGiven(doc: Doc, i: number, limit: number, strong = false): { first: number; last: number } | null {
  const n = nameAt(doc, i, limit, true, false);
  if (n) return n;
  const t = doc.tokens[i];
  if (!t || t.newlineBefore || t.kind !== "word") return null;
  const b = wordAt(doc, i).bits;
  // in a strong frame (a coordinated name, a speaker), a definite family name that is no common
  // word, role or country: "ومحمد منير، وعلي الحجار"، "وقال علي الحجار"
  if (strong && hasArticle(doc, i) && t.text.length >= 5 && (b & (W_KNOWN | W_ROLE)) === 0
    && !countryAtWord(doc, i) && !/ات$/.test(t.text)) return { first: i, last: i + 1 };
  // (three-letter words after an Arab given name are too often nouns: "وأكد حسان حرص الحكومة"; after
  // a foreign given name the word is the surname, whatever its shape: سيباستيان لوب، يوري تروتنيف)
  const foreign = i > 0 && (wordAt(doc, i - 1).bits & W_FOREIGN_GIVEN) !== 0;
  if (foreign && (b & (W_KNOWN | W_ROLE)) === 0 && !hasArticle(doc, i) && !((b & W_ALI) !== 0 && isAlaPreposition(doc, i)) && !countryAtWord(doc, i)) return { first: i, last: i + 1 };
  return (t.text.length >= 4 || (b & W_FAMILY) !== 0) && nameLike(doc, i) ? { first: i, last: i + 1 } : null;
}

/** The word after و in a coordinated name: a known name, or a word that is no common word. */
function coordinatedName(w: string): boolean {
  if (GIVEN_NAMES.has(w) || FAMILY_NAMES.has(w)) return true;
  return w.length >= 3 && !knownWord(w) && !w.startsWith("ال") && !/ات$/.test(w) && !isVerbLike(w, false) && !COUNTRY_NAMES.has(w);
}

/** A definite country adjective at token k that ends right before token end (السوري، الكوري الجنوبي). */
function adjectiveEndingAt(doc: Doc, k: number, end: number): boolean {
  const c = k >= 0 ? countryAtWord(doc, k) : null;
  return !!c && c.adjective === true && c.last === end && hasArticle(doc, k);
}

export interface TitleMatch {
  first: number;
  last: number;
  prefix: number;
  portfolio: Portfolio;
  number: MinisterNumber;
  countries: string[];
  /** First token of the country part of the title, if any. */
  countryFirst: number;
}

/** The first reading whose stem is a key of `set`, if any (a loop: no closure per call). */
function readingIn(readings: readonly CliticReading[], set: ReadonlySet<string> | ReadonlyMap<string, unknown>): CliticReading | undefined {
  for (let k = 0; k < readings.length; k++) if (set.has(readings[k]!.stem)) return readings[k];
  return undefined;
}

/** The first reading that is a deputy word, with or without ال (نائب، النائب). */
function deputyReading(readings: readonly CliticReading[]): CliticReading | undefined {
  for (let k = 0; k < readings.length; k++) {
    const stem = readings[k]!.stem;
    if (DEPUTY.has(stem) || (stem.startsWith("ال") && DEPUTY.has(stem.slice(2)))) return readings[k];
  }
  return undefined;
}

/** A minister title starting at token i (with proclitics on the first word). */
export function ministerTitleAt(doc: Doc, i: number, limit: number): TitleMatch | null {
  const toks = doc.tokens;
  // (reading past the end of the token array would deoptimize this function)
  if (i >= toks.length) return null;
  const t = toks[i];
  if (!t || t.kind !== "word") return null;
  const facts = wordAt(doc, i);
  const bits = facts.reads;
  // (most tokens: no deputy or minister word, no prime minister title)
  if ((bits & (READ_DEPUTY | READ_MINISTER_HEAD)) === 0 && ((bits & READ_TITLE_START) === 0 || !PRIME_MINISTER.matchAt(toks, i, true, limit))) return null;
  return ministerTitleFrom(doc, i, limit, facts);
}

/** ministerTitleAt at a word that has a deputy or minister reading or starts a prime-minister title (`facts`: its WordFacts). */
function ministerTitleFrom(doc: Doc, i: number, limit: number, facts: WordFacts): TitleMatch | null {
  const toks = doc.tokens;
  const bits = facts.reads;
  let j = i;
  let prefix = 0;
  let portfolio: Portfolio | null = null;
  let number: MinisterNumber = "singular";
  // نائب رئيس الوزراء (وزير الخارجية)?
  const readings = facts.readings;
  const deputy = bits & READ_DEPUTY ? deputyReading(readings) : undefined;
  if (deputy) {
    const at = toks[i + 1] && ORDINALS.has(toks[i + 1]!.text) ? i + 2 : i + 1;
    const pm = PRIME_MINISTER.matchAt(toks, at, true, limit);
    if (pm) {
      prefix = deputy.prefix;
      portfolio = "other";
      j = pm.last;
      const inner = ministerTitleAt(doc, j, limit);
      if (inner && inner.first === j) {
        return { first: i, last: inner.last, prefix, portfolio: inner.portfolio, number: inner.number, countries: inner.countries, countryFirst: inner.countryFirst };
      }
    }
  }
  if (!portfolio) {
    const pm = PRIME_MINISTER.matchAt(toks, i, true, limit);
    if (pm) { portfolio = "prime_minister"; j = pm.last; prefix = pm.prefix; }
  }
  if (!portfolio) {
    if ((bits & READ_MINISTER_HEAD) === 0) return null;
    const head = readingIn(readings, MINISTER_HEADS);
    if (!head) return null;
    number = MINISTER_HEADS.get(head.stem)!;
    prefix = head.prefix;
    j = i + 1;
    const p = PORTFOLIOS.matchAt(toks, j, false, limit);
    if (p) {
      portfolio = p.values[0]!;
      j = p.last;
      // coordinated portfolios: وزير الداخلية والجماعات المحلية والنقل
      while (j < limit && toks[j]!.kind === "word" && /^و(ال|ش)/.test(toks[j]!.text) && !countryAtWord(doc, j)) {
        j++;
        while (j < limit && toks[j]!.kind === "word" && toks[j]!.text.startsWith("ال") && !countryAtWord(doc, j) && !NOT_NAME.has(toks[j]!.text)) j++;
      }
    } else if (j < toks.length && STATE_MINISTER.has(toks[j]!.text)) {
      portfolio = "other";
      j++;
      // وزير الدولة لشؤون مجلس الوزراء
      let n = 0;
      while (j < limit && n < 4 && toks[j]!.kind === "word" && !NOT_NAME.has(toks[j]!.text) && !countryAtWord(doc, j)) { j++; n++; }
    } else if (j < toks.length && toks[j]!.kind === "word" && toks[j]!.text.startsWith("ال") && toks[j]!.text.length > 3 && !NOT_NAME.has(toks[j]!.text) && !countryAtWord(doc, j)) {
      // an unlisted portfolio: وزير الزراعة، وزير النقل والمواصلات
      portfolio = "other";
      j++;
      while (j < limit && toks[j]!.kind === "word" && toks[j]!.text.startsWith("وال") && !countryAtWord(doc, j)) j++;
    } else {
      return null;
    }
  }
  // countries: adjective (السوري) or name (داخلية مصر), possibly coordinated (مصر والسعودية)
  const countries: string[] = [];
  let countryFirst = -1;
  // "… في جمهورية باكستان الإسلامية", "… لدى دولة الكويت"
  if (j < toks.length && (toks[j]!.text === "في" || toks[j]!.text === "لدي") && countryAtWord(doc, j + 1)?.first === j + 1) j++;
  // "وزير خارجية جمهورية العراق": a state noun before the country's name (the lexicon's form is العراق),
  // unless the state noun opens a longer form itself (جمهورية مصر العربية)
  if (isStateNoun(toks[j]) && countryAtWord(doc, j)?.first !== j && countryAtWord(doc, j + 1)?.first === j + 1) j++;
  for (;;) {
    const c = j < limit ? countryAtWord(doc, j) : null;
    if (!c || c.first !== j) break;
    if (countries.length && c.prefix === 0) break;
    if (countryFirst < 0) countryFirst = j;
    if (!countries.includes(c.entry.code)) countries.push(c.entry.code);
    j = c.last;
  }
  // a government complement: "بحكومة الوحدة الوطنية"، "في الحكومة الانتقالية"
  const g = j < toks.length ? toks[j] : undefined;
  if (g && g.kind === "word") {
    const gr = readingIn(cliticReadings(g.text), GOVERNMENT_NOUNS);
    const viaFi = g.text === "في" && toks[j + 1] && GOVERNMENT_NOUNS.has(toks[j + 1]!.text);
    if ((gr && gr.prefix > 0) || viaFi) {
      let k = viaFi ? j + 2 : j + 1;
      while (k < limit && k - j < 5 && toks[k]!.kind === "word" && toks[k]!.text.startsWith("ال") && !HONORIFICS.matchAt(toks, k, false, limit)) {
        const c = countryAtWord(doc, k);
        if (c && c.first === k && !countries.includes(c.entry.code)) countries.push(c.entry.code);
        k++;
      }
      j = k;
    }
  }
  return { first: i, last: j, prefix, portfolio: portfolio!, number, countries, countryFirst };
}

/** What a candidate says of a minister's office. */
interface MinisterRole {
  portfolio: Portfolio;
  country: string | null;
  basis: CountryBasis | undefined;
}

function ministerRole(portfolio: Portfolio, country: string | null, basis: CountryBasis | undefined): MinisterRole {
  return { portfolio, country, basis };
}

const NO_KEYS: readonly string[] = Object.freeze([]);

/** A person mention found by a rule, before mentions of one person are merged (every field always set). */
class Candidate {
  /** Whole stretches (title, honorifics and name) that refer to this person. */
  extents: Span[];
  name: string;
  nameSpan: Span;
  spans: Span[];
  honorifics: string[];
  title: string | undefined = undefined;
  titleSpan: Span | null | undefined = undefined;
  role: string | undefined = undefined;
  minister: MinisterRole | undefined = undefined;
  /** Its index among the entities mergeCandidates keeps (-1: none yet). */
  order = -1;
  /** The words of its name as an entity (nameKeyTokens), set by mergeCandidates. */
  keys: readonly string[] = NO_KEYS;
  constructor(extents: Span[], name: string, nameSpan: Span, spans: Span[], honorifics: string[]) {
    this.extents = extents;
    this.name = name;
    this.nameSpan = nameSpan;
    this.spans = spans;
    this.honorifics = honorifics;
  }
}

/** A candidate with a title (a minister's when `minister` is given). */
function titledCandidate(
  extents: Span[], name: string, nameSpan: Span, spans: Span[], honorifics: string[],
  title: string | undefined, titleSpan: Span | undefined, minister: MinisterRole | undefined,
): Candidate {
  const c = new Candidate(extents, name, nameSpan, spans, honorifics);
  c.title = title;
  c.titleSpan = titleSpan;
  c.minister = minister;
  return c;
}

/** A minister reference without a name: a bare title, الوزير + adjective, a counterpart. */
interface BareTitle {
  span: Span;
  portfolio: Portfolio | null;
  country: string | null;
  sentence: number;
}

/** The per-token tables of PeopleState, reused from one document to the next (see reused.ts). */
const COVERED = new ReusedBytes();
const NAME_ENDS = new ReusedInts();
/** The tokens attachReferences found taken, reused likewise. */
const REFERENCE_USED = new ReusedBytes();
/** The token lists of PeopleState (see listTokens), reused likewise. */
const STARTS = new ReusedIndices();
const UNTITLED_AT = new ReusedIndices();
const REFERENCE_AT = new ReusedIndices();

/**
 * What the rules share while reading one document: the candidates so far, and per sentence the
 * last mention found (a minister title right after it names that person) and the subject's portfolio.
 */
class PeopleState {
  readonly doc: Doc;
  readonly toks: Token[];
  readonly cands: Candidate[] = [];
  readonly bareTitles: BareTitle[] = [];
  /** Tokens already read as a person, place or body (for the rules without a title). */
  readonly covered: Uint8Array;
  /** The word flags of each token (docFlags). */
  readonly flags: Int32Array;
  /**
   * Where person names end (by the token after the name), for coordinated names (… مارك فان بومل
   * وكلارنس سيدورف): the candidate's index in cands + 1 (0: none).
   */
  readonly nameEnds: Int32Array;
  /** The tokens where some people rule may start (PERSON_START), ascending: the titled rules look at these only. */
  readonly starts: Int32Array;
  startCount = 0;
  /** The tokens where a rule without a title may apply (see listTokens), ascending. */
  readonly untitledAt: Int32Array;
  untitledCount = 0;
  /** The tokens where attachReferences may find a mention (REFERENCE_WORD), ascending. */
  readonly referenceAt: Int32Array;
  referenceCount = 0;
  lastSubjectPortfolio: Portfolio | null = null;
  prev: Candidate | null = null;
  prevEnd = -1;
  constructor(doc: Doc) {
    this.doc = doc;
    this.toks = doc.tokens;
    this.covered = COVERED.reset(doc.tokens.length);
    this.flags = docFlags(doc);
    this.nameEnds = NAME_ENDS.reset(doc.tokens.length + 1);
    const n = doc.tokens.length;
    this.starts = STARTS.room(n);
    this.untitledAt = UNTITLED_AT.room(n);
    this.referenceAt = REFERENCE_AT.room(n);
    listTokens(this);
  }
  /** A new mention that a minister title right after it may name (prevEnd: its last token + 1). */
  found(c: Candidate, end: number): number {
    this.cands.push(c);
    this.prev = c;
    this.prevEnd = end;
    return end;
  }
}

/**
 * The token lists of a document's PeopleState, from one pass over its word flags: the passes over the
 * document (titled rules, rules without a title, later references) visit these tokens only, and step
 * over the others (most tokens) without reading them. A rule without a title may apply at a word where
 * some people rule may start, or after a cue (a person cue, speech verb or profession) or a country
 * word, or two tokens after a country word (a two-word adjective: الكوري الجنوبي).
 */
function listTokens(st: PeopleState): void {
  const flags = st.flags;
  const starts = st.starts;
  const untitled = st.untitledAt;
  const reference = st.referenceAt;
  let nStarts = 0;
  let nUntitled = 0;
  let nReference = 0;
  // (the flags as locals: an imported constant is read again, and checked, at every use in the loop)
  const start = PERSON_START;
  const cueOrCountry = PERSON_CUE_BEFORE | COUNTRY_START;
  const country = COUNTRY_START;
  const referenceWord = REFERENCE_WORD;
  // (the flags of the two tokens before: none before the first)
  let before = 0;
  let twoBefore = 0;
  const n = flags.length;
  for (let i = 0; i < n; i++) {
    const f = flags[i]!;
    if ((f & start) !== 0) {
      starts[nStarts++] = i;
      untitled[nUntitled++] = i;
    } else if ((before & cueOrCountry) !== 0 || (twoBefore & country) !== 0) {
      untitled[nUntitled++] = i;
    }
    if ((f & referenceWord) !== 0) reference[nReference++] = i;
    twoBefore = before;
    before = f;
  }
  st.startCount = nStarts;
  st.untitledCount = nUntitled;
  st.referenceCount = nReference;
}

/** The position in list[0 … count − 1] (ascending) of its first entry ≥ i (count when there is none). */
function firstAtLeast(list: Int32Array, count: number, i: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Honorifics and ranks starting at i: the token after them (i when there is none). */
function honorificsEnd(doc: Doc, i: number, limit: number): number {
  let j = i;
  for (let n = 0; n < 6 && j < limit; n++) {
    if ((wordAt(doc, j).reads & READ_TITLE_START) === 0) break;
    const h = HONORIFICS.matchAt(doc.tokens, j, true, limit);
    if (!h) break;
    j = h.last;
  }
  return j;
}

/**
 * The texts of the honorifics from i to `end` (honorificsEnd(doc, i, limit)), read again: only for
 * a name found after them, so most tries build no list.
 */
function honorificTexts(doc: Doc, i: number, end: number, limit: number): string[] {
  const items: string[] = [];
  for (let j = i; j < end; ) {
    const h = HONORIFICS.matchAt(doc.tokens, j, true, limit)!;
    items.push(originalText(doc, h.first, h.last, h.prefix));
    j = h.last;
  }
  return items;
}

const isComma = (doc: Doc, i: number) => {
  const t = doc.tokens[i];
  return !!t && t.kind === "punct" && (t.text === "،" || t.text === ",");
};

/**
 * A name read after a title: its span, the honorifics before it, and (after a title's complement)
 * the token where those honorifics or the name begin: the complement belongs to the title.
 */
interface NameAfter { span: Span; honorifics: string[]; start?: number }

/** Optional comma, honorifics, then a name. */
function nameAfter(doc: Doc, j: number, limit: number): NameAfter | null {
  if (isComma(doc, j)) j++;
  const next = honorificsEnd(doc, j, limit);
  // right after a title a verb is rare and names starting with ي ت ست (يوري، توماس، ستيفان) are
  // common: frequent verbs are still stopped by the name rules
  const n = nameAt(doc, next, limit, true, false);
  if (!n) return null;
  return { span: { first: n.first, last: n.last, prefix: 0 }, honorifics: honorificTexts(doc, j, next, limit) };
}

/**
 * A name after a title's complement: "الأمين العام لمجلس التعاون جاسم محمد البديوي"، "سفير فرنسا في
 * لبنان هيرفيه ماغرو"، "الممثلة العليا للاتحاد الأوروبي … كايا كالاس". The name starts at a known
 * given name or honorific, or at the first indefinite word after a definite one or a country.
 */
function nameAfterComplement(doc: Doc, j: number, limit: number): NameAfter | null {
  const toks = doc.tokens;
  for (let k = j; k < limit && k - j <= 9; k++) {
    const t = toks[k]!;
    // the name in apposition, between commas: "سفيرة العراق لدى المملكة، صفية السهيل، …"
    if (k > j + 1 && isComma(doc, k)) return nameInCommas(doc, k, limit);
    if (t.kind !== "word") return null;
    const f = wordAt(doc, k);
    const b = f.bits;
    if ((b & W_VERB_LIKE) !== 0 || ((b & W_ALI) !== 0 && isAlaPreposition(doc, k))) return null;
    // a minister's title or a counterpart starts another phrase (… للقوات المسلحة وزير الدفاع، نظيره …),
    // not a council of ministers (الأمين العام لمجلس وزراء الداخلية العرب)
    if ((f.reads & READ_COUNTERPART) !== 0 || ((f.reads & READ_MINISTER_HEAD) !== 0 && ministerTitleAt(doc, k, limit)?.number === "singular")) return null;
    if (k === j) continue;
    const start = (b & W_GIVEN) !== 0 || t.text === "عبد" || t.text === "ابو" || ((b & W_TITLE_FIRST) !== 0 && !!HONORIFICS.matchAt(toks, k, false, limit))
      || ((b & W_NOT_NAME) === 0 && !/^(و|ف|لل)/.test(t.text) && (b & W_BAD_START) === 0 && !hasArticle(doc, k) && (hasArticle(doc, k - 1) || !!countryAtWord(doc, k - 1)));
    if (!start) continue;
    const next = honorificsEnd(doc, k, limit);
    const n = nameAt(doc, next, limit, true, next === k);
    if (n && (n.last - n.first >= 2 || next > k)) return { span: { first: n.first, last: n.last, prefix: 0 }, honorifics: honorificTexts(doc, k, next, limit), start: k };
  }
  return null;
}

/** A name of two words or more (or after an honorific) right after the comma at k and closed by punctuation: the complement ends at k. */
function nameInCommas(doc: Doc, k: number, limit: number): NameAfter | null {
  const next = honorificsEnd(doc, k + 1, limit);
  const n = nameAt(doc, next, limit, true, false);
  if (!n || !(n.last - n.first >= 2 || next > k + 1)) return null;
  const after = doc.tokens[n.last];
  if (n.last < limit && after !== undefined && after.kind !== "punct") return null;
  return { span: { first: n.first, last: n.last, prefix: 0 }, honorifics: honorificTexts(doc, k + 1, next, limit), start: k };
}

/** Role after a comma: "، قائد الأمن في المنطقة،". */
function roleAfter(doc: Doc, j: number, limit: number): string | undefined {
  if (!isComma(doc, j)) return undefined;
  const t = PERSON_TITLES.matchAt(doc.tokens, j + 1, false, limit);
  if (!t) return undefined;
  let k = t.last;
  while (k < limit && k - t.first < 8 && doc.tokens[k]!.kind === "word" && !isAlaPreposition(doc, k)) k++;
  return originalText(doc, j + 1, k);
}

export function extractPeople(ctx: ExtractContext, facts: Omit<EntityFacts, "ministers" | "people">): { ministers: MinisterFact[]; people: PersonFact[] } {
  const doc = ctx.doc;
  const st = new PeopleState(doc);
  const sentences = doc.sentences;
  for (let k = 0; k < sentences.length; k++) titledPeople(st, sentences[k]!);
  untitledPeople(st, facts);
  const cands = st.cands;
  regnalOrdinals(doc, cands);
  const entities = mergeCandidates(cands);
  const ministers = ministersOf(entities);
  // ---- countries: explicit > counterpart > knowledge (before references) > context (after) ----
  if (ctx.knowledge) knowledgeCountries(ministers);
  // ---- later references: surname alone, الوزير + adjective, bare titles ------------------------
  attachReferences(st, entities, ministers);
  const contextCountry = documentCountry(facts);
  const result: MinisterFact[] = [];
  const people: PersonFact[] = [];
  for (let k = 0; k < entities.length; k++) {
    const e = entities[k]!;
    if (e.minister) result.push(ministerFact(e, e.minister, contextCountry));
    else people.push(personFact(e));
  }
  return { ministers: result, people };
}

/** A ruler's ordinal belongs to the name (الحسن الثاني، بنديكت السادس عشر). */
function regnalOrdinals(doc: Doc, cands: Candidate[]): void {
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k]!;
    const n = c.nameSpan;
    if (n.last - n.first > 3) continue;
    const o = REGNAL_ORDINALS.matchAt(doc.tokens, n.last, false);
    if (o && o.first === n.last) extendName(doc, c, o.last);
  }
}

/** The entities that are ministers, in order. */
function ministersOf(entities: Candidate[]): Candidate[] {
  const ministers: Candidate[] = [];
  for (let k = 0; k < entities.length; k++) if (entities[k]!.minister) ministers.push(entities[k]!);
  return ministers;
}

/** A minister's country (and portfolio, when the title gave none) from the knowledge file, when no title or counterpart gave one. */
function knowledgeCountries(ministers: Candidate[]): void {
  for (let i = 0; i < ministers.length; i++) {
    const e = ministers[i]!;
    const m = e.minister!;
    if (m.country) continue;
    const k = lookupKnowledge(e.name);
    if (k) { m.country = k.country; m.basis = "knowledge"; if (m.portfolio === "other" && k.portfolio) m.portfolio = k.portfolio; }
  }
}

// (the facts' keys in a fixed order, the optional ones only when set: the order JSON output shows)

function ministerFact(e: Candidate, m: MinisterRole, contextCountry: string | null): MinisterFact {
  let country = m.country;
  let basis = m.basis;
  if (!country && contextCountry) { country = contextCountry; basis = "context"; }
  const title = e.title ?? "";
  const extents = e.extents.concat(e.spans);
  const titleSpan = e.titleSpan ?? null;
  return basis
    ? { name: e.name, title, portfolio: m.portfolio, country: country ?? null, countryBasis: basis, honorifics: e.honorifics, spans: e.spans, extents, nameSpan: e.nameSpan, titleSpan }
    : { name: e.name, title, portfolio: m.portfolio, country: country ?? null, honorifics: e.honorifics, spans: e.spans, extents, nameSpan: e.nameSpan, titleSpan };
}

function personFact(e: Candidate): PersonFact {
  const p = { name: e.name } as PersonFact;
  if (e.title) p.title = e.title;
  if (e.role) p.role = e.role;
  p.honorifics = e.honorifics;
  p.spans = e.spans;
  p.extents = e.extents.concat(e.spans);
  p.nameSpan = e.nameSpan;
  return p;
}

const titleText = (doc: Doc, m: TitleMatch): string => originalText(doc, m.first, m.last, m.prefix);

/** Titled people in one sentence: the rules tried at each token, in the order given at the top of this file. */
function titledPeople(st: PeopleState, s: Sentence): void {
  const doc = st.doc;
  st.lastSubjectPortfolio = null;
  st.prev = null;
  st.prevEnd = -1;
  const starts = st.starts;
  const count = st.startCount;
  // the last token where a minister title may start (nameBeforeTitleRule looks up to s.last + 1)
  let lastTitle = NOT_YET;
  // (the tokens where no people rule starts, most of them, are stepped over unread)
  let i = s.first;
  for (let c = firstAtLeast(starts, count, s.first); c < count; c++) {
    const at = starts[c]!;
    if (at >= s.last) break;
    // (a rule read the tokens up to i)
    if (at < i) continue;
    i = at;
    const f = wordAt(doc, i);
    const bits = f.reads;
    // (no title, honorific, counterpart or given name can start at the word)
    if ((bits & TITLED_RULE_READS) === 0 && (f.bits & W_GIVEN) === 0) continue;
    const title = ministerTitleAt(doc, i, s.last);
    if (title) { i = ministerRule(st, s, i, title); continue; }
    // each rule returns the token to go on from, or -1 when it does not apply
    let next = -1;
    if (bits & READ_COUNTERPART) next = counterpartRule(st, s, i);
    if (next < 0 && bits & READ_MINISTER_ANAPHOR) next = ministerAnaphorRule(st, s, i);
    if (next < 0 && bits & READ_TITLE_START) next = namesakeRule(st, s, i);
    if (next < 0 && bits & READ_TITLE_START && HONORIFICS.matchAt(st.toks, i, true, s.last)) next = honorificRule(st, s, i);
    if (next < 0 && bits & READ_TITLE_START && PERSON_TITLES.matchAt(st.toks, i, true, s.last)) next = personTitleRule(st, s, i);
    if (next < 0 && (f.bits & W_GIVEN) !== 0) {
      if (lastTitle === NOT_YET) lastTitle = lastMinisterTitleStart(st, s.first, Math.min(s.last + 2, doc.tokens.length));
      // (a name glued to a minister title needs one after it)
      if (lastTitle > i) next = nameBeforeTitleRule(st, s, i);
    }
    i = next < 0 ? i + 1 : next;
  }
}

const NOT_YET = -2;

/** The last token of first … end − 1 where ministerTitleAt may find a title (a deputy, minister or prime-minister word), or -1. */
function lastMinisterTitleStart(st: PeopleState, first: number, end: number): number {
  const starts = st.starts;
  for (let c = firstAtLeast(starts, st.startCount, end) - 1; c >= 0; c--) {
    const k = starts[c]!;
    if (k < first) break;
    if ((wordAt(st.doc, k).reads & (READ_DEPUTY | READ_MINISTER_HEAD | READ_TITLE_START)) !== 0) return k;
  }
  return -1;
}

/** A minister title at token i: with the name before it, after it, two names after a dual title, or bare. */
function ministerRule(st: PeopleState, s: Sentence, i: number, title: TitleMatch): number {
  const doc = st.doc;
  const toks = st.toks;
  const prev = st.prev;
  const prevEnd = st.prevEnd;
  const span: Span = { first: title.first, last: title.last, prefix: title.prefix };
  let country = title.countries.length === 1 ? title.countries[0]! : null;
  // name first: "اللواء محمود توفيق وزير الداخلية"
  // (a person title may stand between: "الأمير محمد بن سلمان ولي العهد رئيس مجلس الوزراء")
  // (not when a name follows the title directly: "استقبل الرئيس عبد الفتاح السيسي وزير الدفاع الأمريكي
  // لويد أوستن"; after a comma it is the next item of a list: "مع أحمد كجوك، وزير المالية، والمهندس …")
  // (… or with its complement: "الفريق أول محمد زكي القائد العام للقوات المسلحة وزير الدفاع")
  const between = prev && prevEnd < i ? PERSON_TITLES.matchAt(toks, prevEnd, false, s.last) : null;
  const glued = prev && !prev.minister && (prevEnd === i || (prevEnd === i - 1 && isComma(doc, i - 1)) || (between !== null && complementEnd(doc, between.last, i) === i));
  const after = title.number === "singular" ? nameAfter(doc, title.last, s.last) : null;
  if (glued && prev && title.number === "singular" && !(after && !punctuationBetween(doc, title.last, after.span.first))) {
    prev.minister = ministerRole(title.portfolio, country, country ? "explicit" : undefined);
    prev.title = titleText(doc, title);
    prev.titleSpan = span;
    prev.spans.push(span);
    prev.extents[prev.extents.length - 1]!.last = title.last;
    st.lastSubjectPortfolio = title.portfolio;
    st.prev = null;
    return title.last;
  }
  if (after) {
    // a bare title right before this one is the same person's: "رئيس الوزراء القطري وزير الداخلية الشيخ X"
    const chained = title.prefix === 0 ? chainedBareTitle(st, span.first, s.index) : null;
    if (chained && country === null) country = chained.country;
    const c = titledCandidate(
      [{ first: chained ? chained.span.first : span.first, last: after.span.last, prefix: chained ? chained.span.prefix : span.prefix }], originalText(doc, after.span.first, after.span.last), after.span,
      chained ? [chained.span, span, after.span] : [span, after.span],
      after.honorifics, titleText(doc, title), span, ministerRole(title.portfolio, country, country ? "explicit" : undefined),
    );
    st.lastSubjectPortfolio = title.portfolio;
    return st.found(c, after.span.last);
  }
  if (title.number === "dual" && title.countries.length >= 2) {
    // وزيرا داخلية مصر والسعودية، X و Y
    const names = dualNames(doc, title.last, s.last);
    for (let idx = 0; idx < title.countries.length; idx++) {
      const code = title.countries[idx]!;
      const ns = names[idx];
      if (ns) {
        st.cands.push(titledCandidate(
          [idx === 0 ? { first: span.first, last: ns.last, prefix: span.prefix } : ns], originalText(doc, ns.first, ns.last, ns.prefix), ns, [span, ns], [],
          titleText(doc, title), span, ministerRole(title.portfolio, code, "explicit"),
        ));
      } else {
        st.bareTitles.push({ span, portfolio: title.portfolio, country: code, sentence: s.index });
      }
    }
    return title.last;
  }
  if (title.number === "dual" && title.countries.length === 1) {
    // وزيرا الخارجية السعودي X والأمريكي Y: each country adjective before its minister's name
    const pair = adjectivePair(doc, title.last, s.last);
    if (pair) {
      const [a, adj, b] = pair;
      st.cands.push(titledCandidate(
        [{ first: span.first, last: a.span.last, prefix: span.prefix }], originalText(doc, a.span.first, a.span.last), a.span, [span, a.span], a.honorifics,
        titleText(doc, title), span, ministerRole(title.portfolio, title.countries[0]!, "explicit"),
      ));
      const adjSpan: Span = { first: adj.first, last: adj.last, prefix: adj.prefix };
      st.cands.push(titledCandidate(
        [{ first: adj.first, last: b.span.last, prefix: adj.prefix }], originalText(doc, b.span.first, b.span.last), b.span, [adjSpan, b.span], b.honorifics,
        titleText(doc, title), span, ministerRole(title.portfolio, adj.entry.code, "explicit"),
      ));
      return b.span.last;
    }
  }
  if (title.number === "singular") {
    st.bareTitles.push({ span, portfolio: title.portfolio, country, sentence: s.index });
    st.lastSubjectPortfolio ??= title.portfolio;
  }
  return title.last;
}

/** After a dual title with one country: a name, و + another country's adjective, a name (… X والأمريكي Y). */
function adjectivePair(doc: Doc, j: number, limit: number): [NameAfter, CountryAt, NameAfter] | null {
  const a = nameAfter(doc, j, limit);
  if (!a) return null;
  const k = a.span.last;
  const adj = countryAtWord(doc, k);
  if (!adj || adj.first !== k || !adj.adjective || doc.tokens[k]!.text[0] !== "و") return null;
  const b = nameAfter(doc, adj.last, limit);
  return b ? [a, adj, b] : null;
}

/** Token k may open a title's complement: a definite word, a preposition, or ب/ل on a word (لمجلس، بالمغرب). */
function opensComplement(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  if (!t || t.kind !== "word") return false;
  // (another title is the name's own: وكيل وزارة الخارجية السفير نبيل العلي)
  if (PERSON_TITLES.matchAt(doc.tokens, k, true) || HONORIFICS.matchAt(doc.tokens, k, true)) return false;
  return hasArticle(doc, k) || PREPOSITIONS.has(t.text) || /^(ب|ل)/.test(t.text);
}

/** Some token of first … last − 1 is a noun with a possessive pronoun. */
function someWithPossessive(doc: Doc, first: number, last: number): boolean {
  for (let k = first; k < last; k++) if (doc.tokens[k]!.kind === "word" && withPossessive(doc, k)) return true;
  return false;
}

/** Some token of first … last − 1 is punctuation. */
function punctuationBetween(doc: Doc, first: number, last: number): boolean {
  for (let k = first; k < last; k++) if (doc.tokens[k]!.kind === "punct") return true;
  return false;
}

/** The names after a dual minister title (وزيرا داخلية مصر والسعودية، X و Y): none, one or two. */
function dualNames(doc: Doc, j: number, limit: number): Span[] {
  const toks = doc.tokens;
  const a = nameAfter(doc, j, limit);
  const names: Span[] = [];
  if (a) {
    names.push(a.span);
    const k = a.span.last;
    const w = toks[k];
    if (w && w.kind === "word" && w.text[0] === "و") {
      // the second name carries the conjunction, on an honorific (والأمير) or on the name (وعبد)
      const next = honorificsEnd(doc, k, limit);
      if (next > k) {
        const n2 = nameAt(doc, next, limit, true, false);
        if (n2) names.push({ first: n2.first, last: n2.last, prefix: 0 });
      } else {
        const n2 = nameAt(doc, k, limit, true, true, 1);
        if (n2) names.push({ first: n2.first, last: n2.last, prefix: 1 });
      }
    }
  }
  return names;
}

/** Counterpart: نظيره التركي، علي يرلي كايا (a minister with the subject's portfolio), or a bare reference. */
function counterpartRule(st: PeopleState, s: Sentence, i: number): number {
  const doc = st.doc;
  const cp = readingIn(wordAt(st.doc, i).readings, COUNTERPART)!;
  let j = i + 1;
  let country: string | null = null;
  const c = countryAtWord(doc, j);
  if (c && c.first === j) { country = c.entry.code; j = c.last; }
  const after = nameAfter(doc, j, s.last);
  const span: Span = { first: i, last: j, prefix: cp.prefix };
  if (after) {
    const cand = titledCandidate(
      [{ first: i, last: after.span.last, prefix: cp.prefix }], originalText(doc, after.span.first, after.span.last), after.span, [span, after.span],
      after.honorifics, originalText(doc, i, j, cp.prefix), span,
      ministerRole(st.lastSubjectPortfolio ?? "other", country, country ? "counterpart" : undefined),
    );
    return st.found(cand, after.span.last);
  }
  st.bareTitles.push({ span, portfolio: st.lastSubjectPortfolio, country, sentence: s.index });
  return j;
}

/** "الوزير هاكان فيدان": an anaphoric title followed by a name is a minister of unknown portfolio. */
function ministerAnaphorRule(st: PeopleState, s: Sentence, i: number): number {
  const doc = st.doc;
  const after = nameAfter(doc, i + 1, s.last);
  if (!after || after.span.first > i + 2 + after.honorifics.length * 2) return -1;
  const cand = titledCandidate(
    [{ first: i, last: after.span.last, prefix: 0 }], originalText(doc, after.span.first, after.span.last), after.span, [{ first: i, last: i + 1, prefix: 0 }, after.span],
    after.honorifics, undefined, undefined, ministerRole("other", null, undefined),
  );
  return st.found(cand, after.span.last);
}

/** Honorifics or ranks + name (a minister title right after the honorifics is left to its rule). */
function honorificRule(st: PeopleState, s: Sentence, i: number): number {
  const doc = st.doc;
  const next = honorificsEnd(doc, i, s.last);
  if (next === i) return -1;
  // a minister title may follow the honorific directly (معالي وزير الداخلية …): let the title rule see it
  if (ministerTitleAt(doc, next, s.last)) return next;
  const n = nameAt(doc, next, s.last, true, false);
  if (!n) return next;
  const span: Span = { first: n.first, last: n.last, prefix: 0 };
  const items = honorificTexts(doc, i, next, s.last);
  const cand = new Candidate([{ first: i, last: n.last, prefix: 0 }], originalText(doc, n.first, n.last), span, [span], items);
  const role = roleAfter(doc, n.last, s.last);
  if (role) cand.role = role;
  const rank = HONORIFICS.matchAt(st.toks, i, true, s.last);
  if (rank && rank.values[0] === "rank") cand.title = items[items.length - 1];
  return st.found(cand, n.last);
}

/**
 * A titled name right after a namesake noun (مطار الملك خالد الدولي، جامعة الإمام محمد بن سعود، بجائزة
 * الشيخ زايد) names the place or prize, not a person in the news: its tokens are read and covered (no
 * rule without a title takes the name either), and no candidate is made. -1 when it does not apply.
 */
function namesakeRule(st: PeopleState, s: Sentence, i: number): number {
  if (i <= s.first || st.toks[i - 1]!.kind !== "word" || !readingIn(wordAt(st.doc, i - 1).readings, NAMESAKE_NOUNS)) return -1;
  const doc = st.doc;
  let j = honorificsEnd(doc, i, s.last);
  if (j === i) {
    const pt = PERSON_TITLES.matchAt(st.toks, i, true, s.last);
    if (!pt || pt.prefix !== 0) return -1;
    j = pt.last;
  }
  const n = nameAt(doc, j, s.last, true, false);
  if (!n) return -1;
  st.covered.fill(1, i, n.last);
  return n.last;
}

/** The last word of a person title that a ministry's portfolio completes (normalized): نائب وزير، وكيل وزارة. */
const MINISTRY_WORDS = new Set(["وزير", "وزيره", "وزاره"]);

/** Person titles: الرئيس السوري أحمد الشرع، السفير … */
function personTitleRule(st: PeopleState, s: Sentence, i: number): number {
  const doc = st.doc;
  const pt = PERSON_TITLES.matchAt(st.toks, i, true, s.last)!;
  // "ولي العهد رئيس مجلس الوزراء …": a minister title follows, let its rule read the name
  if (ministerTitleAt(doc, pt.last, s.last)) return pt.last;
  let j = pt.last;
  // a deputy's or an under-secretary's ministry: نائب وزير الداخلية، وكيل وزارة الخارجية
  if (MINISTRY_WORDS.has(st.toks[j - 1]!.text)) {
    const p = PORTFOLIOS.matchAt(st.toks, j, false, s.last);
    if (p) j = p.last;
  }
  const c = countryAtWord(doc, j);
  if (c && c.first === j) j = c.last;
  const after = nameAfter(doc, j, s.last) ?? nameAfterComplement(doc, j, s.last);
  if (!after) return pt.last;
  // a title right after a name, whose complement then shows another phrase (a noun with a pronoun),
  // is that name's role: "الفريق X وكيل وزارة الداخلية بمكتبه أمس الدكتور Y" (Y is not the undersecretary)
  const prev = st.prev;
  if (prev !== null && st.prevEnd === i && !prev.minister && after.start !== undefined && someWithPossessive(doc, j, after.start)) {
    prev.role ??= originalText(doc, i, j, pt.prefix);
    return j;
  }
  // the complement before the name belongs to the title (الأمين العام لمجلس التعاون، سفير فرنسا في لبنان)
  // when it opens like one (a definite word, a preposition) and no noun with a pronoun shows another
  // phrase (نقل إلى الرئيس تحيات أخيه الملك …)
  j = after.start !== undefined && opensComplement(doc, j) && !someWithPossessive(doc, j, after.start) ? after.start : Math.min(j, after.span.first);
  const span: Span = { first: i, last: j, prefix: pt.prefix };
  const cand = titledCandidate(
    [{ first: i, last: after.span.last, prefix: pt.prefix }], originalText(doc, after.span.first, after.span.last), after.span, [after.span],
    after.honorifics, originalText(doc, i, j, pt.prefix), span, undefined,
  );
  return st.found(cand, after.span.last);
}

/** Past a title's complement from k: up to four definite words and لل-words (العام للقوات المسلحة), before `end`. */
function complementEnd(doc: Doc, k: number, end: number): number {
  const toks = doc.tokens;
  const first = k;
  while (k < end && k - first < 4 && toks[k]!.kind === "word" && (hasArticle(doc, k) || toks[k]!.text.startsWith("لل"))) k++;
  return k;
}

/**
 * The bare title that ends right before token `first` in the sentence (a chain of offices:
 * "رئيس الوزراء القطري وزير الداخلية"; a title with a clitic is another phrase: "… بوزير الداخلية
 * العراقي"), taken off the bare titles; else null.
 */
function chainedBareTitle(st: PeopleState, first: number, sentence: number): BareTitle | null {
  const b = st.bareTitles[st.bareTitles.length - 1];
  if (b === undefined || b.sentence !== sentence || b.span.last !== first) return null;
  st.bareTitles.pop();
  return b;
}

/** A bare name glued to a following minister title: "محمود توفيق وزير الداخلية" (the title rule names it). */
function nameBeforeTitleRule(st: PeopleState, s: Sentence, i: number): number {
  const doc = st.doc;
  const n = nameAt(doc, i, s.last, false);
  if (!n || n.last - n.first < 2) return -1;
  const next = ministerTitleAt(doc, isComma(doc, n.last) ? n.last + 1 : n.last, s.last);
  if (!next || next.number !== "singular") return -1;
  const span: Span = { first: n.first, last: n.last, prefix: 0 };
  return st.found(new Candidate([span], originalText(doc, n.first, n.last), span, [span], []), n.last);
}

/** A name with no title over tokens first … last − 1: a new candidate; returns the last token's index. */
function addName(st: PeopleState, first: number, last: number, prefix: number): number {
  const span: Span = { first, last, prefix };
  const c = new Candidate([span], originalText(st.doc, first, last, prefix), span, [span], []);
  st.cands.push(c);
  st.covered.fill(1, first, last);
  st.nameEnds[last] = st.cands.length;
  return last - 1;
}

/**
 * Names with no title: a known given name with a name-like word after it ("وقال فؤاد السنيورة"),
 * or a known name after a cue ("النجم البرازيلي كافو").
 */
function untitledPeople(st: PeopleState, facts: Omit<EntityFacts, "ministers" | "people">): void {
  const covered = st.covered;
  // places and bodies are not people ("العاصمة الإيطالية روما")
  for (const f of facts.places) for (const sp of f.spans) covered.fill(1, sp.first, sp.last);
  for (const f of facts.organizations) for (const sp of f.spans) covered.fill(1, sp.first, sp.last);
  for (const c of st.cands) {
    for (const e of c.extents) covered.fill(1, e.first, e.last);
    for (const e of c.spans) covered.fill(1, e.first, e.last);
  }
  for (let k = 0; k < st.cands.length; k++) st.nameEnds[st.cands[k]!.nameSpan.last] = k + 1;
  // (the other words, most of them, have no rule starting at them, no cue before them and no country
  // right before them: untitledNameAt would find nothing there)
  const untitled = st.untitledAt;
  const count = st.untitledCount;
  const sentences = st.doc.sentences;
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k]!;
    let i = s.first;
    for (let c = firstAtLeast(untitled, count, s.first); c < count; c++) {
      const at = untitled[c]!;
      if (at >= s.last) break;
      // (a rule read the tokens before i)
      if (at < i) continue;
      i = at;
      if (covered[i] === 1 || st.toks[i]!.kind !== "word") continue;
      i = untitledNameAt(st, s, i) + 1;
    }
  }
}

/** The rules for names with no title at word token i: returns the last token read (i when none applies). */
function untitledNameAt(st: PeopleState, s: Sentence, i: number): number {
  const doc = st.doc;
  const toks = st.toks;
  const covered = st.covered;
  const nameEnds = st.nameEnds;
  const t = toks[i]!;
  const f = wordAt(doc, i);
  const b = f.bits;
  const coordinated = coordinatedShape(f);
  // (most words: no known name, not و after a name, and no cue, speech verb, profession or country
  // before them: no rule below applies)
  if (!coordinated && f.given === undefined && f.familyPrefix < 0) {
    const before = wordAt(doc, i - 1);
    if ((before.bits & (W_PERSON_CUE | W_SPEECH_VERB)) === 0 && (before.reads & READ_PROFESSION) === 0
      && (before === NOT_A_WORD || (!countryAtWord(doc, i - 1) && (i < 2 || !countryAtWord(doc, i - 2))))) return i;
  }
  // باسم before a definite word or a common noun, or after a spokesman, is "in the name of" (المتحدث باسم حزب)
  if (inTheNameOf(doc, i) || (t.text === "باسم" && /^(ال)?(متحدث|ناطق)/.test(toks[i - 1]?.text ?? ""))) return i;
  // a name coordinated with a name right before it (or before a comma): و + a name-like word
  if (coordinated && (nameEnds[i] !== 0 || (isComma(doc, i - 1) && nameEnds[i - 1] !== 0))
    && !((b & W_TITLE_FIRST) !== 0 && PERSON_TITLES.matchAt(toks, i, false)) && coordinatedName(t.text.slice(1))) {
    const rest = i + 1 < s.last && covered[i + 1] !== 1 ? nameAfterGiven(doc, i + 1, s.last, true) : null;
    const known = GIVEN_NAMES.has(t.text.slice(1)) || FAMILY_NAMES.has(t.text.slice(1));
    // an unknown word alone after و is too often a noun (وأعضاء، ومفاهيم): a known name, or two words
    if (!known && !(rest && rest.first === i + 1)) return i;
    return addName(st, i, rest && rest.first === i + 1 && rest.last - i <= 4 ? rest.last : i + 1, 1);
  }
  // (the reading that is a known given name)
  const r = f.given;
  const prev = toks[i - 1];
  const cue = !!prev && prev.kind === "word" && ((wordAt(doc, i - 1).bits & W_PERSON_CUE) !== 0 || !!countryAtWord(doc, i - 1));
  if (!r && !cue) {
    // a known family name standing alone ("وقال بوش"، "لشيراك"): the whole word, or و ب ل on it
    if (f.familyPrefix >= 0) return familyNameAt(st, s, i, f.familyPrefix);
  }
  // a country or its adjective is no name (الأصولي المصري)
  if (!r && countryAtWord(doc, i)?.first === i) return i;
  if (!r) return cue && (b & (W_FAMILY | W_GIVEN)) !== 0 ? givenNameAt(st, s, i, undefined, cue) : strongFrameNameAt(st, s, i);
  return givenNameAt(st, s, i, r, cue);
}

/** A known family name at i (its clitics take `prefix` units): it closes the name before it, or starts one. */
function familyNameAt(st: PeopleState, s: Sentence, i: number, prefix: number): number {
  const doc = st.doc;
  // a family name right after a name closes that name (الشيخ مشعل الأحمد الجابر)
  const openAt = prefix === 0 ? st.nameEnds[i]! : 0;
  const open = openAt !== 0 ? st.cands[openAt - 1]! : undefined;
  if (open && open.nameSpan.last === i) {
    extendName(doc, open, i + 1);
    st.covered[i] = 1;
    st.nameEnds[i] = 0;
    st.nameEnds[i + 1] = openAt;
    return i;
  }
  // given names before it that no list knows (سيرغي لافروف، فان باستن) belong to the name
  const first = prefix ? i : nameStartBefore(doc, i, s.first, st.covered);
  const namePrefix = first === i ? prefix : 0;
  // and name words after it (جيمس جونز): known names, or words that are no common word
  const rest = i + 1 < s.last && st.covered[i + 1] !== 1 ? nameAfterGiven(doc, i + 1, s.last) : null;
  // (after a surname only known names or connectors continue: "القرضاوي أساء" stops)
  const knownNext = (wordAt(doc, i + 1).bits & (W_GIVEN | W_FAMILY | W_CONNECTOR)) !== 0;
  return addName(st, first, rest && rest.first === i + 1 && rest.last - i <= 3 && knownNext ? rest.last : i + 1, namePrefix);
}

/**
 * An unknown name in a strong frame: after a nationality adjective ("المدافع البرازيلي اندرسون")
 * or between a speech verb and إن/أن ("وقال بوين إنه").
 */
function strongFrameNameAt(st: PeopleState, s: Sentence, i: number): number {
  const doc = st.doc;
  const toks = st.toks;
  const t = toks[i]!;
  const b = wordAt(doc, i).bits;
  const prev = toks[i - 1];
  const prevFacts = wordAt(doc, i - 1);
  // (a singular adjective: after a plural one a verb follows, الجنود الإسرائيليين هاجموا)
  // (also a two-word adjective: الكوري الجنوبي)
  const adjCue = prev && prev.kind === "word" && (adjectiveEndingAt(doc, i - 1, i) || adjectiveEndingAt(doc, i - 2, i)) && !/(ين|ون|يات)$/.test(prev.text);
  // (a singular role: after a plural one an adjective follows, اللاعبين محترفون)
  const profCue = prev && prev.kind === "word" && (prevFacts.reads & READ_PROFESSION) !== 0 && !/(ين|ون|ات)$/.test(prev.text);
  const speech = (prevFacts.bits & W_SPEECH_VERB) !== 0;
  if (!(adjCue || profCue || speech)) return i;
  // a role noun before the adjective makes the frame strong (المدافع الفرنسي ويلي …)
  const roleAdj = adjCue && i >= 2 && toks[i - 2]!.kind === "word" && (wordAt(doc, i - 2).bits & (W_ROLE | W_TITLE_HEAD)) !== 0;
  // a definite family name as the speaker, with a title after it (وقال البدري مدير الكرة إن)
  const article = hasArticle(doc, i);
  const articleOk = article && speech && (b & W_ROLE) === 0 && titleAt(toks[i + 1]);
  // (a word of three letters or more; a noun in ة or a definite word with a preposition is no name)
  if (t.text.length < 3 || (b & W_DEFINITE_CLITIC) !== 0 || ((b & W_GIVEN) === 0 && endsWithTaMarbuta(doc, i))) return i;
  if ((article && !articleOk) || (b & (W_NON_NAME | W_NOT_NAME | W_ANAPHOR)) !== 0 || ((b & W_BAD_START) !== 0 && (!roleAdj || /^[بل]/.test(t.text))) || countryAtWord(doc, i) || ((b & W_TITLE_FIRST) !== 0 && HONORIFICS.matchAt(toks, i, false))) return i;
  // a conjunction starts another phrase (السورية واستقرارها)
  if (t.text[0] === "و" && !speech && !roleAdj) return i;
  // a single unknown word is a name after a speech verb or a profession even with a word after
  // it (قال كوبل أن); after an adjective only before punctuation (القوات العراقية باشرت …)
  const single = speech || profCue || roleAdj || toks[i + 1]?.kind !== "word" ? { first: i, last: i + 1 } : null;
  const n = (article ? null : nameAt(doc, i, s.last, true, true)) ?? (roleAdj && nameAfterGiven(doc, i + 1, s.last)?.first === i + 1 ? { first: i, last: i + 2 } : single);
  if (!n) return i;
  if (n.first !== i || n.last - i > 3) return i;
  if (speech && !speechComplement(toks[n.last])) return i;
  return addName(st, i, n.last, 0);
}

/** A known given name at i (reading r; none for a known name after a cue) and the rest of the name. */
function givenNameAt(st: PeopleState, s: Sentence, i: number, r: CliticReading | undefined, cue: boolean): number {
  const doc = st.doc;
  const toks = st.toks;
  const prev = toks[i - 1];
  const prevBits = wordAt(doc, i - 1).bits;
  const nextBits = wordAt(doc, i + 1).bits;
  const afterSpeechVerb = (prevBits & W_SPEECH_VERB) !== 0;
  if (r && (r.stem === "علي" || r.stem === "عمر") && !cue && !afterSpeechVerb && (nextBits & W_FAMILY) === 0) return i;
  if (isAlaPreposition(doc, i)) return i;
  const prefix = r ? r.prefix : 0;
  // (a given name after a speech verb or coordinated with a name is a strong frame)
  const strong = afterSpeechVerb || (!!prev && r?.prefix === 1 && (st.nameEnds[i] !== 0 || (isComma(doc, i - 1) && st.nameEnds[i - 1] !== 0)));
  let rest = i + 1 < s.last && st.covered[i + 1] !== 1 ? nameAfterGiven(doc, i + 1, s.last, strong) : null;
  // a compound given name (زين الدين زيدان، نور الدين): the name rules from the given name itself
  if (!rest && (nextBits & W_COMPOUND_TAIL) !== 0) {
    const whole = nameAt(doc, i, s.last, true, false, prefix);
    let free = !!whole && whole.last > i + 1;
    for (let k = i; free && k < whole!.last; k++) if (st.covered[k] === 1) free = false;
    if (free) rest = { first: i + 1, last: whole!.last };
  }
  const restOk = rest && rest.first === i + 1;
  const last = restOk ? rest!.last : i + 1;
  // a given name alone needs a cue, or a speech verb before it and its complement after (وقالت هيرمان في)
  // (or a role noun: والراقصة دينا; or a verb whose subject it is: ورفض جوزيه الإفصاح, unless the name
  // is also a title's first word: استقبل أمير قطر)
  const roleBefore = (prevBits & W_ROLE) !== 0;
  const verbBefore = (prevBits & (W_VERB_LIKE_FIRST | W_VERB_SHAPED)) !== 0 && !afterSpeechVerb;
  if (last - i < 2 && !cue && !roleBefore && !(verbBefore && (wordAt(doc, i).bits & (W_GIVEN | W_TITLE_FIRST)) === W_GIVEN && r?.prefix === 0)
    && !(afterSpeechVerb && speechComplement(toks[last]))) return i;
  if (last - i >= 2 && !cue) {
    // the second word must look like a name: known, or not a frequent common word
    if ((nextBits & (W_FAMILY | W_GIVEN | W_CONNECTOR)) === 0 && (nextBits & (W_NON_NAME | W_NOT_NAME)) !== 0) return i;
  }
  return addName(st, i, last, prefix);
}

/** Adds e under each word of its name, `words` (nameKeyTokens(e.name)), and keeps the words on it. */
function indexByWord(byWord: Map<string, Candidate[]>, e: Candidate, words: readonly string[]): void {
  e.keys = words;
  for (let k = 0; k < words.length; k++) {
    const l = byWord.get(words[k]!);
    if (l) { if (!l.includes(e)) l.push(e); } else byWord.set(words[k]!, [e]);
  }
}

/** Candidates merged into entities: same name, or a shorter name inside a longer one (same portfolio for ministers). */
function mergeCandidates(cands: Candidate[]): Candidate[] {
  const entities: Candidate[] = [];
  // entities by each word of their names: a same-name entity shares every word of the shorter name
  const byWord = new Map<string, Candidate[]>();
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    const words = nameKeyTokens(c.name);
    // the earliest entity listed under a word of the name that has the same name (an entity under
    // several of the words is looked at again: the earliest stays the same)
    let same: Candidate | undefined;
    let sameOrder = Infinity;
    for (let w = 0; w < words.length; w++) {
      const l = byWord.get(words[w]!);
      if (l === undefined) continue;
      for (let k = 0; k < l.length; k++) {
        const e = l[k]!;
        if (e.order < sameOrder && sameNameKeys(e.keys, words) && (!e.minister || !c.minister || e.minister.portfolio === c.minister.portfolio || e.minister.portfolio === "other" || c.minister.portfolio === "other")) { same = e; sameOrder = e.order; }
      }
    }
    if (!same) { c.order = entities.length; entities.push(c); indexByWord(byWord, c, words); continue; }
    // the first full mention names the person (news leads give the full name); a one-word name gives way
    if (!/\s/.test(same.name) && /\s/.test(c.name)) { same.name = c.name; same.nameSpan = c.nameSpan; indexByWord(byWord, same, words); }
    same.spans.push(...c.spans);
    same.extents.push(...c.extents);
    for (const h of c.honorifics) if (!same.honorifics.includes(h)) same.honorifics.push(h);
    if (c.minister) {
      if (!same.minister) { same.minister = c.minister; same.title = c.title; same.titleSpan = c.titleSpan; }
      else {
        if (same.minister.portfolio === "other" && c.minister.portfolio !== "other") same.minister.portfolio = c.minister.portfolio;
        if (!same.minister.country && c.minister.country) { same.minister.country = c.minister.country; same.minister.basis = c.minister.basis; }
        if (!same.title || (c.minister.basis === "explicit" && c.title && c.title.length > same.title.length)) { same.title = c.title; same.titleSpan = c.titleSpan; }
      }
    }
    if (!same.role && c.role) same.role = c.role;
    if (!same.title && c.title) same.title = c.title;
  }
  return entities;
}


/** A dateline ("الكويت - 30 - 9 (كونا) --") names the country the story is told from: its first few tokens weigh more. */
const leadWeight = (first: number): number => (first < 8 ? 3 : 0);

/**
 * The countries documentCountry scores, in the order first scored, and their scores (a document has a
 * few: a list searched in order, reused from one document to the next).
 */
const SCORED: string[] = [];
const SCORES: number[] = [];

function addScore(c: string | null | undefined, n: number): void {
  if (!c) return;
  for (let k = 0; k < SCORED.length; k++) if (SCORED[k] === c) { SCORES[k] = SCORES[k]! + n; return; }
  SCORED.push(c);
  SCORES.push(n);
}

/** The country a document is about: the most mentioned one, counting places by their country (the first scored of equals). */
export function documentCountry(facts: Omit<EntityFacts, "ministers" | "people">): string | null {
  SCORED.length = 0;
  SCORES.length = 0;
  const countries = facts.countries;
  for (let i = 0; i < countries.length; i++) {
    const c = countries[i]!;
    for (let k = 0; k < c.spans.length; k++) addScore(c.code, (c.adjective[k] ? 1 : 1.5) + leadWeight(c.spans[k]!.first));
  }
  const places = facts.places;
  for (let i = 0; i < places.length; i++) {
    const p = places[i]!;
    for (let k = 0; k < p.spans.length; k++) addScore(p.country, 1 + leadWeight(p.spans[k]!.first));
  }
  const organizations = facts.organizations;
  for (let i = 0; i < organizations.length; i++) {
    const o = organizations[i]!;
    for (let k = 0; k < o.spans.length; k++) addScore(o.country, 0.5 + leadWeight(o.spans[k]!.first));
  }
  let best: string | null = null;
  let bestScore = 0;
  for (let k = 0; k < SCORED.length; k++) if (SCORES[k]! > bestScore) { best = SCORED[k]!; bestScore = SCORES[k]!; }
  return best;
}

function attachReferences(st: PeopleState, entities: Candidate[], ministers: Candidate[]): void {
  const doc = st.doc;
  const toks = doc.tokens;
  const used = REFERENCE_USED.reset(toks.length);
  for (let i = 0; i < entities.length; i++) {
    const spans = entities[i]!.spans;
    for (let k = 0; k < spans.length; k++) used.fill(1, spans[k]!.first, spans[k]!.last);
  }
  attachBareTitles(ministers, st.bareTitles);
  // surnames and name tails, and الوزير (+ adjective)
  if (entities.length === 0) return;
  const tailFirst = new Set<string>();
  const tails = referenceTails(doc, entities, tailFirst);
  const flags = st.flags;
  const endings = tailEndings(tailFirst);
  // (the other words are common words under every reading, and no الوزير: no mention starts there)
  const reference = st.referenceAt;
  const count = st.referenceCount;
  // (a local: an imported constant is read again, and checked, at every use in the loop)
  const start = PERSON_START;
  for (let c = 0; c < count; c++) {
    const i = reference[c]!;
    if (used[i] === 1) continue;
    const t = toks[i]!;
    if (t.kind !== "word") continue;
    // (most tokens: every reading is a common word, or ends as no tail's first word does, and no الوزير;
    // a word that ends so and is no people rule's start is no الوزير, whatever its WordFacts)
    if ((flags[i]! & start) === 0 && !endings.has(t.text)) continue;
    const reads = wordAt(doc, i).reads;
    if ((reads & READ_MINISTER_ANAPHOR) === 0 && ((reads & READ_ALL_CLOSED) !== 0 || !endings.has(t.text))) continue;
    if (isAlaPreposition(doc, i) || inTheNameOf(doc, i)) continue;
    referenceAt(doc, i, used, tails, tailFirst, ministers);
  }
}

/**
 * The endings (last two letters) of a set of words, as bits of a small table: a word whose ending is
 * not there is none of the words under any clitic reading, since every reading keeps the word's
 * ending (وبوش → بوش، للرئيس → الرئيس) and has two letters or more unless it is the whole word.
 */
class WordEndings {
  private readonly bits = new Int32Array(ENDING_SLOTS >> 5);
  clear(): void { this.bits.fill(0); }
  add(w: string): void { const k = endingSlot(w); this.bits[k >> 5]! |= 1 << (k & 31); }
  has(w: string): boolean { const k = endingSlot(w); return (this.bits[k >> 5]! & (1 << (k & 31))) !== 0; }
}
const ENDING_SLOTS = 1024;
function endingSlot(w: string): number {
  const n = w.length;
  return (w.charCodeAt(n - 1) * 31 + (n >= 2 ? w.charCodeAt(n - 2) : 0)) & (ENDING_SLOTS - 1);
}
/** The endings of the words that start a name tail in the document being read (one at a time). */
const TAIL_ENDINGS = new WordEndings();
function tailEndings(tailFirst: Set<string>): WordEndings {
  TAIL_ENDINGS.clear();
  for (const w of tailFirst) TAIL_ENDINGS.add(w);
  return TAIL_ENDINGS;
}

/** Bare titles → the minister with that portfolio (and country, when the title gives one). */
function attachBareTitles(ministers: Candidate[], bareTitles: BareTitle[]): void {
  for (let i = 0; i < bareTitles.length; i++) {
    const b = bareTitles[i]!;
    // the one minister the title fits (none when several do); "other" fits when no title of the
    // minister named it ("الوزير X"), not an unlisted portfolio ("وزير النقل X" is no prime minister)
    let only: Candidate | null = null;
    let n = 0;
    for (let k = 0; k < ministers.length; k++) {
      const mr = ministers[k]!.minister!;
      const open = mr.portfolio === "other" && ministers[k]!.title === undefined;
      if ((!b.portfolio || mr.portfolio === b.portfolio || open) && (!b.country || !mr.country || mr.country === b.country)) { only = ministers[k]!; n++; }
    }
    if (n === 1) {
      const m = only!;
      m.spans.push(b.span);
      if (b.country && !m.minister!.country) { m.minister!.country = b.country; m.minister!.basis = "context"; }
      if (b.portfolio && m.minister!.portfolio === "other") m.minister!.portfolio = b.portfolio;
    }
  }
}

/**
 * The words that refer to an entity later: each tail of its name (surname alone, the last words),
 * null when two entities share it. `tailFirst` gets the first word of every tail.
 */
function referenceTails(doc: Doc, entities: Candidate[], tailFirst: Set<string>): Map<string, Candidate | null> {
  const toks = doc.tokens;
  const tails = new Map<string, Candidate | null>();
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i]!;
    const first = e.nameSpan.first;
    const last = e.nameSpan.last;
    // the tails from the shortest (the last word) to the whole name, so a one-word name found once
    // in a strong frame is found everywhere; none with a common word in it
    let tail = "";
    for (let k = last - 1; k >= first; k--) {
      const w = toks[k]!.text;
      tail = k === last - 1 ? w : w + " " + tail;
      if ((wordAt(doc, k).bits & (W_NOT_NAME | W_NON_NAME)) !== 0) break;
      if (tail.length < 3) continue;
      if (k === last - 1) {
        const b = wordAt(doc, k).bits;
        // a second word of a compound name or a connector alone is no reference (الله of عبد الله)
        if ((b & (W_COMPOUND_TAIL | W_CONNECTOR)) !== 0 || REGNAL_ORDINALS.has(tail)) continue;
        // a given name alone may be anyone's (علي، محمد)
        if ((b & W_GIVEN) !== 0 && (b & W_FAMILY) === 0) continue;
      }
      const other = tails.get(tail);
      if (other && other !== e) tails.set(tail, null); // ambiguous
      else tails.set(tail, e);
      tailFirst.add(w);
    }
  }
  return tails;
}

/** A later reference at word token i: a name tail (longest first, any clitic reading), or الوزير (+ adjective). */
function referenceAt(doc: Doc, i: number, used: Uint8Array, tails: Map<string, Candidate | null>, tailFirst: Set<string>, ministers: Candidate[]): void {
  const toks = doc.tokens;
  const word = wordAt(doc, i)!;
  const readings = word.readings;
  for (let ri = 0; ri < readings.length; ri++) {
    const r = readings[ri]!;
    if (tailFirst.has(r.stem)) {
      // longest tail first
      for (let len = 3; len >= 1; len--) {
        if (i + len > toks.length) continue;
        let key = r.stem;
        for (let k = i + 1; k < i + len; k++) key += " " + toks[k]!.text;
        const e = tails.get(key);
        if (e) {
          e.spans.push({ first: i, last: i + len, prefix: r.prefix });
          used.fill(1, i, i + len);
          return;
        }
      }
    }
    if ((word.reads & READ_MINISTER_ANAPHOR) !== 0 && ANAPHORS.has(r.stem) && (r.stem === "الوزير" || r.stem === "الوزيره")) {
      const c = countryAtWord(doc, i + 1);
      if (c && c.first === i + 1) {
        // the one minister of that country (none when several are)
        let only: Candidate | null = null;
        let n = 0;
        for (let k = 0; k < ministers.length; k++) if (ministers[k]!.minister!.country === c.entry.code) { only = ministers[k]!; n++; }
        if (n === 1) only!.spans.push({ first: i, last: c.last, prefix: r.prefix });
      } else if (ministers.length === 1) {
        ministers[0]!.spans.push({ first: i, last: i + 1, prefix: r.prefix });
      }
      return;
    }
  }
}
