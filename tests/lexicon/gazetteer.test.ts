import { describe, expect, it } from "vitest";
import { Gazetteer } from "../../src/lexicon/gazetteer.js";
import { normalize } from "../../src/text/normalize.js";
import { tokenize } from "../../src/text/tokens.js";

describe("Gazetteer keys (has, get, size)", () => {
  const g = new Gazetteer<number>();
  expect(g.add("الامم المتحدة", 1)).toBe("الامم المتحده");
  g.add("الامم", 2);
  g.add("الامم المتحدة للطفولة", 3);
  g.add("الأمم المتحدة", 4); // same key as the first
  g.add("الامم", 2); // again: nothing new
  g.addKey("بغداد", 5);

  it("answers for whole keys only, prefixes of longer keys included once added", () => {
    expect(g.size).toBe(4);
    expect(g.get("الامم المتحدة")).toEqual([1, 4]);
    expect(g.get("الامم")).toEqual([2]);
    expect(g.has("الامم المتحده للطفوله")).toBe(true);
    expect(g.hasKey("بغداد")).toBe(true);
    for (const absent of ["المتحده", "الامم للطفوله", "الامم المتحده للطفوله اليوم", "", "constructor"]) {
      expect([absent, g.hasKey(absent), g.get(absent)]).toEqual([absent, false, undefined]);
    }
    // hasKey takes keys as they are; has and get normalize the phrase first
    for (const loose of [" الامم", "الامم  المتحده"]) expect([loose, g.hasKey(loose), g.has(loose)]).toEqual([loose, false, true]);
  });

  it("matches the longest key in text", () => {
    const tokens = tokenize(normalize("قالت الأمم المتحدة للطفولة وبالأمم المتحدة").norm);
    expect(g.scan(tokens).map((m) => [m.first, m.last, m.prefix, m.key, m.values])).toEqual([
      [1, 4, 0, "الامم المتحده للطفوله", [3]],
      [4, 6, 2, "الامم المتحده", [1, 4]],
    ]);
  });

  it("lower-case gazetteers fold case in keys and look-ups", () => {
    const en = new Gazetteer<string>(true);
    en.add("United Nations", "un");
    expect(en.hasKey("united nations")).toBe(true);
    expect(en.hasKey("UNITED Nations")).toBe(true);
    expect(en.size).toBe(1);
  });
});
