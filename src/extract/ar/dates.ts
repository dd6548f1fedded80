import type { DateFact, ExtractContext } from "../facts.js";
// STUB: replaced by the dates work.
export function extractDates(_ctx: ExtractContext): DateFact[] {
  return [];
}
