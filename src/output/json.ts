// JSON (one streamed array) and JSON Lines (one document per line) output.
import type { DocumentError, DocumentResult, Language } from "../types.js";
import type { FormatContext, Formatter } from "./formatter.js";
import { KINDS, project } from "./kinds.js";

// Characters JSON.stringify leaves raw that a terminal may act on (C1 controls, bidi controls) or
// that older JavaScript parsers reject (U+2028/U+2029). Escaping keeps the value identical.
// eslint-disable-next-line no-control-regex
const RISKY = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/**
 * True of a text without any RISKY character. Most documents have none, and one anchored run over
 * the text settles that ~1.4× faster than looking for a risky character at each position.
 */
const NO_RISKY = new RegExp(`^[^${RISKY.source.slice(1, -1)}]*$`);

/** `json` with terminal-risky characters written as \uXXXX escapes (same parsed value). */
function escapeRisky(json: string): string {
  // replace() would copy the whole text even when it changes nothing
  if (NO_RISKY.test(json)) return json;
  return json.replace(RISKY, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
}

/** JSON.stringify with terminal-risky characters written as \uXXXX escapes (same parsed value). */
export function safeStringify(value: unknown, indent?: number): string {
  return escapeRisky(JSON.stringify(value, null, indent));
}

/** Indentation of a document's JSON: 0 for JSON Lines, 2 inside the JSON array. */
export type JsonIndent = 0 | 2;

/**
 * A document's JSON as the formatters write it: one line, with its newline, for JSON Lines; an
 * indented block (without the separator before it) for the JSON array. The newline is joined to the
 * JSON before the risky test, which makes it one flat string anyway: joined after, the output's write
 * would copy the whole text again to flatten it. The block is the document stringified as the one
 * item of an array, without the array's "[\n" and "\n]": JSON.stringify indents it a level deeper
 * itself, instead of a second pass that splits the text into lines and joins them again.
 */
export function documentJson(result: Partial<DocumentResult>, indent: JsonIndent): string {
  if (indent === 0) return escapeRisky(JSON.stringify(result) + "\n");
  const json = escapeRisky(JSON.stringify([result], null, 2));
  return json.slice(2, json.length - 2);
}

/** What a worker sends for a document whose JSON it wrote (see WrittenResult). */
export interface Written {
  file: string;
  language: Language;
  warnings?: DocumentError[];
  errors?: DocumentError[];
  /** documentJson(result, indent) of the whole result. */
  json: string;
  indent: JsonIndent;
  /** How many ministers and interactions it has (for the run's summary, without parsing `json`). */
  counts: ResultCounts;
}

/**
 * The indentation a worker should write a document's JSON with for `--format format --only only`,
 * or undefined when the formatter would not use it as it is (other formats, or only some kinds):
 * the same conditions under which jsonOf takes a WrittenResult's text.
 */
export function writtenIndent(format: string | undefined, only: ReadonlySet<string> | undefined): JsonIndent | undefined {
  if (only && only.size < KINDS.length) return undefined;
  return format === "jsonl" ? 0 : format === "json" ? 2 : undefined;
}

/**
 * A result that arrives as the JSON a worker thread already wrote for it (documentJson): the main
 * thread then neither copies the result object across threads nor turns it into JSON again. The
 * kinds are parsed back from that text only when something reads them.
 */
export class WrittenResult implements DocumentResult {
  private whole: DocumentResult | null = null;
  readonly file: string;
  readonly language: Language;
  readonly warnings: DocumentError[] | undefined;
  readonly errors: DocumentError[] | undefined;
  readonly json: string;
  readonly indent: JsonIndent;
  readonly counts: ResultCounts;
  constructor(w: Written) {
    this.file = w.file;
    this.language = w.language;
    this.warnings = w.warnings;
    this.errors = w.errors;
    this.json = w.json;
    this.indent = w.indent;
    this.counts = w.counts;
  }
  private parsed(): DocumentResult {
    return (this.whole ??= JSON.parse(this.json) as DocumentResult);
  }
  get ministers() { return this.parsed().ministers; }
  get people() { return this.parsed().people; }
  get countries() { return this.parsed().countries; }
  get organizations() { return this.parsed().organizations; }
  get places() { return this.parsed().places; }
  get dates() { return this.parsed().dates; }
  get interactions() { return this.parsed().interactions; }
  /** JSON.stringify (and so every formatter) sees the plain result. */
  toJSON(): DocumentResult {
    return this.parsed();
  }
}

/** The counts a run's summary adds up. */
export interface ResultCounts {
  ministers: number;
  interactions: number;
}

/** A result's counts: a WrittenResult's from the worker that wrote it (its JSON stays unparsed). */
export function resultCounts(r: DocumentResult): ResultCounts {
  return r instanceof WrittenResult ? r.counts : { ministers: r.ministers.length, interactions: r.interactions.length };
}

/** documentJson of the kinds in `only`: the text a worker wrote, when it wrote this one. */
function jsonOf(result: DocumentResult, only: FormatContext["only"], indent: JsonIndent): string {
  if (!(result instanceof WrittenResult)) return documentJson(project(result, only), indent);
  if (result.indent === indent && only.size === KINDS.length) return result.json;
  return documentJson(project(result.toJSON(), only), indent);
}

/** `[`, then each document as it completes, then `]`: always one valid array, in input order. */
export function jsonFormatter(ctx: FormatContext): Formatter {
  let n = 0;
  return {
    begin: () => "[",
    document: ({ result }) => (n++ === 0 ? "\n" : ",\n") + jsonOf(result, ctx.only, 2),
    end: () => (n === 0 ? "]\n" : "\n]\n"),
  };
}

/** One compact JSON object per line. */
export function jsonlFormatter(ctx: FormatContext): Formatter {
  return {
    begin: () => "",
    document: ({ result }) => jsonOf(result, ctx.only, 0),
    end: () => "",
  };
}

export function formatJson(results: DocumentResult[], ctx: FormatContext): string {
  const f = jsonFormatter(ctx);
  return f.begin() + results.map((result) => f.document({ result, text: null })).join("") + f.end(null);
}
