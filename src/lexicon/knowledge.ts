// The knowledge file: well-known office holders and their countries. It only fills a country the
// text does not give (see extractPeople); detection never depends on it.
import data from "./data/knowledge.json" with { type: "json" };
import type { Portfolio } from "../types.js";
import { sameName, nameKeyTokens } from "../extract/ar/names.js";

export interface KnowledgeEntry {
  name: string;
  aliases?: string[];
  country: string;
  portfolio?: Portfolio;
  role?: string;
}

const ENTRIES = (data as { people: KnowledgeEntry[] }).people;

/** The entry whose name (or an alias) contains the given name, first name included; null if none or ambiguous. */
export function lookupKnowledge(name: string): KnowledgeEntry | null {
  const toks = nameKeyTokens(name);
  if (toks.length < 2) return null;
  const hits = ENTRIES.filter((e) => [e.name, ...(e.aliases ?? [])].some((n) => nameKeyTokens(n)[0] === toks[0] && sameName(n, name)));
  const countries = new Set(hits.map((h) => h.country));
  return countries.size === 1 ? hits[0]! : null;
}
