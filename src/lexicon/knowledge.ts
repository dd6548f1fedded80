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
  /** Latin-script spellings of the name. */
  en?: string[];
}

const ENTRIES = (data as { people: KnowledgeEntry[] }).people;

/** Names and aliases by their first name key, in entry order (built on first use). */
let byFirstWord: Map<string, Array<{ entry: KnowledgeEntry; name: string }>> | null = null;

function namesByFirstWord(): Map<string, Array<{ entry: KnowledgeEntry; name: string }>> {
  const index = new Map<string, Array<{ entry: KnowledgeEntry; name: string }>>();
  for (const entry of ENTRIES) {
    for (const name of [entry.name, ...(entry.aliases ?? [])]) {
      const first = nameKeyTokens(name)[0];
      if (first === undefined) continue;
      let list = index.get(first);
      if (list === undefined) index.set(first, (list = []));
      list.push({ entry, name });
    }
  }
  return index;
}

/** The entry whose name (or an alias) contains the given name, first name included; null if none or ambiguous. */
export function lookupKnowledge(name: string): KnowledgeEntry | null {
  const toks = nameKeyTokens(name);
  if (toks.length < 2) return null;
  const candidates = (byFirstWord ??= namesByFirstWord()).get(toks[0]!);
  if (candidates === undefined) return null;
  let hit: KnowledgeEntry | null = null;
  for (const c of candidates) {
    if (c.entry === hit || !sameName(c.name, name)) continue;
    if (hit !== null && hit.country !== c.entry.country) return null; // entries of two countries
    hit ??= c.entry;
  }
  return hit;
}

const latinWords = (s: string): string[] =>
  s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/\b(al|el)-/g, "").split(/[^a-z]+/).filter((w) => w && w !== "al" && w !== "bin" && w !== "ibn" && w !== "el");

/** The entry for an English name: every word of it occurs in one of the entry's Latin spellings, first word included. */
export function lookupKnowledgeLatin(name: string): KnowledgeEntry | null {
  const words = latinWords(name);
  if (words.length < 2) return null;
  const hits = ENTRIES.filter((e) => (e.en ?? []).some((n) => {
    const ws = latinWords(n);
    return ws[0] === words[0] && words.every((w) => ws.includes(w));
  }));
  return hits.length === 1 ? hits[0]! : null;
}
