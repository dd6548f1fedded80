// Words written with a final period that does not end a sentence.
import data from "./data/abbreviations.json" with { type: "json" };
export const ABBREVIATIONS: Set<string> = new Set((data as string[]).map((s) => s.toLowerCase()));
