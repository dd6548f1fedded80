// Every output format by name. Adding a format is one line here.
import type { DocumentResult } from "../types.js";
import type { FormatContext, FormatName, Formatter } from "./formatter.js";
import { jsonFormatter, jsonlFormatter } from "./json.js";

export { FORMAT_NAMES, type FormatName } from "./formatter.js";

/** Thrown when a format is known but not part of this build. */
export class FormatUnavailableError extends Error {}

type Factory = (ctx: FormatContext) => Formatter | Promise<Formatter>;

/** A formatter that writes each document on its own (from its result and text), blank line between. */
export function perDocument(fn: (result: DocumentResult, text: string) => string): Factory {
  return () => {
    let n = 0;
    return {
      begin: () => "",
      document: ({ result, text }) => (text === null ? "" : (n++ ? "\n" : "") + fn(result, text)),
      end: () => "",
    };
  };
}

/** For a format that is named but not built in: `--format x` then fails as a usage error (exit 2). */
export function unavailable(format: string): Factory {
  return () => { throw new FormatUnavailableError(`--format ${format} is not available in this build`); };
}

// Formats other than JSON are loaded when asked for, so a run loads only the one it writes
// (the table pulls in cli-table3 and string-width).
export const FORMATS: Record<FormatName, Factory> = {
  table: async (ctx) => (await import("./table.js")).tableFormatter(ctx),
  json: jsonFormatter,
  jsonl: jsonlFormatter,
  csv: async (ctx) => (await import("./csv.js")).csvFormatter(ctx),
  tsv: async (ctx) => (await import("./csv.js")).tsvFormatter(ctx),
  conll: async (ctx) => { const { formatConllText } = await import("./conll.js"); return perDocument((result, text) => formatConllText(text, result))(ctx); },
  dot: async (ctx) => (await import("./dot.js")).dotFormatter(ctx),
  mermaid: async (ctx) => (await import("./mermaid.js")).mermaidFormatter(ctx),
};

export async function createFormatter(name: FormatName, ctx: FormatContext): Promise<Formatter> {
  return FORMATS[name](ctx);
}
