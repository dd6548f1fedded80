// CSV and TSV: one row per fact. RFC 4180 quoting for CSV; TSV fields never hold tabs or newlines.
//
// Line breaks and tabs inside values become spaces, so every fact is one physical line, and a value
// starting with = + - @ gets a leading apostrophe (spreadsheet formula injection).
//
// Columns: file, kind, name, type, title, country, value, details, start, end, mentions
//   minister      name, type=portfolio, title, country, value=countryBasis, details=honorifics
//   person        name, type=role, title, details=honorifics
//   country       name, country=code, value=Arabic name
//   organization  name, type=kind, country
//   place         name, country
//   date          name=text as written, value=ISO value
//   interaction   name=participants ("A; B"), type, value=date, details=place / topics / status
// start/end are the first mention (the evidence sentence for interactions); mentions = how many.
import type { DocumentResult, Mention } from "../types.js";
import type { FormatContext, Formatter } from "./formatter.js";
import type { Kind } from "./kinds.js";
import { escapeSpreadsheetFormula, sanitizeForTerminal } from "./sanitize.js";

export const CSV_COLUMNS = ["file", "kind", "name", "type", "title", "country", "value", "details", "start", "end", "mentions"] as const;
export type CsvRow = Record<(typeof CSV_COLUMNS)[number], string>;

function row(file: string, kind: string, fields: Partial<CsvRow>, mentions: Mention[]): CsvRow {
  const first = mentions[0];
  const r = {} as CsvRow;
  for (const c of CSV_COLUMNS) r[c] = "";
  Object.assign(r, fields);
  r.file = file;
  r.kind = kind;
  r.start = first ? String(first.start) : "";
  r.end = first ? String(first.end) : "";
  r.mentions = String(mentions.length);
  return r;
}

const s = (v: string | null | undefined): string => (v == null ? "" : String(v));

/** The rows for one document, kinds in display order, facts in result order. */
export function factRows(r: DocumentResult, only: ReadonlySet<Kind>): CsvRow[] {
  const out: CsvRow[] = [];
  const f = r.file;
  if (only.has("ministers")) for (const m of r.ministers ?? [])
    out.push(row(f, "minister", { name: m.name, type: m.portfolio, title: m.title, country: s(m.country), value: s(m.countryBasis), details: (m.honorifics ?? []).join("; ") }, m.mentions));
  if (only.has("people")) for (const p of r.people ?? [])
    out.push(row(f, "person", { name: p.name, type: s(p.role), title: s(p.title), details: (p.honorifics ?? []).join("; ") }, p.mentions));
  if (only.has("countries")) for (const c of r.countries ?? [])
    out.push(row(f, "country", { name: c.name, country: c.code, value: s(c.nameAr) }, c.mentions));
  if (only.has("organizations")) for (const o of r.organizations ?? [])
    out.push(row(f, "organization", { name: o.name, type: s(o.kind), country: s(o.country) }, o.mentions));
  if (only.has("places")) for (const p of r.places ?? [])
    out.push(row(f, "place", { name: p.name, country: s(p.country) }, p.mentions));
  if (only.has("dates")) for (const d of r.dates ?? [])
    out.push(row(f, "date", { name: d.text, value: s(d.value) }, [d]));
  if (only.has("interactions")) for (const i of r.interactions ?? []) {
    const details: string[] = [];
    if (i.place) details.push(`place: ${i.place}`);
    if (i.topics?.length) details.push(`topics: ${i.topics.join(" | ")}`);
    if (i.status) details.push(`status: ${i.status}`);
    out.push(row(f, "interaction", {
      name: i.participants.map((p) => p.name).join("; "),
      type: i.type,
      country: [...new Set(i.participants.map((p) => p.country).filter((c): c is string => !!c))].join("; "),
      value: s(i.date),
      details: details.join("; "),
    }, i.evidence ? [i.evidence] : []));
  }
  return out;
}

/** RFC 4180: quote a field holding a comma, quote, CR or LF; double the quotes inside. */
export function csvField(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** TSV (IANA text/tab-separated-values): fields cannot hold tabs or line breaks, so those become spaces. */
export function tsvField(v: string): string {
  return v.replace(/[\t\r\n]+/g, " ");
}

function delimited(ctx: FormatContext, sep: string, field: (v: string) => string): Formatter {
  // Every field is document-derived or a fixed name: terminal controls neutralized and line breaks
  // and tabs turned into spaces (sanitizeForTerminal), then a leading = + - @ defused for spreadsheets.
  // ("-", the name of stdin, is left alone: it is not a formula.)
  const cell = (v: string) => { const t = sanitizeForTerminal(v); return t === "-" ? t : escapeSpreadsheetFormula(t); };
  const line = (values: readonly string[]) => values.map((v) => field(cell(v))).join(sep) + "\n";
  return {
    begin: () => line(CSV_COLUMNS),
    document: ({ result }) => factRows(result, ctx.only).map((r) => line(CSV_COLUMNS.map((c) => r[c]))).join(""),
    end: () => "",
  };
}

export const csvFormatter = (ctx: FormatContext): Formatter => delimited(ctx, ",", csvField);
export const tsvFormatter = (ctx: FormatContext): Formatter => delimited(ctx, "\t", tsvField);
