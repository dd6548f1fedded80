// Where an Arabic personal name starts and ends, over normalized tokens.
//
// A name is a run of name-like words, with nasab and family connectors (بن، بنت، أبو، آل، ال، عبد)
// binding the next word, and it stops before closed-class words, frequent verbs, titles, honorifics,
// country adjectives, punctuation and coordinated words (و…). The first word must not look like a
// verb (يشدد) unless it is a known given name (يوسف).
import type { Doc } from "../../text/document.js";
import { normKey } from "../../text/normalize.js";
import { CONNECTORS, HONORIFICS, NOT_NAME, PERSON_TITLES } from "../../lexicon/titles.js";
import { TOPIC_INTROS } from "../../lexicon/triggers.js";
import { BoundedMemo, NAME_MEMO_SIZE } from "../../text/memo.js";
import { AMBIGUOUS_GIVEN, GIVEN_NAMES, FAMILY_NAMES, LISTED_SURNAMES, NON_NAME_WORDS } from "./names-lists.js";
import { PerDocument, ReusedBytes } from "./reused.js";
import {
  countryAtWord, wordFactsAt, factsOfWord, type WordFacts, W_ALI, W_BLK_SHAPE, W_CLITIC_ON_GIVEN, W_CLOSED, W_CLOSED_STRICT, W_COMPOUND_TAIL, W_CONNECTOR,
  W_FA_STOP, W_FAMILY, W_GIVEN, W_NAME_STOP_FIRST, W_NAME_STOP_NEXT, W_NON_NAME, W_NOT_NAME, W_TITLE_FIRST, W_VERB_LIKE, W_VERB_LIKE_FIRST, W_WAW_REST_UNKNOWN, W_WAW_SHAPE,
} from "./names-words.js";

export { GIVEN_NAMES, FAMILY_NAMES } from "./names-lists.js";

const MAX_NAME_TOKENS = 12;
/** Connectors that may open a name (عبد الله، أبو مازن، آل ثاني، فان باستن، دي ميستورا). */
const NAME_OPENING_CONNECTORS = new Set(["عبد", "ابو", "ال", "بو", "بن", "فان", "فون", "دي"]);

/**
 * Whether each علي of one document is the preposition على (isAlaPreposition), computed once per
 * token on demand: ALA_KNOWN, and ALA when it is.
 */
class NameFacts {
  readonly doc: Doc;
  readonly bits: Uint8Array;
  constructor(doc: Doc) {
    this.doc = doc;
    this.bits = ALA_BITS.reset(doc.tokens.length);
  }
}
/** The table of NameFacts, reused from one document to the next (see reused.ts). */
const ALA_BITS = new ReusedBytes();
const ALA_KNOWN = 1, ALA = 2;

let lastFacts: NameFacts | null = null;
/** The facts of this document (one document is read at a time: the last one is kept). */
function nameFacts(doc: Doc): NameFacts {
  let f = lastFacts;
  if (f === null || f.doc !== doc) { f = new NameFacts(doc); lastFacts = f; }
  return f;
}

/** The preposition على folds to علي (Ali): the original spelling with ى tells them apart. */
export function isAlaPreposition(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  if (t.text !== "علي" && t.text !== "وعلي") return false;
  const f = nameFacts(doc);
  const b = f.bits[i]!;
  if (b & ALA_KNOWN) return (b & ALA) !== 0;
  const v = alaPreposition(doc, i);
  f.bits[i] = f.bits[i]! | ALA_KNOWN | (v ? ALA : 0);
  return v;
}

function alaPreposition(doc: Doc, i: number): boolean {
  // after بن / أبو the word is the name, however spelled (محمد بن على كومان: Egyptian spelling)
  const pv = doc.tokens[i - 1];
  if (pv !== undefined && pv.kind === "word" && doc.tokens[i]!.text === "علي" && (NASAB.has(pv.text) || pv.text === "ابو")) return false;
  if (/ى[\u064B-\u065F\u0670]*$/.test(originalWord(doc, i))) return true;
  const nx = doc.tokens[i + 1];
  const next = nx && nx.kind === "word" ? nx.text : null;
  // a text that never writes a final ى writes على as علي: there it is the preposition before no word
  const plainYa = !writesFinalYa(doc);
  if (next === null) return plainYa;
  if (GIVEN_NAMES.has(next) || FAMILY_NAMES.has(next)) return false;
  // before a common word or a country it is the preposition whatever the spelling (… علي العراق);
  // in such a text also before a noun with a pronoun (علي فريقه), not before a name (علي جمعة)
  if (NON_NAME_WORDS.has(next) || NOT_NAME.has(next) || countryAtWord(doc, i + 1)?.first === i + 1) return true;
  return plainYa && next.length >= 4 && /(ه|ها|هم|هما|كم)$/.test(next);
}

/** The original spelling of token k (diacritics and all). */
function originalWord(doc: Doc, k: number): string {
  const t = doc.tokens[k]!;
  return doc.original.slice(doc.starts[t.start]!, doc.ends[t.end - 1]!);
}

/** Whether the text writes a final ى anywhere (most do; some sources write every final ى as ي). */
function writesFinalYa(doc: Doc): boolean {
  return FINAL_YA.of(doc);
}
const FINAL_YA = new PerDocument((doc: Doc) => /ى(?=[\s\u064B-\u065F\u0670.,،؛:!؟?"»)]|$)/.test(doc.original));

/**
 * `strict`: also stop at frequent common words (derived from ANERcorp). Off right after a given name
 * or a connector, where family names that are also common words stand (أنس خطاب، محمد صالح).
 */
function isClosedOrTitle(doc: Doc, k: number, strict = true): boolean {
  const b = wordFactsAt(doc, k).bits;
  if ((b & W_CLOSED) !== 0 || (strict && (b & W_CLOSED_STRICT) !== 0)) return true;
  return (b & W_ALI) !== 0 && isAlaPreposition(doc, k);
}

/** Nasab words: "son of" and "daughter of". */
const NASAB = new Set(["بن", "ابن", "بنت"]);

/**
 * Token k is a given name that is also a common word (عيد، سلامة) and opens a nasab: بن/بنت and a
 * name word follow (السفير عيد بن محمد الثقفي). A common word is not read so.
 */
function opensNasab(doc: Doc, k: number, limit: number): boolean {
  const t = doc.tokens[k];
  return t !== undefined && AMBIGUOUS_GIVEN.has(t.text) && nasabAfter(doc, k, limit);
}

/** Token k is a name word, or a definite family name (الخالد، الصباح): not a closed word, a verb, a title or a country. */
function familyAfter(doc: Doc, k: number, limit: number): boolean {
  const t = doc.tokens[k];
  if (k >= limit || !t || t.kind !== "word" || t.newlineBefore) return false;
  if (!hasArticle(doc, k)) return nameWordAfter(doc, k, limit);
  const b = wordFactsAt(doc, k).bits;
  return (b & (W_CLOSED | W_CLOSED_STRICT | W_VERB_LIKE | W_TITLE_FIRST | W_NOT_NAME | W_NON_NAME)) === 0 && !countryAtWord(doc, k);
}

/** بن/بنت and a name word follow token k. */
function nasabAfter(doc: Doc, k: number, limit: number): boolean {
  const nx = doc.tokens[k + 1];
  return nx !== undefined && k + 1 < limit && NASAB.has(nx.text) && nameWordAfter(doc, k + 2, limit);
}

/**
 * باسم at token k is "in the name of", not the name Basem: before a definite word or a common noun
 * (الناطق الرسمي باسم الحكومة، المتحدث باسم وزارة الخارجية).
 */
export function inTheNameOf(doc: Doc, k: number): boolean {
  return doc.tokens[k]?.text === "باسم" && bismComplement(doc, k + 1);
}

/** Token k may follow باسم "in the name of": a definite word or a common noun (also one in ة: رئاسة). */
function bismComplement(doc: Doc, k: number): boolean {
  if (k >= doc.tokens.length || doc.tokens[k]!.kind !== "word") return false;
  return hasArticle(doc, k) || (wordFactsAt(doc, k).bits & (W_NOT_NAME | W_NON_NAME)) !== 0 || endsWithTaMarbuta(doc, k);
}

/** The word carries the article ال (not a hamza-alef word such as ألكسندر that folds to الكسندر). */
export function hasArticle(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  if (!t || t.kind !== "word" || !t.text.startsWith("ال") || t.text.length <= 2) return false;
  const c = doc.original[doc.starts[t.start]!];
  return c === "ا" || c === "ٱ";
}

/**
 * A word that does not continue a name, by its shape: an imperfect verb (يتقمص، تتواصل، يستعد), ف on
 * a verb (فتابعها), or a noun with a possessive pronoun, written ه/ها/هم in the original, not ة
 * (فريقه، حلمه، مرماه; a final يه is kept: توريه، جوزيه).
 */
function notNameContinuation(doc: Doc, k: number, bits: number): boolean {
  const w = doc.tokens[k]!.text;
  if ((bits & W_COMPOUND_TAIL) !== 0 || w.endsWith("الله")) return false;
  if (w.length >= 5 && /^(يت|يست|تت|تست|سيت|ستت)/.test(w)) return true;
  // a plural of a participle or verbal noun (مستجدات، مباحثات، مشاورات) after a name
  if (w.length >= 6 && w[0] === "م" && w.endsWith("ات")) return true;
  // an adverbial accusative (قضائيا، أساسيا، متضامنا) after a name
  if (w.length >= 5 && /يا$/.test(w) && !w.startsWith("ال") && !/(ريا|ليا|نيا|سيا|كيا|ميا)$/.test(w)) return true;
  // after two name words, a ي-initial word is a verb (مدحت صالح يغني)
  if (w.length >= 4 && w[0] === "ي" && k >= 2 && doc.tokens[k - 1]!.kind === "word" && doc.tokens[k - 2]!.kind === "word"
    && (GIVEN_NAMES.has(doc.tokens[k - 2]!.text) || FAMILY_NAMES.has(doc.tokens[k - 1]!.text))) return true;
  if (w.length >= 5 && /^ف[تي]/.test(w) && /(ها|ه|هم)$/.test(w)) return true;
  return withPossessive(doc, k);
}

/**
 * Token k is a noun with a possessive pronoun, written ه/ها/هم/هما in the original, not ة (فريقه،
 * أخيه، وقائدها; a final يه is kept: توريه، جوزيه).
 */
export function withPossessive(doc: Doc, k: number): boolean {
  const w = doc.tokens[k]!.text;
  // (the original ends in ه، ها، هم or هما only if the normalized word ends in ه، ا or م)
  const last = w[w.length - 1];
  if (last !== "ه" && last !== "ا" && last !== "م") return false;
  const orig = originalWord(doc, k).replace(/[\u064B-\u065F\u0670\u0640]/g, "");
  if (orig.length >= 4 && /ه$/.test(orig) && !/يه$/.test(orig)) return true;
  return orig.length >= 5 && /(ها|هم|هما)$/.test(orig);
}

/** The word is written with a final ة in the original (the normalized text folds it to ه). */
export function endsWithTaMarbuta(doc: Doc, k: number): boolean {
  // (ة folds to ه)
  if (!doc.tokens[k]!.text.endsWith("ه")) return false;
  return /ة[\u064B-\u065F\u0670]*$/.test(originalWord(doc, k));
}

/** Token k is a word that may stand in a name: not definite, closed, a title, a country or a verb. */
function nameWordAfter(doc: Doc, k: number, limit: number): boolean {
  const t = doc.tokens[k];
  if (k >= limit || !t || t.kind !== "word" || t.newlineBefore || hasArticle(doc, k)) return false;
  const b = wordFactsAt(doc, k).bits;
  return (b & (W_VERB_LIKE | W_TITLE_FIRST | W_NAME_STOP_NEXT | W_WAW_SHAPE)) === 0 && !isClosedOrTitle(doc, k) && !countryAtWord(doc, k);
}

export interface NameSpan {
  first: number;
  last: number;
}

/**
 * The personal name starting at token `i` (after any title and honorifics), or null.
 * `anchored`: a title or honorific stands right before, so a single-word name is accepted.
 * `verbCheck`: reject a first word shaped like an imperfect verb (يشدد) unless it is a known given
 * name; off after an honorific (معالي نيكولا …), where a verb cannot stand.
 */
export function nameAt(doc: Doc, i: number, limit: number, anchored: boolean, verbCheck = true, firstPrefix = 0): NameSpan | null {
  const toks = doc.tokens;
  // (an unanchored name starts with a known given name, whatever follows)
  if (!anchored && (i >= toks.length || (wordFactsAt(doc, i).bits & W_GIVEN) === 0) && !opensNasab(doc, i, limit)) return null;
  let k = i;
  let words = 0;
  let articleWords = 0;
  while (k < limit && k - i < MAX_NAME_TOKENS) {
    const t = toks[k]!;
    if (t.kind !== "word" || (k > i && t.newlineBefore)) break;
    const firstWord = k === i;
    const sliced = firstWord && firstPrefix !== 0;
    const w = sliced ? t.text.slice(firstPrefix) : t.text;
    const f: WordFacts = sliced ? factsOfWord(w) : wordFactsAt(doc, k);
    const b = f.bits;
    if ((b & W_CONNECTOR) !== 0) {
      const nx = toks[k + 1];
      if (!nx || nx.kind !== "word" || k + 1 >= limit || isClosedOrTitle(doc, k + 1, false)) break;
      if (firstWord && !NAME_OPENING_CONNECTORS.has(w)) break;
      k += 2;
      words += 2;
      continue;
    }
    // علي is also the preposition على written with ي: after it, stay strict
    const afterGiven = words === 1 && (wordFactsAt(doc, k - 1).bits & W_GIVEN) !== 0 && toks[k - 1]!.text !== "علي";
    // an honorific that is also a given name, after a given name and before a name word: a name's
    // middle word (حسين أمير عبداللهيان), not the title of what follows (محمد أمير قطر)
    if (afterGiven && (b & (W_GIVEN | W_TITLE_FIRST)) === (W_GIVEN | W_TITLE_FIRST) && nameWordAfter(doc, k + 1, limit)) {
      k++;
      words++;
      continue;
    }
    // (a given name that is also a common word opens a name before a nasab, or right after an honorific
    // before a name word: السفير عيد بن محمد، الشيخ صباح الخالد)
    const ambiguousStart = firstWord && !sliced && AMBIGUOUS_GIVEN.has(w) && (nasabAfter(doc, k, limit) || (anchored && !verbCheck && familyAfter(doc, k + 1, limit)));
    if (!ambiguousStart && isClosedOrTitle(doc, k, !afterGiven)) break;
    if ((b & (firstWord && verbCheck ? W_VERB_LIKE_FIRST : W_VERB_LIKE)) !== 0) break;
    // the rules on the word alone (nameStopBits): a future verb, a bad first word, an interaction
    // verb, a clitic on a definite word, a preposition on a verbal noun …
    if ((b & (firstWord ? W_NAME_STOP_FIRST : W_NAME_STOP_NEXT)) !== 0) break;
    if (firstWord && w === "باسم" && bismComplement(doc, k + 1)) break;
    if (!firstWord && (b & (W_GIVEN | W_FAMILY)) === 0 && notNameContinuation(doc, k, b)) break;
    // a definite feminine plural is a noun, not a family name (… روبيو المستجدات)
    if (!firstWord && words >= 2 && (b & W_FAMILY) === 0 && w.endsWith("ات") && hasArticle(doc, k)) break;
    if ((b & W_BLK_SHAPE) !== 0 && TOPIC_INTROS.matchAt(toks, k, false)) break;
    const titleFirst = (wordFactsAt(doc, k).bits & W_TITLE_FIRST) !== 0;
    const hon = words > 0 && titleFirst ? HONORIFICS.matchAt(toks, k, false) : null;
    if (hon) {
      // a family-name part that is also an honorific (سفيان محمد الشيخ صالح،): only when one more
      // name word closes the name right after it
      const nx = toks[hon.last];
      const after = toks[hon.last + 1];
      const closes = !after || after.kind === "punct" || hon.last + 1 >= limit;
      if (!(words >= 2 && hon.values[0] === "honorific" && hon.last === k + 1 && nx && nx.kind === "word" && closes && !isClosedOrTitle(doc, hon.last) && (wordFactsAt(doc, hon.last).bits & W_VERB_LIKE) === 0)) break;
      k = hon.last + 1;
      words += 2;
      break;
    }
    if ((b & W_GIVEN) === 0 && titleFirst && PERSON_TITLES.matchAt(toks, k, false)) break;
    const c = countryAtWord(doc, k);
    // a nisba family name (محمد شياع السوداني) may close a name of two or more words
    if (c && !(c.adjective && words >= 2 && c.last === k + 1 && w.startsWith("ال"))) break;
    // a conjunction starts another phrase (… ومراعاة، … وعبد الله)
    // (right after a given name, a و-initial word whose rest is no known word is a name: جو ويلسون)
    if (!firstWord && (b & W_WAW_SHAPE) !== 0) {
      const afterFirstName = (words === 1 && (wordFactsAt(doc, k - 1).bits & W_GIVEN) !== 0)
        || (words === 2 && k - 2 === i && (toks[i]!.text === "عبد" || toks[i]!.text === "ابو"));
      if (!(afterFirstName && (b & W_WAW_REST_UNKNOWN) !== 0 && !endsWithTaMarbuta(doc, k))) break;
    }
    if (!firstWord && (b & W_FA_STOP) !== 0) break;
    if (hasArticle(doc, k)) {
      // a definite given name opens a name only right after a title (نظيره الليبي الطاهر الباعور) or
      // before a nasab (الحسن بن علي)
      if (firstWord) {
        if (!((b & W_GIVEN) !== 0 && (anchored || nasabAfter(doc, k, limit)))) break;
      } else {
        // a definite feminine adjective (… آل مكتوم الرمضانية) is no family name: ة in the original
        if ((b & W_FAMILY) === 0 && endsWithTaMarbuta(doc, k)) break;
        // one definite word after the first, or a chain of listed surnames (مشعل الأحمد الجابر الصباح)
        if (articleWords >= 1 && !(articleWords < 3 && LISTED_SURNAMES.has(w))) break;
        articleWords++;
      }
    }
    if (firstWord && (b & W_CLITIC_ON_GIVEN) !== 0) break;
    k++;
    words++;
  }
  if (words === 0) return null;
  const last = k;
  const n = last - i;
  const givenFirst = (wordFactsAt(doc, i).bits & W_GIVEN) !== 0;
  if (n === 1) {
    if (!anchored) return null;
    if (!givenFirst) {
      const nx = toks[last];
      if (nx && nx.kind === "word") return null;
    }
  }
  return { first: i, last };
}

/** Name tokens without connectors, for comparing names (راشد ال خليفة ~ راشد بن عبدالله آل خليفة). */
const KEY_CACHE = new BoundedMemo((name: string) => computeNameKey(name), NAME_MEMO_SIZE);
export function nameKeyTokens(name: string): string[] {
  return KEY_CACHE.get(name);
}
function computeNameKey(name: string): string[] {
  const words = normKey(name).replace(/(^| )(عبد|ابو) (?=\S)/g, "$1$2").split(" ");
  return words.filter((w) => w && !CONNECTORS.has(w));
}

/** Same person: every token of the shorter name occurs, in order, in the longer one, and at least one is not a connector. */
export function sameName(a: string, b: string): boolean {
  return sameNameKeys(nameKeyTokens(a), nameKeyTokens(b));
}

/** sameName over the names' nameKeyTokens. */
export function sameNameKeys(A: readonly string[], B: readonly string[]): boolean {
  if (!A.length || !B.length) return false;
  const s = A.length <= B.length ? A : B;
  const l = A.length <= B.length ? B : A;
  let j = 0;
  for (let k = 0; k < s.length; k++) {
    const w = s[k]!;
    while (j < l.length && l[j] !== w) j++;
    if (j === l.length) return false;
    j++;
  }
  return true;
}
