// Checks the hand-curated person-name lexicons in src/lexicon/data/names/.
// Run: npx tsc -p tsconfig.json && node dist/lexicon/build/check-names.js
// Reports: per-file counts; duplicates after normKey (inside a list, and across files); name forms that
// also occur as a country, capital, place, organization, derived LOC/ORG name or derived non-name word (these belong in
// `ambiguous`); given-name forms already in given-names.json; role nouns already in titles.json.
// Exit code 1 when a `names` form collides with a place/org/non-name word or is duplicated.

import { normKey } from "../../text/normalize.js";
import foreignGiven from "../data/names/foreign-given.json" with { type: "json" };
import arabGiven from "../data/names/arab-given.json" with { type: "json" };
import surnames from "../data/names/surnames.json" with { type: "json" };
import roleNouns from "../data/names/role-nouns.json" with { type: "json" };
import countries from "../data/countries.json" with { type: "json" };
import places from "../data/places.json" with { type: "json" };
import organizations from "../data/organizations.json" with { type: "json" };
import capitals from "../data/capitals-ar.json" with { type: "json" };
import nonNameWords from "../data/derived/non-name-words.json" with { type: "json" };
import locNames from "../data/derived/loc-names.json" with { type: "json" };
import orgNames from "../data/derived/org-names.json" with { type: "json" };
import givenNames from "../data/given-names.json" with { type: "json" };
import titles from "../data/titles.json" with { type: "json" };

interface NameFile { names: string[]; ambiguous: string[] }

const strip = (s: string): string => normKey(s.replace(/^[?!]+/, ""));

// --- reference sets -------------------------------------------------------------------------------
const refs = new Map<string, Set<string>>();
const add = (kind: string, s: unknown): void => {
  if (typeof s !== "string" || !s) return;
  let set = refs.get(kind);
  if (!set) refs.set(kind, (set = new Set()));
  set.add(strip(s));
};

for (const c of countries as Array<Record<string, unknown>>) {
  add("country", c["nameAr"]);
  for (const k of ["forms", "ambiguous", "adjectives", "plurals", "capitalAr", "capitalAmbiguous"]) {
    const v = c[k];
    if (Array.isArray(v)) for (const s of v) add("country", s);
  }
}
for (const list of Object.values((places as { places: Record<string, string[]> }).places))
  for (const entry of list) for (const s of entry.split("|")) add("place", s);
for (const [k, v] of Object.entries(capitals as Record<string, unknown>)) {
  if (k.startsWith("_") || !Array.isArray(v)) continue;
  for (const s of v) add("capital", s);
}
for (const o of (organizations as { names: Array<{ name: string; aliases?: string[] }> }).names) {
  add("organization", o.name);
  for (const a of o.aliases ?? []) add("organization", a);
}
for (const w of nonNameWords as string[]) add("non-name-word", w);
for (const w of locNames as string[]) add("derived-loc-name", w);
for (const w of orgNames as string[]) add("derived-org-name", w);

const known = new Set((givenNames as { names: string[] }).names.map(strip));
const titleWords = new Set<string>();
const walk = (v: unknown): void => {
  if (typeof v === "string") titleWords.add(strip(v));
  else if (Array.isArray(v)) v.forEach(walk);
  else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) if (!k.startsWith("_")) walk(x);
};
walk(titles);

// --- checks ----------------------------------------------------------------------------------------
const files: Array<[string, NameFile]> = [
  ["foreign-given", foreignGiven as NameFile],
  ["arab-given", arabGiven as NameFile],
  ["surnames", surnames as NameFile],
];
let problems = 0;
const seenAll = new Map<string, string>(); // key -> "file:list"
const report = (msg: string): void => { console.log("  " + msg); };

for (const [name, f] of files) {
  console.log(`${name}: ${f.names.length} names, ${f.ambiguous.length} ambiguous`);
  const seen = new Map<string, string>();
  for (const [listName, list] of [["names", f.names], ["ambiguous", f.ambiguous]] as const) {
    for (const s of list) {
      const k = strip(s);
      if (!k) { report(`empty form in ${listName}`); problems++; continue; }
      const prev = seen.get(k);
      if (prev !== undefined) { report(`duplicate: "${s}" (${listName}) = "${prev}"`); problems++; continue; }
      seen.set(k, `${s} (${listName})`);
      const other = seenAll.get(k);
      if (other !== undefined && !other.startsWith(name + ":")) report(`also in ${other}: "${s}"`);
      else seenAll.set(k, `${name}:${listName}`);
      if (listName === "names") {
        for (const [kind, set] of refs) if (set.has(k)) { report(`collides with ${kind}: "${s}"`); problems++; }
      }
      if (name !== "surnames" && listName === "names" && known.has(k)) {
        report(`already in given-names.json: "${s}"`);
        if (name === "arab-given") problems++;
      }
    }
  }
}

const rn = roleNouns as { words: string[] };
console.log(`role-nouns: ${rn.words.length} words`);
{
  const seen = new Set<string>();
  let inTitles = 0;
  for (const w of rn.words) {
    const k = strip(w);
    if (seen.has(k)) { report(`duplicate: "${w}"`); problems++; }
    seen.add(k);
    if (titleWords.has(k)) inTitles++;
  }
  console.log(`  ${inTitles} role nouns also appear somewhere in titles.json (professions etc.), ${rn.words.length - inTitles} new`);
}

const total = files.reduce((n, [, f]) => n + f.names.length + f.ambiguous.length, 0) + rn.words.length;
console.log(`total forms: ${total}; problems: ${problems}`);
process.exitCode = problems ? 1 : 0;
