// English dates with chrono-node (casual parser: "March 12, 2024", "5th June, 2023", "Jan 15",
// "today", "on Tuesday", "next week"), normalized to ISO as far as the text fixes them.
import { createRequire } from "node:module";
import type * as chrono from "chrono-node";

// chrono-node is loaded on first use (about 200 ms of start-up that Arabic-only runs never pay).
let chronoLib: typeof chrono | null = null;
const chronoNow = (): typeof chrono => (chronoLib ??= createRequire(import.meta.url)("chrono-node") as typeof chrono);
import type { Doc } from "../../text/document.js";
import { spanMention } from "../../text/document.js";
import type { DateFact } from "../facts.js";
import { charsToTokens, claim, free, type Claims } from "./util.js";

const MONTH_RE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;
const pad = (n: number, w = 2) => String(n).padStart(w, "0");
const LEAD_RE = /^(?:on|in|since|until|from|by|during|at|the)\s+/i;
/** Relative durations ("in 75 years") and clock times alone are not dates of the story. */
const REJECT_RE = /^(?:in|within|for|after)\s+\d+\s+\w+$|^\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?$/i;
const DATEISH_RE = /\b(?:today|yesterday|tomorrow|tonight|week|month|year|\d{4}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)/i;

function parseRef(ref: string | null): Date | undefined {
  if (!ref || !/^\d{4}-\d{2}-\d{2}$/.test(ref)) return undefined;
  const [y, m, d] = ref.split("-").map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12);
}

/** ISO value for one chrono result: full when known, "XXXX-MM-DD" without a year, null when relative and no reference date. */
export function dateValue(r: chrono.ParsedResult, ref: Date | undefined): string | null {
  const c = r.start;
  const known = (k: chrono.Component) => c.isCertain(k);
  const y = c.get("year"), m = c.get("month"), d = c.get("day");
  const hasY = known("year"), hasM = known("month"), hasD = known("day");
  // weekdays, "today", "next week": chrono marks their fields certain once computed from the reference
  const relative = !/\d/.test(r.text) && !MONTH_RE.test(r.text);
  if (relative) return ref && y && m && d ? `${y}-${pad(m)}-${pad(d)}` : null;
  if (hasY && hasM && hasD) return `${y}-${pad(m!)}-${pad(d!)}`;
  if (hasY && hasM) return `${y}-${pad(m!)}`;
  if (hasM && hasD) return ref && y ? `${y}-${pad(m!)}-${pad(d!)}` : `XXXX-${pad(m!)}-${pad(d!)}`;
  if (hasM) return ref && y ? `${y}-${pad(m!)}` : `XXXX-${pad(m!)}`;
  if (hasY) return `${y}`;
  return null;
}

export function extractEnglishDates(doc: Doc, referenceDate: string | null, claims: Claims): DateFact[] {
  const ref = parseRef(referenceDate);
  const out: DateFact[] = [];
  // chrono per sentence, and only where a date word or a number stands (it is the slow part)
  const results: { r: chrono.ParsedResult; base: number }[] = [];
  for (const s of doc.sentences) {
    const a = doc.tokens[s.first]!.start, b = doc.tokens[s.last - 1]!.end;
    const text = doc.norm.slice(a, b);
    if (!DATEISH_RE.test(text) && !/\d/.test(text)) continue;
    for (const r of chronoNow().casual.parse(text, ref ?? new Date(2000, 0, 1, 12))) results.push({ r, base: a });
  }
  for (const { r, base } of results) {
    let text = r.text.trim();
    let start = base + r.index;
    if (REJECT_RE.test(text)) continue;
    const lead = LEAD_RE.exec(text);
    if (lead) { start += lead[0].length; text = text.slice(lead[0].length); }
    text = text.replace(/[\s,]+$/, "");
    if (!text || REJECT_RE.test(text) || !DATEISH_RE.test(text)) continue;
    const tk = charsToTokens(doc, start, start + text.length);
    if (!tk || !free(claims, tk.first, tk.last)) continue;
    const a = doc.tokens[tk.first]!, b = doc.tokens[tk.last - 1]!;
    const m = spanMention(doc, a.start, b.end);
    claim(claims, tk.first, tk.last, "date");
    out.push({ text: m.text, start: m.start, end: m.end, value: dateValue(r, ref), span: { first: tk.first, last: tk.last, prefix: 0 } });
  }
  // bare years chrono leaves alone: "in 2022", "since 2017"
  for (const m of doc.norm.matchAll(/\b(?:in|since|of|from|until|by|during|year|early|late|mid)[\s-]+((?:19|20)\d{2})\b(?!\s*[\p{Lu}])/gu)) {
    const s = m.index! + m[0].length - m[1]!.length;
    const tk = charsToTokens(doc, s, s + 4);
    if (!tk || !free(claims, tk.first, tk.last)) continue;
    const mm = spanMention(doc, s, s + 4);
    claim(claims, tk.first, tk.last, "date");
    out.push({ text: mm.text, start: mm.start, end: mm.end, value: m[1]!, span: { first: tk.first, last: tk.last, prefix: 0 } });
  }
  // "between 2019 and 2021"
  for (const m of doc.norm.matchAll(/\bbetween\s+((?:19|20)\d{2})\s+and\s+((?:19|20)\d{2})\b/g)) {
    for (const y of [m[1]!, m[2]!]) {
      const s = m.index! + m[0].indexOf(y, y === m[2] ? m[0].length - 4 : 0);
      const tk = charsToTokens(doc, s, s + 4);
      if (!tk || !free(claims, tk.first, tk.last)) continue;
      const mm = spanMention(doc, s, s + 4);
      claim(claims, tk.first, tk.last, "date");
      out.push({ text: mm.text, start: mm.start, end: mm.end, value: y, span: { first: tk.first, last: tk.last, prefix: 0 } });
    }
  }
  return out.sort((x, y) => x.start - y.start);
}
