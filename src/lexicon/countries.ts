// Country names and nationality adjectives, compiled once at module load from
// data/countries.json (built by src/lexicon/build/countries.ts; see there for the sources).
//
// Rules (all data-driven; the word lists live in data/*.json):
// - Names: every Arabic form of every ISO 3166-1 code, longest match first, clitics on the first
//   word (بسوريا، وللسعودية). A word that is itself a name is never split (ليبيا ≠ ل+يبيا).
// - Adjectives: the base masculine singular of each country is inflected by nisbaForms() into every
//   gender, number and definiteness (سوري → سورية، سوريون، سوريين، سوريان، سوريتان، سوريتين،
//   سوريات، السوري …), plus broken plurals (الأتراك). Bases that are common words (مالي، عربي،
//   دولي) are blocked in the build.
// - Ambiguous name forms (مالي "financial", بنين "sons", عمان Oman/Amman, بوتان "butane" …) are
//   accepted only in a safe context: part of a longer form (جمهورية مالي، سلطنة عمان), right after a
//   state noun (دولة، جمهورية، سلطنة، مملكة، بلد، بلاد، إمارة), coordinated with another country
//   (النيجر ومالي، مالي والنيجر، تشاد، مالي، النيجر), or when the document names the same country
//   unambiguously elsewhere (options.known).
// - notAfter / notBefore words (data) veto a form: صلاة المغرب، المغرب العربي.
// - An adjective right after لغة/اللغة/لهجة names a language, not a country (اللغة التركية), and
//   so does بال+feminine adjective with no noun (بالروسية "in Russian").
// - يمني/مجري: their ى spellings (اليمنى "right-hand", المجرى "course") fold to the same key;
//   when the original text is given (options.doc) a final ى is not read as the adjective.
import data from "./data/countries.json" with { type: "json" };
import nisba from "./data/nisba-exceptions.json" with { type: "json" };
import { Gazetteer, hasStemIn, mayStartAt, phraseKey, startFlag, startMask, stemClass, stemsOf, type GazetteerMatch } from "./gazetteer.js";
import { isArabicWord, type Token } from "../text/tokens.js";
import { TokenMemo } from "../text/memo.js";
import type { Normalized } from "../text/normalize.js";

export interface CountryEntry {
  code: string;
  /** English common name. */
  name: string;
  /** Arabic display name. */
  nameAr: string;
}

export interface CountryData extends CountryEntry {
  forms: string[];
  ambiguous: string[];
  adjectives: string[];
  plurals: string[];
  capital: string | null;
  capitalAr: string[];
  /** Capital spellings that are also common words, marked ? (safe context) or ! (place noun only). */
  capitalAmbiguous: string[];
  notAfter?: string[];
  notBefore?: string[];
}

export const COUNTRY_DATA: readonly CountryData[] = data as CountryData[];

// Suffixes of a nisba base ending in ي: m.sg, f.sg, m.pl nom, m.pl obl / m.du obl, m.du nom,
// f.du nom, f.du obl, f.pl, and the indefinite accusative (مسؤولا سوريا).
const NISBA_SUFFIXES = ["", "ة", "ون", "ين", "ان", "تان", "تين", "ات"] as const;

function inflectWord(word: string, suffix: string, definite: boolean): string {
  return (definite ? "ال" : "") + word + suffix;
}

/** Every gender/number/definiteness form of a nisba base (one or more words: كوري جنوبي). */
export function nisbaForms(base: string, accusative = true): string[] {
  const trimmed = base.trim();
  const out: string[] = [];
  if (!/\s/.test(trimmed)) {
    // one word (most bases): no splitting and joining
    for (let d = 0; d < 2; d++) for (const suf of NISBA_SUFFIXES) out.push(inflectWord(trimmed, suf, d === 1));
    if (accusative) out.push(trimmed + "ا");
    return out;
  }
  const words = trimmed.split(/\s+/);
  for (const definite of [false, true]) {
    for (const suf of NISBA_SUFFIXES) out.push(words.map((w) => inflectWord(w, suf, definite)).join(" "));
  }
  if (accusative) out.push(words.map((w) => w + "ا").join(" "));
  return out;
}

const TRIGGERS = new Set(["دوله", "جمهوريه", "سلطنه", "مملكه", "بلد", "بلاد", "اماره", "امارات", "دولتي", "جمهوريتي"].map((s) => phraseKey(s)));
const LANGUAGE_NOUNS = stemClass(new Set(["لغه", "اللغه", "اللغتين", "لهجه", "اللهجه", "الترجمه", "ترجمه", "لسان", "اللسان"].map((s) => phraseKey(s))));
/** A state noun with no clitic (دولة، جمهورية، مملكة …), the word "جمهورية العراق" puts before a country's name. */
export function isStateNoun(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "word" && TRIGGERS.has(t.text);
}
/** TRIGGERS as a stem class (hasStemIn). */
const TRIGGER_STEMS = stemClass(TRIGGERS);
/** Words that start with ال but are not definite nouns (إلى، الذي …). */
const NOT_NOUNS = new Set(["الي", "الا", "الذي", "التي", "الذين", "اللذين", "اللتين", "اللاتي", "اللواتي", "الان", "اليوم", "امس"].map((s) => phraseKey(s)));
const YA_SENSITIVE = new Set(["يمني", "اليمني", "مجري", "المجري"]);

export const COUNTRY_NAMES = new Gazetteer<CountryEntry>();
export const COUNTRY_ADJECTIVES = new Gazetteer<CountryEntry>();
const COUNTRY_MASK = startMask(COUNTRY_NAMES, COUNTRY_ADJECTIVES);

/** False when no country name or adjective can start at token i (one array slot once the token was looked at). */
export function mayStartCountry(tokens: Token[], i: number): boolean {
  return mayStartAt(tokens, i, COUNTRY_MASK);
}

const BY_CODE = new Map<string, CountryEntry>();
/** Normalized name keys that need a safe context, with the codes they stand for. */
const AMBIGUOUS_NAMES = new Set<string>();
const AMBIGUOUS_ADJ = new Set<string>();
const NOT_AFTER = new Map<string, Set<string>>();
const NOT_BEFORE = new Map<string, Set<string>>();

function compile(): void {
  const nameKeys = new Set<string>();
  for (const c of COUNTRY_DATA) {
    const entry: CountryEntry = { code: c.code, name: c.name, nameAr: c.nameAr };
    BY_CODE.set(c.code, entry);
    for (const f of c.forms) nameKeys.add(COUNTRY_NAMES.add(f, entry));
    for (const f of c.ambiguous) AMBIGUOUS_NAMES.add(phraseKey(f));
    if (c.notAfter) NOT_AFTER.set(c.code, new Set(c.notAfter.map((s) => phraseKey(s))));
    if (c.notBefore) NOT_BEFORE.set(c.code, new Set(c.notBefore.map((s) => phraseKey(s))));
  }
  const blocked = new Set((nisba.blocked as string[]).flatMap((b) => nisbaForms(b).map((f) => phraseKey(f))));
  for (const f of (nisba as { blockedForms?: string[] }).blockedForms ?? []) blocked.add(phraseKey(f));
  const ambiguousBases = new Set((nisba.ambiguous as string[]).map((s) => phraseKey(s)));
  for (const c of COUNTRY_DATA) {
    const entry = BY_CODE.get(c.code)!;
    for (const base of c.adjectives) {
      const ambiguous = ambiguousBases.has(phraseKey(base));
      for (const f of nisbaForms(base)) {
        const k = phraseKey(f);
        if (blocked.has(k)) continue;
        if (f.endsWith("ا") && !f.endsWith("ات") && nameKeys.has(k)) continue; // accusative = a name
        COUNTRY_ADJECTIVES.addKey(k, entry);
        if (ambiguous) AMBIGUOUS_ADJ.add(k);
      }
    }
    for (const p of c.plurals) { COUNTRY_ADJECTIVES.add(p, entry); COUNTRY_ADJECTIVES.add("ال" + p, entry); }
  }
}
compile();

/**
 * Word flag (docFlags) of the words at which a country name or adjective may start: where it is
 * not set, mayStartCountry is false.
 */
export const COUNTRY_START = startFlag(COUNTRY_NAMES, COUNTRY_ADJECTIVES);

/** True for a normalized name key that needs a safe context (مالي، عمان، بنين …). */
export function isAmbiguousCountryName(key: string): boolean {
  return AMBIGUOUS_NAMES.has(key);
}

export function countryByCode(code: string): CountryEntry | undefined {
  return BY_CODE.get(code.toUpperCase());
}

export interface CountryAt {
  entry: CountryEntry;
  /** First token and the token after the last one. */
  first: number;
  last: number;
  /** Normalized units of the first token taken by proclitics (و، ب، لل …). */
  prefix: number;
  /** True for an adjective or people noun (السوري، الأتراك), false for a name (سوريا). */
  adjective: boolean;
  /** True when the form needed a safe context (مالي، عمان …). */
  ambiguous: boolean;
}

export interface CountryAtOptions {
  /** Codes the document already names unambiguously: makes their ambiguous forms safe. */
  known?: ReadonlySet<string>;
  /** The document (original text and map): enables the ى check on يمني/مجري. */
  doc?: Normalized;
  /** Token index the match must not reach (end of sentence). */
  limit?: number;
}

/** Set by rawAt with its match: the match is an adjective's (else a name's). */
let rawAdjective = false;
/** Set by rawAt with its match: a name and an adjective match the same tokens (السعودية، سورية). */
let rawBoth = false;

/**
 * Raw match without the ambiguity rules (names first, longest), with rawAdjective and rawBoth set
 * (read them before the next call): no object per call, as the rules ask about each place often.
 */
function rawAt(tokens: Token[], i: number, limit: number): GazetteerMatch<CountryEntry> | null {
  if (!mayStartAt(tokens, i, COUNTRY_MASK)) return null;
  const n = COUNTRY_NAMES.matchAt(tokens, i, true, limit);
  const a = COUNTRY_ADJECTIVES.matchAt(tokens, i, true, limit);
  if (!n && !a) return null;
  if (n && (!a || n.last > a.last || (n.last === a.last && n.prefix <= a.prefix))) {
    rawAdjective = false;
    rawBoth = !!a && a.last === n.last && a.prefix === n.prefix;
    return n;
  }
  rawAdjective = true;
  rawBoth = false;
  return a;
}

/** A neighbour country (coordination) that is itself unambiguous. */
function plainCountryAt(tokens: Token[], i: number, limit: number): boolean {
  if (i < 0 || i >= limit) return false;
  const m = rawAt(tokens, i, limit);
  if (!m || m.first !== i) return false;
  return !AMBIGUOUS_NAMES.has(m.key) && !AMBIGUOUS_ADJ.has(m.key);
}

/** The original letter behind a final normalized ه is ة (a noun), not the pronoun ه. */
function endsWithTaMarbuta(doc: Normalized | undefined, t: Token): boolean {
  if (!doc) return false;
  const s = doc.starts[t.end - 1];
  return s !== undefined && doc.original[s] === "ة";
}

function endsWithAlefMaqsura(doc: Normalized, t: Token): boolean {
  const s = doc.starts[t.end - 1];
  return s !== undefined && doc.original[s] === "ى";
}

function safeContext(tokens: Token[], m: GazetteerMatch<CountryEntry>, limit: number): boolean {
  const prev = tokens[m.first - 1];
  if (hasStemIn(prev, TRIGGER_STEMS)) return true;
  // coordination: X و<ambiguous>, <ambiguous> وX, lists with commas
  const first = tokens[m.first]!;
  if (m.prefix > 0 && first.text[0] === "و") {
    let p = m.first - 1;
    if (plainCountryAt(tokens, backToStart(tokens, p, limit), limit)) return true;
    p = m.first - 1;
    if (tokens[p]?.text === "،" || tokens[p]?.text === ",") { if (plainCountryAt(tokens, backToStart(tokens, p - 1, limit), limit)) return true; }
  }
  const next = tokens[m.last];
  if (next && next.kind === "word" && next.text[0] === "و" && plainCountryAt(tokens, m.last, limit)) return true;
  if (next && (next.text === "،" || next.text === ",") && plainCountryAt(tokens, m.last + 1, limit)) return true;
  if (prev && (prev.text === "،" || prev.text === ",") && plainCountryAt(tokens, backToStart(tokens, m.first - 2, limit), limit)) return true;
  return false;
}

/** Start of a (possibly multi-word) country phrase that ends at token p. */
function backToStart(tokens: Token[], p: number, limit: number): number {
  for (let s = Math.max(0, p - 5); s <= p; s++) {
    const m = rawAt(tokens, s, limit);
    if (m && m.last === p + 1) return s;
  }
  return p;
}

/**
 * The country named or qualified at token i (a name such as سوريا / الولايات المتحدة, or an
 * adjective such as السوري / الأميركية), or null. The match starts at token i (clitics allowed).
 */
export function countryAt(tokens: Token[], i: number, options?: CountryAtOptions): CountryAt | null {
  if (options !== undefined || i < 0 || i >= tokens.length) return computeCountryAt(tokens, i, options ?? NO_OPTIONS);
  // without options the answer depends on the tokens only: kept for the token list asked about
  // last, since the person and organization rules ask about the same tokens many times
  if (!mayStartAt(tokens, i, COUNTRY_MASK)) return null;
  let answer = PLAIN_ANSWERS.get(tokens, i);
  if (answer === undefined) PLAIN_ANSWERS.set(tokens, i, (answer = computeCountryAt(tokens, i, NO_OPTIONS)));
  return answer;
}

const NO_OPTIONS: CountryAtOptions = {};
/** countryAt without options, by token, for the token list asked about last. */
const PLAIN_ANSWERS = new TokenMemo<CountryAt | null>();

/** True when the original text of a token carries a shadda (ّ). */
export function hasShadda(doc: Normalized, t: Token): boolean {
  const end = doc.ends[t.end - 1]!;
  for (let k = doc.starts[t.start]!; k < end; k++) if (doc.original.charCodeAt(k) === 0x651) return true;
  return false;
}

/** True when one of the stems is in the set. */
function someIn(stems: readonly string[], set: ReadonlySet<string>): boolean {
  for (let k = 0; k < stems.length; k++) if (set.has(stems[k]!)) return true;
  return false;
}

function computeCountryAt(tokens: Token[], i: number, options: CountryAtOptions): CountryAt | null {
  const limit = options.limit ?? tokens.length;
  const m = rawAt(tokens, i, limit);
  if (!m) return null;
  let adjective = rawAdjective;
  const both = rawBoth;
  const entry = m.values[0]!;
  const prev = tokens[i - 1];
  const next = tokens[m.last];

  // a lone ف or ك on a short name is more often part of another word (كلاوس ≠ ك+لاوس)
  const t0 = tokens[i]!;
  if (m.prefix === 1 && (t0.text[0] === "ف" || t0.text[0] === "ك") && m.last === i + 1 && t0.text.length - m.prefix <= 4) return null;
  // vetoes from data
  const na = NOT_AFTER.get(entry.code);
  if (na && prev && someIn(stemsOf(prev), na)) return null;
  const nb = NOT_BEFORE.get(entry.code);
  if (nb && next && next.kind === "word" && someIn(stemsOf(next), nb)) return null;

  // an ambiguous name never carries a shadda: عمّان is Amman, ماليّ "financial"
  if (!adjective && AMBIGUOUS_NAMES.has(m.key) && options.doc && m.last === i + 1) {
    const t = tokens[i]!;
    if (hasShadda(options.doc, t)) return null;
  }
  if (!adjective && AMBIGUOUS_NAMES.has(m.key)) {
    if (!options.known?.has(entry.code) && !safeContext(tokens, m, limit)) return null;
  }
  if (adjective && AMBIGUOUS_ADJ.has(m.key)) {
    if (!options.known?.has(entry.code)) return null;
  }
  if (adjective || both) {
    if (hasStemIn(prev, LANGUAGE_NOUNS)) return null;
    if (!both && m.last === i + 1 && m.prefix > 0 && /^[وف]?بال/.test(t0.text) && /[هت]$/.test(t0.text) && !t0.text.endsWith("ات")) return null;
    if (options.doc && m.last === i + 1 && YA_SENSITIVE.has(m.key) && endsWithAlefMaqsura(options.doc, t0)) return null;
  }
  if (adjective && m.prefix === 0 && m.last === i + 1 && /^ال.+ي$/.test(m.key) && prev && prev.kind === "word" && isArabicWord(prev.text)
      && !/^(ال|وال|بال|فال|كال|لل)/.test(prev.text) && !(prev.text.endsWith("ه") && !endsWithTaMarbuta(options.doc, prev))
      && !/(ها|هم|هما|هن|كم|كما|نا)$/.test(prev.text) && !rawAt(tokens, i - 1, limit)) {
    // a definite adjective cannot qualify an indefinite word: محمد شياع السوداني، حكومة السوداني
    // is a family name (نظيره التركي: the pronoun makes نظير definite)
    return null;
  }
  if (adjective && m.prefix === 0 && m.last === i + 1 && !m.key.startsWith("ال") && prev && prev.kind === "word"
      && /^(ال|وال|بال|فال|كال|لل)/.test(prev.text) && prev.text.length > 3 && !NOT_NOUNS.has(prev.text) && !rawAt(tokens, i - 1, limit)) {
    // an indefinite adjective cannot qualify a definite noun: الأمير تركي الفيصل is a given name
    return null;
  }
  if (both) {
    // a form that is both a name and an adjective (السعودية، سورية): adjective after a definite
    // noun or adjective (الخارجية السعودية، المحادثات الإسرائيلية السعودية) or after an indefinite
    // feminine noun (شركة سورية); a name after another name (مصر السعودية …)
    adjective = false;
    const prevCountry = rawAt(tokens, backToStart(tokens, i - 1, limit), limit);
    const afterName = !!prevCountry && prevCountry.last === i && !rawAdjective;
    if (m.prefix === 0 && prev && prev.kind === "word" && !TRIGGERS.has(prev.text) && !afterName) {
      const definite = m.key.startsWith("ال");
      if (definite && /^(ال|وال|فال|بال|كال|لل)/.test(prev.text) && prev.text.length > 3 && !NOT_NOUNS.has(prev.text)) adjective = true;
      if (!definite && prev.text.endsWith("ه") && !prev.text.startsWith("ال")) adjective = true;
    }
  }
  const ambiguous = AMBIGUOUS_NAMES.has(m.key) || AMBIGUOUS_ADJ.has(m.key);
  return { entry, first: m.first, last: m.last, prefix: m.prefix, adjective, ambiguous };
}
