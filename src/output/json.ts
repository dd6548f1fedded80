// JSON (one streamed array) and JSON Lines (one document per line) output.
import type { DocumentResult } from "../types.js";
import type { FormatContext, Formatter } from "./formatter.js";
import { project } from "./kinds.js";

// Characters JSON.stringify leaves raw that a terminal may act on (C1 controls, bidi controls) or
// that older JavaScript parsers reject (U+2028/U+2029). Escaping keeps the value identical.
// eslint-disable-next-line no-control-regex
const RISKY = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** JSON.stringify with terminal-risky characters written as \uXXXX escapes (same parsed value). */
export function safeStringify(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(RISKY, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
}

function indentBlock(s: string, pad: string): string {
  return s.split("\n").map((l) => pad + l).join("\n");
}

/** `[`, then each document as it completes, then `]`: always one valid array, in input order. */
export function jsonFormatter(ctx: FormatContext): Formatter {
  let n = 0;
  return {
    begin: () => "[",
    document: ({ result }) => (n++ === 0 ? "\n" : ",\n") + indentBlock(safeStringify(project(result, ctx.only), 2), "  "),
    end: () => (n === 0 ? "]\n" : "\n]\n"),
  };
}

/** One compact JSON object per line. */
export function jsonlFormatter(ctx: FormatContext): Formatter {
  return {
    begin: () => "",
    document: ({ result }) => safeStringify(project(result, ctx.only)) + "\n",
    end: () => "",
  };
}

export function formatJson(results: DocumentResult[], ctx: FormatContext): string {
  const f = jsonFormatter(ctx);
  return f.begin() + results.map((result) => f.document({ result, text: null })).join("") + f.end(null);
}
