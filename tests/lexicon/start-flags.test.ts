import { describe, expect, it } from "vitest";
import { COUNTRY_NAMES, COUNTRY_START, mayStartCountry } from "../../src/lexicon/countries.js";
import { docFlags, makeDoc } from "../../src/text/document.js";

describe("start flags (startFlag)", () => {
  it("are set wherever a country may start, clitics included", () => {
    const doc = makeDoc("وصل الوزير بسوريا اليوم قادما من الولايات المتحدة الأميركية، ثم زار للسعودية وعمان.");
    const flags = docFlags(doc);
    let starts = 0;
    for (let i = 0; i < doc.tokens.length; i++) {
      if (!mayStartCountry(doc.tokens, i)) continue;
      starts++;
      expect((flags[i]! & COUNTRY_START) !== 0).toBe(true);
    }
    expect(starts).toBeGreaterThanOrEqual(4);
    expect(flags[doc.tokens.findIndex((t) => t.text === "بسوريا")]! & COUNTRY_START).not.toBe(0);
    expect(flags[doc.tokens.findIndex((t) => t.text === "وصل")]! & COUNTRY_START).toBe(0);
  });

  it("seal their gazetteers", () => {
    expect(() => COUNTRY_NAMES.add("بلاد الواق واق", COUNTRY_NAMES.get("سوريا")![0]!)).toThrow();
  });
});
