import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { deriveLexicons, canonicalizer, THRESHOLDS } from "../../src/lexicon/build/anercorp.js";
import { parseConll } from "../../src/input/conll.js";
import { normKey } from "../../src/text/normalize.js";

const corpus = [
  "قال O\nمحمد B-PERS\nالعبدالله I-PERS\nإن O\nوزارة B-ORG\nالصحة I-ORG\nفي O\nبغداد B-LOC",
  "وقال O\nومحمد B-PERS\nالعبدالله I-PERS\nفي O\nبغداد B-LOC\nوباريس B-LOC",
  "زار O\nمحمد B-PERS\nسالم I-PERS\nوزارة B-ORG\nالصحة I-ORG\nقال O",
  "قال O\nإن O\nالوضع O\nفي O\nوزارة O\nالصحة O\nسيئ O\nقال O\nإن O\nفي O",
].join("\n\n");

describe("deriveLexicons", () => {
  const lex = deriveLexicons(parseConll(corpus), { ...THRESHOLDS, nonNameMin: 4 });
  it("keeps names seen at least twice in position and mostly inside PERS, with clitics removed", () => {
    expect(lex["person-given-names"]).toEqual(["محمد"]); // ومحمد counted as محمد
    expect(lex["person-family-names"]).toEqual(["العبدالله"]); // سالم seen once
  });
  it("keeps phrases by count and by the share of their occurrences that are the entity", () => {
    expect(lex["loc-names"]).toEqual(["بغداد"]); // باريس seen once
    expect(lex["org-names"]).toEqual(["وزاره الصحه"]); // 2 of 3 occurrences
    const strict = deriveLexicons(parseConll(corpus), { ...THRESHOLDS, phraseShare: 0.7 });
    expect(strict["org-names"]).toEqual([]);
  });
  it("lists frequent O words that are never inside PERS", () => {
    expect(lex["non-name-words"]).toContain("قال");
    expect(lex["non-name-words"]).not.toContain("محمد");
  });
  it("does not split a word whose stem is itself a clitic form", () => {
    const canon = canonicalizer(parseConll("في O\nفي O\nفي O\nوفي O\nوفي O\nكوفي B-PERS\nومحمد B-PERS\nمحمد B-PERS\nمحمد B-PERS"));
    expect(canon("ومحمد")).toBe("محمد");
    expect(canon("وفي")).toBe("في");
    expect(canon("كوفي")).toBe("كوفي");
  });
});

describe("stored derived lexicons", () => {
  const dir = join(import.meta.dirname, "../../src/lexicon/data/derived");
  const files = readdirSync(dir).filter((f) => f.endsWith(".json"));
  it("exist, are sorted, unique and normalized", () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const f of files) {
      const list = JSON.parse(readFileSync(join(dir, f), "utf8")) as string[];
      expect(list.length, f).toBeGreaterThan(0);
      expect(new Set(list).size, f).toBe(list.length);
      expect([...list].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)), f).toEqual(list);
      for (const w of list) expect(normKey(w), f).toBe(w);
    }
  });
});
