// English lexicons compiled from src/lexicon/data/en-*.json: countries and demonyms, cities and
// regions, organizations, titles and portfolios, honorifics, interaction triggers.
// Loaded only by src/extract/en/ (English or mixed documents).
import countryData from "./data/en-countries.json" with { type: "json" };
import orgData from "./data/en-orgs.json" with { type: "json" };
import titleData from "./data/en-titles.json" with { type: "json" };
import triggerData from "./data/en-triggers.json" with { type: "json" };
import { Gazetteer } from "./gazetteer.js";
import type { Portfolio } from "../types.js";
import { lazy } from "./lazy.js";

export type EnEntry =
  | { kind: "country"; code: string; adjective: boolean; ambiguous: boolean }
  | { kind: "place"; country: string | null; region: boolean }
  | { kind: "org"; id: number };

export interface EnCountry { code: string; name: string; nameAr?: string }
export interface EnOrg { name: string; aliases: string[]; kind: string; country: string | null }
export interface EnTrigger {
  phrase: string; type: "meeting" | "call" | "visit" | "talks" | "received" | "other";
  direction?: "from"; passive?: boolean; chair?: boolean; attend?: boolean; arrival?: boolean; requiresPersonObject?: boolean;
}

interface CountryData { countries: { code: string; name: string; nameAr?: string; names: string[]; demonyms: string[] }[]; cities: { name: string; country: string }[]; regions: string[]; ambiguous: string[] }

const cd = countryData as CountryData;
export const EN_COUNTRIES = new Map<string, EnCountry>(cd.countries.map((c) => [c.code, { code: c.code, name: c.name, ...(c.nameAr ? { nameAr: c.nameAr } : {}) }]));
export const EN_ORGS: EnOrg[] = (orgData as { organizations: EnOrg[] }).organizations;
export const ORG_HEADS = new Set<string>((orgData as { heads: { organization: string[] } }).heads.organization);
export const PLACE_HEADS = new Set<string>((orgData as { heads: { place: string[] } }).heads.place);
export const ORG_CONNECTORS = new Set<string>((orgData as { connectors: string[] }).connectors);

const upperFirst = (s: string) => s.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());

/** Case-sensitive entity lexicon: country names and demonyms, cities, regions, organizations. */
export const EN_GAZETTEER: Gazetteer<EnEntry> = lazy(() => {
  const g = new Gazetteer<EnEntry>(false);
  const ambiguous = new Set(cd.ambiguous);
  const addVariants = (phrase: string, v: EnEntry) => {
    const bare = phrase.replace(/^the\s+/i, "");
    for (const p of new Set([bare, upperFirst(bare), bare.toUpperCase()])) g.add(p, v);
  };
  for (const o of EN_ORGS.map((o, id) => ({ o, id }))) for (const n of [o.o.name, ...o.o.aliases]) g.add(n, { kind: "org", id: o.id });
  for (const c of cd.cities) addVariants(c.name, { kind: "place", country: c.country, region: false });
  for (const r of cd.regions) addVariants(r, { kind: "place", country: null, region: true });
  for (const c of cd.countries) {
    for (const n of c.names) addVariants(n, { kind: "country", code: c.code, adjective: false, ambiguous: ambiguous.has(n) });
    for (const d of c.demonyms) g.add(d, { kind: "country", code: c.code, adjective: true, ambiguous: false });
  }
  return g;
});

/** Country code of a country name or demonym ("Saudi", "Egypt"), or null. */
export function countryCodeOf(phrase: string): string | null {
  const v = EN_GAZETTEER.get(phrase)?.find((e) => e.kind === "country");
  return v && v.kind === "country" ? v.code : null;
}

// ---- titles -------------------------------------------------------------------------------------
const td = titleData as {
  portfolios: Record<string, string[]>; titleCountries: Record<string, string | null>; qualifiers: Record<string, string>;
  honorifics: string[]; personTitles: string[]; stopWords: string[]; nameConnectors: string[];
};
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
const byLength = (a: string, b: string) => b.length - a.length;

/** Portfolio phrase (lower case) → portfolio. */
export const PORTFOLIO_OF = new Map<string, Portfolio>();
for (const [p, list] of Object.entries(td.portfolios)) for (const w of list) PORTFOLIO_OF.set(w, p as Portfolio);
const PF = `(?:${[...PORTFOLIO_OF.keys()].sort(byLength).map(esc).join("|")})`;
const PF_OPT_AFFAIRS = `${PF}(?:\\s+affairs)?`;
const CORE = [
  `(?:first\\s+)?deputy\\s+prime\\s+minister(?:\\s+for\\s+${PF_OPT_AFFAIRS})?`,
  `prime\\s+minister`,
  `minister\\s+of\\s+state(?:\\s+for\\s+${PF_OPT_AFFAIRS})?`,
  `minister\\s+(?:of|for)\\s+(?:the\\s+)?${PF_OPT_AFFAIRS}`,
  `${PF}\\s+minister`,
  `secretary\\s+of\\s+state(?:\\s+for\\s+${PF_OPT_AFFAIRS})?`,
  `secretary\\s+of\\s+(?:the\\s+)?${PF}`,
  `${PF}\\s+secretary(?!-)`,
  `chancellor\\s+of\\s+the\\s+exchequer`,
  `minister(?!\\s+(?:of|for)\\b)`,
].join("|");
/** One or more minister titles joined by "and" ("Deputy Prime Minister and Minister of Interior"). */
export const MINISTER_TITLE_RE = new RegExp(`(?:${CORE})(?:\\s*,?\\s+and\\s+(?:${CORE}))*(?![\\p{L}-])`, "iuy");
/** Lower-case words a minister title can start with (a cheap test before the big expression). */
export const MINISTER_TITLE_FIRST = new Set<string>(["first", "deputy", "prime", "minister", "secretary", "chancellor",
  ...[...PORTFOLIO_OF.keys()].map((k) => k.split(" ")[0]!)]);
export const MINISTER_CORE_RE = new RegExp(`(?:${CORE})(?![\\p{L}-])`, "giu");
const PF_FIND_RE = new RegExp(`(?<![\\p{L}])${PF}(?![\\p{L}])`, "iu");

/** Portfolio of one title core, "deputy" for a deputy prime minister without a portfolio, null for a bare "minister". */
export function corePortfolio(core: string): Portfolio | "deputy" | null {
  const c = core.toLowerCase().replace(/\s+/g, " ");
  if (c === "minister") return null;
  if (c === "secretary of state") return "foreign";
  if (c.startsWith("chancellor of the exchequer")) return "finance";
  const pf = PF_FIND_RE.exec(c);
  if (/deputy prime minister/.test(c)) return pf ? PORTFOLIO_OF.get(pf[0].replace(/\s+/g, " "))! : "deputy";
  if (/^prime minister/.test(c)) return "prime_minister";
  if (/minister of state/.test(c) && !pf) return "other";
  return pf ? PORTFOLIO_OF.get(pf[0].replace(/\s+/g, " ")) ?? "other" : "other";
}

/** Country implied by the title alone ("Home Secretary" → GB), if any. */
export function titleCountry(title: string): string | null {
  const t = title.toLowerCase().replace(/\s+/g, " ");
  for (const [k, v] of Object.entries(td.titleCountries)) if (v && (t === k || t.endsWith(" " + k) || t.startsWith(k))) return v;
  return null;
}
export const TITLE_QUALIFIERS = new Map<string, string>(Object.entries(td.qualifiers));

export const HONORIFICS: Gazetteer<true> = lazy(() => { const g = new Gazetteer<true>(false); for (const h of td.honorifics) g.add(h, true); return g; });
export const PERSON_TITLES: Gazetteer<string> = lazy(() => { const g = new Gazetteer<string>(true); for (const h of td.personTitles) g.add(h, h); return g; });
export const STOP_WORDS = new Set(td.stopWords);
export const NAME_CONNECTORS = new Set(td.nameConnectors);

// ---- triggers -----------------------------------------------------------------------------------
const trd = triggerData as { triggers: EnTrigger[]; planned: string[]; topicCues: string[]; topicStops: string[]; followUpSubjects: string[] };
/** The first words of the trigger phrases (met, receives, hosts …): capitalized in a headline they are no name. */
export const TRIGGER_FIRST_WORDS = new Set<string>(trd.triggers.map((t) => t.phrase.split(" ")[0]!).filter((w) => w.length > 2));
export const TRIGGERS: Gazetteer<EnTrigger> = lazy(() => { const g = new Gazetteer<EnTrigger>(true); for (const t of trd.triggers) g.add(t.phrase, t); return g; });
export const PLANNED_RE = new RegExp(`(?:^|\\s)(?:${trd.planned.sort(byLength).map(esc).join("|")})(?:\\s+also)?\\s*$`, "i");
export const TOPIC_CUES: string[] = [...trd.topicCues].sort(byLength);
export const TOPIC_STOPS: string[] = trd.topicStops;
export const FOLLOW_UP_SUBJECTS: string[] = [...trd.followUpSubjects].sort(byLength);
