// Places (cities, governorates, regions, seas): see src/lexicon/places.ts for the rules.
import type { CountryFact, ExtractContext, PlaceFact } from "../facts.js";
import { extractPlaces as extractPlacesLexicon } from "../../lexicon/places.js";

export function extractPlaces(ctx: ExtractContext, countries: CountryFact[]): PlaceFact[] {
  return extractPlacesLexicon(ctx, countries);
}
