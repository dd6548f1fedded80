// Every output format by name. Adding a format is one line here.
import type { DocumentResult } from "../types.js";
import type { FormatContext, FormatName, Formatter } from "./formatter.js";
import { jsonFormatter, jsonlFormatter } from "./json.js";
import { csvFormatter, tsvFormatter } from "./csv.js";
import { tableFormatter } from "./table.js";
import { dotFormatter } from "./dot.js";
import { mermaidFormatter } from "./mermaid.js";
import { formatConllText } from "./conll.js";

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

export const FORMATS: Record<FormatName, Factory> = {
  table: tableFormatter,
  json: jsonFormatter,
  jsonl: jsonlFormatter,
  csv: csvFormatter,
  tsv: tsvFormatter,
  conll: perDocument((result, text) => formatConllText(text, result)),
  dot: dotFormatter,
  mermaid: mermaidFormatter,
};

export async function createFormatter(name: FormatName, ctx: FormatContext): Promise<Formatter> {
  return FORMATS[name](ctx);
}
