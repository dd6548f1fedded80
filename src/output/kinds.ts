// The kinds of facts a DocumentResult carries, in display order, and `--only` parsing.
import type { DocumentResult } from "../types.js";

export const KINDS = ["ministers", "people", "countries", "organizations", "places", "dates", "interactions"] as const;
export type Kind = (typeof KINDS)[number];

const ALIASES: Record<string, Kind> = {
  minister: "ministers", person: "people", country: "countries", organization: "organizations",
  organisations: "organizations", organisation: "organizations", orgs: "organizations", org: "organizations",
  place: "places", date: "dates", interaction: "interactions", meetings: "interactions",
};

/** Parse "ministers,people" into a set of kinds; throws Error naming the unknown kind. */
export function parseKinds(list: string): Set<Kind> {
  const out = new Set<Kind>();
  for (const raw of list.split(",")) {
    const k = raw.trim().toLowerCase();
    if (!k) continue;
    const kind = (KINDS as readonly string[]).includes(k) ? (k as Kind) : ALIASES[k];
    if (!kind) throw new Error(`unknown kind '${raw.trim()}' (choose from ${KINDS.join(", ")})`);
    out.add(kind);
  }
  if (out.size === 0) throw new Error(`no kind given (choose from ${KINDS.join(", ")})`);
  return out;
}

export const ALL_KINDS: ReadonlySet<Kind> = new Set(KINDS);

/** A DocumentResult keeping only the selected kinds (file, language, warnings and errors always stay). */
export function project(r: DocumentResult, only: ReadonlySet<Kind>): Partial<DocumentResult> & Pick<DocumentResult, "file" | "language"> {
  if (only.size === KINDS.length) return r;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(r)) {
    if ((KINDS as readonly string[]).includes(key) && !only.has(key as Kind)) continue;
    out[key] = value;
  }
  return out as Partial<DocumentResult> & Pick<DocumentResult, "file" | "language">;
}
