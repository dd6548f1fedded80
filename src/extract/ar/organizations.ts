// Arabic organizations: named bodies built on a head noun (وزارة الداخلية السورية، التحالف الدولي
// لمكافحة الإرهاب، قيادة الأمن في البادية), well-known names and acronyms from the lexicon (داعش،
// الأمم المتحدة، رويترز), quoted names after a descriptor (منصة «إكس»), all-caps Latin outlet
// names (SANA) and the outlet after a source cue (المصدر: زمان الوصل).
//
// Extent rules (an indefinite head is in construct state, a definite head needs an adjective):
// - head + genitive: a known name, a country or place name, or up to two indefinite nouns ended by a
//   definite noun (وزارة الداخلية، هيئة تحرير الشام، إدارة مكافحة المخدرات). A bare head
//   (الوزارة، التنظيم) is never a name.
// - then adjectives: nisba adjectives (السورية، الأمني) and listed ones (الأعلى، المتحدة), a
//   coordination "و + ال…" (الاقتصادي والاجتماعي) or "و + head + ال…" (المعلومات وإدارة الأزمات).
// - a لـ complement only for heads that take one (coalitions, councils, summits, agencies …) and only
//   right after a scope/nationality adjective or a proper name (القمة العالمية للحكومات).
// - "في + place" only for weak heads (قيادة، مديرية، إدارة …): قيادة الأمن في البادية.
// - weak heads need a place complement, a scope/nationality adjective, a proper name or a two-word
//   complement; "قيادة الأمن" alone is generic.
// - ال + head counts only with a scope or nationality adjective (الاتحاد الأوروبي، التحالف الأمني
//   الدولي). Forces (قوات) never take the definite form: "القوات الأميركية" and "القوات الأمنية" are
//   descriptions, not names; "قوات سوريا الديمقراطية" is a name.
// Names are reported as written without a leading clitic (بوزارة → وزارة; للأمم → الأمم).
import type { CountryFact, ExtractContext, OrganizationFact, Span } from "../facts.js";
import type { Doc, Word } from "../../text/document.js";
import { docFlags, docWords, originalText, tokenMention, WordFactKind, wordFlag } from "../../text/document.js";
import { isArabicWord, type Token } from "../../text/tokens.js";
import { cliticReadings } from "../../text/clitics.js";
import { normKey } from "../../text/normalize.js";
import { WordTails } from "../../text/word-tails.js";
import {
  COUNTRY_CODES, ENTITY_NOUNS, GENERIC_COMPLEMENTS, LATIN_NOISE, LATIN_NOT_ORG, NAME_ADJECTIVES, ORG_HEADS,
  MEDIA_WORDS, ORG_NAMES, ORG_STOP_WORDS, SCOPE_ADJECTIVES, SOURCE_CUES, TITLE_GENITIVES, headOf, nameReading, type OrgEntry,
  SPORTS_CUES, TEAM_BEFORE, TEAM_VERBS_ON, isSportsOnly, ORG_NAME_START, SOURCE_CUE_START,
} from "../../lexicon/organizations.js";
import { placeAt, placeContextOk, placeMatchAt, placeSafety, stemsOf } from "../../lexicon/places.js";
import { BoundedMemo, NAME_MEMO_SIZE } from "../../text/memo.js";
import { PerDocument, ReusedSlots } from "./reused.js";
import { countryAt } from "../../lexicon/countries.js";
import type { GazetteerMatch } from "../../lexicon/gazetteer.js";

// ---------------------------------------------------------------------------------------------
// Football teams. In a football context (a sentence naming two cues, or one with three in it and
// its neighbours: مباراة، الدوري، هدف، ملعب، لاعب …, a score such as 2 - 1 or 3 - صفر) a club is
// often named by its city or region (برشلونة، ليون، دينامو كييف، المغرب الفاسي). Such a name is a
// team, not a place:
// - a club spelling of the lexicon marked "~" (برشلونة، الأهلي، الهلال) anywhere in that context,
//   except after في or a place noun (في برشلونة is the city), before رأس (مسقط رأسه) and, for a
//   definite word, after a definite noun other than النادي/الفريق (المنتخب العربي: an adjective);
// - a place name in a team slot: after فريق/نادي/صفوف/لاعب/مدرب/ضيفه/مضيفه/أمام/ضد or a verb of
//   playing (فاز، تعادل، تغلب، واجه، استضاف), after "على" following a verb of winning (فاز … على X),
//   after "مع" following تعادل, before a masculine nationality adjective (ليون الفرنسي: the city
//   would be feminine), before "( country )" in result lines (then even without cues), next to a
//   score (X 2 - 1 Y), in "X - Y" (not a chain of datelines), or coordinated with a team; a place
//   that is also a common word (كان، الباب) only in its safe context;
// - every other mention of a place found as a team in the same document, in a football context
//   and not after في.
// Countries stay places: ANERcorp tags national teams (منتخب مصر) as LOC.
// ---------------------------------------------------------------------------------------------

export interface TeamSpan {
  first: number;
  last: number;
  prefix: number;
  /** The club entry when the lexicon knows the name. */
  entry: OrgEntry | null;
}

const SPORTS_TAILS = new WordTails(SPORTS_CUES);
const isDash = (w: string) => w === "-" || w === "–";
/** Words that may have a clitic reading with an organization head (headOf). */
const HEAD_TAILS = new WordTails(ORG_HEADS.keys());

type HeadHit = NonNullable<ReturnType<typeof headOf>>;

/** The first clitic reading of a word that is an organization head (headOf), and the units its proclitics take. */
class HeadReading {
  constructor(readonly head: HeadHit, readonly prefix: number) {}
}

function headReading(word: string): HeadReading | null {
  if (!HEAD_TAILS.mayHold(word)) return null;
  const readings = cliticReadings(word);
  for (let k = 0; k < readings.length; k++) {
    const h = headOf(readings[k]!.stem);
    if (h) return new HeadReading(h, readings[k]!.prefix);
  }
  return null;
}

/** Per word (computed once per distinct word): its head reading; a flag tells the words that have one. */
const HEAD_READING = new WordFactKind(headReading);
const HAS_HEAD = wordFlag((word) => headReading(word) !== null);
/** The word flags of the words an Arabic name may start at: a source cue, a known name, a head. */
const NAME_START = SOURCE_CUE_START | ORG_NAME_START | HAS_HEAD;

/** A reading is a football cue (مباراة، الدوري، هدف). */
const SPORTS_CUE = wordFlag((word) => {
  if (!SPORTS_TAILS.mayHold(word)) return false;
  const readings = cliticReadings(word);
  for (let r = 0; r < readings.length; r++) if (SPORTS_CUES.has(readings[r]!.stem)) return true;
  return false;
});

/** Per sentence: 1 when it names two football cues, or one and three with its neighbours. */
export function footballSentences(doc: Doc): Uint8Array {
  return FOOTBALL.of(doc);
}
const FOOTBALL = new PerDocument(readFootballSentences);

function readFootballSentences(doc: Doc): Uint8Array {
  const S = doc.sentences.length;
  const counts = new Int32Array(S);
  const toks = doc.tokens;
  const flags = docFlags(doc);
  const scoreSide = (k: number) => k >= 0 && k < toks.length && (toks[k]!.kind === "number" || toks[k]!.text === "صفر");
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    // a score (2 - 1، 3 - صفر) is a cue too
    if (t.kind === "punct") { if (isDash(t.text) && scoreSide(k - 1) && scoreSide(k + 1) && (toks[k - 1]!.text === "صفر" || toks[k + 1]!.text === "صفر" || (toks[k - 1]!.text.length <= 2 && toks[k + 1]!.text.length <= 2))) counts[doc.sentenceOf[k]!]++; continue; }
    if (t.kind === "word" && (flags[k]! & SPORTS_CUE) !== 0) counts[doc.sentenceOf[k]!]++;
  }
  const out = new Uint8Array(S);
  for (let s = 0; s < S; s++) {
    const own = counts[s]!;
    const around = own + (s > 0 ? counts[s - 1]! : 0) + (s + 1 < S ? counts[s + 1]! : 0);
    out[s] = own >= 2 || (own >= 1 && around >= 3) ? 1 : 0;
  }
  return out;
}

const NOT_TEAM_BEFORE = new Set(["في", "بمدينه", "مدينه", "العاصمه", "عاصمه", "ولايه", "محافظه", "منطقه", "اقليم", "جامعه", "مطار", "ميناء"]);
const TEAM_HEAD_DEF = new Set(["النادي", "الفريق", "نادي", "فريق"]);
const DRAW = new Set(["تعادل", "التعادل", "بالتعادل", "تعادله", "تعادلا"]);


/** One document's football-team scan (see above): its rules share the document and its football sentences. */
class TeamScan {
  readonly tokens: Token[];
  readonly N: number;
  readonly football: Uint8Array;

  constructor(readonly doc: Doc) {
    this.tokens = doc.tokens;
    this.N = this.tokens.length;
    this.football = footballSentences(doc);
  }

  inFootball(k: number) { return this.football[this.doc.sentenceOf[k]!] === 1; }
  same(a: number, b: number) { return a >= 0 && b < this.N && this.doc.sentenceOf[a] === this.doc.sentenceOf[b] && !this.tokens[b]!.newlineBefore; }
  prevOk(first: number) {
    const { tokens } = this;
    const p = first - 1;
    if (!this.same(p, first)) return true;
    const st = stemsOf(tokens[p]);
    if (st.some((x) => NOT_TEAM_BEFORE.has(x))) return false;
    const w = tokens[p]!.text;
    // after a definite noun a definite word reads as its adjective (المنتخب العربي), but النادي
    // الأهلي; an indefinite or clitic-bearing name (الأفضلية لبرشلونة) is no adjective
    if (tokens[first]!.text.startsWith("ال") && isArabicWord(w) && /^(و|ف)?(ب|ك)?ال|^(و|ف)?لل/.test(w) && !st.some((x) => TEAM_HEAD_DEF.has(x))) return false;
    return true;
  }
  slot(m: { first: number; last: number; prefix: number }): boolean {
    const { tokens, N } = this;
    const { first, last } = m;
    const p = first - 1;
    const clitic = tokens[first]!.text.slice(0, m.prefix);
    if (this.same(p, first) && (m.prefix === 0 || clitic === "و" || clitic === "ل" || clitic === "ب")) {
      const st = stemsOf(tokens[p]);
      if (st.some((x) => TEAM_BEFORE.has(x))) return true;
      const pw = tokens[p]!.text;
      if (pw === "علي" || pw === "امام") {
        for (let k = p - 1; k >= Math.max(0, p - 5) && this.same(k, p); k--) if (stemsOf(tokens[k]).some((x) => TEAM_VERBS_ON.has(x) || DRAW.has(x))) return true;
      }
      if (pw === "مع") {
        for (let k = p - 1; k >= Math.max(0, p - 4) && this.same(k, p); k--) if (stemsOf(tokens[k]).some((x) => DRAW.has(x))) return true;
      }
      // a score before: "… 2 - 1 X" (not a year: "عام 1997 كان")
      if (tokens[p]!.kind === "number" && p >= 2 && /^[-–:]$/.test(tokens[p - 1]!.text) && tokens[p - 2]!.kind === "number") return true;
      // "X - Y": two sides of a match (not a dateline: the other side is a place or a club too)
      if (/^[-–]$/.test(tokens[p]!.text) && m.prefix === 0 && this.same(p - 1, p) && this.sideAt(p - 1) && !this.dash(p - 2) && !this.dash(last)) return true;
    }
    if (last < N && this.same(first, last)) {
      const n = tokens[last]!;
      // a score after: "X 2 - 1", "X 2 Y 1"
      if (n.kind === "number" && last + 1 < N && this.same(last, last + 1) && (/^[-–:]$/.test(tokens[last + 1]!.text) || this.sideAt(last + 1))) return true;
      if (/^[-–]$/.test(n.text) && this.same(last, last + 1) && this.sideAt(last + 1) && !this.dash(p) && !this.dash(last + 2)) return true;
      if (n.text === "(" && last + 2 < N && tokens[last + 2]!.text === ")") {
        const c = countryAt(tokens, last + 1);
        if (c && c.last === last + 2) return true;
      }
      // ليون الفرنسي: a masculine nationality adjective (the city would take الفرنسية)
      if (n.kind === "word" && /^ال\S+ي$/.test(n.text)) {
        const c = countryAt(tokens, last);
        if (c && c.adjective && c.last === last + 1) return true;
      }
    }
    return false;
  }

  /** "X ( country )" next to a score: "بورتو ( البرتغال ) 2 - 1", "… 1 ليون ( فرنسا )". */
  resultLine(m: { first: number; last: number }): boolean {
    const { tokens } = this;
    const { first, last } = m;
    if (!(last + 2 < this.N && tokens[last]!.text === "(" && tokens[last + 2]!.text === ")" && this.same(first, last + 2))) return false;
    const c = countryAt(tokens, last + 1);
    if (!c || c.last !== last + 2) return false;
    const after = tokens[last + 3];
    const before = tokens[first - 1];
    return (!!after && after.kind === "number" && this.same(first, last + 3)) || (!!before && before.kind === "number" && this.same(first - 1, first));
  }
  /** A place match at k that is not also a common word (كان "was", الباب "the door") out of context. */
  safePlaceAt(k: number) {
    const { tokens } = this;
    const pm = placeMatchAt(tokens, k);
    if (!pm) return null;
    const safety = placeSafety(pm.key);
    if (safety === "plain") return pm;
    const pstems = stemsOf(tokens[k - 1]);
    return placeContextOk(tokens, pm, safety) || (safety === "ambiguous" && pstems.some((x) => TEAM_HEAD_DEF.has(x))) ? pm : null;
  }
  /** A dash at k: "نيويورك - الخرطوم - وكالات" is a chain of datelines, not a match. */
  dash(k: number) { return k >= 0 && k < this.N && /^[-–]$/.test(this.tokens[k]!.text); }
  /** A place or a club spelling at k (a side of "X - Y"). */
  sideAt(k: number): boolean {
    const { tokens } = this;
    if (k < 0 || k >= this.N || tokens[k]!.kind !== "word") return false;
    const c = ORG_NAMES.matchAt(tokens, k, true);
    if (c && c.values.some((v) => v.kind === "club")) return true;
    const pm = this.safePlaceAt(k);
    return !!pm && pm.prefix === 0 && !(countryAt(tokens, k)?.last ?? 0);
  }

  scan(): TeamSpan[] {
    const { tokens, N, doc } = this;
    // a result line ("X ( country ) 2") needs "( word )" after the name in its sentence: per
    // sentence, the last such "(" (-1: none); a name must start before it
    const resultOpen = new Int32Array(doc.sentences.length).fill(-1);
    let anyResultOpen = false;
    for (let k = 0; k + 2 < N; k++) {
      if (tokens[k]!.text === "(" && tokens[k + 2]!.text === ")" && doc.sentenceOf[k + 2] === doc.sentenceOf[k]) { resultOpen[doc.sentenceOf[k]!] = k; anyResultOpen = true; }
    }
    // (most documents: no football sentence and no result line, so no team)
    if (!this.football.includes(1) && !anyResultOpen) return [];
    const out: TeamSpan[] = [];
    const byFirst = new Map<number, TeamSpan>();
    const placeKeys = new Set<string>();
    const placeCands: Array<GazetteerMatch<unknown>> = [];
    for (let i = 0; i < N; ) {
      const t = tokens[i]!;
      if (t.kind !== "word" || !isArabicWord(t.text)) { i++; continue; }
      if (!this.inFootball(i)) {
        if (resultOpen[doc.sentenceOf[i]!]! <= i) { i++; continue; }
        // a result line needs no cue: "بورتو ( البرتغال ) 2"
        const cm = ORG_NAMES.matchAt(tokens, i, true);
        const clubEntry = cm?.values.find((v) => v.kind === "club");
        if (cm && clubEntry && cm.prefix === 0 && this.resultLine(cm)) {
          const span = { first: i, last: cm.last, prefix: 0, entry: clubEntry };
          out.push(span); byFirst.set(i, span);
          i = cm.last; continue;
        }
        const pm = this.safePlaceAt(i);
        if (pm && pm.last > i && this.resultLine(pm) && !(countryAt(tokens, i)?.last ?? 0)) {
          const span = { first: i, last: pm.last, prefix: pm.prefix, entry: null };
          out.push(span); byFirst.set(i, span); placeKeys.add(pm.key); placeCands.push(pm);
          i = pm.last; continue;
        }
        i++; continue;
      }
      const club = ORG_NAMES.matchAt(tokens, i, true);
      // not "مسقط رأس اللاعب" (his birthplace)
      const birthplace = club !== null && club.last < N && /^راس(ه|ها)?$/.test(tokens[club.last]!.text);
      if (club && isSportsOnly(club.key) && /^(و|ف)?(ب|ل|ك)?$/.test(t.text.slice(0, club.prefix)) && this.prevOk(i) && !birthplace) {
        const entry = club.values.find((v) => v.kind === "club") ?? null;
        const span = { first: i, last: club.last, prefix: club.prefix, entry };
        out.push(span); byFirst.set(i, span); i = club.last; continue;
      }
      const pm = this.safePlaceAt(i);
      if (pm && pm.last > i) {
        const c = countryAt(tokens, i);
        if (!(c && c.last >= pm.last) && !/^[فك]$/.test(t.text.slice(0, pm.prefix))) {
          placeCands.push(pm);
          if (this.slot(pm) && this.prevOk(i)) {
            const span = { first: i, last: pm.last, prefix: pm.prefix, entry: null };
            out.push(span); byFirst.set(i, span); placeKeys.add(pm.key);
          }
        }
        i = pm.last; continue;
      }
      i++;
    }
    // coordination with a team, and other mentions of a place already read as a team
    for (let round = 0; round < 2; round++) {
      for (const pm of placeCands) {
        if (byFirst.has(pm.first)) continue;
        const w = tokens[pm.first]!.text;
        const coordinated = w.startsWith("و") && pm.prefix >= 1 && out.some((s) => s.last === pm.first);
        const known = placeKeys.has(pm.key) && this.prevOk(pm.first) && !/^(و|ف)?ب/.test(w.slice(0, pm.prefix));
        if (coordinated || known) {
          const span = { first: pm.first, last: pm.last, prefix: pm.prefix, entry: null };
          out.push(span); byFirst.set(pm.first, span); placeKeys.add(pm.key);
        }
      }
    }
    out.sort((a, b) => a.first - b.first);
    return out;
  }
}

/** Teams named by a club spelling or a place name in a football context (see above). */
export function footballTeams(doc: Doc): TeamSpan[] {
  return TEAMS.of(doc);
}
const TEAMS = new PerDocument((doc: Doc) => new TeamScan(doc).scan());

export interface OrganizationOptions {
  /**
   * Place lookup: the index of the token after a place name starting at token i (true for a
   * one-token place), or -1/false. Default: the places lexicon (placeAt). Countries found by the
   * countries extractor are always used.
   */
  isPlaceAt?: (tokens: Token[], i: number) => number | boolean;
}

interface Found {
  first: number;
  last: number;
  prefix: number;
  /** The first word lost its ال to a لل clitic: put it back in the name. */
  restoreAl: boolean;
  kind: string;
  entry: OrgEntry | null;
  country: string | null;
  /** An acronym in parentheses right after a name: the same body (وكالة الأنباء السورية (سانا)). */
  sameAs?: Found;
  /** The key merge filed it under (null until then). */
  key: string | null;
}

const OPEN = new Set(["«", "\"", "“", "'", "(", "‘", "„"]);
const CLOSE = new Set(["»", "\"", "”", "'", ")", "’", "“"]);
const PREPOSITIONS = new Set(["في", "الي", "من", "علي", "عن", "شبه", "جزيره", "قرب", "داخل", "الي", "نحو"]);
const LATIN_CAPS = /^[A-Z][A-Z0-9]*$/;
const isCapital = (c: number) => c >= 65 && c <= 90;
const isLatinLetter = (c: number) => isCapital(c) || (c >= 97 && c <= 122);
const LATIN_WORD = /^[A-Za-z]/;
const CAPITALIZED = /^[A-Z][a-zA-Z]*$/;

/**
 * An entry of `values` has this id. (A loop, not `values.some(…)`: a closure over `id` in knownAt would
 * allocate a context on each of its calls, one per Arabic token.)
 */
function hasEntryId(values: readonly OrgEntry[], id: string): boolean {
  for (let k = 0; k < values.length; k++) if (values[k]!.id === id) return true;
  return false;
}

/** The country (name or adjective) a token is part of. */
class CountryCover {
  constructor(readonly code: string, readonly adjective: boolean) {}
}
/** By token: the first country fact's span covering it, if any. */
type CountryCovers = Array<CountryCover | undefined>;
/** The table of OrgScan.countryCover, reused from one document to the next (see reused.ts). */
const COUNTRY_COVER = new ReusedSlots<CountryCover>();

// What the extent rules ask about a word's text, computed once per distinct word (bits): the token
// tests below add the token's kind (an Arabic comma is no word) and, for adjectives, its country cover.
/** An Arabic word (isArabicWord). */
const W_ARABIC = 1;
/** ال + at least two letters, not a stop word. */
const W_DEF = 2;
/** W_DEF and the word without ال is a scope adjective (الدولي). */
const W_SCOPE = 4;
/** W_DEF and an adjective of a name: a scope adjective, a listed one, or a nisba that is no head. */
const W_ADJ = 8;
/** An indefinite word that may stand in a construct chain (isPlainIndef). */
const W_PLAIN_INDEF = 16;

function orgWordBits(w: string): number {
  if (!isArabicWord(w)) return 0;
  let bits = W_ARABIC;
  const stop = ORG_STOP_WORDS.has(w);
  if (w.startsWith("ال") && w.length >= 4 && !stop) {
    bits |= W_DEF;
    const stem = w.slice(2);
    if (SCOPE_ADJECTIVES.has(stem)) bits |= W_SCOPE | W_ADJ;
    else if (NAME_ADJECTIVES.has(stem) || (stem.length >= 3 && (stem.endsWith("ي") || stem.endsWith("يه")) && !headOf(w))) bits |= W_ADJ;
  }
  // a ل/ب/ك-prefixed long word is a preposition phrase (مركز لإنتاج …), not a construct noun;
  // nor is an indefinite nisba adjective (إثيوبية، دولي), a past verb (استبعدت) or a pronoun suffix (شكلها)
  if (!w.startsWith("ال") && !stop && w.length >= 2 && !headOf(w) && !(/^[لبك]/.test(w) && w.length >= 5) &&
    !(w.length >= 4 && /(يه|ي)$/.test(w)) && !/[^ا]ت$/.test(w) && !/(ها|هم|هما)$/.test(w)) bits |= W_PLAIN_INDEF;
  return bits;
}
const ORG_WORD = new WordFactKind(orgWordBits);

/**
 * Per word: when none of its clitic readings is a one-word known name, the words that may follow it
 * in a known name (the second words of the names its readings begin), else null. Most words flagged
 * ORG_NAME_START (في، علي، ان …) only begin longer names: where the next word is none of those,
 * ORG_NAMES.matchAt would walk the trie to find nothing (see mayBeNameAt).
 */
function nameFollowers(word: string): ReadonlySet<string> | null {
  const readings = cliticReadings(word);
  const out = new Set<string>();
  for (let k = 0; k < readings.length; k++) {
    const node = ORG_NAMES.root.get(readings[k]!.stem);
    if (node === undefined) continue;
    if (node.values !== null) return null;
    if (node.next !== null) for (const w of node.next.keys()) out.add(w);
  }
  return out;
}
const NAME_FOLLOWERS = new WordFactKind(nameFollowers);

/** One document's organization scan: the token tests and extent rules share its per-document facts. */
class OrgScan {
  readonly tokens: Token[];
  readonly N: number;
  /** Country facts by token: name spans (start → end) and every covered token (→ code, adjective). */
  readonly countryNameEnd = new Map<number, number>();
  readonly countryCover: CountryCovers;
  /** Country of a place found by placeEnd, by its first token. */
  readonly placeCountry = new Map<number, string>();
  /** 1 when the document's words are mostly Arabic, 0 when not, -1 until asked (arabicText). */
  private arabicWords = -1;
  /** Word flags of each token (docFlags). */
  readonly flags: Int32Array;
  /** The shared Word of each token (docWords). */
  readonly words: Word[];

  constructor(readonly doc: Doc, countries: CountryFact[], readonly options: OrganizationOptions) {
    const tokens = (this.tokens = doc.tokens);
    const N = (this.N = tokens.length);
    this.flags = docFlags(doc);
    this.words = docWords(doc);
    const countryNameEnd = this.countryNameEnd;
    const countryCover = (this.countryCover = COUNTRY_COVER.reset(N));
    for (const c of countries) {
      for (let k = 0; k < c.spans.length; k++) {
        const s = c.spans[k]!;
        const adjective = c.adjective[k] ?? false;
        if (!adjective && s.prefix === 0) countryNameEnd.set(s.first, Math.max(countryNameEnd.get(s.first) ?? 0, s.last));
        // (one record per span, shared by its tokens)
        const cover = new CountryCover(c.code, adjective);
        for (let t = s.first; t < s.last; t++) if (countryCover[t] === undefined) countryCover[t] = cover;
      }
    }
  }

  /** Most of the document's words are Arabic (counted when first asked: only a Latin capital asks). */
  arabicText(): boolean {
    if (this.arabicWords < 0) {
      const { tokens, N } = this;
      let arabic = 0, latin = 0;
      for (let k = 0; k < N; k++) {
        const t = tokens[k]!;
        if (t.kind === "word") { if (isArabicWord(t.text)) arabic++; else if (isLatinLetter(t.text.charCodeAt(0))) latin++; }
      }
      this.arabicWords = arabic > 0 && arabic >= 2 * latin ? 1 : 0;
    }
    return this.arabicWords === 1;
  }

  ok(k: number, from: number) { return k < this.N && k > from - 1 && !this.tokens[k]!.newlineBefore && this.doc.sentenceOf[k] === this.doc.sentenceOf[from]; }
  /** Token k stands just before `from` on the same line and in the same sentence. */
  okBefore(k: number, from: number) { return k >= 0 && k === from - 1 && !this.tokens[from]!.newlineBefore && this.doc.sentenceOf[k] === this.doc.sentenceOf[from]; }
  /** The orgWordBits of word token k (0 for a number or punctuation). */
  wordBits(k: number): number { return this.tokens[k]!.kind === "word" ? ORG_WORD.of(this.words[k]!) : 0; }
  isWord(k: number) { return (this.wordBits(k) & W_ARABIC) !== 0; }
  isStop(w: string) { return ORG_STOP_WORDS.has(w); }
  isDef(k: number) { return (this.wordBits(k) & W_DEF) !== 0; }
  /** A definite scope or nationality adjective (الدولي، السورية). */
  isScope(k: number) {
    const bits = this.wordBits(k);
    if ((bits & W_DEF) === 0) return false;
    return (bits & W_SCOPE) !== 0 || this.countryCover[k]?.adjective === true;
  }
  isAdj(k: number) {
    const bits = this.wordBits(k);
    if ((bits & W_DEF) === 0) return false;
    return (bits & W_ADJ) !== 0 || this.countryCover[k]?.adjective === true;
  }
  isPlainIndef(k: number) { return (this.wordBits(k) & W_PLAIN_INDEF) !== 0; }
  placeEnd(k: number): number {
    const { tokens, options } = this;
    const c = this.countryNameEnd.get(k);
    if (c !== undefined) return c;
    if (options.isPlaceAt) {
      const r = options.isPlaceAt(tokens, k);
      if (r === true) return k + 1;
      if (typeof r === "number" && r > k) return r;
      return -1;
    }
    const p = placeAt(tokens, k);
    if (!p || p.match.prefix !== 0 || p.match.last <= k) return -1;
    const pc = p.match.values.find((v) => v.country)?.country;
    if (pc) this.placeCountry.set(k, pc);
    return p.match.last;
  }
  // in quotes or parentheses, or a dateline "الدوحة - قنا :"
  // datelines also come as "بغداد - واع" (end of line), "أنقرة/ الأناضول", "مسقط في 8 يوليو /العُمانية/"
  bracketed(first: number, last: number) {
    const { tokens, N } = this;
    return first > 0 && ((last < N && OPEN.has(tokens[first - 1]!.text) && CLOSE.has(tokens[last]!.text)) ||
      (/^[-–/]$/.test(tokens[first - 1]!.text) && (last >= N || tokens[last]!.newlineBefore || /^[-–:/]$/.test(tokens[last]!.text))));
  }

  /** A known name may start at token k: it has a reading a name starts with, and one word or the next is its second. */
  mayBeNameAt(k: number): boolean {
    if ((this.flags[k]! & ORG_NAME_START) === 0) return false;
    const followers = NAME_FOLLOWERS.of(this.words[k]!);
    if (followers === null) return true;
    const next = this.tokens[k + 1];
    return next !== undefined && !next.newlineBefore && followers.has(next.text);
  }

  /** A known name at k (no clitics unless `clitics`), checked against its ambiguity class. */
  knownAt(k: number, clitics: boolean, afterHead: boolean, prevId: string | null = null) {
    const { tokens } = this;
    if (!this.mayBeNameAt(k)) return null;
    const m = ORG_NAMES.matchAt(tokens, k, clitics);
    if (!m) return null;
    const reading = nameReading(m.key);
    // an acronym right after its full name (وكالة الأنباء القطرية قنا) is an apposition
    const apposition = prevId !== null && hasEntryId(m.values, prevId);
    if (reading !== "plain" && !afterHead && !apposition && !this.bracketed(m.first, m.last)) {
      if (reading === "strict") return null;
      // loose: not after a preposition (في الجزيرة), not a ب/ك reading, not followed by an adjective
      const prev = this.okBefore(m.first - 1, m.first) ? tokens[m.first - 1]!.text : "";
      const clitic = tokens[m.first]!.text.slice(0, m.prefix);
      if (PREPOSITIONS.has(prev) || /[بك]/.test(clitic) || (this.ok(m.last, m.first) && this.isDef(m.last))) return null;
      // السلام الأهلي: after a definite noun the word reads as its adjective
      if (m.prefix === 0 && this.okBefore(m.first - 1, m.first) && this.isWord(m.first - 1) && /^(و|ف)?(ب|ك)?ال|^(و|ف)?لل/.test(tokens[m.first - 1]!.text)) return null;
      if (prev && this.isWord(m.first - 1) && !prev.startsWith("ال") && !this.isStop(prev) && headOf(prev) === null && m.prefix === 0 && /ه$/.test(prev)) return null;
    }
    return m;
  }

  /** Content of a quoted run starting at the opening quote q: [first, last) of the words inside. */
  quotedRun(q: number): { first: number; last: number } | null {
    const { tokens, N } = this;
    let k = q + 1;
    while (k < N && k <= q + 5 && !tokens[k]!.newlineBefore && tokens[k]!.kind !== "punct") k++;
    if (k === q + 1 || k >= N || !CLOSE.has(tokens[k]!.text) || tokens[k]!.newlineBefore) return null;
    return { first: q + 1, last: k };
  }

  fromName(first: number, last: number, prefix: number, entry: OrgEntry | null, kind: string): Found {
    const { tokens } = this;
    const stem = tokens[first]!.text.slice(prefix);
    const restoreAl = prefix >= 2 && tokens[first]!.text.slice(prefix - 2, prefix) === "لل" && !stem.startsWith("ال");
    return { first, last, prefix, restoreAl, kind: entry?.kind ?? kind, entry, country: entry?.country ?? null, sameAs: undefined, key: null };
  }

  headExtent(i: number): Found | null {
    const { tokens } = this;
    const t = tokens[i]!;
    if ((this.flags[i]! & HAS_HEAD) === 0) return null;
    const reading = HEAD_READING.of(this.words[i]!)!;
    const { head, definite } = reading.head;
    const prefix = reading.prefix;
    if (head.masdar && /[بل]/.test(t.text.slice(0, prefix))) return null;
    if (definite && !head.definite) return null; // القوات الأمنية، الوزارة
    let j = i + 1;
    if (!this.ok(j, i)) return null;
    if (!definite && OPEN.has(tokens[j]!.text)) {
      const q = this.quotedRun(j);
      if (q && (head.descriptor || head.quotedOnly)) {
        const m = ORG_NAMES.matchAt(tokens, q.first, false);
        const entry = m && m.last === q.last ? m.values[0]! : null;
        return this.fromName(q.first, q.last, 0, entry, head.kind);
      }
    }
    if (head.outlet && !definite) {
      // صحيفة الحياة، صحيفة نيويورك تايمز: the outlet name, before any adjective (اللندنية)
      const m = this.knownAt(j, false, true);
      if (m) return this.fromName(m.first, m.last, 0, m.values[0]!, head.kind);
      let k = j;
      if (this.isDef(k) && !this.isAdj(k)) { k++; if (this.ok(k, i) && this.isDef(k) && NAME_ADJECTIVES.has(tokens[k]!.text.slice(2))) k++; }
      else while (this.ok(k, i) && k < j + 3 && this.isPlainIndef(k) && !/^(و|ف)/.test(tokens[k]!.text)) k++;
      if (k > j && (k - j > 1 || tokens[j]!.text.startsWith("ال")) && !GENERIC_COMPLEMENTS.has(tokens[j]!.text.replace(/^ال/, ""))) return this.fromName(j, k, 0, null, head.kind);
      return null;
    }
    if (head.quotedOnly) return null;
    let words = 0;
    let hasScope = false, hasProper = false, hasPlace = false;
    if (!definite) {
      const m = this.knownAt(j, false, true);
      if (m) {
        if (head.descriptor) return this.fromName(m.first, m.last, 0, m.values[0]!, head.kind);
        j = m.last; hasProper = true; words++;
      } else {
        const pe = this.placeEnd(j);
        if (pe > j) { j = pe; hasProper = true; words++; }
        else {
          let k = j, indef = 0;
          while (this.ok(k, i) && indef < 2 && this.isPlainIndef(k)) { k++; indef++; }
          if (indef > 0 && this.ok(k, i) && this.isScope(k)) {
            // جامعة ريكو اليابانية: a proper name described by a nationality/scope adjective
            words += indef; hasProper = true; j = k;
          } else if (this.ok(k, i) && this.isDef(k)) {
            if (GENERIC_COMPLEMENTS.has(tokens[j]!.text.replace(/^ال/, ""))) return null;
            // for a weak head an indefinite chain is a description (دائرة تبادل الخبرات)
            words += (head.weak ? 0 : indef) + 1; j = k + 1;
            if (TITLE_GENITIVES.has(tokens[k]!.text) && this.ok(j, i) && this.isWord(j) && !tokens[j]!.text.startsWith("ال") && !this.isStop(tokens[j]!.text)) {
              j++; hasProper = true; // جامعة الملك سعود
            }
          } else if (indef > 0 && this.ok(k, i) && this.placeEnd(k) > k) {
            words += indef + 1; hasProper = true; j = this.placeEnd(k);
          } else if (indef > 0 && head.proper) {
            words += indef; hasProper = true; j = k; // جامعة أكسفورد، معهد ماساتشوستس للتكنولوجيا
          } else return null;
        }
      }
    }
    let lastScope = false, usedL = false, lastAdj = false, coordinated = false, adjectives = 0;
    while (this.ok(j, i) && tokens[j]!.kind === "word") {
      const w = tokens[j]!.text;
      if (this.isAdj(j) && !hasProper) { lastScope = this.isScope(j); hasScope ||= lastScope; lastAdj = true; adjectives++; words++; j++; continue; }
      if (w.startsWith("و") && w.length > 3 && !coordinated) {
        const rest = w.slice(1);
        // one coordination: an adjective after an adjective (الاقتصادي والاجتماعي), a noun after a
        // noun (الاقتصاد والتجارة)
        if (rest.startsWith("ال") && rest.length >= 4 && !this.isStop(rest) && !ENTITY_NOUNS.has(rest.slice(2)) && !headOf(rest) && this.countryCover[j] === undefined) {
          const restStem = rest.slice(2);
          const restAdj = SCOPE_ADJECTIVES.has(restStem) || NAME_ADJECTIVES.has(restStem) || (restStem.length >= 3 && /(يه|ي)$/.test(restStem));
          if (restAdj !== lastAdj) break;
          coordinated = true; j++; lastScope = false; continue;
        }
        // a second, different head before any adjective (مركز المعلومات وإدارة الأزمات); the same
        // head, or a head after a complete name, starts a new name (البنك الدولي وصندوق النقد، جامعة الملك
        // سعود ومستشفى الملك فيصل)
        if (ORG_HEADS.has(rest) && rest !== head.key && adjectives === 0 && !definite && !hasProper && this.ok(j + 1, i) && this.isDef(j + 1)) {
          coordinated = true; words += 2; j += 2; lastScope = false; lastAdj = false; continue;
        }
        break;
      }
      if (head.place && w === "في" && this.ok(j + 1, i)) {
        const pe = this.placeEnd(j + 1);
        if (pe > j + 1) { hasPlace = true; j = pe; }
        break;
      }
      if (head.lcomp && !usedL && (lastScope || hasProper) && this.isWord(j)) {
        if (w.startsWith("لل") && w.length >= 5 && !this.isStop("ال" + w.slice(2))) { usedL = true; words++; j++; lastScope = false; lastAdj = false; continue; }
        // ل + masdar + ال… (لمكافحة الإرهاب); ل + imperfect verb (ليكون) is a purpose clause
        if (w.startsWith("ل") && !w.startsWith("لل") && !w.startsWith("لي") && w.length >= 4 && !this.isStop(w) && this.ok(j + 1, i) && this.isDef(j + 1)) {
          usedL = true; words += 2; j += 2; lastScope = false; lastAdj = false; continue;
        }
        // ل + masdar + place (الجبهة الشعبية لتحرير فلسطين)
        if (w.startsWith("ل") && !w.startsWith("لل") && !w.startsWith("لي") && w.length >= 4 && !this.isStop(w) && this.ok(j + 1, i) && this.placeEnd(j + 1) > j + 1) {
          usedL = true; words += 2; j = this.placeEnd(j + 1); lastScope = false; lastAdj = false; continue;
        }
      }
      break;
    }
    if (definite && !hasScope && !(head.nisbaName && adjectives > 0)) return null;
    if (head.weak && !(hasPlace || hasScope || hasProper || words >= 2)) return null;
    let kind = head.kind;
    for (let k = i + 1; k < j; k++) if (MEDIA_WORDS.has(tokens[k]!.text)) kind = "media";
    return this.fromName(i, j, prefix, null, kind);
  }

  latinRun(i: number): Found | null {
    const { tokens } = this;
    if (!isCapital(tokens[i]!.text.charCodeAt(0)) || !LATIN_CAPS.test(tokens[i]!.text) || !this.arabicText()) return null;
    if (this.okBefore(i - 1, i) && LATIN_WORD.test(tokens[i - 1]!.text) && tokens[i - 1]!.kind === "word") return null;
    let j = i;
    while (j < this.N && (j === i || !tokens[j]!.newlineBefore) && tokens[j]!.kind === "word" && LATIN_CAPS.test(tokens[j]!.text)) j++;
    let last = j;
    while (last > i && LATIN_NOISE.has(tokens[last - 1]!.text)) last--;
    let country: string | null = null;
    if (last - i >= 2 && tokens[last - 1]!.text.length === 2 && COUNTRY_CODES.has(tokens[last - 1]!.text)) { country = tokens[last - 1]!.text; last--; }
    if (last === i) return null;
    if (last - i === 1 && (tokens[i]!.text.length < 3 || LATIN_NOT_ORG.has(tokens[i]!.text) || COUNTRY_CODES.has(tokens[i]!.text))) return null;
    const f = this.fromName(i, last, 0, null, "media");
    f.country = country;
    return f;
  }

  /** The outlet after a source cue: "المصدر: زمان الوصل". */
  sourceAfterCue(i: number): { found: Found; next: number } | null {
    const { tokens } = this;
    const m = SOURCE_CUES.matchAt(tokens, i, true);
    if (!m) return null;
    let j = m.last;
    if (!this.ok(j, i) || !/^[:：\-–]$/.test(tokens[j]!.text)) return null;
    j++;
    const first = j;
    while (j < this.N && j < first + 6 && !tokens[j]!.newlineBefore && tokens[j]!.kind === "word" && !this.isStop(tokens[j]!.text)) j++;
    if (j === first || j - first > 5) return null;
    const latinFirst = LATIN_WORD.test(tokens[first]!.text);
    if (latinFirst) {
      if (LATIN_CAPS.test(tokens[first]!.text)) return null; // the Latin-run rule reads it
      for (let k = first; k < j; k++) if (!CAPITALIZED.test(tokens[k]!.text)) return null;
    }
    const k = ORG_NAMES.matchAt(tokens, first, true);
    const entry = k && k.last === j ? k.values[0]! : null;
    return { found: this.fromName(first, j, k && k.last === j ? k.prefix : 0, entry, "media"), next: j };
  }

  onlyNationality(a: number, b: number) { for (let k = a; k < b; k++) if (!this.countryCover[k]?.adjective) return false; return true; }

  /** The organization mentions, left to right, with their countries. */
  scan(): Found[] {
    const { tokens, N } = this;
    const teams = new Map<number, TeamSpan>();
    for (const tm of footballTeams(this.doc)) teams.set(tm.first, tm);
    const found: Found[] = [];
    const flags = this.flags;
    for (let i = 0; i < N; ) {
      const t = tokens[i]!;
      if (t.kind !== "word") { i++; continue; }
      // no rule below reads a name at a word no cue, name or head starts at, unless it is a Latin capital or a team
      // (a word that only begins longer known names starts none when the next word cannot follow it: mayBeNameAt)
      const f = flags[i]!;
      if (((f & NAME_START) === 0 || ((f & (SOURCE_CUE_START | HAS_HEAD)) === 0 && !this.mayBeNameAt(i))) &&
        !isCapital(t.text.charCodeAt(0)) && (teams.size === 0 || !teams.has(i))) { i++; continue; }
      const cue = (flags[i]! & SOURCE_CUE_START) !== 0 ? this.sourceAfterCue(i) : null;
      if (cue) { found.push(cue.found); i = cue.next; continue; }
      const lat = this.latinRun(i);
      if (lat) {
        found.push(lat);
        let j = lat.last;
        while (j < N && !tokens[j]!.newlineBefore && LATIN_CAPS.test(tokens[j]!.text)) j++;
        i = j; continue;
      }
      if (!isArabicWord(t.text)) { i++; continue; }
      let best: Found | null = null;
      const prev = found.length && found[found.length - 1]!.last === i ? found[found.length - 1]!.entry : null;
      const m = this.knownAt(i, true, false, prev?.id ?? null);
      if (m) best = this.fromName(m.first, m.last, m.prefix, m.values[0]!, m.values[0]!.kind);
      const team = teams.size === 0 ? undefined : teams.get(i);
      if (team && (!best || team.last >= best.last)) {
        best = this.fromName(team.first, team.last, team.prefix, team.entry, "club");
        if (team.entry?.country) best.country = team.entry.country;
      }
      const h = this.headExtent(i);
      // a head extent wins when it is longer, unless it only adds adjectives to a known name
      // (حزب الله اللبناني → حزب الله: the adjective describes the name)
      // at the same start the known name wins when the head extent only adds nationality adjectives
      // (حزب الله اللبناني → حزب الله) or a coordination; an adjective or لـ complement that changes
      // the body wins (مجلس الأمن القومي, منظمة الأمم المتحدة للطفولة)
      if (h && (!best || (h.last > best.last && !(h.first === best.first && (this.onlyNationality(best.last, h.last) || tokens[best.last]!.text.startsWith("و")))))) best = h;
      // a head extent that spells a known name takes its entry (مجلس الأمن الدولي)
      if (best && !best.entry && this.mayBeNameAt(best.first)) {
        const k = ORG_NAMES.matchAt(tokens, best.first, true);
        if (k && k.last === best.last && k.prefix === best.prefix) { best.entry = k.values[0]!; best.kind = best.entry.kind; best.country ??= best.entry.country; }
      }
      if (best) {
        const before = found[found.length - 1];
        if (before && best.first >= 1 && before.last === best.first - 1 && tokens[best.first - 1]!.text === "(" && best.last < N && tokens[best.last]!.text === ")" && best.last - best.first === 1) {
          best.sameAs = before.sameAs ?? before;
        }
        found.push(best); i = best.last;
      } else i++;
    }

    for (const f of found) {
      if (f.country) continue;
      for (let t = f.first; t < f.last && !f.country; t++) f.country = this.countryCover[t]?.code ?? this.placeCountry.get(t) ?? null;
    }
    return found;
  }
}

export function extractOrganizations(ctx: ExtractContext, countries: CountryFact[], options: OrganizationOptions = {}): OrganizationFact[] {
  const scan = new OrgScan(ctx.doc, countries, options);
  return merge(ctx.doc, scan.scan(), scan.countryCover);
}

const NOT_NAME_CHARS = /[^\p{L}\p{N} ]/gu;
const SPACES = / +/g;
const QUOTES_AROUND = /^[«"“'(]+|[»"”')]+$/g;

/** The key a name without a lexicon entry is merged by: normalized letters, digits and single spaces. */
const LOOSE_KEYS = new BoundedMemo((name: string) => normKey(name).replace(NOT_NAME_CHARS, "").replace(SPACES, " "), NAME_MEMO_SIZE);
const looseKey = (name: string): string => LOOSE_KEYS.get(name);

function merge(doc: Doc, found: Found[], countryCover: CountryCovers): OrganizationFact[] {
  const facts: OrganizationFact[] = [];
  /** Each key's fact, by its index in facts. */
  const byKey = new Map<string, number>();
  /** The loose key of each fact's name, by index (for the short-name merge). */
  const loose: string[] = [];
  for (const f of found) {
    let name = originalText(doc, f.first, f.last, f.prefix);
    if (f.restoreAl) name = "ال" + name;
    name = name.replace(QUOTES_AROUND, "").trim();
    if (!name) continue;
    let country = f.country;
    if (!country) for (let t = f.first; t < f.last; t++) { const c = countryCover[t]; if (c) { country = c.code; break; } }
    const nameKey = f.entry ? null : looseKey(name);
    let key = f.entry ? f.entry.id : "n:" + nameKey;
    const main = f.sameAs ? f.sameAs.key : null;
    const mainAt = main !== null ? byKey.get(main) : undefined;
    if (mainAt !== undefined) {
      // the acronym joins the body it abbreviates; an entry's kind and country complete it
      const have = facts[mainAt]!;
      if (f.entry) { if (have.kind === "agency" || have.kind === "other") have.kind = f.entry.kind; if (!have.country) have.country = f.entry.country; byKey.set(f.entry.id, mainAt); }
      key = main!;
    }
    f.key = key;
    const span: Span = { first: f.first, last: f.last, prefix: f.prefix };
    const haveAt = byKey.get(key);
    if (haveAt !== undefined) {
      const have = facts[haveAt]!;
      have.spans.push(span);
      have.mentions.push(tokenMention(doc, f.first, f.last, f.prefix));
      if (!have.country && country) have.country = country;
      continue;
    }
    const fact: OrganizationFact = { name, kind: f.kind, country: country ?? null, mentions: [tokenMention(doc, f.first, f.last, f.prefix)], spans: [span] };
    byKey.set(key, facts.length);
    facts.push(fact);
    loose.push(nameKey ?? looseKey(name));
  }
  // a fact some lexicon entry's id is filed under is resolved: it keeps its name
  const resolved: boolean[] = new Array<boolean>(facts.length).fill(false);
  for (const [k, at] of byKey) if (!k.startsWith("n:")) resolved[at] = true;
  return mergeShortNames(facts, resolved, loose);
}

/**
 * A shorter unresolved name that another fact extends (التحالف الدولي → التحالف الدولي لمكافحة
 * الإرهاب) is the same body named briefly: merge it into its only extension. (`resolved` and `keys`: by index in facts.)
 */
function mergeShortNames(facts: OrganizationFact[], resolved: boolean[], keys: string[]): OrganizationFact[] {
  const out: OrganizationFact[] = [];
  for (let a = 0; a < facts.length; a++) {
    const f = facts[a]!;
    const g = resolved[a] ? null : onlyExtension(a, facts, resolved, keys);
    if (g) {
      g.spans.push(...f.spans);
      g.mentions.push(...f.mentions);
      g.spans.sort((a, b) => a.first - b.first);
      g.mentions.sort((a, b) => a.start - b.start);
      if (!g.country && f.country) g.country = f.country;
    } else out.push(f);
  }
  return out;
}

/** `key` is `short` followed by more words ("short …"). */
const extendsKey = (key: string, short: string): boolean =>
  key.length > short.length && key.charCodeAt(short.length) === 32 && key.startsWith(short);

/**
 * The one unresolved fact whose key extends that of fact `f` (an index) and that no other such fact
 * extends (the only maximal extension), else null. (Loops over the facts without building the lists
 * of candidates: most names have no extension.)
 */
function onlyExtension(f: number, facts: OrganizationFact[], resolved: boolean[], keys: string[]): OrganizationFact | null {
  const k = keys[f]!;
  let found: OrganizationFact | null = null;
  for (let g = 0; g < facts.length; g++) {
    if (g === f || resolved[g]) continue;
    const gk = keys[g]!;
    if (!extendsKey(gk, k)) continue;
    let maximal = true;
    for (let h = 0; h < facts.length; h++) {
      if (h === g || h === f || resolved[h]) continue;
      const hk = keys[h]!;
      if (extendsKey(hk, k) && extendsKey(hk, gk)) { maximal = false; break; }
    }
    if (!maximal) continue;
    if (found) return null;
    found = facts[g]!;
  }
  return found;
}
