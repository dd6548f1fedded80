import type { CountryFact, ExtractContext, PlaceFact } from "../facts.js";
// STUB: replaced by the places lexicon work.
export function extractPlaces(_ctx: ExtractContext, _countries: CountryFact[]): PlaceFact[] {
  return [];
}
