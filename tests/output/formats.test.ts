import { describe, expect, it } from "vitest";
import { createFormatter, FORMAT_NAMES, FORMATS, FormatUnavailableError, perDocument, unavailable } from "../../src/output/formats.js";
import { arabicDoc, ctx } from "./fixtures.js";

describe("format registry", () => {
  it("has a formatter for every format name", () => {
    expect(Object.keys(FORMATS).sort()).toEqual([...FORMAT_NAMES].sort());
  });

  it("an unavailable format fails with FormatUnavailableError (the CLI turns it into exit 2)", async () => {
    await expect(async () => unavailable("xml")(ctx())).rejects.toBeInstanceOf(FormatUnavailableError);
  });

  it("perDocument separates documents with a blank line and skips unreadable ones", async () => {
    const f = await perDocument((r) => `${r.file}\n`)(ctx());
    const out = [arabicDoc("a"), arabicDoc("b")].map((result) => f.document({ result, text: "x" })).join("") + f.document({ result: arabicDoc("c"), text: null });
    expect(out).toBe("a\n\nb\n");
  });

  it("conll writes token-tag lines for a document's text", async () => {
    const f = await createFormatter("conll", ctx());
    const text = "التقى أنس خطاب في تدمر.";
    const out = f.document({ result: { ...arabicDoc(), ministers: [{ ...arabicDoc().ministers[0]!, mentions: [{ text: "أنس خطاب", start: 6, end: 14 }] }] }, text });
    expect(out.trimEnd().split("\n").every((l) => /^\S+ (O|[BI]-\w+)$/.test(l))).toBe(true);
    expect(out).toMatch(/^أنس B-PERS$/m);
  });
});
