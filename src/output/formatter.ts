// What every output format implements: text for the start, for each document as it completes, and
// for the end of the run. The CLI writes each piece as soon as it has it.
import type { ChalkInstance } from "chalk";
import type { DocumentResult } from "../types.js";
import type { Kind } from "./kinds.js";

/** Every output format by name (implemented in formats.ts; kept here so option parsing loads nothing). */
export const FORMAT_NAMES = ["table", "json", "jsonl", "csv", "tsv", "conll", "dot", "mermaid"] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

/** One finished document: its result and, when it could be read, its decoded text. */
export interface Processed {
  result: DocumentResult;
  text: string | null;
  /** Size of the raw input in bytes, when known (progress display only). */
  bytes?: number;
}

export interface FormatContext {
  /** Kinds to show (`--only`); all kinds by default. */
  only: ReadonlySet<Kind>;
  /** Terminal width for views that wrap (table). */
  columns: number;
  /** Colouring for terminal views (the table); none or level 0 writes plain text. */
  chalk?: ChalkInstance;
}

/** Counts for the end of a run; timing appears only in the table view (never in data formats). */
export interface RunSummary {
  documents: number;
  failed: number;
  ministers: number;
  interactions: number;
  elapsedMs: number;
}

export interface Formatter {
  begin(): string;
  document(d: Processed): string;
  end(summary: RunSummary | null): string;
}
