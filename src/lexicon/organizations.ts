// Organization lexicon: head nouns (وزارة، مجلس، هيئة …) with the way they take complements, the
// adjectives that make a name of a definite head (الدولي، العالمية، الأوروبي …), stop words, and
// well-known names with aliases (الأمم المتحدة، داعش، رويترز …). The data is in
// data/organizations.json (hand-written), data/org-world.json (hand-typed clubs, companies, media and
// parties, see data/README-org-world.md) and data/org-anercorp.json (derived from the first five
// sixths of ANERcorp train by build/org-anercorp.ts). Keys are normalized with normKey.
import data from "./data/organizations.json" with { type: "json" };
import anercorp from "./data/org-anercorp.json" with { type: "json" };
import world from "./data/org-world.json" with { type: "json" };
import { normKey } from "../text/normalize.js";
import { Gazetteer, phraseKey, startFlag } from "./gazetteer.js";
import { cliticReadings } from "../text/clitics.js";

export interface OrgHead {
  /** Normalized head noun (وزاره). */
  key: string;
  kind: string;
  /** Needs a place complement, a scope/nationality adjective, a known name or a two-word complement. */
  weak: boolean;
  /** May take a لـ complement (التحالف الدولي لمكافحة الإرهاب). */
  lcomp: boolean;
  /** ال + head with a scope or nationality adjective is a name (الاتحاد الأوروبي). */
  definite: boolean;
  /** Head + known or quoted name reports the name only (تنظيم داعش → داعش). */
  descriptor: boolean;
  /** Counts only with a quoted name (صحيفة «الأهرام»). */
  quotedOnly: boolean;
  /** A media head followed by the outlet's name (صحيفة الحياة → الحياة). */
  outlet: boolean;
  /** With a ب/ل clitic the head is a verbal noun (بتنظيم، برئاسة = chaired by): no name. */
  masdar: boolean;
  /** Takes a "في + place" complement (قيادة الأمن في البادية). */
  place: boolean;
  /** An indefinite complement is a proper name (جامعة أكسفورد). */
  proper: boolean;
  /** ال + head with any nisba adjective is a name (البنك التجاري، المصرف الأهلي). */
  nisbaName: boolean;
}

export interface OrgEntry {
  /** Canonical name (as in the lexicon). */
  name: string;
  kind: string;
  country: string | null;
  /** Stable identity used to merge aliases into one fact. */
  id: string;
  /** Loose: a common word too (القاعدة، الجزيرة); needs a non-place, non-construct context. */
  ambiguous: boolean;
  /** Strict: counts only after a head, in parentheses or quotes, or after a source cue. */
  strict: boolean;
  /** Where the entry comes from. */
  source: "lexicon" | "world" | "anercorp";
}

interface RawHead { kind: string; weak?: boolean; lcomp?: boolean; definite?: boolean; descriptor?: boolean; quotedOnly?: boolean; outlet?: boolean; masdar?: boolean; place?: boolean; proper?: boolean; nisbaName?: boolean }
interface RawName { name: string; kind: string; country?: string; aliases?: string[]; ambiguousAliases?: string[]; strict?: string[] }
interface RawData {
  heads: Record<string, RawHead>;
  scopeAdjectives: string[];
  nameAdjectives: string[];
  stopWords: string[];
  entityNouns: string[];
  genericComplements: string[];
  names: RawName[];
  sourceCues: string[];
  latinNoise: string[];
  latinNotOrg: string[];
  countryCodes: string[];
  notOrganizations: string[];
  titleGenitives: string[];
  mediaWords: string[];
}
interface RawAner { names: Array<{ name: string; count: number }> }

const D = data as unknown as RawData;

export const ORG_HEADS = new Map<string, OrgHead>();
for (const [word, h] of Object.entries(D.heads)) {
  const key = normKey(word);
  ORG_HEADS.set(key, {
    key, kind: h.kind, weak: !!h.weak, lcomp: !!h.lcomp, definite: !!h.definite,
    descriptor: !!h.descriptor, quotedOnly: !!h.quotedOnly, outlet: !!h.outlet, masdar: !!h.masdar, place: !!h.place, proper: !!h.proper, nisbaName: !!h.nisbaName,
  });
}

const keySet = (xs: string[]) => new Set(xs.map((x) => normKey(x)));

/** Adjective stems (without ال) that make a definite head a name and allow a لـ complement. */
export const SCOPE_ADJECTIVES = keySet(D.scopeAdjectives);
/** Non-nisba adjective stems that may continue a name (الأعلى، المتحدة، الأحمر). */
export const NAME_ADJECTIVES = keySet(D.nameAdjectives);
/** Words that end a name wherever they stand. */
export const ORG_STOP_WORDS = keySet(D.stopWords);
/** Entity nouns that a coordination "و + ال…" does not join into a name. */
export const ENTITY_NOUNS = keySet(D.entityNouns);
/** Complements that make a head generic (مجلس الإدارة). */
export const GENERIC_COMPLEMENTS = keySet(D.genericComplements);
/** Titles that, as a genitive, take the following name word (جامعة الملك سعود). */
export const TITLE_GENITIVES = keySet(D.titleGenitives);
/** Words that make a name a media outlet whatever its head (وكالة الأنباء …). */
export const MEDIA_WORDS = keySet(D.mediaWords);
/** Phrases that introduce a source outlet (المصدر: …). */
export const SOURCE_CUES = new Gazetteer<string>();
for (const c of D.sourceCues) SOURCE_CUES.add(c, c);
/** Word flag of the first words of source cues: the cue look-up at every word reads it, not the word's facts. */
export const SOURCE_CUE_START = startFlag(SOURCE_CUES);
/** Latin words that are page furniture, dropped at the end of a Latin run (LOGO). */
export const LATIN_NOISE = new Set(D.latinNoise.map((x) => x.toUpperCase()));
/** All-caps Latin tokens that are not organization names on their own. */
export const LATIN_NOT_ORG = new Set(D.latinNotOrg.map((x) => x.toUpperCase()));
/** ISO 3166-1 alpha-2 codes (a trailing code in a Latin outlet name fixes its country: SANA SY). */
export const COUNTRY_CODES = new Set(D.countryCodes);

/** Known names and aliases, clitic-aware, longest match first. */
export const ORG_NAMES = new Gazetteer<OrgEntry>();
/** Normalized keys of loose-ambiguous and strict single forms. */
const AMBIGUOUS = new Set<string>();
const STRICT = new Set<string>();

let n = 0;
for (const r of D.names) {
  const entry: OrgEntry = { name: r.name, kind: r.kind, country: r.country ?? null, id: `lex:${n++}`, ambiguous: false, strict: false, source: "lexicon" };
  for (const form of [r.name, ...(r.aliases ?? []), ...(r.ambiguousAliases ?? []), ...(r.strict ?? [])]) ORG_NAMES.add(form, entry);
  for (const a of r.ambiguousAliases ?? []) AMBIGUOUS.add(phraseKey(a));
  for (const a of r.strict ?? []) STRICT.add(phraseKey(a));
}
/** Club spellings that are also places or common words: a club only in a football context. */
const SPORTS = new Set<string>();

interface RawWorld {
  sportsCues: string[];
  teamBefore: string[];
  teamVerbsBeforeOn: string[];
  clubs: Record<string, string[]>;
  companies: string[];
  media: string[];
  parties: string[];
}
const W = world as unknown as RawWorld;
/** Words that mark a football context (مباراة، الدوري، هدف …). */
export const SPORTS_CUES = keySet(W.sportsCues);
/** Words right before a team (فريق، ضيفه، أمام، لاعب …). */
export const TEAM_BEFORE = keySet(W.teamBefore);
/** Verbs and nouns of winning that take the beaten team after على (فاز على X). */
export const TEAM_VERBS_ON = keySet(W.teamVerbsBeforeOn);

/**
 * Names from data/org-world.json (clubs, companies, media, parties). A spelling already known from
 * data/organizations.json keeps that entry. Marks: "~" (clubs: football context only; others:
 * loose), "!" (strict).
 */
function addWorld(): void {
  const groups: Array<{ kind: string; country: string | null; items: string[] }> = [];
  for (const [code, items] of Object.entries(W.clubs)) groups.push({ kind: "club", country: /^[A-Z]{2}$/.test(code) && !["XE", "AM", "AF", "AS"].includes(code) ? code : null, items });
  groups.push({ kind: "company", country: null, items: W.companies });
  groups.push({ kind: "media", country: null, items: W.media });
  groups.push({ kind: "party", country: null, items: W.parties });
  for (const g of groups) {
    for (const item of g.items) {
      const forms = item.split("|").map((f) => f.trim()).filter(Boolean);
      const name = forms[0]!.replace(/^[~!]/, "");
      const entry: OrgEntry = { name, kind: g.kind, country: g.country, id: `world:${g.kind}:${phraseKey(name)}`, ambiguous: false, strict: false, source: "world" };
      for (const f of forms) {
        const mark = f[0] === "~" || f[0] === "!" ? f[0] : "";
        const form = mark ? f.slice(1) : f;
        const key = phraseKey(form);
        if (!key) continue;
        const have = ORG_NAMES.get(form);
        if (have?.some((v) => v.source === "lexicon")) continue;
        ORG_NAMES.add(form, entry);
        if (mark === "~" && g.kind === "club") SPORTS.add(key);
        else if (mark === "~") AMBIGUOUS.add(key);
        else if (mark === "!") STRICT.add(key);
      }
    }
  }
}
addWorld();

/** A club spelling that names a club only in a football context (برشلونة، الأهلي). */
export function isSportsOnly(key: string): boolean {
  return SPORTS.has(key);
}

const NOT_ORGS = new Set(D.notOrganizations.map((x) => phraseKey(x)));
function addDerived(): void {
for (const r of (anercorp as unknown as RawAner).names) {
  const key = phraseKey(r.name);
  if (ORG_NAMES.get(r.name) || NOT_ORGS.has(key)) continue;
  // one definite word (الأهلي، النصر) is often an adjective or a common noun: loose reading
  const loose = !key.includes(" ") && key.startsWith("ال");
  if (loose) AMBIGUOUS.add(key);
  const kind = headOf(key.split(" ")[0]!)?.head.kind ?? "other"; // حركة فتح → group
  ORG_NAMES.add(r.name, { name: r.name, kind, country: null, id: `aner:${key}`, ambiguous: loose, strict: false, source: "anercorp" });
}
}

/** How a matched key must be checked: "strict", "ambiguous" or "plain". */
export function nameReading(key: string): "strict" | "ambiguous" | "plain" {
  if (STRICT.has(key)) return "strict";
  if (AMBIGUOUS.has(key)) return "ambiguous";
  if (SPORTS.has(key)) return "strict"; // a club name outside a football context: only after a head or in quotes
  return "plain";
}

/** The head noun for a normalized stem (without clitics), definite or not. */
export function headOf(stem: string): { head: OrgHead; definite: boolean } | null {
  const h = ORG_HEADS.get(stem);
  if (h) return { head: h, definite: false };
  if (stem.startsWith("ال") && stem.length > 3) {
    const d = ORG_HEADS.get(stem.slice(2));
    if (d) return { head: d, definite: true };
  }
  return null;
}
addDerived();
/** Word flag of the words at which a known name may start: the look-up at every word reads it, not the word's facts. */
export const ORG_NAME_START = startFlag(ORG_NAMES);

/** The head noun of a normalized token (clitics removed, ال kept): وبالجيش → الجيش; or null. */
export function headKey(tok: string): string | null {
  for (const r of cliticReadings(tok)) if (headOf(r.stem)) return r.stem;
  return null;
}

/** Shape of the word after a head: a nisba adjective, another definite word, an indefinite word, none. */
export function nextShape(tok: string | undefined): "nis" | "def" | "ind" | "end" {
  if (tok === undefined || !/\p{L}/u.test(tok)) return "end";
  const stem = cliticReadings(tok).find((r) => r.stem.startsWith("ال"))?.stem ?? tok;
  if (!stem.startsWith("ال")) return "ind";
  return /^ال..+(ي|يه)$/.test(stem) ? "nis" : "def";
}

/** The word after a head without its clitics (ال kept): للامن → الامن. */
export function nextStem(tok: string): string {
  const rs = cliticReadings(tok);
  return (rs.find((r) => r.stem.startsWith("ال") && r.prefix > 0) ?? rs[0]!).stem;
}
