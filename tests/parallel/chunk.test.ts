import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { chunkSpans, extractLarge, mergeResults } from "../../src/input/chunk.js";
import { extract } from "../../src/index.js";
import type { DocumentResult, Mention } from "../../src/types.js";

const ROOT = new URL("../..", import.meta.url).pathname;
const seeds = readdirSync(join(ROOT, "seeds")).filter((f) => f.endsWith(".txt")).sort()
  .map((f) => readFileSync(join(ROOT, "seeds", f), "utf8"));

function allMentions(r: DocumentResult): Mention[] {
  return [
    ...r.ministers.flatMap((x) => x.mentions), ...r.people.flatMap((x) => x.mentions),
    ...r.countries.flatMap((x) => x.mentions), ...r.organizations.flatMap((x) => x.mentions),
    ...r.places.flatMap((x) => x.mentions), ...r.dates,
    ...r.interactions.flatMap((x) => [x.evidence, ...(x.trigger ? [x.trigger] : [])]),
  ];
}

describe("chunkSpans", () => {
  it("covers the text with contiguous spans no longer than the maximum", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), fc.integer({ min: 2, max: 60 }), (text, max) => {
      const spans = chunkSpans(text, max);
      expect(spans[0]!.start).toBe(0);
      expect(spans.at(-1)!.end).toBe(text.length);
      for (let i = 0; i < spans.length; i++) {
        const s = spans[i]!;
        expect(s.end - s.start).toBeLessThanOrEqual(max);
        if (i > 0) expect(s.start).toBe(spans[i - 1]!.end);
        if (i < spans.length - 1) expect(s.end).toBeGreaterThan(s.start);
      }
    }), { numRuns: 300 });
  });

  it("cuts between paragraphs when it can, inside one only when the paragraph is too long", () => {
    const paras = ["أ".repeat(30), "ب".repeat(30), "ج".repeat(30), "د".repeat(30)];
    const text = paras.join("\n");
    const spans = chunkSpans(text, 70);
    for (const s of spans.slice(0, -1)) expect(text[s.end - 1]).toBe("\n");
    const long = "كلمة ".repeat(40) + "نهاية. " + "كلمة ".repeat(40);
    for (const s of chunkSpans(long, 100).slice(0, -1)) expect(long[s.end - 1]).toBe(" ");
  });

  it("prefers a sentence end over a space inside a long paragraph", () => {
    const text = "وقال الوزير إن " + "الاجتماع ".repeat(6) + "انتهى. " + "ثم ".repeat(30);
    const [first] = chunkSpans(text, 90);
    expect(text.slice(0, first!.end).trimEnd().endsWith("انتهى.")).toBe(true);
  });

  it("never splits a surrogate pair", () => {
    const text = "😀".repeat(50);
    for (const s of chunkSpans(text, 7)) {
      const c = text.charCodeAt(s.start);
      expect(c >= 0xdc00 && c <= 0xdfff).toBe(false);
    }
  });
});

describe("extractLarge", () => {
  const big = seeds.join("\n\n");

  it("is exactly extract below the threshold", () => {
    expect(extractLarge(seeds[0]!, { file: "x" })).toEqual(extract(seeds[0]!, { file: "x" }));
  });

  it("keeps every offset right across chunk edges", () => {
    const max = 2500;
    const spans = chunkSpans(big, max);
    expect(spans.length).toBeGreaterThan(3);
    const r = extractLarge(big, { file: "big" }, max);
    const ms = allMentions(r);
    expect(ms.length).toBeGreaterThan(20);
    for (const m of ms) expect(big.slice(m.start, m.end)).toBe(m.text);
    // facts were found in later chunks, so offsets were really shifted
    expect(ms.some((m) => m.start > spans[2]!.start)).toBe(true);
  });

  it("merges an entity found in several chunks into one with all its mentions", () => {
    const max = 2500;
    const r = extractLarge(big, { file: "big" }, max);
    const codes = r.countries.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    const spans = chunkSpans(big, max);
    const chunkOf = (m: Mention) => spans.findIndex((s) => m.start >= s.start && m.start < s.end);
    expect(r.countries.some((c) => new Set(c.mentions.map(chunkOf)).size > 1)).toBe(true);
    for (const c of r.countries) {
      const starts = c.mentions.map((m) => m.start);
      expect(new Set(starts).size).toBe(starts.length);
    }
  });

  it("finds what extract finds on each article on its own", () => {
    // articles cut at their own boundaries: the union of per-article countries is what the merge reports
    const r = extractLarge(big, {}, 3200);
    const want = new Set<string>();
    for (const s of chunkSpans(big, 3200)) for (const c of extract(big.slice(s.start, s.end)).countries) want.add(c.code);
    expect(new Set(r.countries.map((c) => c.code))).toEqual(want);
  });

  it("merges languages, warnings and a minister's country from a later chunk", () => {
    const base: DocumentResult = { file: "f", language: "ar", ministers: [], people: [], countries: [], organizations: [], places: [], dates: [], interactions: [] };
    const mk = (country: string | null, start: number): DocumentResult => ({
      ...base,
      ministers: [{ name: "س", title: "وزير", portfolio: "interior", country, mentions: [{ text: "س", start, end: start + 1 }] }],
      warnings: [{ code: "W", message: "m" }],
    });
    const r = mergeResults([mk(null, 0), { ...mk("SA", 0), language: "en" }], [0, 10], "f");
    expect(r.language).toBe("mixed");
    expect(r.ministers).toHaveLength(1);
    expect(r.ministers[0]!.country).toBe("SA");
    expect(r.ministers[0]!.mentions.map((m) => m.start)).toEqual([0, 10]);
    expect(r.warnings).toEqual([{ code: "W", message: "m" }]);
  });
});
