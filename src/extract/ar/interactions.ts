import type { Interaction } from "../../types.js";
import type { EntityFacts, ExtractContext } from "../facts.js";
export function extractInteractions(_ctx: ExtractContext, _facts: EntityFacts): Interaction[] {
  return [];
}
