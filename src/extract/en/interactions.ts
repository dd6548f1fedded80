import type { Interaction } from "../../types.js";
import type { EntityFacts, ExtractContext } from "../facts.js";
import type { EntityIndex } from "./entities.js";
export function extractEnglishInteractions(_ctx: ExtractContext, _facts: EntityFacts, _idx: EntityIndex | null): Interaction[] { return []; }
