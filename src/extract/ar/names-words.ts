// What the name and people rules ask of a word (is it a known given name, a verb, a title, a clitic
// on a minister word …): answered once per distinct word, across documents, and kept per token of
// the document being read, so that the rules tried at every token test bits in an array slot
// instead of looking strings up in sets again and again.
import { docFlags, docWords, WordFactKind, wordFlag, type Doc } from "../../text/document.js";
import { cliticReadings, type CliticReading } from "../../text/clitics.js";
import { BoundedMemo, WORD_MEMO_SIZE } from "../../text/memo.js";
import {
  ANAPHORS, CONNECTORS, COUNTERPART, DEPUTY, EPITHETS, HONORIFICS, MINISTER_HEADS, NOT_NAME, PERSON_TITLES, PRIME_MINISTER, PROFESSIONS,
  SPEECH_VERBS, TITLE_HEADS, VERBS,
} from "../../lexicon/titles.js";
import { ORG_HEADS } from "../../lexicon/organizations.js";
import { COUNTRY_START, countryAt, mayStartCountry, type CountryAt } from "../../lexicon/countries.js";
import { VERB_INDEX } from "../../lexicon/triggers.js";
import { AMBIGUOUS_NAMES, COMPOUND_TAILS, FAMILY_NAMES, FOREIGN_GIVEN, GIVEN_NAMES, NON_NAME_WORDS, PERSON_CUES, SURNAMES } from "./names-lists.js";

// ---- bits of WordFacts.bits: the word itself -------------------------------------------------
export const W_GIVEN = 1 << 0;
export const W_FAMILY = 1 << 1;
export const W_NON_NAME = 1 << 2;
export const W_NOT_NAME = 1 << 3;
/** knownWord: a frequent common word, a closed-class word, a verb or a known name. */
export const W_KNOWN = 1 << 4;
export const W_CONNECTOR = 1 << 5;
export const W_COMPOUND_TAIL = 1 << 6;
/** isVerbLike(w, false). */
export const W_VERB_LIKE = 1 << 7;
/** isVerbLike(w, true). */
export const W_VERB_LIKE_FIRST = 1 << 8;
/** roleWord: a role noun or title, with or without a clitic. */
export const W_ROLE = 1 << 9;
export const W_PERSON_CUE = 1 << 10;
export const W_SPEECH_VERB = 1 << 11;
export const W_TITLE_HEAD = 1 << 12;
/** A closed-class word or title, or a clitic on one (the name rules stop there in every mode). */
export const W_CLOSED = 1 << 13;
/** A frequent common word that is no known name (the name rules stop there in strict mode). */
export const W_CLOSED_STRICT = 1 << 14;
/** علي or وعلي: the name, or the preposition على written with ي (which one depends on the context). */
export const W_ALI = 1 << 15;
/** verbShaped: shaped like an imperfect verb, and no known name. */
export const W_VERB_SHAPED = 1 << 16;
// (the name rules of nameAt that look at the word alone: see nameStopBits)
/** nameAt stops at this word when it is not the name's first word. */
export const W_NAME_STOP_NEXT = 1 << 17;
/** nameAt stops at this word when it is the name's first word. */
export const W_NAME_STOP_FIRST = 1 << 18;
/** ب ل ك on a word of four letters or more that is no given name: a topic intro may start here. */
export const W_BLK_SHAPE = 1 << 19;
/** و on a word that is no known name or connector: it starts another phrase, unless it is a name (جو ويلسون). */
export const W_WAW_SHAPE = 1 << 20;
/** The word after و is no known word, name or definite word. */
export const W_WAW_REST_UNKNOWN = 1 << 21;
/** ف on a closed-class word or a verb. */
export const W_FA_STOP = 1 << 22;
/** A clitic on a known given name (وأحمد، لمحمد): no name's first word. */
export const W_CLITIC_ON_GIVEN = 1 << 23;
/** و ف ب ل ك on a known word (وقال، لدى، بعد), the word of five letters or more. */
export const W_CLITIC_ON_KNOWN = 1 << 24;
/** بال، لل، وال، فال، كال (also after و ف): a clitic on a definite word, never a name's first word. */
export const W_DEFINITE_CLITIC = 1 << 25;
/** A given name of non-Arab people (ماركوس، يوري): a word after one is very likely the surname. */
export const W_FOREIGN_GIVEN = 1 << 26;
/** badStart: a word that cannot open a name in a weak frame. */
export const W_BAD_START = 1 << 27;
export const W_ANAPHOR = 1 << 28;
/** The word itself (no clitic) is the first word of a title, honorific or rank: see READ_TITLE_START. */
export const W_TITLE_FIRST = 1 << 29;

// ---- bits of WordFacts.reads: some clitic reading of the word ----------------------------------
/** A reading is a deputy word, also without ال (نائب، النائب). */
export const READ_DEPUTY = 1;
export const READ_MINISTER_HEAD = 2;
export const READ_COUNTERPART = 4;
/** A reading is الوزير or الوزيره. */
export const READ_MINISTER_ANAPHOR = 8;
export const READ_PROFESSION = 32;
/** Every reading is a closed-class or frequent common word (NOT_NAME, NON_NAME_WORDS): no name's word. */
export const READ_ALL_CLOSED = 64;
/**
 * A reading is the first word of a prime-minister title, an honorific, a rank or a person title
 * (titles.json): PRIME_MINISTER, HONORIFICS or PERSON_TITLES may match at the word. Without it they
 * cannot (the same test as the gazetteers' own, on the same phrases).
 */
export const READ_TITLE_START = 128;

/** The first words of the phrases of PRIME_MINISTER, HONORIFICS and PERSON_TITLES: their tries' first level. */
const TITLE_FIRST_WORDS: Set<string> = new Set([PRIME_MINISTER, HONORIFICS, PERSON_TITLES].flatMap((g) => [...g.root.keys()]));

export class WordFacts {
  readonly text: string;
  /** W_* bits. */
  readonly bits: number;
  /** READ_* bits. */
  readonly reads: number;
  readonly readings: readonly CliticReading[];
  /** The clitics before a known family name (familyReading), or -1. */
  readonly familyPrefix: number;
  /** The reading that is a known given name (givenReading), if any. */
  readonly given: CliticReading | undefined;
  constructor(w: string | null) {
    this.text = w ?? "";
    if (w === null) {
      this.bits = 0;
      this.reads = 0;
      this.readings = NO_READINGS;
      this.familyPrefix = -1;
      this.given = undefined;
      return;
    }
    const readings = cliticReadings(w);
    this.readings = readings;
    this.bits = wordBits(w);
    this.reads = readingBits(readings);
    this.familyPrefix = familyReading(w);
    this.given = givenReading(w, readings);
  }
}
const NO_READINGS: readonly CliticReading[] = Object.freeze([]);
/** The facts of a token that is no word (punctuation, a number): every bit off. */
export const NOT_A_WORD: WordFacts = new WordFacts(null);

function wordBits(w: string): number {
  const given = GIVEN_NAMES.has(w);
  const family = FAMILY_NAMES.has(w);
  const nonName = NON_NAME_WORDS.has(w);
  const notName = NOT_NAME.has(w);
  let b = 0;
  if (given) b |= W_GIVEN;
  if (family) b |= W_FAMILY;
  if (nonName) b |= W_NON_NAME;
  if (notName) b |= W_NOT_NAME;
  if (knownWord(w)) b |= W_KNOWN;
  if (CONNECTORS.has(w)) b |= W_CONNECTOR;
  if (COMPOUND_TAILS.has(w)) b |= W_COMPOUND_TAIL;
  if (isVerbLike(w, false)) b |= W_VERB_LIKE;
  if (isVerbLike(w, true)) b |= W_VERB_LIKE_FIRST;
  if (roleWord(w)) b |= W_ROLE;
  if (PERSON_CUES.has(w)) b |= W_PERSON_CUE;
  if (SPEECH_VERBS.has(w)) b |= W_SPEECH_VERB;
  if (TITLE_HEADS.has(w)) b |= W_TITLE_HEAD;
  if (notName || ANAPHORS.has(w) || COUNTERPART.has(w) || ORG_HEADS.has(w) || MINISTER_HEADS.has(w) || TITLE_HEADS.has(w)
    || PROFESSIONS.has(w) || EPITHETS.has(w) || (!given && closedReading(w))) b |= W_CLOSED;
  if (nonName && !given && !family) b |= W_CLOSED_STRICT;
  if (w === "علي" || w === "وعلي") b |= W_ALI;
  if (verbShaped(w)) b |= W_VERB_SHAPED;
  if (/^[وفبلك]/.test(w) && w.length > 4 && knownWord(w.slice(1))) b |= W_CLITIC_ON_KNOWN;
  if (DEFINITE_CLITIC.test(w)) b |= W_DEFINITE_CLITIC;
  if (FOREIGN_GIVEN.has(w)) b |= W_FOREIGN_GIVEN;
  if (badStart(w)) b |= W_BAD_START;
  if (ANAPHORS.has(w)) b |= W_ANAPHOR;
  if (TITLE_FIRST_WORDS.has(w)) b |= W_TITLE_FIRST;
  return b | nameStopBits(w, given, family);
}

/** و/ف and a preposition or the article before the article (وبالأمس، للوزير، والرئيس). */
const DEFINITE_CLITIC = /^(و|ف)?(بال|لل|وال|فال|كال)/;

/** A word that cannot open a name in a weak frame, by its shape or because it is a known word with a clitic. */
function badStart(w: string): boolean {
  if (DEFINITE_CLITIC.test(w) || isVerbLike(w, true)) return true;
  // a plural past verb (هاجموا), or ب/ل on a noun with a pronoun (بتفجيره، لحجمهما)
  if ((w.length >= 5 && /وا$/.test(w)) || (w.length >= 6 && /^[بل]/.test(w) && /(ه|ها|هم|هما|هن|كم)$/.test(w))) return true;
  if (GIVEN_NAMES.has(w) || FAMILY_NAMES.has(w)) return false;
  // ب/ل on a noun of the م pattern (بمستوى، لمشاركة، بمجال)
  if (w.length >= 5 && /^[بل]م/.test(w)) return true;
  // a sound plural of a participle (متمردون، محللون، دبلوماسيون)
  if (/^م.{3,}(ون|ين)$/.test(w) || /يون$/.test(w)) return true;
  // a clitic on a known or definite word (وقال، لدى، بالأمس)
  return /^[وفبلك]/.test(w) && (knownWord(w.slice(1)) || w.slice(1).startsWith("ال"));
}

/** بال، لل، وال …: a preposition or conjunction on a definite word never starts or continues a name. */
const DEFINITE_WITH_CLITIC = /^(و|ف)?(بال|لل|وال)\S{3,}/;

/** The W_NAME_STOP_*, W_BLK_SHAPE, W_WAW_*, W_FA_STOP and W_CLITIC_ON_GIVEN bits of a word (see nameAt). */
function nameStopBits(w: string, given: boolean, family: boolean): number {
  let b = 0;
  const definiteWithClitic = DEFINITE_WITH_CLITIC.test(w) && !given;
  // ب ل ك on a closed-class word, a verb or a given name
  let blk = false;
  if (/^[بلك]/.test(w) && w.length >= 4 && !given) {
    b |= W_BLK_SHAPE;
    const stem = w.slice(1);
    blk = NOT_NAME.has(stem) || VERBS.has(stem) || GIVEN_NAMES.has(stem);
  }
  // a future verb (ستمنحنا، سيغادر) even where no verb is expected
  const future = w.length >= 6 && /^(ست|سي|سن)/.test(w) && !given && !family;
  if (future || badFirstWord(w) || definiteWithClitic || blk) b |= W_NAME_STOP_FIRST;
  // an interaction verb ends a name (… بيربوك تلتقي نظيرها), unless it is also a given name (مهدي جمعة)
  const interactionVerb = (VERB_INDEX.has(w) && !given) || (w[0] === "و" && VERB_INDEX.has(w.slice(1)));
  // a preposition on a verbal noun ends a name: "… لاعتقال"، "… بفوز"، "… لملاحقة"
  let verbalNoun = false;
  if (/^[لب]/.test(w) && !given && !family) {
    const stem = w.slice(1);
    // (a verbal noun: افتعال، استفعال، انفعال، تفعيل، مفاعلة; not باسكوال، باراديس)
    verbalNoun = NON_NAME_WORDS.has(stem) || NOT_NAME.has(stem) || (/^(ا.ت|است|ان|ت|م)/.test(stem) && stem.length >= 4);
  }
  if (interactionVerb || definiteWithClitic || verbalNoun || blk) b |= W_NAME_STOP_NEXT;
  const rest = w.slice(1);
  if (w[0] === "و" && !given && !family && !CONNECTORS.has(w)) b |= W_WAW_SHAPE;
  if (!NOT_NAME.has(rest) && !NON_NAME_WORDS.has(rest) && !GIVEN_NAMES.has(rest) && !FAMILY_NAMES.has(rest) && !rest.startsWith("ال")) b |= W_WAW_REST_UNKNOWN;
  if (w[0] === "ف" && (NOT_NAME.has(rest) || VERBS.has(rest))) b |= W_FA_STOP;
  if (!given && /^(و|ف|ب|ل|لل|ك)/.test(w) && GIVEN_NAMES.has(w.replace(/^(و|ف|ب|ل|لل|ك)/, ""))) b |= W_CLITIC_ON_GIVEN;
  return b;
}

/** A word that cannot open a name: a verbal noun with a preposition (بتكثيف) or a feminine plural noun (معدلات). */
function badFirstWord(w: string): boolean {
  if (GIVEN_NAMES.has(w)) return false;
  // a preposition on a body or a common word: لجامعة الدول، بمقر
  if (/^[لب]/.test(w) && w.length > 3) {
    const stem = w.slice(1);
    if (ORG_HEADS.has(stem) || NON_NAME_WORDS.has(stem) || NOT_NAME.has(stem)) return true;
  }
  // ب ل ك on a verbal noun or a known word (بتعزيز، لمواجهة، لاستعراض، باعتبار), not on an unknown
  // word after ا (كاسبار، كامالا: foreign given names no list has)
  if (/^[بلك][تام]/.test(w) && w.length >= 5) {
    const stem = w.slice(1);
    if (w[1] !== "ا" || /^(است|ا.ت|ان)/.test(stem) || knownWord(stem) || knownWord(w)) return true;
  }
  if (/ات$/.test(w) && w.length >= 5) return true;
  return false;
}

function readingBits(readings: readonly CliticReading[]): number {
  let bits = READ_ALL_CLOSED;
  for (let k = 0; k < readings.length; k++) {
    const stem = readings[k]!.stem;
    if (!NOT_NAME.has(stem) && !NON_NAME_WORDS.has(stem)) bits &= ~READ_ALL_CLOSED;
    if (DEPUTY.has(stem) || (stem.startsWith("ال") && DEPUTY.has(stem.slice(2)))) bits |= READ_DEPUTY;
    if (MINISTER_HEADS.has(stem)) bits |= READ_MINISTER_HEAD;
    if (COUNTERPART.has(stem)) bits |= READ_COUNTERPART;
    if (stem === "الوزير" || stem === "الوزيره") bits |= READ_MINISTER_ANAPHOR;
    if (PROFESSIONS.has(stem)) bits |= READ_PROFESSION;
    if (TITLE_FIRST_WORDS.has(stem)) bits |= READ_TITLE_START;
  }
  return bits;
}

/** WordFacts by word: a word that is no token's text (a token without its clitics), or a Word's (FACTS). */
const WORDS = new BoundedMemo((word: string) => new WordFacts(word), WORD_MEMO_SIZE);

/** The WordFacts of a word (for a word that is no token's text, such as a token without its clitics). */
export function factsOfWord(w: string): WordFacts {
  return WORDS.get(w);
}

/**
 * WordFacts of a word, kept on the document layer's shared Word record (one look-up per token for every
 * module). (The word flags below made them already, as a Word was made: the same object is kept.)
 */
const FACTS = new WordFactKind((word: string) => factsOfWord(word));

/**
 * A token that starts with a letter (a word token: numbers and punctuation have Words too, and the
 * people rules read them as NOT_A_WORD): the flags below make no WordFacts for the others, which
 * would be kept in WORDS for every distinct number of a run.
 */
const LETTER_FIRST = /^\p{L}/u;

/** The READ_* bits of a word at which some titled rule of people.ts may start. */
export const TITLED_RULE_READS = READ_DEPUTY | READ_MINISTER_HEAD | READ_TITLE_START | READ_COUNTERPART | READ_MINISTER_ANAPHOR;

/** و on a word of four letters or more that is no known word, role or title: a name coordinated with one before it. */
export function coordinatedShape(f: WordFacts): boolean {
  const w = f.text;
  return w[0] === "و" && w.length >= 4 && (f.bits & (W_KNOWN | W_ROLE | W_TITLE_HEAD)) === 0;
}

/**
 * Word flag (docFlags): some people rule may start at the word: a titled rule (a title, honorific,
 * counterpart, الوزير or a given name) or a rule without a title (a known given or family name under
 * some reading, a coordinated word). Without it, no rule starts there: the people rules skip the token
 * without reading its WordFacts.
 */
export const PERSON_START = wordFlag((word) => {
  if (!LETTER_FIRST.test(word)) return false;
  const f = factsOfWord(word);
  return (f.reads & TITLED_RULE_READS) !== 0 || (f.bits & W_GIVEN) !== 0 || f.given !== undefined || f.familyPrefix >= 0 || coordinatedShape(f);
});

/** Word flag (docFlags): a cue before an untitled name: a person cue, a speech verb or a profession. */
export const PERSON_CUE_BEFORE = wordFlag((word) => {
  if (!LETTER_FIRST.test(word)) return false;
  const f = factsOfWord(word);
  return (f.bits & (W_PERSON_CUE | W_SPEECH_VERB)) !== 0 || (f.reads & READ_PROFESSION) !== 0;
});

/**
 * Word flag (docFlags): a word at which attachReferences (people.ts) may find a later mention: الوزير,
 * or a word with a clitic reading that is no common word (a name's tail may be that reading).
 */
export const REFERENCE_WORD = wordFlag((word) => {
  if (!LETTER_FIRST.test(word)) return false;
  const reads = factsOfWord(word).reads;
  return (reads & READ_MINISTER_ANAPHOR) !== 0 || (reads & READ_ALL_CLOSED) === 0;
});

/**
 * The WordFacts read so far of the tokens of the document being read (wordFactsAt), kept from one
 * document to the next: a slot holds a token's facts when its stamp is the document's number, so a
 * new document clears nothing.
 */
let factsDoc: Doc | null = null;
let factsStamp = 0;
let stamps = new Int32Array(0);
const slots: WordFacts[] = [];
/** The answers of countryAtWord so far, kept likewise (under the same stamp: the document's number). */
let countryStamps = new Int32Array(0);
const countrySlots: Array<CountryAt | null> = [];

/** A new document for wordFactsAt and countryAtWord: a new stamp, and room for its tokens. */
function newFactsDoc(doc: Doc): void {
  factsDoc = doc;
  const n = doc.tokens.length;
  if (n > stamps.length) {
    stamps = new Int32Array(Math.max(n, 2 * stamps.length));
    countryStamps = new Int32Array(stamps.length);
  }
  while (slots.length < stamps.length) slots.push(NOT_A_WORD);
  while (countrySlots.length < stamps.length) countrySlots.push(null);
  if (factsStamp === 0x7fffffff) { stamps.fill(0); countryStamps.fill(0); factsStamp = 0; }
  factsStamp++;
}

/**
 * The WordFacts of token k of a document (NOT_A_WORD for punctuation, numbers, or outside the
 * document), read from its Word when first asked for. One document is read at a time.
 */
export function wordFactsAt(doc: Doc, k: number): WordFacts {
  if (doc !== factsDoc) newFactsDoc(doc);
  if (k < 0 || k >= doc.tokens.length) return NOT_A_WORD;
  if (stamps[k] === factsStamp) return slots[k]!;
  const f = doc.tokens[k]!.kind === "word" ? FACTS.of(docWords(doc)[k]!) : NOT_A_WORD;
  slots[k] = f;
  stamps[k] = factsStamp;
  return f;
}

/** The WordFacts of each token of a document (wordFactsAt of each: for tests and tools, the rules ask token by token). */
export function nameFactsOf(doc: Doc): WordFacts[] {
  const out: WordFacts[] = [];
  for (let i = 0; i < doc.tokens.length; i++) out.push(wordFactsAt(doc, i));
  return out;
}

/**
 * countryAt(doc.tokens, k), without the look-up at a token where no country name or adjective starts,
 * and looked up once per token of the document being read (the people rules ask about the tokens
 * around a name several times).
 */
export function countryAtWord(doc: Doc, k: number): CountryAt | null {
  if (k < 0 || k >= doc.tokens.length || (docFlags(doc)[k]! & COUNTRY_START) === 0) return null;
  if (doc !== factsDoc) newFactsDoc(doc);
  if (countryStamps[k] === factsStamp) return countrySlots[k] ?? null;
  const c = mayStartCountry(doc.tokens, k) ? countryAt(doc.tokens, k) : null;
  countrySlots[k] = c;
  countryStamps[k] = factsStamp;
  return c;
}

/** A frequent verb, with or without a conjunction (وأكد، فقال), or a future/imperfect verb form. */
export function isVerbLike(w: string, first: boolean): boolean {
  if (VERBS.has(w)) return true;
  if ((w[0] === "و" || w[0] === "ف") && VERBS.has(w.slice(1))) return true;
  if (GIVEN_NAMES.has(w) || FAMILY_NAMES.has(w)) return false;
  if (first && /^(س?[يت]|سن)/.test(w) && w.length >= 4 && !w.startsWith("ال")) return true;
  // past verbs of the derived forms, also after و/ف: افتعل (ارتكب، اعتبر), استفعل (استقبل)
  const v = /^[وف]ا/.test(w) ? w.slice(1) : w;
  if ((v.length === 5 && /^ا.ت/.test(v)) || (v.length === 6 && v.startsWith("است"))) return true;
  return false;
}

/** A clitic on a closed-class word or a title (وأن، فمن، والوزير). */
function closedReading(w: string): boolean {
  const readings = cliticReadings(w);
  for (let k = 0; k < readings.length; k++) {
    const r = readings[k]!;
    if (r.prefix === 0) continue;
    // و/ف on a two-letter particle (وأن، فمن) too
    if (r.stem.length < 3) { if (r.prefix === 1 && /^[وف]/.test(w) && NOT_NAME.has(r.stem)) return true; continue; }
    if (NOT_NAME.has(r.stem) || MINISTER_HEADS.has(r.stem) || TITLE_HEADS.has(r.stem)) return true;
  }
  return false;
}

/** A frequent common word, closed-class word, verb or known name. */
export const knownWord = (w: string): boolean => NON_NAME_WORDS.has(w) || NOT_NAME.has(w) || GIVEN_NAMES.has(w) || FAMILY_NAMES.has(w) || VERBS.has(w);

/** A role noun or title, with or without a clitic (ومواطنه، المعلق، محلل، مفتي). */
function roleWord(w: string): boolean {
  return cliticReadings(w).some((r) => ANAPHORS.has(r.stem) || MINISTER_HEADS.has(r.stem)) || professionWord(w);
}

/** A profession or relation noun, also with a clitic or a possessive pronoun (والمدافع، مهاجمه، مواطنتها). */
function professionWord(w: string): boolean {
  if (cliticReadings(w).some((r) => PROFESSIONS.has(r.stem))) return true;
  // (ة is written ت before the pronoun)
  const m = /^(.{3,}?)(ه|ها|هم|هما)$/.exec(w);
  if (!m) return false;
  const base = m[1]!.replace(/^[وف]/, "");
  const forms = [base, base.endsWith("ت") ? base.slice(0, -1) + "ه" : base];
  return forms.some((f) => PROFESSIONS.has(f) || PROFESSIONS.has("ال" + f));
}

/** Shaped like an imperfect verb, also after و or ف (وسيغيب، ويتابع): not a name unless a list knows it. */
function verbShaped(w: string): boolean {
  if (GIVEN_NAMES.has(w) || FAMILY_NAMES.has(w)) return false;
  const v = /^[وف]/.test(w) && w.length >= 5 ? w.slice(1) : w;
  return v.length >= 4 && /^(س?[يت]|سن)/.test(v) && !GIVEN_NAMES.has(v) && !FAMILY_NAMES.has(v);
}

/**
 * A word that is a known family name (بوش، لشيراك، وأولمرت): the whole word, or the stem after و ف ب ل
 * when the stem has three letters or more; returns the clitics' length, or -1. Common words, given
 * names and names our lists mark as ambiguous are not read so.
 */
function familyReading(w: string): number {
  if (NON_NAME_WORDS.has(w) || NOT_NAME.has(w) || GIVEN_NAMES.has(w)) return -1;
  for (const r of cliticReadings(w)) {
    if (r.prefix > 2 || (r.prefix > 0 && r.stem.length < 3)) continue;
    if (r.prefix > 0 && (NON_NAME_WORDS.has(r.stem) || NOT_NAME.has(r.stem))) return -1;
    // three-letter family names (عون، دين) are too often common words to stand alone
    // (our own surname list was checked against common words: its short names stand alone, بوش)
    if (AMBIGUOUS_NAMES.has(r.stem)) return -1;
    if ((r.stem.length >= 4 || SURNAMES.has(r.stem)) && FAMILY_NAMES.has(r.stem) && !GIVEN_NAMES.has(r.stem) && !COMPOUND_TAILS.has(r.stem)) return r.prefix;
  }
  return -1;
}

/** The reading of a word that is a known given name: the whole word, or و + a name of three letters or more. */
function givenReading(w: string, readings: readonly CliticReading[]): CliticReading | undefined {
  for (let k = 0; k < readings.length; k++) {
    const x = readings[k]!;
    if (GIVEN_NAMES.has(x.stem) && (x.prefix === 0 || (w[0] === "و" && x.prefix === 1 && x.stem.length >= 3))) return x;
  }
  return undefined;
}
