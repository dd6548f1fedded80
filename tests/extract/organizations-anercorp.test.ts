import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { orgSpans, parts, readConll, stripFirst } from "../../src/lexicon/build/org-anercorp.js";
import anercorp from "../../src/lexicon/data/org-anercorp.json" with { type: "json" };
import { ORG_NAMES } from "../../src/lexicon/organizations.js";

describe("ANERcorp helpers", () => {
  it("reads CoNLL sentences and ORG spans", () => {
    const dir = mkdtempSync(join(tmpdir(), "org-aner-"));
    const file = join(dir, "t.txt");
    writeFileSync(file, "أعلن O\nاتحاد B-ORG\nصناعة I-ORG\nالسيارات I-ORG\nفي O\nألمانيا B-LOC\n\nقال O\nحزب B-ORG\nالله I-ORG\nو O\nرويترز B-ORG\n");
    const sents = readConll(file);
    expect(sents).toHaveLength(2);
    expect(orgSpans(sents[0]!)).toEqual([[1, 4]]);
    expect(orgSpans(sents[1]!)).toEqual([[1, 3], [4, 5]]);
  });

  it("holds out the last sixth", () => {
    const sents = Array.from({ length: 12 }, (_, i) => [{ tok: String(i), tag: "O" }]);
    const { train, dev } = parts(sents);
    expect(train).toHaveLength(10);
    expect(dev).toHaveLength(2);
    expect(dev[0]![0]!.tok).toBe("10");
  });

  it("strips a leading clitic and restores the article after لل", () => {
    expect(stripFirst("للامم", new Set())).toBe("الامم");
    expect(stripFirst("وحزب", new Set(["حزب"]))).toBe("حزب");
    expect(stripFirst("بيروت", new Set())).toBe("بيروت");
  });

  it("derived names are in the lexicon unless they are communities", () => {
    const names = (anercorp as { names: Array<{ name: string }> }).names.map((n) => n.name);
    expect(names.length).toBeGreaterThan(50);
    expect(ORG_NAMES.get(names[0]!)).toBeDefined();
    if (names.includes("الشيعة")) expect(ORG_NAMES.get("الشيعة")).toBeUndefined();
  });
});
