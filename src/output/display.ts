// Display helpers for terminal views (table): text that measures the same for every width function.
//
// cli-table3 measures with string-width 4, which counts Arabic diacritics, tatweel and bidi marks as
// one column each; the terminal draws them in zero columns. So for display only we drop combining
// marks, tatweel and format characters, fold whitespace to single spaces, and neutralize characters
// that could act on a terminal. JSON output never goes through here: it keeps the original text.
import { createRequire } from "node:module";
import { sanitizeForTerminal } from "./sanitize.js";

const DROP = /[\p{Mn}\p{Me}\p{Cf}\u0640]/gu;
// Emoji and regional indicators: width 2 for string-width 8, 1 for string-width 4. Rare in news text;
// a one-column stand-in keeps table borders aligned.
const WIDE_SYMBOL = /[\p{Extended_Pictographic}\p{Regional_Indicator}]/gu;

/** A document-derived string made safe and width-stable for a terminal cell. */
export function displayText(s: string | null | undefined): string {
  if (s == null) return "";
  return sanitizeForTerminal(String(s))
    .replace(DROP, "")
    .replace(WIDE_SYMBOL, "\u25a1")
    .replace(/\s+/gu, " ")
    .trim();
}

/**
 * Characters string-width counts as one column each and that need none of its work (segmenting,
 * emoji and East Asian tables): printable ASCII and Latin-1 (not the soft hyphen), Arabic letters,
 * digits and punctuation (not its combining marks or format characters), general punctuation, box
 * drawing and the □ stand-in. A table of Arabic news is almost all of these, and string-width's first
 * call alone (an emoji regex and a segmenter to build) took 50-80 ms of a one-file run.
 * tests/output/table.test.ts checks every one of them against string-width.
 */
export const ONE_COLUMN = /^[\u0020-\u007e\u00a0-\u00ac\u00ae-\u00ff\u060c\u061b\u061f\u0621-\u064a\u0660-\u066f\u0671-\u06d5\u06ee-\u06ff\u2010-\u2027\u2030-\u205e\u2500-\u257f\u25a1]*$/;

/**
 * string-width, loaded on first use: it makes an Intl.Segmenter when it loads, and the CLI's
 * start-up snapshot, which holds this module, cannot hold one (src/cli/snapshot).
 */
let stringWidth: ((s: string) => number) | undefined;

/** Display width in terminal columns. */
export function width(s: string): number {
  if (ONE_COLUMN.test(s)) return s.length;
  stringWidth ??= (createRequire(import.meta.url)("string-width") as { default: (s: string) => number }).default;
  return stringWidth(s);
}

/** Cut `s` to at most `max` columns, ending with "…" when cut. */
export function truncate(s: string, max: number): string {
  if (width(s) <= max) return s;
  if (max <= 0) return "";
  let out = "";
  let w = 0;
  for (const ch of s) {
    const cw = width(ch);
    if (w + cw > max - 1) break;
    out += ch;
    w += cw;
  }
  return out + "…";
}

/** Pad (or cut) `s` to exactly `cols` columns. */
export function padTo(s: string, cols: number): string {
  const t = truncate(s, cols);
  return t + " ".repeat(Math.max(0, cols - width(t)));
}

/** A horizontal rule of exactly `cols` columns with an optional title: "── title ─────". */
export function rule(title: string, cols: number): string {
  if (!title) return "─".repeat(cols);
  const head = "── ";
  const t = truncate(title, Math.max(0, cols - width(head) - 2));
  const rest = cols - width(head) - width(t) - 1;
  return head + t + " " + "─".repeat(Math.max(0, rest));
}

/** Split `total` columns between columns in proportion to `weights`, each at least `min`. */
export function splitWidths(total: number, weights: number[], min = 6): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const out = weights.map((w) => Math.max(min, Math.floor((total * w) / sum)));
  let diff = total - out.reduce((a, b) => a + b, 0);
  // hand out (or take back) the rounding remainder, widest columns first
  const order = weights.map((w, i) => [w, i] as const).sort((a, b) => b[0] - a[0]).map(([, i]) => i);
  let k = 0;
  while (diff !== 0 && k < 10_000) {
    const i = order[k % order.length]!;
    if (diff > 0) { out[i]!++; diff--; }
    else if (out[i]! > min) { out[i]!--; diff++; }
    k++;
  }
  return out;
}

/**
 * Column widths summing exactly to `total`: a column whose natural width (its widest cell) fits in
 * its proportional share gets just that; the others share what is left by weight, each at least `min`.
 */
export function fitWidths(total: number, natural: number[], weights: number[], min = 6): number[] {
  const n = natural.length;
  const out: number[] = new Array<number>(n).fill(0);
  let open = natural.map((_, i) => i);
  let remaining = total;
  for (let changed = true; changed && open.length; ) {
    changed = false;
    const sum = open.reduce((a, i) => a + weights[i]!, 0);
    const fixed = open.filter((i) => natural[i]! <= Math.floor((remaining * weights[i]!) / sum));
    if (fixed.length) {
      for (const i of fixed) { out[i] = Math.max(min, natural[i]!); remaining -= out[i]!; }
      open = open.filter((i) => !fixed.includes(i));
      changed = true;
    }
  }
  if (open.length) {
    const split = splitWidths(remaining, open.map((i) => weights[i]!), min);
    open.forEach((i, k) => { out[i] = split[k]!; });
  } else if (remaining > 0) {
    // everything fits: give the spare columns to the text columns by weight
    const split = splitWidths(remaining, weights, 0);
    split.forEach((w, i) => { out[i]! += w; });
  }
  return out;
}
