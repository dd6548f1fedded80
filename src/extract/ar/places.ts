// Places (cities, governorates, regions, seas): see src/lexicon/places.ts for the rules. A place
// name that stands for a football team in a football context (فاز برشلونة على ليون الفرنسي) is an
// organization (see footballTeams in ./organizations.ts), not a place: its mentions are left out.
import type { CountryFact, ExtractContext, PlaceFact } from "../facts.js";
import { extractPlaces as extractPlacesLexicon } from "../../lexicon/places.js";
import { footballTeams } from "./organizations.js";

export function extractPlaces(ctx: ExtractContext, countries: CountryFact[]): PlaceFact[] {
  const places = extractPlacesLexicon(ctx, countries);
  const teams = footballTeams(ctx.doc);
  if (!teams.length) return places;
  const team = new Uint8Array(ctx.doc.tokens.length);
  for (const t of teams) for (let k = t.first; k < t.last; k++) team[k] = 1;
  const out: PlaceFact[] = [];
  for (const p of places) {
    const keep = p.spans.map((s) => { for (let k = s.first; k < s.last; k++) if (team[k]) return false; return true; });
    if (keep.every(Boolean)) { out.push(p); continue; }
    if (!keep.some(Boolean)) continue;
    out.push({ ...p, spans: p.spans.filter((_, k) => keep[k]), mentions: p.mentions.filter((_, k) => keep[k]) });
  }
  return out;
}
