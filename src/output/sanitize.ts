// Make document text safe to print in a terminal, a table cell, CSV or TSV.
//
// Documents are untrusted. Before any of their text reaches a terminal it must not be able to:
// - send escape sequences (CSI `ESC [`, OSC `ESC ]`, DCS `ESC P`, SOS/PM/APC, or their 8-bit C1
//   forms U+009B, U+009D, U+0090, U+0098, U+009E, U+009F): colour changes, cursor moves, window
//   titles, hyperlinks, clipboard writes;
// - move the cursor with C0 controls (CR overwrites a line, BS erases, BEL rings, VT/FF scroll…);
// - reorder what is shown with bidi controls (U+202A–U+202E embeddings/overrides, U+2066–U+2069
//   isolates, U+200E/U+200F/U+061C marks: "Trojan Source");
// - hide text with invisible format characters (zero-width space, word joiner, BOM, soft hyphen,
//   tag characters, interlinear annotations…).
//
// Choice (documented in SECURITY.md): every such code point is replaced by visible ASCII escape
// text `\u{HEX}` (e.g. ESC → `\u{1B}`, RLO → `\u{202E}`), so the user sees that something was
// there and what it was. Removing the introducer is enough to neutralize a whole escape sequence:
// what follows it (`[31m`, `]8;;http://…`) is then ordinary printable text. Callers that need a
// fixed width per character may ask for U+FFFD instead (`placeholder: "replacement"`).
// Kept: ZWNJ U+200C and ZWJ U+200D (they shape Persian/Urdu words and emoji and cannot reorder or
// escape anything) and the visible Arabic number signs U+0600–U+0605, U+06DD, U+08E2.
// Lone surrogates are replaced too (a terminal would show garbage or U+FFFD anyway).
// Newlines and tabs: a table cell or a TSV/CSV field must stay on one line and in one column, so by
// default TAB, LF, CR, CRLF, U+2028 and U+2029 each become one space; `newline: "keep"` keeps LF
// (CRLF → LF; a lone CR, which overwrites the line, is still escaped) and `tab: "keep"` keeps TAB.

export interface SanitizeOptions {
  /** "space" (default): line breaks become one space. "keep": LF stays (CRLF → LF, U+2028/9 → LF). */
  newline?: "space" | "keep";
  /** "space" (default): TAB becomes one space. "keep": TAB stays. */
  tab?: "space" | "keep";
  /** "escape" (default): `\u{HEX}` text. "replacement": U+FFFD for each neutralized code point. */
  placeholder?: "escape" | "replacement";
}

// Code points that shape text or are visible although their category is Cf.
const KEEP_CF = new Set([0x200c, 0x200d, 0x0600, 0x0601, 0x0602, 0x0603, 0x0604, 0x0605, 0x06dd, 0x070f, 0x0890, 0x0891, 0x08e2, 0x110bd, 0x110cd]);

// C0, DEL, C1, line/paragraph separators, format characters (bidi controls are Cf), surrogates.
const UNSAFE = /\r\n|[\u0000-\u001f\u007f-\u009f\u2028\u2029]|\p{Cf}|\p{Cs}/gu;

function hex(cp: number): string {
  return cp.toString(16).toUpperCase();
}

/** Neutralize terminal controls, escape sequences, bidi controls and invisible characters. */
export function sanitizeForTerminal(s: string, opts: SanitizeOptions = {}): string {
  const keepNl = opts.newline === "keep";
  const keepTab = opts.tab === "keep";
  const repl = opts.placeholder === "replacement";
  return String(s).replace(UNSAFE, (m) => {
    if (m === "\r\n" || m === "\n" || m === "\u2028" || m === "\u2029") return keepNl ? "\n" : " ";
    if (m === "\t") return keepTab ? "\t" : " ";
    if (m === "\r" && !keepNl) return " ";
    const cp = m.codePointAt(0)!;
    if (KEEP_CF.has(cp)) return m;
    return repl ? "\ufffd" : `\\u{${hex(cp)}}`;
  });
}

/** True when `s` holds nothing `sanitizeForTerminal` would change (with the same options). */
export function isTerminalSafe(s: string, opts: SanitizeOptions = {}): boolean {
  return sanitizeForTerminal(s, opts) === s;
}

/**
 * Spreadsheet formula injection: a CSV cell that starts with = + - @ (or TAB/CR) is run as a formula
 * by Excel/LibreOffice. Prefix such a cell with an apostrophe (OWASP advice). Apply after
 * `sanitizeForTerminal`, before CSV quoting.
 */
export function escapeSpreadsheetFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
