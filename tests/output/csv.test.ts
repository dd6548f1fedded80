import { describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { CSV_COLUMNS, csvField, csvFormatter, factRows, tsvFormatter } from "../../src/output/csv.js";
import { ALL_KINDS, parseKinds } from "../../src/output/kinds.js";
import type { DocumentResult } from "../../src/types.js";
import { arabicDoc, ctx, factCount, nastyDoc } from "./fixtures.js";

function render(f: ReturnType<typeof csvFormatter>, docs: DocumentResult[]): string {
  return f.begin() + docs.map((result) => f.document({ result, text: null })).join("") + f.end(null);
}

describe("csv", () => {
  it("parses back (csv-parse, strict) to one row per fact with the values intact", () => {
    const docs = [arabicDoc(), nastyDoc()];
    const out = render(csvFormatter(ctx()), docs);
    const rows = parse(out, { columns: true, relax_column_count: false }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(factCount(docs[0]!) + factCount(docs[1]!));
    const minister = rows.find((r) => r.kind === "minister" && r.file === nastyDoc().file)!;
    expect(minister.name).toBe('John "JJ" O\'Neil, Jr.');
    expect(minister.title).toBe("Minister of Foreign Affairs \\ Trade");
    const talks = rows.find((r) => r.kind === "interaction" && r.type === "talks")!;
    expect(talks.details).toContain('a "deal"');
    expect(talks.value).toBe("XXXX-04-16");
    const date = rows.find((r) => r.kind === "date" && r.file === arabicDoc().file)!;
    expect([date.value, date.start, date.end]).toEqual(["2022-02-14", "600", "612"]);
  });

  it("neutralizes terminal escapes and keeps every fact on one line", () => {
    const out = render(csvFormatter(ctx()), [nastyDoc()]);
    expect(out).not.toContain("\u001b");
    expect(out).not.toContain("\u202e");
    expect(out.trimEnd().split("\n")).toHaveLength(1 + factCount(nastyDoc()));
  });

  it("defuses spreadsheet formulas", () => {
    const d = { ...nastyDoc(), people: [{ name: "=HYPERLINK(\"http://x\")", mentions: [] }] };
    const rows = parse(render(csvFormatter(ctx()), [d]), { columns: true }) as Record<string, string>[];
    expect(rows.find((r) => r.kind === "person")!.name).toBe("'=HYPERLINK(\"http://x\")");
  });

  it("quotes only when needed (RFC 4180)", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
  });

  it("--only filters the rows", () => {
    const rows = factRows(arabicDoc(), parseKinds("places,dates"));
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(["place", "date"]));
    expect(factRows(arabicDoc(), ALL_KINDS)).toHaveLength(factCount(arabicDoc()));
  });
});

describe("tsv", () => {
  it("has the same number of fields on every line and no tab or newline inside a field", () => {
    const out = render(tsvFormatter(ctx()), [arabicDoc(), nastyDoc()]);
    const lines = out.trimEnd().split("\n");
    expect(lines).toHaveLength(1 + factCount(arabicDoc()) + factCount(nastyDoc()));
    for (const l of lines) expect(l.split("\t")).toHaveLength(CSV_COLUMNS.length);
    expect(out).toContain("Minister of Foreign Affairs \\ Trade");
  });
});
