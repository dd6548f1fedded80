// English extraction (loaded lazily by the pipeline only when an English document appears).
import type { Interaction } from "../../types.js";
import type { EntityFacts, ExtractContext } from "../facts.js";

export function englishFacts(_ctx: ExtractContext): EntityFacts {
  return { countries: [], places: [], organizations: [], dates: [], ministers: [], people: [] };
}

export function englishInteractions(_ctx: ExtractContext, _facts: EntityFacts): Interaction[] {
  return [];
}
