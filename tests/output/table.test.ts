import { describe, expect, it } from "vitest";
import { Chalk } from "chalk";
import stringWidth from "string-width";
import { tableFormatter } from "../../src/output/table.js";
import { displayText, fitWidths, ONE_COLUMN, splitWidths, width } from "../../src/output/display.js";
import { parseKinds } from "../../src/output/kinds.js";
import type { DocumentResult } from "../../src/types.js";
import { arabicDoc, ctx, empty, nastyDoc } from "./fixtures.js";

function render(docs: DocumentResult[], over: Parameters<typeof ctx>[0] = {}): string {
  const f = tableFormatter(ctx(over));
  return f.begin() + docs.map((result) => f.document({ result, text: null })).join("")
    + f.end({ documents: docs.length, failed: 0, ministers: 2, interactions: 3, elapsedMs: 12 });
}

const widths = (out: string) => new Set(out.replace(/\n$/, "").split("\n").map((l) => stringWidth(l)));

describe("table", () => {
  const docs = [arabicDoc(), nastyDoc(), empty("nothing.txt"), { ...empty("gone.txt"), language: "unknown" as const, errors: [{ code: "ENOENT", message: "no such file" }] }];

  for (const cols of [40, 80, 120, 160]) {
    it(`every line is exactly ${cols} columns wide`, () => {
      expect(widths(render(docs, { columns: cols }))).toEqual(new Set([cols]));
    });
  }

  it("shows interactions before ministers before other entities, and the network", () => {
    const out = render([arabicDoc()]);
    const at = (s: string) => out.indexOf(s);
    expect(at("with whom")).toBeGreaterThan(-1);
    expect(at("with whom")).toBeLessThan(at("portfolio"));
    expect(at("portfolio")).toBeLessThan(at("الأمم المتحدة"));
    expect(at("── network")).toBeGreaterThan(at("الأمم المتحدة"));
    // the two interactions between the same (differently spelled) pair merge into one edge
    expect(out).toMatch(/meeting, call/);
  });

  it("strips diacritics and tatweel for display only", () => {
    const out = render([arabicDoc()]);
    expect(out).toContain("انس خطاب".replace("ا", "أ"));
    expect(out).not.toMatch(/[\u064b-\u0652\u0640]/);
  });

  it("prints no escape bytes at colour level 0 and some at level 1", () => {
    expect(render(docs)).not.toContain("\u001b");
    expect(render(docs, { chalk: new Chalk({ level: 1 }) })).toContain("\u001b[");
  });

  it("keeps equal widths when coloured", () => {
    expect(widths(render(docs, { chalk: new Chalk({ level: 1 }), columns: 90 }))).toEqual(new Set([90]));
  });

  it("--only hides the other kinds", () => {
    const out = render([arabicDoc()], { only: parseKinds("places") });
    expect(out).toContain("تدمر");
    expect(out).not.toContain("portfolio");
    expect(out).not.toContain("with whom");
  });

  it("says so when nothing was found or a file could not be read", () => {
    const out = render(docs);
    expect(out).toMatch(/nothing\.txt[^\n]*\n\s+nothing found/);
    expect(out).toMatch(/cannot read: no such file/);
    expect(out).toMatch(/4 documents · 2 ministers · 3 interactions · 0\.01 s/);
  });
});

describe("display helpers", () => {
  it("width takes its short cut only for characters string-width counts as one column", () => {
    const shortCut: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (ONE_COLUMN.test(ch)) shortCut.push(ch);
    }
    expect(shortCut.length).toBeGreaterThan(400);
    const wrong = shortCut.filter((ch) => stringWidth(ch) !== 1).map((ch) => ch.charCodeAt(0).toString(16));
    expect(wrong).toEqual([]);
    for (const s of ["وزير الداخلية ── a", "أَنَس", "a\u200fb", "日本", "x\u00ad", "🇸🇾"]) expect(width(s)).toBe(stringWidth(s));
  });

  it("displayText drops marks, tatweel, controls and line breaks", () => {
    expect(displayText("أَنَس خـطّاب")).toBe("أنس خطاب");
    expect(displayText("a\nb\t c")).toBe("a b c");
    expect(displayText("x\u001b[31my")).not.toContain("\u001b");
    expect(displayText(null)).toBe("");
  });

  it("splitWidths always sums to the total", () => {
    for (const total of [30, 77, 100, 153]) for (const w of [[1, 1], [20, 22, 11, 27, 20], [14, 43, 43]])
      expect(splitWidths(total, w, 5).reduce((a, b) => a + b, 0)).toBe(total);
  });

  it("fitWidths gives narrow columns their natural width and always sums to the total", () => {
    expect(fitWidths(100, [9, 300, 12], [1, 1, 1], 5)).toEqual([9, 79, 12]);
    for (const total of [30, 77, 153]) for (const nat of [[3, 4, 5], [200, 10, 90], [8, 8, 8]])
      expect(fitWidths(total, nat, [20, 50, 30], 5).reduce((a, b) => a + b, 0)).toBe(total);
  });
});
