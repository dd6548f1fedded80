// Titles, honorifics, ranks, portfolios and closed-class words, compiled once into lookups.
import titles from "./data/titles.json" with { type: "json" };
import words from "./data/function-words.json" with { type: "json" };
import roleNouns from "./data/names/role-nouns.json" with { type: "json" };
import { Gazetteer } from "./gazetteer.js";
import { normKey } from "../text/normalize.js";
import type { Portfolio } from "../types.js";

export type MinisterNumber = "singular" | "dual" | "plural";

const keySet = (xs: string[]): Set<string> => new Set(xs.map(normKey));

/** وزير / وزيرا / وزراء … → grammatical number. */
export const MINISTER_HEADS: Map<string, MinisterNumber> = new Map();
for (const [num, list] of Object.entries(titles.ministerHeads) as Array<[MinisterNumber, string[]]>) {
  for (const w of list) MINISTER_HEADS.set(normKey(w), num);
}

export const PRIME_MINISTER = new Gazetteer<"prime_minister">();
for (const p of titles.primeMinister) PRIME_MINISTER.add(p, "prime_minister");

export const DEPUTY = keySet(titles.deputy);
export const ORDINALS = keySet(titles.ordinals);
/** وزير الداخلية بحكومة الوحدة الوطنية / في جمهورية باكستان: nouns that open a government complement. */
export const GOVERNMENT_NOUNS = keySet(titles.governmentNouns);
export const STATE_MINISTER = keySet(titles.stateMinister);
/** مطار، جامعة، جائزة …: a titled name right after one names the place or prize (مطار الملك خالد), not a person in the news. */
export const NAMESAKE_NOUNS = keySet(titles.namesakeNouns);

/** Portfolio phrases after a minister head: الداخلية → interior. */
export const PORTFOLIOS = new Gazetteer<Portfolio>();
for (const [portfolio, list] of Object.entries(titles.portfolios) as Array<[Portfolio, string[]]>) {
  for (const p of list) PORTFOLIOS.add(p, portfolio);
}

export type HonorificKind = "honorific" | "rank";
/** Honorifics and military/police ranks (longest match: الفريق أول ركن). */
export const HONORIFICS = new Gazetteer<HonorificKind>();
for (const h of titles.honorifics) HONORIFICS.add(h, "honorific");
for (const r of titles.ranks) HONORIFICS.add(r, "rank");

/** Titles of non-ministers: الرئيس، السفير، الأمين العام، قائد … */
export const PERSON_TITLES = new Gazetteer<"title">();
for (const t of titles.personTitles) PERSON_TITLES.add(t, "title");

/** Single words that head a title (نائب، سفير، مدير …): a name never runs into them. */
export const TITLE_HEADS = keySet(titles.titleHeads);
export const CONNECTORS = keySet(titles.connectors);
export const COUNTERPART = keySet(titles.counterpart);
export const ANAPHORS = keySet(titles.anaphors);

export const PREPOSITIONS = keySet(words.prepositions);
export const PARTICLES = keySet(words.particles);
export const PRONOUNS = keySet(words.pronouns);
export const VERBS = keySet(words.verbs);
export const COMMON_NOUNS = keySet(words.nouns);

/** Closed-class words and frequent verbs and nouns: never part of a personal name. */
// على folds to علي (Ali): the preposition is told apart by its original spelling (names.ts).
export const NOT_NAME: Set<string> = new Set([...PREPOSITIONS, ...PARTICLES, ...PRONOUNS, ...VERBS, ...COMMON_NOUNS].filter((w) => w !== "علي"));

/** "وقال X إن …": speech verbs and what follows the speaker, for names with no title. */
export const SPEECH_VERBS = keySet(titles.speechVerbs);
export const SPEECH_COMPLEMENTS = keySet(titles.speechComplements);
/** Ordinals that belong to a ruler's name (محمد السادس، بنديكت السادس عشر). */
export const REGNAL_ORDINALS = new Gazetteer<true>();
for (const o of titles.regnalOrdinals) REGNAL_ORDINALS.add(o, true);
/** Epithets after a ruler's name (المعظم، المفدى، حفظه الله): they end the name. */
export const EPITHETS = keySet(titles.epithets);
/** Professions and relations that stand before a name with no title (المدافع، الفنانة، مواطنه). */
// (one-word role nouns from data/names/role-nouns.json too: the word right before a name)
export const PROFESSIONS = keySet([...titles.professions, ...roleNouns.words.filter((w) => !/\s/.test(w))]);
