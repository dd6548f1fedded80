import type { CountryFact, ExtractContext } from "../facts.js";
// STUB: replaced by the countries lexicon work.
export function extractCountries(_ctx: ExtractContext): CountryFact[] {
  return [];
}
