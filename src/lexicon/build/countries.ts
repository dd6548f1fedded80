// Builds src/lexicon/data/countries.json from maintained sources plus hand-kept data.
//
//   npm run lexicon:countries
//   (= npx tsc -p tsconfig.json && node dist/lexicon/build/countries.js, run from the repo root)
//
// Sources, reconciled per ISO 3166-1 alpha-2 code:
//   - i18n-iso-countries, Arabic locale (names; some entries are arrays of alternatives)
//   - world-countries: name.common/official in English, translations.ara.common/official, capital[]
//   - Intl.DisplayNames('ar', { type: 'region' }) (CLDR, as shipped with Node's ICU)
//   - src/lexicon/data/countries-extra.json: extra spellings and short forms, forms to drop,
//     preferred display names, ambiguous forms and negative contexts (all data)
//   - src/lexicon/data/nisba-exceptions.json: irregular nationality adjectives and broken plurals
//   - src/lexicon/data/capitals-ar.json: Arabic spellings of the capitals world-countries names
// Output: one entry per code with the English name, an Arabic display name, every Arabic name form,
// the ambiguous forms, the base adjectives (masculine singular, derived by rule unless an exception
// says otherwise), broken plurals and the capital. Inflection of the adjectives happens at load
// time in src/lexicon/countries.ts (nisbaForms).
import { createRequire } from "node:module";
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { normKey } from "../../text/normalize.js";
import type { CountryData } from "../countries.js";

const root = process.cwd();
const require = createRequire(resolve(root, "package.json"));
const dataDir = resolve(root, "src/lexicon/data");

interface WorldCountry {
  cca2: string;
  name: { common: string; official: string };
  capital?: string[];
  translations: Record<string, { common: string; official: string } | undefined>;
}

interface Extra {
  nameAr: Record<string, string>;
  forms: Record<string, string[]>;
  drop: Record<string, string[]>;
  ambiguous: Record<string, string[]>;
  notAfter: Record<string, string[]>;
  notBefore: Record<string, string[]>;
}

interface Nisba {
  adjectives: Record<string, string[]>;
  extraAdjectives: Record<string, string[]>;
  brokenPlurals: Record<string, string[]>;
  none: string[];
  blocked: string[];
  ambiguous: string[];
}

/** One country as written to countries.json: the shape the runtime lexicon reads. */
export type BuiltCountry = CountryData;

/** Arab League members: their names are Arabic words, so no foreign-letter spelling variants. */
const ARAB = new Set(["DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM", "PS", "QA", "SA", "SO", "SD", "SY", "TN", "AE", "YE", "EH"]);

/** Base masculine singular nisba from a one-word country name, by rule; null when no rule applies. */
export function deriveNisba(name: string): string | null {
  let w = name.trim();
  if (/\s/.test(w)) return null;
  if (w.startsWith("ال") && w.length > 4) w = w.slice(2);
  if (w.endsWith("يا")) return w.slice(0, -1);
  if (w.endsWith("ية")) return w.slice(0, -1);
  if (w.endsWith("ة")) return w.slice(0, -1) + "ي";
  if (w.endsWith("ا")) return w.slice(0, -1) + "ي";
  if (w.endsWith("ي")) return w;
  if (w.endsWith("و")) return null;
  return w + "ي";
}

/** Spelling variants of a foreign name: Persian/Urdu letters and the Egyptian ج for G. */
function letterVariants(form: string, code: string): string[] {
  const out = new Set<string>();
  const base = form.replace(/ڤ/g, "ف").replace(/پ/g, "ب").replace(/چ/g, "تش").replace(/گ/g, "غ");
  if (base !== form) out.add(base);
  if (!ARAB.has(code) && base.includes("غ")) {
    const g = base.replace(/غ/g, "ج");
    if (g.replace(/\s/g, "").length > 4) out.add(g);
  }
  return [...out];
}

function clean(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

export function build(): { countries: BuiltCountry[]; conflicts: string[] } {
  const i18n = require("i18n-iso-countries/langs/ar.json") as { countries: Record<string, string | string[]> };
  const world = require("world-countries/countries.json") as WorldCountry[];
  const extra = JSON.parse(readFileSync(resolve(dataDir, "countries-extra.json"), "utf8")) as Extra;
  const nisba = JSON.parse(readFileSync(resolve(dataDir, "nisba-exceptions.json"), "utf8")) as Nisba;
  const capitals = JSON.parse(readFileSync(resolve(dataDir, "capitals-ar.json"), "utf8")) as Record<string, string[] | string>;
  const display = new Intl.DisplayNames("ar", { type: "region" });

  const byCode = new Map<string, WorldCountry>(world.map((w) => [w.cca2, w]));
  const codes = [...new Set([...Object.keys(i18n.countries), ...byCode.keys()])].sort();
  const blocked = new Set(nisba.blocked.map(normKey));
  const none = new Set(nisba.none);

  const countries: BuiltCountry[] = [];
  for (const code of codes) {
    const w = byCode.get(code);
    const i = i18n.countries[code];
    const fromI18n = i === undefined ? [] : Array.isArray(i) ? i : [i];
    const intl = display.of(code);
    const fromIntl = intl && intl !== code ? [intl] : [];
    const ara = w?.translations["ara"];
    const fromWorld = ara ? [ara.common, ara.official] : [];

    const dropped = new Set((extra.drop[code] ?? []).map(normKey));
    const raw: string[] = [];
    const push = (s: string | undefined): void => {
      if (!s) return;
      const c = clean(s);
      if (!c || dropped.has(normKey(c))) return;
      raw.push(c);
      // "ميانمار (بورما)", "الكونغو - كينشاسا": keep the parts as forms too
      const paren = /^(.+?)\s*\((.+)\)$/.exec(c);
      if (paren) { push(paren[1]); push(paren[2]); }
      const dash = /^(.+?)\s+-\s+(.+)$/.exec(c);
      if (dash) push(`${dash[1]} ${dash[2]}`);
    };
    for (const s of [...(extra.forms[code] ?? []), ...fromIntl, ...fromI18n, ...fromWorld]) push(s);
    for (const s of [...raw]) for (const v of letterVariants(s, code)) push(v);

    // one original spelling per normalized key, keeping the first (extras and CLDR first)
    const seen = new Set<string>();
    const forms: string[] = [];
    for (const f of raw) {
      if (/[()\-]/.test(f)) continue;
      const k = normKey(f);
      if (!k || seen.has(k)) continue;
      seen.add(k);
      forms.push(f);
    }

    // "دولة X" / "جمهورية X" … where X alone is an unambiguous form of the same code: X is the
    // name and the state noun only the word before it (it still makes ambiguous forms safe)
    const ambiguousKeys = new Set((extra.ambiguous[code] ?? []).map(normKey));
    const formKeys = new Set(forms.map(normKey));
    for (let k = forms.length - 1; k >= 0; k--) {
      const m = /^(?:دولة|جمهورية|مملكة|سلطنة|إمارة)\s+(.+)$/.exec(forms[k]!);
      if (m && formKeys.has(normKey(m[1]!)) && !ambiguousKeys.has(normKey(m[1]!))) forms.splice(k, 1);
    }

    let nameAr = extra.nameAr[code] ?? intl ?? fromI18n[0] ?? forms[0] ?? code;
    if (/[()]|\s-\s/.test(nameAr)) nameAr = fromI18n.find((s) => !/[()]/.test(s)) ?? forms[0] ?? nameAr;

    const ambiguous = (extra.ambiguous[code] ?? []).map(clean);
    for (const a of ambiguous) if (!seen.has(normKey(a))) { seen.add(normKey(a)); forms.push(a); }

    // nationality adjectives
    let adjectives: string[] = [];
    if (!none.has(code)) {
      if (nisba.adjectives[code]) adjectives = [...nisba.adjectives[code]!];
      else {
        const d = deriveNisba(nameAr);
        if (d) adjectives.push(d);
      }
      adjectives.push(...(nisba.extraAdjectives[code] ?? []));
    }
    const adjSeen = new Set<string>();
    adjectives = adjectives.filter((a) => {
      const k = normKey(a);
      if (blocked.has(k) || adjSeen.has(k)) return false;
      adjSeen.add(k);
      return true;
    });

    const cap = capitals[code];
    const capList = Array.isArray(cap) ? cap : [];
    // plain spellings, and the ones marked ? (common word) or ! (very common word), markers kept
    const capitalAr = capList.filter((c) => !/^[?!]/.test(c)).map(clean);
    const capitalAmbiguous = capList.filter((c) => /^[?!]/.test(c)).map(clean);

    const entry: BuiltCountry = {
      code,
      name: w?.name.common ?? code,
      nameAr,
      forms,
      ambiguous,
      adjectives,
      plurals: nisba.brokenPlurals[code] ?? [],
      capital: w?.capital?.[0] ?? null,
      capitalAr,
      capitalAmbiguous,
    };
    if (extra.notAfter[code]) entry.notAfter = extra.notAfter[code];
    if (extra.notBefore[code]) entry.notBefore = extra.notBefore[code];
    countries.push(entry);
  }

  // a form that names two codes is a conflict to settle in countries-extra.json (drop)
  const owner = new Map<string, string>();
  const conflicts: string[] = [];
  for (const c of countries) {
    for (const f of c.forms) {
      const k = normKey(f);
      const o = owner.get(k);
      if (o && o !== c.code) conflicts.push(`${f}: ${o} ${c.code}`);
      else owner.set(k, c.code);
    }
  }
  return { countries, conflicts };
}

function main(): void {
  const { countries, conflicts } = build();
  const out = resolve(dataDir, "countries.json");
  writeFileSync(out, JSON.stringify(countries, null, 1) + "\n");
  console.log(`countries.json: ${countries.length} codes, ${countries.reduce((n, c) => n + c.forms.length, 0)} name forms, ${countries.reduce((n, c) => n + c.adjectives.length, 0)} adjective bases`);
  for (const c of conflicts) console.log(`conflict: ${c}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
