import type { EntityFacts, ExtractContext, MinisterFact, PersonFact } from "../facts.js";
export function extractPeople(_ctx: ExtractContext, _facts: Omit<EntityFacts, "ministers" | "people">): { ministers: MinisterFact[]; people: PersonFact[] } {
  return { ministers: [], people: [] };
}
