// Generates src/lexicon/data/en-countries.json from world-countries (a dev dependency: English
// names, official names, alternative spellings, demonyms, capitals) plus the hand-kept
// src/lexicon/data/en-countries-extras.json. Runtime code reads only the generated JSON.
//
//   npx tsc -p tsconfig.json && node dist/lexicon/build/en-countries.js
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

interface WorldCountry {
  cca2: string;
  name: { common: string; official: string; native?: Record<string, { common: string; official: string }> };
  altSpellings: string[];
  capital: string[];
  demonyms?: { eng?: { m: string; f: string } };
  translations?: Record<string, { common: string; official: string }>;
  independent?: boolean;
}
interface Extras {
  countries: Record<string, { names?: string[]; demonyms?: string[] }>;
  ambiguous: string[];
  exclude: string[];
  cities: Record<string, string[]>;
  regions: string[];
}
export interface EnCountryEntry { code: string; name: string; nameAr?: string; names: string[]; demonyms: string[] }
export interface EnCountryData { countries: EnCountryEntry[]; cities: { name: string; country: string }[]; regions: string[]; ambiguous: string[] }

/** Plain-Latin spellings only (drops transliterations such as "Al-Mamlakah al-‘Arabiyyah"), and no bare 2-letter codes. */
function usable(s: string): boolean {
  if (!/^[A-Za-z][A-Za-z .'’,-]*$/.test(s)) return false;
  if (/^[A-Z]{2}$/.test(s)) return false;
  return s.length >= 3 || /^[A-Z.]+$/.test(s);
}

export function buildEnCountries(world: WorldCountry[], extras: Extras): EnCountryData {
  const countries: EnCountryEntry[] = [];
  const cities: { name: string; country: string }[] = [];
  for (const w of [...world].sort((a, b) => a.cca2.localeCompare(b.cca2))) {
    const ex = extras.countries[w.cca2] ?? {};
    const skip = new Set(extras.exclude);
    // hand-kept extras are taken as they are; generated spellings must pass `usable`
    const names = new Set<string>([...[w.name.common, w.name.official, ...w.altSpellings].filter((n) => usable(n) && !skip.has(n)), ...(ex.names ?? [])]);
    const demonyms = new Set<string>([...[w.demonyms?.eng?.m ?? "", w.demonyms?.eng?.f ?? ""].filter((d) => d && usable(d)), ...(ex.demonyms ?? [])]);
    const nameAr = w.translations?.["ara"]?.common;
    countries.push({ code: w.cca2, name: w.name.common, ...(nameAr ? { nameAr } : {}), names: [...names], demonyms: [...demonyms] });
    for (const c of w.capital ?? []) if (usable(c)) cities.push({ name: c, country: w.cca2 });
  }
  // a demonym shared by several entries ("American": US, American Samoa, Guam, ...) stays only with the
  // country whose extras list it, else with the only independent one, else with none
  const owners = new Map<string, string[]>();
  for (const c of countries) for (const d of c.demonyms) owners.set(d, [...(owners.get(d) ?? []), c.code]);
  const independent = new Set(world.filter((w) => w.independent).map((w) => w.cca2));
  for (const [d, codes] of owners) {
    if (codes.length < 2) continue;
    const byExtras = codes.filter((c) => extras.countries[c]?.demonyms?.includes(d));
    const byIndependence = codes.filter((c) => independent.has(c));
    const keep = byExtras.length === 1 ? byExtras[0] : byIndependence.length === 1 ? byIndependence[0] : undefined;
    for (const c of countries) if (codes.includes(c.code) && c.code !== keep) c.demonyms = c.demonyms.filter((x) => x !== d);
  }
  for (const [code, list] of Object.entries(extras.cities)) for (const name of list) if (!cities.some((c) => c.name === name)) cities.push({ name, country: code });
  return { countries, cities, regions: extras.regions, ambiguous: extras.ambiguous };
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const require = createRequire(import.meta.url);
  const world = require("world-countries") as WorldCountry[];
  const root = join(dirname(fileURLToPath(import.meta.url)), "../../..");
  const extras = JSON.parse(readFileSync(join(root, "src/lexicon/data/en-countries-extras.json"), "utf8")) as Extras;
  const out = buildEnCountries(world, extras);
  writeFileSync(join(root, "src/lexicon/data/en-countries.json"), JSON.stringify(out) + "\n");
  console.log(`en-countries.json: ${out.countries.length} countries, ${out.cities.length} cities, ${out.regions.length} regions`);
}
