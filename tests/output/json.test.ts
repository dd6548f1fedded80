import { describe, expect, it } from "vitest";
import { documentJson, formatJson, jsonFormatter, jsonlFormatter, safeStringify } from "../../src/output/json.js";
import { parseKinds } from "../../src/output/kinds.js";
import { arabicDoc, ctx, nastyDoc } from "./fixtures.js";

describe("json", () => {
  it("is one array, elements in the order given, originals kept", () => {
    const docs = [arabicDoc("b.txt"), nastyDoc("a.txt")];
    const parsed = JSON.parse(formatJson(docs, ctx()));
    expect(parsed).toEqual(docs);
    expect(parsed.map((d: { file: string }) => d.file)).toEqual(["b.txt", "a.txt"]);
  });

  it("is valid for zero documents", () => {
    expect(JSON.parse(formatJson([], ctx()))).toEqual([]);
  });

  it("streams: every prefix up to a document boundary closes into valid JSON", () => {
    const f = jsonFormatter(ctx());
    let out = f.begin();
    for (const d of [arabicDoc(), nastyDoc(), arabicDoc("c")]) {
      out += f.document({ result: d, text: null });
      expect(() => JSON.parse(out + "\n]")).not.toThrow();
    }
    expect(JSON.parse(out + f.end(null))).toHaveLength(3);
  });

  it("escapes C1 controls and bidi controls without changing the value", () => {
    const v = { s: "a\u009b31mb\u202ec\u2028d\u001b" };
    // again and again, and after a text with none: each call tests its own text from the start
    for (const w of [v, { s: "نص" }, v, v]) {
      const text = safeStringify(w);
      expect(text).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2028]/);
      expect(JSON.parse(text)).toEqual(w);
    }
  });

  it("--only keeps file, language and errors and drops the other kinds", () => {
    const d = { ...arabicDoc(), errors: [{ code: "X", message: "y" }] };
    const line = jsonlFormatter(ctx({ only: parseKinds("ministers,interactions") })).document({ result: d, text: null });
    const o = JSON.parse(line);
    expect(Object.keys(o).sort()).toEqual(["errors", "file", "interactions", "language", "ministers"]);
    expect(o.ministers).toEqual(d.ministers);
  });

  it("a document's JSON: its line and newline for JSON Lines, its indented block inside the array", () => {
    const odd = { ...arabicDoc(), people: [], warnings: [{ code: "W", message: "سطر\u2028آخر \u202e" }], extra: { deep: [[], {}, [1, [2, { a: null }]]] } };
    for (const d of [arabicDoc(), nastyDoc(), odd]) {
      const line = documentJson(d, 0);
      expect(line).toBe(safeStringify(d) + "\n");
      // the block the array holds: the document's indented JSON, two spaces further in
      const block = safeStringify(d, 2).split("\n").map((l) => "  " + l).join("\n");
      expect(documentJson(d, 2)).toBe(block);
    }
  });

  it("jsonl writes exactly one line per document", () => {
    const f = jsonlFormatter(ctx());
    const out = [nastyDoc(), arabicDoc()].map((result) => f.document({ result, text: null })).join("");
    const lines = out.split("\n");
    expect(lines.pop()).toBe("");
    expect(lines).toHaveLength(2);
    expect(lines.map((l) => JSON.parse(l).file)).toEqual([nastyDoc().file, arabicDoc().file]);
  });
});
