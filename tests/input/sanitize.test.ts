import { describe, expect, it } from "vitest";
import { escapeSpreadsheetFormula, isTerminalSafe, sanitizeForTerminal } from "../../src/output/sanitize.js";

describe("sanitizeForTerminal", () => {
  it("neutralizes CSI/OSC/DCS escape sequences by escaping their introducer", () => {
    expect(sanitizeForTerminal("\u001b[31mred\u001b[0m")).toBe("\\u{1B}[31mred\\u{1B}[0m");
    expect(sanitizeForTerminal("\u001b]8;;http://evil\u001b\\link")).toBe("\\u{1B}]8;;http://evil\\u{1B}\\link");
    expect(sanitizeForTerminal("\u009b2J\u009d0;t\u0007")).toBe("\\u{9B}2J\\u{9D}0;t\\u{7}");
  });

  it("escapes bidi controls and marks (Trojan Source)", () => {
    expect(sanitizeForTerminal("a\u202eb\u2066c\u2069\u200f\u200e\u061c")).toBe("a\\u{202E}b\\u{2066}c\\u{2069}\\u{200F}\\u{200E}\\u{61C}");
  });

  it("escapes invisible format characters, lone surrogates and C0 controls; keeps ZWNJ/ZWJ and Arabic text", () => {
    expect(sanitizeForTerminal("و\u200bز\u2060ي\ufeffر\u00ad")).toBe("و\\u{200B}ز\\u{2060}ي\\u{FEFF}ر\\u{AD}");
    expect(sanitizeForTerminal("a\ud800b\udfffc😀")).toBe("a\\u{D800}b\\u{DFFF}c😀");
    expect(sanitizeForTerminal("\u0000\b\u007f")).toBe("\\u{0}\\u{8}\\u{7F}");
    expect(sanitizeForTerminal("می\u200cخواهم 👩\u200d💻")).toBe("می\u200cخواهم 👩\u200d💻");
    const arabic = "وَزِيرُ الداخليـــة، استقبل نظيره «السوري» في ٢٠٢٤؟";
    expect(sanitizeForTerminal(arabic)).toBe(arabic);
  });

  it("puts a cell on one line by default; newline: keep keeps LF only", () => {
    expect(sanitizeForTerminal("a\r\nb\nc\rd\te\u2028f")).toBe("a b c d e f");
    expect(sanitizeForTerminal("a\r\nb\nc\rd\te", { newline: "keep", tab: "keep" })).toBe("a\nb\nc\\u{D}d\te");
  });

  it("placeholder: replacement uses one U+FFFD per code point", () => {
    expect(sanitizeForTerminal("\u001b[1m\u202ex", { placeholder: "replacement" })).toBe("\ufffd[1m\ufffdx");
  });

  it("isTerminalSafe agrees", () => {
    expect(isTerminalSafe("وزير الداخلية")).toBe(true);
    expect(isTerminalSafe("x\u001b")).toBe(false);
  });
});

describe("escapeSpreadsheetFormula", () => {
  it("prefixes cells a spreadsheet would run as formulas", () => {
    expect(escapeSpreadsheetFormula("=HYPERLINK(\"http://x\")")).toBe("'=HYPERLINK(\"http://x\")");
    expect(escapeSpreadsheetFormula("+1")).toBe("'+1");
    expect(escapeSpreadsheetFormula("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(escapeSpreadsheetFormula("وزير")).toBe("وزير");
  });
});
