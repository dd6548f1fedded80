// Who met whom, about what, where and when (Arabic).
//
// 1. Triggers (data/triggers.json): a verb of a rule family (عقد + اجتماعا، التقى، استقبل، بحث مع،
//    تلقى اتصالا هاتفيا من، شارك في القمة …). The family and its object noun decide the type.
// 2. Subject: a person named between the verb and its object (VSO), else one right before the verb
//    (SVO), else the discourse topic (the last person named before: "أنه تلقى …").
// 3. Other side: after مع / بـ / من, or the direct object: a person (including a counterpart
//    "نظيره التركي"), else a named organization, else a group phrase ("عدد من مساعدي الوزير").
// 4. Topics after لبحث، حول، بشأن، استعراض …, or the object of بحث مع X; split at coordination.
// 5. Place, date, medium and status from the sentence, then the paragraph, then the document.
// 6. Refiners: passive reports (جرى خلال اللقاء بحث …) add topics to the open interaction;
//    interactions of the same pair in one document are merged (a call that carries talks is a call);
//    multilateral events take the ministerial groups named in the document as participants.
//
// Performance: the rules are module-level functions sharing one per-document `Scan` (all fields set
// in its constructor), references and drafts are class instances of one shape each, and per-word
// facts the token loops ask for (event nouns, anaphors …) are computed once per distinct word
// (WordFactKind); the ones loops over whole sentences test on every token are word flags (docFlags).
import type { Interaction, InteractionType, Participant } from "../../types.js";
import type { Doc } from "../../text/document.js";
import type { Token } from "../../text/tokens.js";
import type { Sentence } from "../../text/sentences.js";
import { docFlags, docWords, originalText, tokenMention, WordFactKind, wordFlag, type Word } from "../../text/document.js";
import type { DateFact, EntityFacts, ExtractContext, Span } from "../facts.js";
import { cliticReadings } from "../../text/clitics.js";
import { normKey } from "../../text/normalize.js";
import {
  DELEGATIONS, STATEMENT_VERBS, NOMINAL_HEADS, NOMINAL_EVENTS, BETWEEN_EVENTS, ATTENDANCE, EVENT_ANAPHORS, TIME_PHRASES, FRAME_HEADS, ASIDE_OPENERS, DUAL_ANAPHORS, PROTAGONIST_ANAPHORS, COURTESY_KIN, GROUP_QUANTIFIERS, MEDIA, PHONE_ADVERBS, PLANNED, TOPIC_INTROS, TOPIC_STOPS,
  VENUES, VERB_INDEX, PHRASE_START, type TriggerFamily,
} from "../../lexicon/triggers.js";
import type { Gazetteer, GazetteerMatch } from "../../lexicon/gazetteer.js";
import { GIVEN_NAMES } from "./names.js";
import { MINISTER_HEADS, NOT_NAME, VERBS, PREPOSITIONS, PRONOUNS, HONORIFICS, COUNTERPART, TITLE_HEADS, PERSON_TITLES } from "../../lexicon/titles.js";
import { ministerTitleAt } from "./people.js";
import { countryAt, isStateNoun, type CountryAt } from "../../lexicon/countries.js";
import { isAlaPreposition } from "./names.js";
import { ReusedBytes } from "./reused.js";
import { SparseSlots } from "./sparse-slots.js";
import { BoundedMemo, NAME_MEMO_SIZE } from "../../text/memo.js";

/** A participant: a person, an organization or a group phrase over tokens [first, last). */
class Ref {
  kind: Participant["kind"];
  name: string;
  /** undefined: the source has no country (not reported); null: reported as unknown. */
  country: string | null | undefined;
  first: number;
  last: number;
  constructor(kind: Participant["kind"], name: string, country: string | null | undefined, first: number, last: number) {
    this.kind = kind;
    this.name = name;
    this.country = country;
    this.first = first;
    this.last = last;
  }
}

/** The same reference over other tokens. */
const refOver = (r: Ref, first: number, last: number): Ref => new Ref(r.kind, r.name, r.country, first, last);

/** An interaction being built. Optional facts (initiator, medium) are undefined until known. */
class Draft {
  type: InteractionType;
  participants: Ref[];
  attendees: Ref[] = [];
  initiator: string | undefined = undefined;
  topics: string[] = [];
  /** The tokens its own sentence's topics were read over (-1, -1: none): no place is taken there. */
  topicSpan: Span = { first: -1, last: -1, prefix: 0 };
  place: string | null = null;
  date: string | null = null;
  medium: string | undefined = undefined;
  planned: boolean;
  sentence: number;
  trigger: Span;
  multilateral: boolean;
  constructor(type: InteractionType, participants: Ref[], planned: boolean, sentence: number, triggerAt: number, multilateral: boolean) {
    this.type = type;
    this.participants = participants;
    this.planned = planned;
    this.sentence = sentence;
    this.trigger = { first: triggerAt, last: triggerAt + 1, prefix: 0 };
    this.multilateral = multilateral;
  }
}

/** A trigger family with every optional field present (one shape at every use). */
class Family {
  id: string;
  type: InteractionType | undefined;
  objects: Map<string, InteractionType> | undefined;
  other: string[];
  /** The other side may be the direct object (marker ""). */
  direct: boolean;
  /** The other side may be a pronoun object (marker "*"). */
  pronounObject: boolean;
  requireOther: boolean;
  initiatorIsOther: boolean;
  initiatorIsSubject: boolean;
  multilateral: boolean;
  /** The forms are possessed nouns (استقباله، لقائه). */
  noun: boolean;
  types: Map<string, InteractionType> | undefined;
  constructor(f: TriggerFamily) {
    this.id = f.id;
    this.type = f.type;
    this.objects = f.objects;
    this.other = f.other;
    this.direct = f.other.includes("");
    this.pronounObject = f.other.includes("*");
    this.requireOther = f.requireOther;
    this.initiatorIsOther = f.initiator === "other";
    this.initiatorIsSubject = f.initiator === "subject";
    this.multilateral = f.multilateral;
    this.noun = f.noun;
    this.types = f.types;
  }
}

/** Verb form → its families, and a verb with a conjunction (و، ف) → the verb form. */
const VERB_FAMILIES = new Map<string, Family[]>();
const CONJ_VERBS = new Map<string, string>();
{
  const seen = new Map<TriggerFamily, Family>();
  for (const [verb, fams] of VERB_INDEX) {
    VERB_FAMILIES.set(verb, fams.map((f) => { let x = seen.get(f); if (!x) { x = new Family(f); seen.set(f, x); } return x; }));
    if (verb) { CONJ_VERBS.set("و" + verb, verb); CONJ_VERBS.set("ف" + verb, verb); }
  }
}

/** Every object noun of a family ("عقد اجتماعا"): a word none of whose readings is one needs no objectType. */
const OBJECT_NOUNS = new Set<string>();
for (const fams of VERB_FAMILIES.values()) for (const f of fams) if (f.objects) for (const k of f.objects.keys()) OBJECT_NOUNS.add(k);

const TYPE_RANK: InteractionType[] = ["call", "summit", "conference", "visit", "received", "meeting", "talks", "other"];

const CAMEO: Record<InteractionType, string> = {
  call: "041", visit: "042", received: "043", summit: "044", conference: "044", meeting: "040", talks: "040", other: "040",
};

const DEFINITE = /^(و|ف)?ال/;
const DEFINITE_PREP = /^(و|ف)?(بال|لل)/;
const PREP_START = /^(ل|لل|ب)/;
const BI_FI = /^(ب|في)/;
const OBJECT_PRONOUN = /(ه|ها|هم)$/;
/** A feminine verbal noun with a possessive pronoun (مشاركته، مشاركتها), normalized. */
const POSSESSED_NOUN = /^م.{2,}ت(ه|ها)$/;
/** مع with a pronoun (معه، معها، معهما، معهم). */
const WITH_PRONOUN = /^مع(ه|ها|هما|هم|هن)$/;
const OBJECT_PRONOUN_DUAL = /(ه|ها|هم|هما)$/;
const FUTURE = /^س[يتن]/;
const IMPERFECT = /^[يتن]/;
const NEXT_TIME = /(المقبل|القادم|غدا|غداً)/;

/** A word with the article (ال، وال), told apart from آ-initial words that fold to ال (آلية → اليه). */
export function isDefinite(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  if (!t || t.kind !== "word") return false;
  const m = DEFINITE.exec(t.text);
  if (!m) return false;
  const at = doc.starts[t.start + (m[1] ? 1 : 0)]!;
  return doc.original[at] !== "آ";
}

const RELATIVES = new Set(["الذي", "التي", "الذين", "اللذين", "اللتين"]);
const TIME_WORDS = new Set(["اليوم", "امس", "غدا", "مساء", "صباح", "ظهر", "الليله", "حاليا", "مجددا", "ايضا", "بدوره", "بدورها", "كذلك"].map(normKey));

/** و as a conjunction, not as the first letter of a word (وزير، وكيل، وليد). */
const startsWithConjunction = (w: string): boolean =>
  w[0] === "و" && w.length > 2 && !MINISTER_HEADS.has(w) && !TITLE_HEADS.has(w) && !GIVEN_NAMES.has(w) && !NOT_NAME.has(w);

const isComma = (toks: Token[], i: number) => { const t = toks[i]; return t !== undefined && t.kind === "punct" && (t.text === "،" || t.text === ","); };

// --- per-word facts -----------------------------------------------------------------------------

/** The trigger verb form of a word: the word itself, else the word without a conjunction. */
function triggerVerb(text: string): string | null {
  if (text !== "" && VERB_FAMILIES.has(text)) return text;
  // a conjunction is stripped only from a word that is not itself known (وزارة is not و + زارة)
  if ((text[0] === "و" || text[0] === "ف") && !NOT_NAME.has(text)) return CONJ_VERBS.get(text) ?? null;
  return null;
}

/** What the rules ask about a word's clitic readings, computed once per distinct word. */
class WordFacts {
  /** A nominal event ("انطلقت أعمال الدورة"), with an object pronoun allowed. */
  nominalEvent: InteractionType | null = null;
  /** The event a later sentence speaks of (القمة، المؤتمر), with or without the article. */
  eventNoun: InteractionType | null = null;
  nominalHead = false;
  eventAnaphor = false;
  dualAnaphor = false;
  /** A word that stands before a topic and is not one (anaphors, minister heads, time words). */
  topicLead = false;
  counterpart = false;
  delegation = false;
  pluralMinister = false;
  /** A word that ends a group phrase: a prepositional phrase (لتطوير، بالمقر) or a venue. */
  groupBreak = false;
  /** The proclitic units of the first reading that is a venue noun (مقر، بمقر), else -1. */
  venue = -1;
  /** The same for the first venue reading with a proclitic (بمقر), else -1. */
  prefixedVenue = -1;
  /** The trigger verb form the word is (without a conjunction), if any. */
  verb: string | null;
  /** A verb of the trigger index as written (VERB_INDEX). */
  indexedVerb: boolean;
  /** A reading (or it without ال) is some family's object noun: objectType may find one. */
  objectNoun = false;
  attendance: boolean;
  phoneAdverb: boolean;
  timeWord: boolean;
  /** Ends a group phrase by itself: a verb (also after و/ف), a preposition other than في, or a pronoun (الذي، هذه). */
  groupStop: boolean;
  /** A verb, after a و if it has one (ends a topic). */
  topicVerb: boolean;
  /** بـ or في + a venue noun, with an object pronoun allowed (بمكتبه): a phrase skipCircumstance skips. */
  biFiVenue: boolean;
  /** A venue noun, with an object pronoun allowed (after في: "في مكتبه"). */
  venueNoun: boolean;
  /** A reading with a prefix is a venue noun, with an object pronoun allowed (بمقر، بمكتبه). */
  withPrefixVenue: boolean;
  constructor(word: string) {
    this.verb = triggerVerb(word);
    this.indexedVerb = VERB_INDEX.has(word);
    this.attendance = ATTENDANCE.has(word);
    this.phoneAdverb = PHONE_ADVERBS.has(word);
    this.timeWord = TIME_WORDS.has(word);
    const conjStem = word[0] === "و" || word[0] === "ف" ? word.slice(1) : word;
    this.groupStop = VERBS.has(word) || VERBS.has(conjStem) || (PREPOSITIONS.has(word) && word !== "في") || PRONOUNS.has(word);
    this.topicVerb = VERBS.has(word[0] === "و" ? word.slice(1) : word);
    this.biFiVenue = BI_FI.test(word) && VENUES.has(word.replace(BI_FI, "").replace(OBJECT_PRONOUN, ""));
    this.venueNoun = VENUES.has(word.replace(OBJECT_PRONOUN, "")) || VENUES.has(word);
    this.withPrefixVenue = false;
    const readings = cliticReadings(word);
    let prepPhrase = false;
    for (let i = 0; i < readings.length; i++) {
      const r = readings[i]!;
      const stem = r.stem;
      if (this.nominalEvent === null) this.nominalEvent = NOMINAL_EVENTS.get(stem) ?? NOMINAL_EVENTS.get(stem.replace(OBJECT_PRONOUN_DUAL, "")) ?? null;
      if (this.eventNoun === null) this.eventNoun = NOMINAL_EVENTS.get(stem) ?? NOMINAL_EVENTS.get("ال" + stem) ?? null;
      if (OBJECT_NOUNS.has(stem) || (stem.startsWith("ال") && OBJECT_NOUNS.has(stem.slice(2)))) this.objectNoun = true;
      if (NOMINAL_HEADS.has(stem)) this.nominalHead = true;
      if (EVENT_ANAPHORS.has(stem)) this.eventAnaphor = true;
      if (DUAL_ANAPHORS.has(stem)) this.dualAnaphor = true;
      if (this.eventAnaphor || this.dualAnaphor || PROTAGONIST_ANAPHORS.has(stem) || MINISTER_HEADS.has(stem.startsWith("ال") ? stem.slice(2) : stem)) this.topicLead = true;
      if (COUNTERPART.has(stem)) this.counterpart = true;
      if (DELEGATIONS.has(stem)) this.delegation = true;
      if (MINISTER_HEADS.get(stem) === "plural") this.pluralMinister = true;
      if (r.prefix > 0 && stem.length >= 4 && !stem.startsWith("ال") && (stem.startsWith("ا") || stem.startsWith("ت") || VENUES.has(stem))) prepPhrase = true;
      if (VENUES.has(stem)) {
        if (this.venue < 0) this.venue = r.prefix;
        if (r.prefix > 0 && this.prefixedVenue < 0) this.prefixedVenue = r.prefix;
      }
      if (r.prefix > 0 && (VENUES.has(stem) || VENUES.has(stem.replace(OBJECT_PRONOUN, "")))) this.withPrefixVenue = true;
    }
    // the other side as a pronoun before the topic: "وبحث معه سبل …"
    if (this.timeWord || WITH_PRONOUN.test(word)) this.topicLead = true;
    this.groupBreak = (PREP_START.test(word) && !word.startsWith("ال") && prepPhrase) || this.prefixedVenue >= 0;
  }
}

/** The facts of a word, computed once for all the flag tests below (asked one after another for a new word). */
let flagWord: string | null = null;
let flagFacts: WordFacts | null = null;
function factsOfWord(word: string): WordFacts {
  if (flagFacts === null || word !== flagWord) { flagFacts = new WordFacts(word); flagWord = word; }
  return flagFacts;
}
const WORD_FACTS = new WordFactKind(factsOfWord);
/** Word flags (docFlags) for the token loops over whole sentences: most tokens are none of these. */
const TRIGGER_VERB = wordFlag((word) => factsOfWord(word).verb !== null);
const NOMINAL = wordFlag((word) => { const f = factsOfWord(word); return f.nominalEvent !== null || f.nominalHead; });
const ANAPHOR = wordFlag((word) => { const f = factsOfWord(word); return f.eventAnaphor || f.dualAnaphor; });
const ATTENDANCE_WORD = wordFlag((word) => factsOfWord(word).attendance);
const VENUE_WORD = wordFlag((word) => factsOfWord(word).venue >= 0);
const EVENT_NOUN = wordFlag((word) => factsOfWord(word).eventNoun !== null);
const PHONE_ADVERB = wordFlag((word) => factsOfWord(word).phoneAdverb);
const OBJECT_OR_VERB = wordFlag((word) => { const f = factsOfWord(word); return f.objectNoun || f.indexedVerb; });
const has = (c: Scan, k: number, flag: number): boolean => (c.flags[k]! & flag) !== 0;

/**
 * `gazetteer.matchAt` for the phrase lists of the trigger lexicon (TOPIC_INTROS, TOPIC_STOPS, MEDIA,
 * PLANNED, TIME_PHRASES, GROUP_QUANTIFIERS): at a token no phrase of theirs starts at (PHRASE_START
 * unset: most tokens) it is null, told by the token's flags without a call.
 */
function phraseAt<T>(c: Scan, gazetteer: Gazetteer<T>, k: number, clitics: boolean, limit: number): GazetteerMatch<T> | null {
  return k < c.flags.length && (c.flags[k]! & PHRASE_START) !== 0 ? gazetteer.matchAt(c.toks, k, clitics, limit) : null;
}

/** The facts of token k's word (kept on its shared Word). */
function factsAt(c: Scan, k: number): WordFacts {
  return WORD_FACTS.of(c.docWords[k]!);
}

// --- the per-document context ----------------------------------------------------------------------

/** The per-token tables of Scan, reused from one document to the next (see reused.ts, sparse-slots.ts): set only through them. */
const PERSON_AT = new SparseSlots<Ref>();
const PERSON_COVER = new SparseSlots<Ref>();
const ORG_AT = new SparseSlots<Ref>();
const PLACE_START = new ReusedBytes();
const PLACE_TOK = new ReusedBytes();
const DATE_TOK = new ReusedBytes();

/** Who and what stands where in one document: built once, read by every rule. */
class Scan {
  doc: Doc;
  toks: Token[];
  facts: EntityFacts;
  /** The longest person reference starting at each token. */
  personAt: Array<Ref | undefined>;
  /** The (last listed) person reference covering each token. */
  personCover: Array<Ref | undefined>;
  orgAt: Array<Ref | undefined>;
  placeStart: Uint8Array;
  placeTok: Uint8Array;
  dateTok: Uint8Array;
  /** The place named at each token where one starts. */
  placeAt: Map<number, string>;
  datesBySentence: Map<number, DateFact[]>;
  /** The first dated date of each paragraph. */
  paragraphDate: Map<number, string>;
  /** The dateline's date: the first full date in the first paragraph. */
  datelineDate: string | null;
  drafts: Draft[];
  /** The document's ministerial groups, found once when first asked for. */
  groups: Ref[] | null;
  /** The shared Word of each token (docWords): factsAt reads its facts there. */
  docWords: Word[];
  /** Word flags of each token (docFlags). */
  flags: Int32Array;

  constructor(doc: Doc, facts: EntityFacts) {
    const n = doc.tokens.length + 2;
    this.doc = doc;
    this.toks = doc.tokens;
    this.facts = facts;
    this.personAt = PERSON_AT.reset(n);
    this.personCover = PERSON_COVER.reset(n);
    this.orgAt = ORG_AT.reset(n);
    this.placeStart = PLACE_START.reset(n);
    this.placeTok = PLACE_TOK.reset(n);
    this.dateTok = DATE_TOK.reset(n);
    this.placeAt = new Map();
    this.datesBySentence = new Map();
    this.paragraphDate = new Map();
    this.datelineDate = null;
    this.drafts = [];
    this.groups = null;
    this.docWords = docWords(doc);
    this.flags = docFlags(doc);
    this.indexPeople();
    this.indexPlaces();
    this.indexDates();
  }

  private indexPeople(): void {
    const { ministers, people, organizations } = this.facts;
    for (let i = 0; i < ministers.length; i++) {
      const m = ministers[i]!;
      const spans = m.extents ?? m.spans;
      for (let k = 0; k < spans.length; k++) this.addPerson(spans[k]!, m.name, m.country);
    }
    for (let i = 0; i < people.length; i++) {
      const p = people[i]!;
      const spans = p.extents ?? p.spans;
      for (let k = 0; k < spans.length; k++) this.addPerson(spans[k]!, p.name, undefined);
    }
    for (let i = 0; i < organizations.length; i++) {
      const o = organizations[i]!;
      for (let k = 0; k < o.spans.length; k++) {
        const s = o.spans[k]!;
        ORG_AT.set(s.first, new Ref("organization", o.name, o.country ?? null, s.first, s.last));
      }
    }
  }

  private indexPlaces(): void {
    const places = this.facts.places;
    for (let i = 0; i < places.length; i++) {
      const p = places[i]!;
      for (let k = 0; k < p.spans.length; k++) {
        const s = p.spans[k]!;
        this.placeAt.set(s.first, p.name);
        this.placeStart[s.first] = 1;
        for (let t = s.first; t < s.last; t++) this.placeTok[t] = 1;
      }
    }
  }

  private indexDates(): void {
    const dates = this.facts.dates;
    for (let i = 0; i < dates.length; i++) {
      const d = dates[i]!;
      const si = this.doc.sentenceOf[d.span.first]!;
      const l = this.datesBySentence.get(si);
      if (l) l.push(d); else this.datesBySentence.set(si, [d]);
      for (let t = d.span.first; t < d.span.last; t++) this.dateTok[t] = 1;
      if (!d.value) continue;
      const paragraph = this.doc.sentences[si]!.paragraph;
      if (!this.paragraphDate.has(paragraph)) this.paragraphDate.set(paragraph, d.value);
      if (this.datelineDate === null && paragraph === 0 && !d.value.startsWith("XXXX")) this.datelineDate = d.value;
    }
  }

  private addPerson(s: Span, name: string, country: string | null | undefined): void {
    const ref = new Ref("person", name, country, s.first, s.last);
    const cur = this.personAt[s.first];
    if (!cur || cur.last < s.last) PERSON_AT.set(s.first, ref);
    for (let k = s.first; k < s.last; k++) PERSON_COVER.set(k, ref);
  }
}

const hasName = (refs: Ref[], name: string): boolean => {
  for (let i = 0; i < refs.length; i++) if (refs[i]!.name === name) return true;
  return false;
};

/** Adds topics not yet listed. */
const addTopics = (to: string[], topics: string[]): void => {
  for (let i = 0; i < topics.length; i++) if (!to.includes(topics[i]!)) to.push(topics[i]!);
};

// --- references ------------------------------------------------------------------------------------

/** A reference (person, then organization) that starts at i, extended over a following name. */
function refStartingAt(c: Scan, i0: number): Ref | null {
  const toks = c.toks;
  // honorifics before a reference belong to it (معالي وزير الداخلية …), and so does a word of courtesy
  // kinship (مع أخيه معالي الشيخ X)
  let i = i0;
  if (c.personAt[i] === undefined && toks[i]?.kind === "word" && COURTESY_KIN.has(toks[i]!.text)) i++;
  for (let n = 0; n < 4 && c.personAt[i] === undefined; n++) {
    const h = HONORIFICS.matchAt(toks, i, true);
    if (!h) break;
    i = h.last;
  }
  if (c.personAt[i] === undefined) i = i0;
  const cover = c.personCover[i];
  const p = c.personAt[i] ?? (cover && cover.first <= i ? cover : undefined);
  if (p) {
    // a title span followed by the name span of the same person: take both
    let last = p.last;
    for (;;) {
      const nx = c.personAt[isComma(toks, last) ? last + 1 : last];
      if (nx && nx.name === p.name) last = nx.last; else break;
    }
    return refOver(p, i, last);
  }
  return c.orgAt[i] ?? null;
}

/** Noun phrase for a group of people or a body with no named person: "عدد من مساعدي الوزير والقيادات الأمنية". */
function groupAt(c: Scan, i: number, limit: number): Ref | null {
  const toks = c.toks;
  let j = i;
  const q = phraseAt(c, GROUP_QUANTIFIERS, j, false, limit);
  if (q) j = q.last;
  const start = j;
  let k = j;
  while (k < limit && k - start < 10) {
    const t = toks[k]!;
    if (t.kind !== "word") break;
    if (k > start && t.newlineBefore) break;
    if (phraseAt(c, TOPIC_INTROS, k, false, limit) || phraseAt(c, TOPIC_STOPS, k, true, limit)) break;
    const w = t.text;
    if (factsAt(c, k).groupStop || isAlaPreposition(c.doc, k)) break;
    if (w === "في") {
      // "قيادة الأمن في البادية": keep a short place complement
      const nx = toks[k + 1];
      if (!nx || nx.kind !== "word" || k === start) break;
      if (!(c.placeStart[k + 1] === 1 || countryAt(toks, k + 1))) break;
      k += 2;
      continue;
    }
    if (k > start && factsAt(c, k).groupBreak) break;
    // a definite word followed by an indefinite one starts a new phrase (الإدارة | آلية تطوير العمل)
    if (k > start && isDefinite(c.doc, k - 1) && !isDefinite(c.doc, k) && !DEFINITE_PREP.test(w)) break;
    k++;
  }
  if (k === start) return null;
  // a bare definite head noun (الإدارة، الوزارة) names no one
  if (k - start === 1 && toks[start]!.text.startsWith("ال")) return null;
  return new Ref("group", originalText(c.doc, start, k), undefined, i, k);
}

/** Skip what may stand between a verb's subject and its object: commas, dates, "in <place>", time words. */
function skipCircumstance(c: Scan, k: number, limit: number): number {
  const toks = c.toks;
  for (let n = 0; n < 8 && k < limit; n++) {
    const t = toks[k]!;
    // a date or a place is one step however many words it has ("يوم الأحد 12 مارس 2023م")
    if (c.dateTok[k] === 1 || c.placeTok[k] === 1) { while (k < limit && (c.dateTok[k] === 1 || c.placeTok[k] === 1)) k++; continue; }
    if (isComma(toks, k) || factsAt(c, k).timeWord) { k++; continue; }
    const tp = phraseAt(c, TIME_PHRASES, k, true, limit);
    if (tp) { k = FRAME_HEADS.has(toks[tp.last - 1]!.text) ? eventPhraseEnd(c, tp.last, limit) : tp.last; continue; }
    // the subject's own title in apposition: "تميم بن حمد أمير البلاد المفدى بمكتبه …"
    if (n === 0 && c.personAt[k] === undefined && (TITLE_HEADS.has(t.text) || PERSON_TITLES.matchAt(toks, k, false, limit))) {
      let e = k + 1;
      while (e < limit && e - k <= 4 && toks[e]!.kind === "word" && c.personAt[e] === undefined && c.placeTok[e] !== 1 && !BI_FI.test(toks[e]!.text)) e++;
      k = e;
      continue;
    }
    // a short phrase bounded by commas: "في مكتبه في اليرزة،"
    if (t.text === "في" || factsAt(c, k).biFiVenue) {
      let e = k + 1;
      while (e < limit && e - k <= 5 && toks[e]!.kind === "word" && c.personAt[e] === undefined) e++;
      if (e < limit && isComma(toks, e) && e - k <= 5) { k = e + 1; continue; }
    }
    if ((t.text === "في" || t.text === "الي" || t.text === "من") && (c.placeTok[k + 1] === 1 || c.dateTok[k + 1] === 1)) { k++; continue; }
    // "يوم 15 جانفي": the day word before a date the date does not include
    if ((t.text === "يوم" || t.text === "ويوم") && c.dateTok[k + 1] === 1) { k++; continue; }
    // a country named as the venue: "في تونس", "بالكويت" (a name, not an adjective)
    const venueCountry = t.text === "في" ? countryNameAt(toks, k + 1, limit) : BI_FI.test(t.text) ? countryNameAt(toks, k, limit) : null;
    if (venueCountry && (t.text === "في" || venueCountry.prefix === 1)) { k = venueCountry.last; continue; }
    // a venue phrase: في مقر وزارة الدفاع، بقصر الإليزيه
    const venue = t.text === "في" ? k + 1 < toks.length && factsAt(c, k + 1).venueNoun : factsAt(c, k).withPrefixVenue;
    if (venue) {
      let e = k + 1;
      while (e < limit && toks[e]!.kind === "word" && e - k < 10 && !factsAt(c, e).timeWord && c.personAt[e] === undefined) e++;
      k = e;
      continue;
    }
    break;
  }
  return k;
}

/**
 * The end of the event a frame phrase names ("على هامش اجتماعات مجلس وزراء الداخلية العرب"): its
 * words up to a comma, a person, a counterpart, a place, a date, a time word or في (at most 8).
 */
function eventPhraseEnd(c: Scan, k: number, limit: number): number {
  const start = k;
  while (k < limit && k - start < 8) {
    if (c.toks[k]!.kind !== "word" || c.toks[k]!.text === "في" || c.personAt[k] !== undefined || c.placeTok[k] === 1 || c.dateTok[k] === 1) break;
    const f = factsAt(c, k);
    if (f.counterpart || f.timeWord) break;
    k++;
  }
  return k;
}

/** The country name (not an adjective) that starts at token k and ends before `limit`, or null. */
function countryNameAt(toks: Token[], k: number, limit: number): CountryAt | null {
  if (k >= limit) return null;
  const ct = countryAt(toks, k);
  return ct && ct.first === k && ct.last <= limit && !ct.adjective ? ct : null;
}

/** The other side starting at token j (after a marker), with a prefix clitic allowed. */
const otherAt = (c: Scan, j: number, limit: number): Ref | null => refStartingAt(c, j) ?? groupAt(c, j, limit);

/** The first-listed of a fact's earliest extents. */
function firstSpan(spans: Span[]): Span {
  let best = spans[0]!;
  for (let i = 1; i < spans.length; i++) if (spans[i]!.first < best.first) best = spans[i]!;
  return best;
}

/** A person fact's reference at its first mention. */
function firstRef(c: Scan, m: { name: string; spans: Span[]; extents?: Span[] }): Ref {
  const first = firstSpan(m.extents ?? m.spans);
  return refStartingAt(c, first.first) ?? new Ref("person", m.name, undefined, first.first, first.last);
}

/** The subject of the last report read ("استقبل X … كما استقبل سموه …": سموه is X), else null. */
function lastSubject(c: Scan): Ref | null {
  const d = c.drafts[c.drafts.length - 1];
  return d !== undefined && d.participants.length > 0 ? d.participants[0]! : null;
}

/** The person the article is about: the first minister named, else the first person. */
function protagonist(c: Scan): Ref | null {
  const m = c.facts.ministers[0] ?? c.facts.people[0];
  return m ? firstRef(c, m) : null;
}

const isCounterpartRef = (c: Scan, r: Ref): boolean => {
  const t = c.toks[r.first];
  return t !== undefined && t.kind === "word" && factsAt(c, r.first).counterpart;
};

/** A title phrase that leads to a person named a few words later: "رئيس بعثة اليونيفيل وقائدها العام الجنرال X". */
function personAfterTitle(c: Scan, k: number, limit: number): Ref | null {
  const toks = c.toks;
  const t = toks[k];
  if (!t || t.kind !== "word") return null;
  if (!(TITLE_HEADS.has(t.text) || PERSON_TITLES.matchAt(toks, k, true, limit))) return null;
  for (let e = k + 1; e < limit && e - k <= 10; e++) {
    const w = toks[e]!;
    if (w.kind === "punct") return null;
    if (c.personAt[e] !== undefined) { const r = refStartingAt(c, e); return r ? refOver(r, k, r.last) : null; }
    if (VERBS.has(w.text) || has(c, e, ATTENDANCE_WORD)) return null; // "بحضور X": an attendee, not this title's holder
  }
  return null;
}

/** A title (وزير الخارجية الأمريكي، الأمين العام) starts at token k. */
function titleStartsAt(c: Scan, k: number, limit: number): boolean {
  const t = c.toks[k];
  return t !== undefined && k < limit && t.kind === "word" && (TITLE_HEADS.has(t.text) || PERSON_TITLES.matchAt(c.toks, k, true, limit) !== null || ministerTitleAt(c.doc, k, limit) !== null);
}

/** "الوزيران"، "الجانبان": the pair of the interaction already open, else the first two ministers. */
function dualPair(c: Scan, i: number): [Ref, Ref] | null {
  for (let a = c.drafts.length - 1; a >= 0; a--) {
    const d = c.drafts[a]!;
    if (d.trigger.first < i && d.participants.length === 2) return [d.participants[0]!, d.participants[1]!];
  }
  let m1: EntityFacts["ministers"][number] | null = null;
  for (const m of c.facts.ministers) {
    const spans = m.extents ?? m.spans;
    let before = false;
    for (let k = 0; k < spans.length && !before; k++) before = spans[k]!.first < i;
    if (!before) continue;
    if (!m1) { m1 = m; continue; }
    return [firstRef(c, m1), firstRef(c, m)];
  }
  return null;
}

/** A person named just before the verb in its sentence ("وكان X قد استقبل"). */
function svoSubject(c: Scan, i: number, sFirst: number): Ref | null {
  for (let k = i - 1; k >= Math.max(sFirst, i - 5); k--) {
    if (c.toks[k]!.text === "مع") break;
    const p = coveringRef(c, k);
    if (p) return p;
  }
  return null;
}

/** Tokens a sentence's subject may follow: a conjunction or كان and قد (وكان … قد وصل). */
const SUBJECT_LEADS = new Set(["و", "وكان", "كان", "فيما", "بينما", "قد", "وقد"]);

/** The person who opens the sentence (after SUBJECT_LEADS), when it opens before token i; else null. */
function sentenceSubject(c: Scan, sFirst: number, i: number): Ref | null {
  let k = sFirst;
  while (k < i && SUBJECT_LEADS.has(c.toks[k]!.text)) k++;
  return k < i ? coveringRef(c, k) : null;
}

/** The reference of the person whose name covers token k (from its first word), or null. */
function coveringRef(c: Scan, k: number): Ref | null {
  const p = c.personCover[k];
  return p ? refStartingAt(c, p.first) ?? p : null;
}

/**
 * "وخلال استقباله X، أكد Y": when the noun at i opens its sentence (after at most و/خلال/في), its
 * owner is the first person within 6 tokens after the comma that follows the object (which ends at `after`).
 */
function ownerAfterAside(c: Scan, i: number, sFirst: number, after: number, sLast: number): Ref | null {
  if (i - sFirst > 2) return null;
  for (let k = sFirst; k < i; k++) if (!ASIDE_OPENERS.has(c.toks[k]!.text)) return null;
  let comma = after;
  while (comma < sLast && comma - after < 4 && !isComma(c.toks, comma)) comma++;
  if (comma >= sLast || !isComma(c.toks, comma)) return null;
  for (let k = comma + 1; k < Math.min(sLast, comma + 7); k++) {
    const p = coveringRef(c, k);
    if (p) return p;
  }
  return null;
}

/** "وفداً من الكونغرس الأمريكي برئاسة السيناتور X": the head, else the body, else the delegation itself. */
function delegationAt(c: Scan, k: number, limit: number): Ref | null {
  const toks = c.toks;
  const t = toks[k];
  if (!t || t.kind !== "word" || !factsAt(c, k).delegation) return null;
  // "والوفد المرافق له": the other side's own delegation, not a party of its own
  if (toks[k + 1] && toks[k + 1]!.text.startsWith("المراف")) return null;
  let end = k + 1;
  while (end < limit && end - k < 14 && !isComma(toks, end) && toks[end]!.kind === "word" && !factsAt(c, end).indexedVerb) end++;
  for (let j = k + 1; j < end; j++) {
    if (factsAt(c, j).nominalHead) {
      const p = refStartingAt(c, j + 1) ?? personAfterTitle(c, j + 1, limit);
      if (p) return refOver(p, k, p.last);
    }
  }
  for (let j = k + 1; j < end; j++) {
    const o = c.orgAt[j];
    if (o) return refOver(o, k, o.last);
  }
  return groupAt(c, k, limit);
}

/** The last person named in the 400 tokens before i, other than `except`. */
function lastPersonBefore(c: Scan, i: number, except: string | null): Ref | null {
  for (let k = i - 1; k >= Math.max(0, i - 400); k--) {
    const p = c.personCover[k];
    if (p && p.name !== except) return refStartingAt(c, p.first) ?? p;
  }
  return null;
}

// --- triggers ----------------------------------------------------------------------------------------

/** The type an object noun gives the family ("عقد اجتماعا"), reading through clitics and the article. */
function objectType(objects: Map<string, InteractionType>, word: string): InteractionType | undefined {
  const readings = cliticReadings(word);
  for (let i = 0; i < readings.length; i++) {
    const stem = readings[i]!.stem;
    const hit = objects.get(stem) ?? objects.get(stem.startsWith("ال") ? stem.slice(2) : stem);
    if (hit) return hit;
  }
  return undefined;
}

/** The first reading with one prefix unit (بـ، لـ …), if any. */
function oneUnitReading(word: string): string | null {
  const readings = cliticReadings(word);
  for (let i = 0; i < readings.length; i++) if (readings[i]!.prefix === 1) return readings[i]!.stem;
  return null;
}

/** A subject found after the verb, and where what follows it starts. */
class Subject {
  ref: Ref | null = null;
  after: number;
  /** A second subject from a dual anaphor ("الوزيران"). */
  pairedWith: Ref | null = null;
  afterVerb = false;
  constructor(after: number) { this.after = after; }
}

/** The subject between the verb at i and `bound` (VSO), stopping at مع/من or a counterpart. */
function subjectAfterVerb(c: Scan, i: number, bound: number): Subject {
  const toks = c.toks;
  const sub = new Subject(i + 1);
  for (let k = i + 1; k < bound; k++) {
    const t = toks[k]!;
    if (t.kind === "punct" && !isComma(toks, k)) break;
    const w = t.text;
    if (w === "مع" || w === "من") break;
    // (not the title of a person named right there: "استقبل الوزير الأول X")
    if (PROTAGONIST_ANAPHORS.has(w) && c.personAt[k] === undefined) { sub.ref = lastSubject(c) ?? protagonist(c); sub.after = k + 1; break; }
    if (DUAL_ANAPHORS.has(w)) {
      const pair = dualPair(c, i);
      if (pair) { sub.ref = pair[0]; sub.pairedWith = pair[1]; sub.after = k + 1; break; }
    }
    const r = refStartingAt(c, k);
    if (r && isCounterpartRef(c, r)) break; // "يلتقي نظيره …": the counterpart is the object
    if (r) { sub.ref = r; sub.after = r.last; sub.afterVerb = true; break; }
    const cover = c.personCover[k];
    if (cover) { sub.ref = refStartingAt(c, cover.first); sub.after = cover.last; sub.afterVerb = true; break; }
    if (k > i + 3 && !sub.ref) break;
  }
  return sub;
}

/** The other side after the subject: the direct object, or a person after a marker (مع، بـ، من). */
function otherSide(c: Scan, fam: Family, after: number, window: number, subjectName: string | undefined, others: Ref[]): number {
  const toks = c.toks;
  let otherEnd = after;
  if (fam.direct) {
    const at = pastEachOf(toks, skipCircumstance(c, after, window));
    const r = refStartingAt(c, at) ?? personAfterTitle(c, at, window) ?? delegationAt(c, at, window);
    if (r && r.name !== subjectName) { others.push(r); otherEnd = r.last; }
  }
  for (let k = after; k < window && others.length === 0; k++) {
    const w = toks[k]!;
    if (w.kind === "punct" && !isComma(toks, k) && w.text !== "(" && w.text !== ")") break;
    if (w.kind !== "word") continue;
    for (let m = 0; m < fam.other.length; m++) {
      const marker = fam.other[m]!;
      if (!marker) continue;
      if (w.text === marker) {
        const r = otherAt(c, skipCircumstance(c, k + 1, window), window);
        if (r && r.name !== subjectName) { others.push(r); otherEnd = r.last; }
      } else if (marker.length === 1 && w.text[0] === marker) {
        const stem = oneUnitReading(w.text);
        if (stem !== null && !VENUES.has(stem)) {
          const r = refStartingAt(c, k);
          if (r && r.name !== subjectName) { others.push(r); otherEnd = r.last; }
        }
      }
      if (others.length) break;
    }
    if (k > after + 8) break;
  }
  // a second person coordinated with the first: "مع X وY"
  for (let n = 0; n < 6 && others.length; n++) {
    const at = isComma(toks, otherEnd) ? otherEnd + 1 : otherEnd;
    const t = toks[at];
    if (!t || t.kind !== "word" || t.text[0] !== "و") break;
    const r = refStartingAt(c, at);
    if (!r || r.kind !== others[0]!.kind || hasName(others, r.name)) break;
    others.push(r);
    otherEnd = r.last;
  }
  return otherEnd;
}

/** The word مع stands in tokens from … to − 1. */
function withBefore(toks: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (toks[k]!.text === "مع") return true;
  return false;
}

/** Past "كلا من" / "كل من" (each of) before a list of objects: "استقبل X كلا من A وB". */
function pastEachOf(toks: readonly Token[], at: number): number {
  const w = toks[at]?.text;
  return (w === "كلا" || w === "كل") && toks[at + 1]?.text === "من" ? at + 2 : at;
}

/** Adds a reference unless one of the same name is listed. */
const addRef = (to: Ref[], r: Ref | null): void => { if (r && !hasName(to, r.name)) to.push(r); };

function readTrigger(c: Scan, fam: Family, verb: string, i: number, sFirst: number, sLast: number, sIndex: number): Draft | null {
  const toks = c.toks;
  const window = Math.min(sLast, i + 45);
  // object noun (when the family needs one): within the clause after the verb
  let type: InteractionType | undefined = fam.types?.get(verb) ?? fam.type;
  let objectAt = -1;
  if (fam.objects) {
    // (within 30 tokens that are not a person's: long names and titles may come first)
    for (let k = i + 1, read = 0; k < window && read < 30; k++) {
      if (c.personCover[k]) continue;
      read++;
      const w = toks[k]!;
      if (w.kind !== "word" || !has(c, k, OBJECT_OR_VERB)) continue;
      const f = factsAt(c, k);
      const hit = f.objectNoun ? objectType(fam.objects, w.text) : undefined;
      if (hit) { type = hit; objectAt = k; break; }
      if (f.indexedVerb && k > i + 1) break;
    }
    if (!type) return null;
  }
  if (!type) return null;
  // phone adverb makes talks a call (بحث هاتفيا مع)
  for (let k = i + 1; k < window; k++) if (has(c, k, PHONE_ADVERB)) { if (type === "talks") type = "call"; break; }
  // subject
  const sub = subjectAfterVerb(c, i, objectAt > 0 ? objectAt : window);
  let subject = sub.ref;
  let after = sub.after;
  let subjectAfterVerbAt = sub.afterVerb;
  if (!subject && fam.multilateral && objectAt > 0) {
    // "وشارك في الاجتماع وزير الداخلية العماني X": the subject follows the event
    for (let k = objectAt + 1; k < Math.min(window, objectAt + 4); k++) {
      const r = c.personAt[k] !== undefined ? refStartingAt(c, k) : null;
      if (r) { subject = r; subjectAfterVerbAt = true; break; }
    }
  }
  // a possessed verbal noun (على هامش مشاركته في …) belongs to the subject of the report before it in the sentence
  if (!subject && POSSESSED_NOUN.test(verb)) {
    const before = c.drafts[c.drafts.length - 1];
    if (before && before.sentence === sIndex) subject = before.participants[0] ?? null;
  }
  if (!subject) subject = svoSubject(c, i, sFirst);
  if (!subject) {
    // a pronoun subject: the subject of its sentence ("وكان X قد وصل إلى القاهرة حيث سيشارك في …"),
    // else the person the article is about ("أنه تلقى"، "وقال أثناء مشاركته")
    subject = sentenceSubject(c, sFirst, i) ?? protagonist(c) ?? lastPersonBefore(c, i, null);
    after = i + 1;
  }
  // a coordinated second subject: "عقد رئيس الوزراء X ورئيس الوزراء العراقي Y جلسة مباحثات"
  let coSubject2: Ref | null = null;
  if (subject && toks[after] && toks[after]!.kind === "word" && startsWithConjunction(toks[after]!.text)) {
    const r2 = refStartingAt(c, after);
    if (r2 && r2.name !== subject.name && r2.kind === "person") { coSubject2 = r2; after = r2.last; }
  }
  const coSubjects = (sub.pairedWith ? 1 : 0) + (coSubject2 ? 1 : 0);
  const others: Ref[] = [];
  // "عقد X مع Y جلسة مباحثات": the other side may stand before the object noun
  if (objectAt > after && withBefore(toks, after, objectAt)) otherSide(c, fam, after, objectAt, subject?.name, others);
  if (objectAt > after) after = objectAt + 1;
  // skip the object noun's own modifiers (اجتماعا موسعا، اتصالا هاتفيا)
  while (after < window && toks[after]!.kind === "word" && has(c, after, PHONE_ADVERB)) after++;
  // other side
  const otherEnd = others.length > 0 ? after : otherSide(c, fam, after, window, subject?.name, others);
  // "أن يستقبله الرئيس التركي X": the object is a pronoun for the last person named before the verb
  if (fam.pronounObject && subject && others.length === 0) {
    const obj = lastPersonBefore(c, i, subject.name);
    if (obj) others.push(obj);
  }
  // "حيث التقى رئيس الحكومة X": the one person after the verb is its object; the subject is implied
  // (not when a title follows that person: "استقبل الرئيس X وزير الخارجية الأمريكي" names its object, unnamed)
  // (nor when a title follows the person directly and no one is named after it: "استقبل أمير البلاد X ولي العهد."
  // names an unnamed object)
  if (others.length === 0 && fam.direct && subject && subjectAfterVerbAt && coSubjects === 0 && !titleStartsAt(c, skipCircumstance(c, after, window), window) && !titleStartsAt(c, after, window)) {
    const implied = svoSubject(c, i, sFirst) ?? (fam.noun ? ownerAfterAside(c, i, sFirst, after, sLast) : null) ?? protagonist(c);
    if (implied && implied.name !== subject.name) { others.push(subject); subject = implied; }
  }
  // "وزار جامعة الملك سعود": a body right after a visit verb is what was visited, the visitor is implied
  if (type === "visit" && subject && subject.kind === "organization" && subjectAfterVerbAt && coSubjects === 0) {
    const implied = svoSubject(c, i, sFirst) ?? protagonist(c);
    if (!implied) return null;
    others.unshift(subject);
    subject = implied;
  }
  if (fam.requireOther && others.length === 0 && coSubjects === 0) return null;
  const participants: Ref[] = [];
  addRef(participants, subject);
  addRef(participants, sub.pairedWith);
  addRef(participants, coSubject2);
  for (let k = 0; k < others.length; k++) addRef(participants, others[k]!);
  if (participants.length === 0) return null;
  if (participants.length < 2 && !fam.multilateral && type !== "visit") return null;
  // "الوفد المرافق له الذي يزور البلاد": a visit in a relative clause describes a guest, it is no event
  if (participants.length < 2 && type === "visit" && i > sFirst && RELATIVES.has(toks[i - 1]!.text)) return null;
  // "اجتماع الوزراء …" after شارك/ترأس: a ministerial council is a conference
  if (fam.multilateral && type === "meeting" && objectAt > 0) {
    for (let k = objectAt + 1; k < Math.min(window, objectAt + 8); k++) {
      if (factsAt(c, k).pluralMinister) { type = "conference"; break; }
    }
  }
  const d = new Draft(type, participants, isPlanned(c, verb, i, sFirst), sIndex, i, fam.multilateral);
  if (fam.initiatorIsOther && others[0]) d.initiator = others[0].name;
  else if (fam.initiatorIsSubject && subject) d.initiator = subject.name;
  // "بحث X سبل التعاون مع Y، والوفد المرافق لها": the topic stands between the subject and مع
  const withAt = others.length > 0 ? others[0]!.first - 1 : -1;
  // (past an aside between commas: "ناقش X، بمكتبه في مقر الوزارة أمس، مع Y أوجه العلاقات" has none there)
  if (fam.id === "discuss" && withAt > after && toks[withAt]!.text === "مع") {
    let from = after;
    if (isComma(toks, from)) for (let k = ++from; k < withAt; k++) if (isComma(toks, k)) from = k + 1;
    if (from < withAt) d.topics = topicsFrom(c, from, withAt, true, d.topicSpan);
  }
  if (d.topics.length === 0) d.topics = topicsFrom(c, fam.id === "discuss" ? otherEnd : Math.max(otherEnd, after), sLast, fam.id === "discuss", d.topicSpan);
  readCircumstances(c, d, sFirst, sLast, sIndex);
  return d;
}

function isPlanned(c: Scan, verb: string, i: number, sFirst: number): boolean {
  if (FUTURE.test(verb)) return true;
  // an imperfect verb with a future date: "تلتقي نظيرها … الأسبوع المقبل"
  if (IMPERFECT.test(verb)) {
    const ds = c.datesBySentence.get(c.doc.sentenceOf[i]!);
    if (ds) for (let k = 0; k < ds.length; k++) if (NEXT_TIME.test(ds[k]!.text)) return true;
  }
  for (let k = Math.max(sFirst, i - 5); k < i; k++) if (phraseAt(c, PLANNED, k, true, i)) return true;
  return false;
}

/** Verb triggers, sentence by sentence: the first family of a verb that yields an interaction. */
function readTriggers(c: Scan): void {
  const toks = c.toks;
  const flags = c.flags;
  for (const s of c.doc.sentences) {
    for (let i = s.first; i < s.last; i++) {
      // (the flag first: most tokens are no trigger verb, and their Token is not read)
      if ((flags[i]! & TRIGGER_VERB) === 0 || toks[i]!.kind !== "word") continue;
      const verb = factsAt(c, i).verb;
      if (verb === null) continue;
      const fams = VERB_FAMILIES.get(verb)!;
      for (let f = 0; f < fams.length; f++) {
        const d = readTrigger(c, fams[f]!, verb, i, s.first, s.last, s.index);
        if (d) { c.drafts.push(d); break; }
      }
    }
  }
}

const groupsOf = (c: Scan): Ref[] => (c.groups ??= ministerialGroups(c.doc));

/** The sentences that already have a report. */
function sentencesWithDrafts(c: Scan): Set<number> {
  const out = new Set<number>();
  for (const d of c.drafts) out.add(d.sentence);
  return out;
}

/** Nominal events: "انطلقت أعمال الدورة … برئاسة X، وبمشاركة Y وZ" in sentences with no trigger. */
function readNominalEvents(c: Scan): void {
  const withDraft = sentencesWithDrafts(c);
  for (const s of c.doc.sentences) {
    if (withDraft.has(s.index)) continue;
    let type: InteractionType | null = null;
    let headAt = -1;
    for (let k = s.first; k < s.last && (type === null || headAt < 0); k++) {
      if ((c.flags[k]! & NOMINAL) === 0) continue;
      const f = factsAt(c, k);
      if (type === null && f.nominalEvent !== null) type = f.nominalEvent;
      if (headAt < 0 && f.nominalHead) headAt = k;
    }
    if (!type || headAt < 0) continue;
    const people: Ref[] = [];
    for (let k = headAt; k < s.last; k++) {
      const r = c.personAt[k] !== undefined ? refStartingAt(c, k) : null;
      if (r && !hasName(people, r.name)) { people.push(r); k = r.last - 1; }
    }
    if (people.length < 2) continue;
    // ministers meeting as a body (وزراء الداخلية العرب) make it a conference
    if (type === "meeting" && groupsOf(c).some((g) => g.first >= s.first && g.first < s.last)) type = "conference";
    const d = new Draft(type, people, false, s.index, headAt, true);
    readCircumstances(c, d, s.first, s.last, s.index);
    c.drafts.push(d);
  }
}

/**
 * An event noun with بين right after it, in a sentence with no trigger: "جرى اتصال هاتفي بين X وY"،
 * "عقدت جلسة مباحثات بين X وY" (BETWEEN_EVENTS): an interaction of the people named after بين.
 */
function readEventsBetween(c: Scan): void {
  const toks = c.toks;
  const withDraft = sentencesWithDrafts(c);
  for (const s of c.doc.sentences) {
    if (withDraft.has(s.index)) continue;
    for (let k = s.first; k < s.last; k++) {
      if (toks[k]!.text !== "بين") continue;
      // the noun right before بين, or before one adjective (اتصال هاتفي، اللقاء الثنائي: the same article)
      let type: InteractionType | undefined;
      let eventAt = -1;
      for (let e = k - 1; e >= Math.max(s.first, k - 2) && type === undefined; e--) {
        const w = toks[e]!.text;
        if (e < k - 1 && w.startsWith("ال") !== toks[k - 1]!.text.startsWith("ال")) break;
        type = BETWEEN_EVENTS.get(w) ?? (w[0] === "و" ? BETWEEN_EVENTS.get(w.slice(1)) : undefined);
        eventAt = e;
      }
      if (type === undefined) continue;
      // the people after بين: X وY (X، وY)
      const people: Ref[] = [];
      let at = k + 1;
      for (let n = 0; n < 6 && at < s.last; n++) {
        const r = refStartingAt(c, at);
        if (!r || hasName(people, r.name)) break;
        people.push(r);
        at = isComma(toks, r.last) ? r.last + 1 : r.last;
        if (toks[at]?.kind !== "word" || toks[at]!.text[0] !== "و") break;
      }
      if (people.length < 2) continue;
      const d = new Draft(type, people, false, s.index, eventAt, false);
      d.topics = topicsFrom(c, at, s.last, false, d.topicSpan);
      readCircumstances(c, d, s.first, s.last, s.index);
      c.drafts.push(d);
      break;
    }
  }
}

// --- topics ------------------------------------------------------------------------------------------

/**
 * The topics of a report, from token `from`: right there (`direct`), else after a topic intro
 * (وبحثا، تناول). `span` receives the tokens the topics were read over (-1, -1 when none).
 */
function topicsFrom(c: Scan, from: number, to: number, direct: boolean, span?: Span): string[] {
  const toks = c.toks;
  let k = from;
  if (isComma(toks, k)) k = direct ? afterAside(c, k + 1, to) : k + 1;
  if (direct) k = pastVenueAndTime(c, k, to);
  let started = direct;
  if (!started) {
    for (; k < to; k++) {
      const intro = phraseAt(c, TOPIC_INTROS, k, true, to);
      if (intro) { k = intro.last; started = true; break; }
    }
  }
  if (!started) return [];
  return splitTopics(c, pastEventClause(c, k, to), to, span);
}

/** Past a venue or a time standing before a discussion's topic: "في باريس"، "في تونس"، "اليوم"، "يوم الأحد". */
function pastVenueAndTime(c: Scan, k: number, to: number): number {
  for (let n = 0; n < 4 && k < to; n++) {
    if (c.dateTok[k] === 1 || factsAt(c, k).timeWord) { k++; continue; }
    if (c.toks[k]!.text !== "في") break;
    if (c.placeTok[k + 1] === 1) {
      k++;
      while (k < to && c.placeTok[k] === 1) k++;
      continue;
    }
    const country = countryNameAt(c.toks, k + 1, to);
    if (!country) break;
    k = country.last;
  }
  return k;
}

/**
 * After the comma at k − 1, the token after an aside that tells when or how, closed by a comma
 * ("، في اتصال هاتفي اليوم الثلاثاء، تطورات …"): a phrase of at most 8 words from في or خلال that
 * holds a date, a time word or a phone adverb. Else k.
 */
function afterAside(c: Scan, k: number, to: number): number {
  const t = c.toks[k];
  if (!t || (t.text !== "في" && t.text !== "خلال")) return k;
  let telling = false;
  for (let e = k + 1; e < to && e - k <= 8; e++) {
    if (isComma(c.toks, e)) return telling ? e + 1 : k;
    if (c.toks[e]!.kind === "punct") return k;
    if (c.dateTok[e] === 1 || factsAt(c, e).timeWord || has(c, e, PHONE_ADVERB)) telling = true;
  }
  return k;
}

/** What stands before a topic and is not one: the speakers, "خلال اللقاء", time words, "أيضاً". */
function skipTopicLead(c: Scan, a: number, end: number): number {
  const toks = c.toks;
  for (let n = 0; n < 12 && a < end; n++) {
    const t = toks[a]!;
    if (t.kind === "punct") { a++; continue; }
    const p = c.personCover[a];
    if (p) { a = Math.max(a + 1, refStartingAt(c, p.first)?.last ?? a + 1); continue; }
    if (factsAt(c, a).topicLead) { a++; continue; }
    if (t.text === "خلال" || t.text === "خلاله" || t.text === "خلالها") { a++; continue; }
    const tp = phraseAt(c, TIME_PHRASES, a, true, end);
    if (tp) { a = tp.last; continue; }
    const h = HONORIFICS.matchAt(toks, a, true, end);
    if (h) { a = h.last; continue; }
    const mt = ministerTitleAt(c.doc, a, end);
    if (mt) { a = mt.last; continue; }
    break;
  }
  return a;
}

/** The topic in [start, end), without its intro and lead, added to `out` when long enough. */
function flushTopic(c: Scan, start: number, end: number, out: string[]): void {
  const toks = c.toks;
  let a = start;
  const intro = phraseAt(c, TOPIC_INTROS, a, true, end);
  if (intro && intro.last < end) a = intro.last;
  a = skipTopicLead(c, a, end);
  let b = end;
  while (b > a && toks[b - 1]!.kind === "punct" && toks[b - 1]!.text !== ")" && toks[b - 1]!.text !== "]") b--;
  if (b - a >= 1 && b - a <= 14) {
    // a conjunction on the first word is not part of the topic (وسبل → سبل), a word that is itself known is (وزير)
    const w = toks[a]!.text;
    const skip = w[0] === "و" && w.length > 3 && !NOT_NAME.has(w) && !MINISTER_HEADS.has(w) && !TITLE_HEADS.has(w) && !GIVEN_NAMES.has(w) ? 1 : 0;
    const topic = originalText(c.doc, a, b, skip);
    if (topic.length > 2) out.push(topic);
  }
}

function splitTopics(c: Scan, k: number, to: number, span?: Span): string[] {
  const toks = c.toks;
  const out: string[] = [];
  if (span) span.first = k;
  let start = k;
  for (; k < to; k++) {
    const t = toks[k]!;
    const comma = isComma(toks, k);
    if (t.kind === "punct" && !comma && t.text !== "(" && t.text !== ")") break;
    if (phraseAt(c, TOPIC_STOPS, k, true, to)) break;
    if (k > start && t.kind === "word" && t.text !== "و" && factsAt(c, k).topicVerb && !phraseAt(c, TOPIC_INTROS, k, true, to)) break;
    if (comma) {
      const nx = toks[k + 1];
      if (nx && nx.kind === "word" && nx.text[0] === "و") { flushTopic(c, start, k, out); start = k + 1; continue; }
      break;
    }
  }
  flushTopic(c, start, k, out);
  if (span) span.last = k;
  return out;
}

// --- circumstances -------------------------------------------------------------------------------------

/** The venue phrase at word token k (a venue word: VENUE_WORD), if any: بمقر X، في قصر X. */
function venuePlaceAt(c: Scan, k: number, sLast: number): string | null {
  const toks = c.toks;
  // a venue noun with a prefix, or after في (a prefixed venue reading is a venue reading)
  const prefix = toks[k - 1]?.text === "في" ? factsAt(c, k).venue : factsAt(c, k).prefixedVenue;
  if (prefix < 0) return null;
  // (up to a closed word, a person, a title or who attends or chairs: "بقصر السيف وزير الداخلية الشيخ X"،
  // "بقصر السيف رئيس مجلس الوزراء"، "في قصر بعبدا برئاسة …")
  let e = k + 1;
  while (e < sLast && toks[e]!.kind === "word" && e - k < 10 && !venueEnds(c, e)) e++;
  return e > k + 1 ? originalText(c.doc, k, e, prefix) : null;
}

/** "برئاسة" (chaired by), normalized. */
const CHAIRED_BY = normKey("برئاسة");

/** Word token e ends a venue phrase. */
function venueEnds(c: Scan, e: number): boolean {
  const w = c.toks[e]!.text;
  return NOT_NAME.has(w) || c.personCover[e] !== undefined || TITLE_HEADS.has(w) || MINISTER_HEADS.has(w) || w === CHAIRED_BY || has(c, e, ATTENDANCE_WORD);
}

/**
 * A report's medium, venue, attendees and date, from its sentence. A place inside its topics
 * (d.topicSpan: "وبحثا الأوضاع في السودان") is what was discussed, and one inside a participant
 * ("قيادة الأمن في البادية") is who: neither is where.
 */
function readCircumstances(c: Scan, d: Draft, sFirst: number, sLast: number, sIndex: number): void {
  const toks = c.toks;
  const flags = c.flags;
  const topics = d.topicSpan;
  const notWhere = (k: number) => (k >= topics.first && k < topics.last) || d.participants.some((p) => k >= p.first && k < p.last);
  // one pass over the sentence: the first medium other than the phone, the first venue phrase, the attendees
  let medium = false;
  for (let k = sFirst; k < sLast; k++) {
    const f = flags[k]!;
    if ((f & (PHRASE_START | VENUE_WORD | ATTENDANCE_WORD)) === 0) continue;
    if (!medium && (f & PHRASE_START) !== 0) {
      const m = MEDIA.matchAt(toks, k, true, sLast);
      if (m && m.values[0] !== "phone") { d.medium = m.values[0]; medium = true; }
    }
    if (d.place === null && (f & VENUE_WORD) !== 0 && toks[k]!.kind === "word" && !notWhere(k)) d.place = venuePlaceAt(c, k, sLast);
    if ((f & ATTENDANCE_WORD) !== 0) attendeesAt(c, d, k, sLast);
  }
  // a call is made from two places: a place its sentence names is the news, not the call's venue
  if (!d.place && d.type !== "call") {
    d.place = firstPlaceIn(c, sFirst, sLast, notWhere);
    // "… في تونس": a country named as the venue (also after a state noun: في مملكة البحرين); a visit's
    // also after إلى (قام بزيارة رسمية إلى إيطاليا)
    for (let k = sFirst; k + 1 < sLast && !d.place; k++) {
      const w = toks[k]!.text;
      if (!(w === "في" || (w === "الي" && d.type === "visit")) || notWhere(k)) continue;
      let ct = countryAt(toks, k + 1);
      if (!ct && isStateNoun(toks[k + 1]) && k + 2 < sLast) ct = countryAt(toks, k + 2);
      if (ct && !ct.adjective) d.place = originalText(c.doc, ct.first, ct.last, ct.prefix);
    }
  }
  // date: the sentence, then its paragraph, then the dateline; a relative word keeps its text
  const ds = c.datesBySentence.get(sIndex);
  let inSentence: string | null = null;
  if (ds) for (let k = 0; k < ds.length && inSentence === null; k++) if (ds[k]!.value) inSentence = ds[k]!.value;
  d.date = inSentence ?? c.paragraphDate.get(c.doc.sentences[sIndex]!.paragraph) ?? c.datelineDate ?? ds?.[0]?.text ?? null;
}

/** Attendees after the attendance word at k: "بحضور X"، "حضر اللقاء X، وY" (a list of people or a group). */
function attendeesAt(c: Scan, d: Draft, k: number, sLast: number): void {
  const toks = c.toks;
  let j = k + 1;
  while (j < sLast && has(c, j, ANAPHOR) && factsAt(c, j).eventAnaphor) j++;
  for (let n = 0; n < 8 && j < sLast; n++) {
    const r = otherAt(c, j, sLast);
    if (!r) break;
    if (!hasName(d.participants, r.name) && !hasName(d.attendees, r.name)) d.attendees.push(r);
    j = r.last;
    if (isComma(toks, j)) j++;
    const nx = toks[j];
    if (!nx || nx.kind !== "word" || (nx.text[0] !== "و" && c.personAt[j] === undefined)) break;
    const pr = refStartingAt(c, j) ?? personAfterTitle(c, j, sLast);
    if (!pr) break;
    if (pr.first !== j) j = pr.first;
  }
}

// --- refiners ------------------------------------------------------------------------------------------

/**
 * Passive and anaphoric reports add topics to the interaction already open in the text:
 * "وجرى خلال اللقاء بحث …"، "وتناولت المباحثات …"، "وأوضح البيان أن الجانبين تناولا …"
 */
/** Token k is an event anaphor or names a participant of `open`: its sentence may refer to that interaction. */
function refersAt(c: Scan, open: Draft, k: number): boolean {
  const cover = c.personCover[k];
  return has(c, k, ANAPHOR) || (cover !== undefined && hasName(open.participants, cover.name));
}

function readFollowUps(c: Scan): void {
  const toks = c.toks;
  const drafts = c.drafts;
  const withDraft = sentencesWithDrafts(c);
  let openAt = -1; // index in drafts of the last draft before the current sentence
  for (const s of c.doc.sentences) {
    while (openAt + 1 < drafts.length && drafts[openAt + 1]!.sentence < s.index) openAt++;
    if (withDraft.has(s.index) || openAt < 0) continue;
    const open = drafts[openAt]!;
    // its attendees; and a sentence that names no event anaphor and no participant of the open
    // interaction cannot refer to it: no need to look for a topic intro at each of its tokens
    let mayRefer = false;
    for (let k = s.first; k < s.last; k++) {
      if (has(c, k, ATTENDANCE_WORD)) attendeesAt(c, open, k, s.last);
      if (!mayRefer) mayRefer = refersAt(c, open, k);
    }
    if (!mayRefer) continue;
    let refers = false;
    let topicAt = -1;
    // (until both are known: past that, no token changes them)
    for (let k = s.first; k < s.last && !(refers && topicAt >= 0); k++) {
      if (!refers && refersAt(c, open, k)) refers = true;
      if (topicAt < 0) {
        const intro = phraseAt(c, TOPIC_INTROS, k, true, s.last);
        if (intro) {
          topicAt = intro.last;
          // "تناول الاتصال X": the topic follows the event word
          while (topicAt < s.last) {
            if (!has(c, topicAt, ANAPHOR)) break;
            refers = true;
            topicAt++;
          }
          k = intro.last - 1;
        }
      }
    }
    // the event's own clause (اللقاء الذي عقد في مقر الوزارة،) may name its venue
    const clauseAt = topicAt;
    if (topicAt > 0) topicAt = pastEventClause(c, topicAt, s.last);
    // a parenthetical between the verb and its object: "وتناولت المباحثات، حسب بلاغ للوزارة، قضايا …"
    if (topicAt > 0 && isComma(toks, topicAt)) {
      for (let e = topicAt + 1; e < Math.min(s.last, topicAt + 9); e++) if (isComma(toks, e)) { topicAt = e + 1; break; }
    }
    if (refers && topicAt > 0) {
      const target = followUpTarget(c, openAt, s);
      if (target.place === null && topicAt > clauseAt) target.place = venueIn(c, clauseAt, topicAt - 1);
      addTopics(target.topics, splitTopics(c, topicAt, s.last));
    }
  }
}

/** The first venue phrase (بمقر X، في قصر X) in tokens from … to − 1, else the first place named there, or null. */
function venueIn(c: Scan, from: number, to: number): string | null {
  for (let k = from; k < to; k++) {
    if ((c.flags[k]! & VENUE_WORD) === 0 || c.toks[k]!.kind !== "word") continue;
    const v = venuePlaceAt(c, k, to);
    if (v) return v;
  }
  return firstPlaceIn(c, from, to);
}

/** The first place named in tokens from … to − 1 that does not start where `skip` says, or null. */
function firstPlaceIn(c: Scan, from: number, to: number, skip?: (k: number) => boolean): string | null {
  for (let k = from; k < to; k++) if (c.placeStart[k] === 1 && !skip?.(k)) return c.placeAt.get(k) ?? null;
  return null;
}

/**
 * Past the event and a relative clause on it, closed by a comma, before a follow-up's topic:
 * "ناقشا خلال اللقاء الذي عقد في مقر الوزارة ببغداد، تطورات …" (else k).
 */
function pastEventClause(c: Scan, k: number, end: number): number {
  const toks = c.toks;
  let a = k;
  while (a < end && toks[a]!.kind === "word" && (factsAt(c, a).topicLead || toks[a]!.text === "خلال")) a++;
  if (a === k || a >= end || !RELATIVES.has(toks[a]!.text)) return k;
  for (let e = a + 1; e < end && e - a <= 12; e++) if (isComma(toks, e)) return e + 1;
  return k;
}

/**
 * The report a follow-up sentence speaks of, among those of the last sentence with reports (the
 * last one first): the one of the type its event anaphor names ("وصرح … بأن اللقاء تناول" after a
 * meeting reported beside a conference), the bilateral one for a dual anaphor (الوزيران), else the last.
 */
function followUpTarget(c: Scan, openAt: number, s: Sentence): Draft {
  const drafts = c.drafts;
  const open = drafts[openAt]!;
  let type: InteractionType | undefined;
  let dual = false;
  for (let k = s.first; k < s.last && type === undefined && !dual; k++) {
    if (!has(c, k, ANAPHOR)) continue;
    const f = factsAt(c, k);
    type = BETWEEN_EVENTS.get(c.toks[k]!.text) ?? f.eventNoun ?? undefined;
    dual = f.dualAnaphor;
  }
  if (type === undefined && !dual) return open;
  for (let j = openAt; j >= 0 && drafts[j]!.sentence === open.sentence; j--) {
    const d = drafts[j]!;
    if (type !== undefined ? d.type === type : d.participants.length === 2 && !d.multilateral) return d;
  }
  return open;
}

/** Does the sentence speak of an event of this type ("أمام القمة")? */
function mentionsEvent(c: Scan, si: number, type: InteractionType): boolean {
  const s = c.doc.sentences[si]!;
  for (let k = s.first; k < s.last; k++) {
    if (!has(c, k, EVENT_NOUN)) continue;
    const ev = factsAt(c, k).eventNoun;
    if (ev && (ev === type || (type === "conference" && ev !== "summit") || (type === "summit" && ev === "summit"))) return true;
  }
  return false;
}

/** Multilateral events take part people named around them, and one event per type is one report. */
function readMultilateral(c: Scan): void {
  const drafts = c.drafts;
  // people named in later sentences that speak of the same event take part
  // ("وألقى … كلمة … أمام القمة"), up to the next interaction
  for (const d of drafts) {
    if (!d.multilateral || (d.type !== "summit" && d.type !== "conference")) continue;
    let next = c.doc.sentences.length;
    for (const x of drafts) if (x.sentence > d.sentence && x.sentence < next) next = x.sentence;
    for (let si = d.sentence + 1; si < next; si++) {
      if (!mentionsEvent(c, si, d.type)) continue;
      const s = c.doc.sentences[si]!;
      for (let k = s.first; k < s.last; k++) {
        const p = c.personCover[k];
        if (p && !hasName(d.participants, p.name)) d.participants.push(refOver(p, p.first, p.last));
      }
    }
  }
  // "… برئاسة X، وبمشاركة Y" in the same sentence adds Y
  for (const d of drafts) {
    if (!d.multilateral) continue;
    const s = c.doc.sentences[d.sentence]!;
    let on = false;
    for (let k = s.first; k < s.last; k++) {
      if (has(c, k, NOMINAL) && factsAt(c, k).nominalHead) on = true;
      const p = on && c.personAt[k] !== undefined ? refStartingAt(c, k) : null;
      if (p && !hasName(d.participants, p.name)) { d.participants.push(p); k = p.last - 1; }
    }
  }
  // one multilateral event per document and type: its reports are merged
  for (let a = 0; a < drafts.length; a++) {
    const d = drafts[a]!;
    if (!d.multilateral) continue;
    for (let b = a + 1; b < drafts.length; b++) {
      const e = drafts[b]!;
      if (!e.multilateral || (e.type !== d.type && !(d.type === "conference" && e.type === "meeting"))) continue;
      for (const p of e.participants) addRef(d.participants, p);
      addTopics(d.topics, e.topics);
      d.place ??= e.place; d.date ??= e.date;
      drafts.splice(b, 1); b--;
    }
  }
  // events with one named person: the ministerial groups named in the document take part
  for (const d of drafts) {
    if (!d.multilateral) continue;
    let persons = 0;
    for (const p of d.participants) if (p.kind === "person") persons++;
    if (persons >= 2) continue;
    for (const g of groupsOf(c)) addRef(d.participants, g);
  }
}

/**
 * An article about one interaction: what its participant says in the headline or the lead before it
 * ("وزير الداخلية يشدد على تعزيز الجاهزية …"، "كشف … عن ثلاث تحديات …") is what they discussed.
 */
function readLeadStatements(c: Scan): void {
  const toks = c.toks;
  let d: Draft | null = null;
  for (const x of c.drafts) {
    if (x.participants.length < 2) continue;
    if (d) return;
    d = x;
  }
  if (!d) return;
  const names = new Set<string>();
  for (const p of d.participants) names.add(p.name);
  for (const s of c.doc.sentences) {
    if (s.index >= d.sentence) break;
    for (let k = s.first; k < s.last; k++) {
      const prep = STATEMENT_VERBS.get(toks[k]!.text);
      if (!prep) continue;
      let speaker = false;
      let j = k + 1;
      for (; j < s.last && j < k + 14; j++) {
        const cover = c.personCover[j];
        if (cover && names.has(cover.name)) speaker = true;
        if (toks[j]!.text === prep) break;
      }
      if (!speaker) { const before = svoSubject(c, k, s.first); speaker = !!before && names.has(before.name); }
      if (!speaker || j >= s.last || toks[j]!.text !== prep) continue;
      addTopics(d.topics, splitTopics(c, j + 1, s.last));
      break;
    }
  }
}

/** Folded participant names (normKey), computed once per name across documents. */
const NAME_KEYS = new BoundedMemo(normKey, NAME_MEMO_SIZE);

/** What merging one document's drafts asks of participant names. */
class NameKeys {
  of(name: string): string {
    return NAME_KEYS.get(name);
  }
  pair(d: Draft): string {
    const parts: string[] = [];
    for (const p of d.participants) parts.push(this.of(p.name));
    // (in place: Array.prototype.sort copies the array it sorts; a pair has few names)
    for (let a = 1; a < parts.length; a++) {
      const x = parts[a]!;
      let b = a - 1;
      for (; b >= 0 && parts[b]! > x; b--) parts[b + 1] = parts[b]!;
      parts[b + 1] = x;
    }
    // (joined by hand: Array.prototype.join is slow for a few parts)
    let key = parts.length > 0 ? parts[0]! : "";
    for (let a = 1; a < parts.length; a++) key += "|" + parts[a]!;
    return key;
  }
}

const isSolo = (d: Draft): boolean => d.participants.length === 1 && !d.multilateral;

/** The interaction a one-sided report joins: one of its participant, the first from its sentence on, else the first. */
function hostOf(keys: NameKeys, merged: Draft[], d: Draft): Draft | null {
  const name = keys.of(d.participants[0]!.name);
  let first: Draft | null = null;
  let after: Draft | null = null;
  for (const m of merged) {
    let has = false;
    for (let k = 0; k < m.participants.length && !has; k++) has = keys.of(m.participants[k]!.name) === name;
    if (!has) continue;
    first ??= m;
    if (m.sentence >= d.sentence && (after === null || m.sentence < after.sentence)) after = m;
  }
  return after ?? first;
}

/** Merges interactions of the same pair; a one-sided report (الذي يزور البلاد) joins an interaction of its participant. */
function mergeDrafts(drafts: Draft[]): Draft[] {
  const keys = new NameKeys();
  const merged: Draft[] = [];
  const byPair = new Map<string, Draft>();
  const ordered: Draft[] = [];
  for (const d of drafts) if (!isSolo(d)) ordered.push(d);
  for (const d of drafts) if (isSolo(d)) ordered.push(d);
  for (const d of ordered) {
    if (d.participants.length < 1) continue;
    if (isSolo(d)) {
      const host = hostOf(keys, merged, d);
      if (host) {
        // "زار X طرابلس حيث التقى Y"، "وصل في زيارة … وكان في استقباله Y": the meeting is the visit
        if (d.type === "visit" && host.sentence === d.sentence && host.planned === d.planned && (host.type === "meeting" || host.type === "talks" || host.type === "received")) host.type = "visit";
        addTopics(host.topics, d.topics);
        host.place ??= d.place;
        continue;
      }
    }
    const key = keys.pair(d);
    const same = byPair.get(key);
    if (!same) { merged.push(d); byPair.set(key, d); continue; }
    if (TYPE_RANK.indexOf(d.type) < TYPE_RANK.indexOf(same.type)) { same.type = d.type; if (d.initiator) same.initiator = d.initiator; }
    addTopics(same.topics, d.topics);
    same.place ??= d.place;
    same.date ??= d.date;
    same.medium ??= d.medium;
    same.initiator ??= d.initiator;
    same.planned = same.planned && d.planned;
    for (const a of d.attendees) addRef(same.attendees, a);
  }
  return merged;
}

const participant = (r: Ref): Participant => (r.country !== undefined ? { name: r.name, kind: r.kind, country: r.country } : { name: r.name, kind: r.kind });

function toInteraction(doc: Doc, d: Draft): Interaction {
  const s = doc.sentences[d.sentence]!;
  const evidence = tokenMention(doc, s.first, s.last);
  const mode = d.type === "call" ? "phone" : d.type === "visit" || d.type === "received" ? "visit" : d.multilateral || d.type === "summit" || d.type === "conference" ? "multilateral" : undefined;
  // (the keys in a fixed order, the optional ones only when set: the order JSON output shows)
  const out = { type: d.type, participants: d.participants.map(participant) } as Interaction;
  if (d.attendees.length) out.attendees = d.attendees.map(participant);
  if (d.initiator) out.initiator = d.initiator;
  out.topics = d.topics;
  out.place = d.place;
  out.date = d.date;
  if (d.medium) out.medium = d.medium;
  out.status = d.planned ? "planned" : "happened";
  out.cameo = d.planned ? "036" : CAMEO[d.type];
  out.plover = mode ? { event: "CONSULT", mode } : { event: "CONSULT" };
  out.trigger = tokenMention(doc, d.trigger.first, d.trigger.last);
  out.evidence = evidence;
  return out;
}

/** Drafts in text order (sentence, then trigger), in place and stable: they come nearly sorted, and Array.prototype.sort would copy them. */
function sortDrafts(drafts: Draft[]): void {
  for (let a = 1; a < drafts.length; a++) {
    const x = drafts[a]!;
    let b = a - 1;
    for (; b >= 0 && (drafts[b]!.sentence - x.sentence || drafts[b]!.trigger.first - x.trigger.first) > 0; b--) drafts[b + 1] = drafts[b]!;
    drafts[b + 1] = x;
  }
}

export function extractInteractions(ctx: ExtractContext, facts: EntityFacts): Interaction[] {
  const c = new Scan(ctx.doc, facts);
  readTriggers(c);
  readNominalEvents(c);
  readEventsBetween(c);
  sortDrafts(c.drafts);
  readFollowUps(c);
  readMultilateral(c);
  readLeadStatements(c);
  const out: Interaction[] = [];
  // one-sided reports stay only when they say something alone: a visit, or taking part in a summit or conference
  for (const d of mergeDrafts(c.drafts)) {
    if (d.participants.length >= 2 || d.type === "visit" || d.type === "summit" || d.type === "conference") out.push(toInteraction(ctx.doc, d));
  }
  return out;
}

/** Plural minister titles with their complement: "وزراء داخلية الدول الأعضاء في التحالف الأمني الدولي". */
export function ministerialGroups(doc: Doc): Ref[] {
  const out: Ref[] = [];
  /** The folded names of the groups in out. */
  const keys: string[] = [];
  const toks = doc.tokens;
  for (const s of doc.sentences) {
    for (let i = s.first; i < s.last; i++) {
      const t = ministerTitleAt(doc, i, s.last);
      if (!t) continue;
      if (t.number !== "plural") { i = t.last - 1; continue; }
      let k = t.last;
      while (k < s.last && k - t.last < 8) {
        const w = toks[k]!;
        if (w.kind !== "word") break;
        if (VERBS.has(w.text) || PRONOUNS.has(w.text) || (PREPOSITIONS.has(w.text) && w.text !== "في")) break;
        if (w.text === "في" && !(toks[k + 1]?.text.startsWith("ال"))) break;
        k++;
      }
      const name = originalText(doc, i, k, t.prefix);
      const key = NAME_KEYS.get(name);
      if (!keys.includes(key)) { keys.push(key); out.push(new Ref("group", name, undefined, i, k)); }
      i = k - 1;
    }
  }
  return out;
}
