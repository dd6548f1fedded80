import { describe, expect, it } from "vitest";
import committed from "../../src/lexicon/data/countries.json" with { type: "json" };
import { build, deriveNisba } from "../../src/lexicon/build/countries.js";
import { COUNTRY_ADJECTIVES, COUNTRY_NAMES, countryAt, countryByCode, nisbaForms } from "../../src/lexicon/countries.js";
import { phraseKey } from "../../src/lexicon/gazetteer.js";
import { makeDoc } from "../../src/text/document.js";

const codeOfName = (s: string) => COUNTRY_NAMES.get(s)?.map((e) => e.code);
const codeOfAdj = (s: string) => COUNTRY_ADJECTIVES.get(s)?.map((e) => e.code);

describe("countries.json (build output)", () => {
  it("covers ISO 3166-1 with an English and an Arabic name for every code", () => {
    const codes = new Set(committed.map((c) => c.code));
    expect(codes.size).toBeGreaterThanOrEqual(249);
    for (const c of committed) {
      expect(c.code).toMatch(/^[A-Z]{2}$/);
      expect(c.name.length).toBeGreaterThan(1);
      expect(c.nameAr).toMatch(/\p{Script=Arabic}/u);
      expect(c.forms.length).toBeGreaterThan(0);
    }
  });

  it("is what the build script makes from its sources (rerun npm run lexicon:countries after editing the data)", () => {
    const { countries, conflicts } = build();
    expect(conflicts).toEqual([]);
    expect(countries).toEqual(committed);
  });

  it("has long forms and common short forms", () => {
    expect(codeOfName("جمهورية مصر العربية")).toEqual(["EG"]);
    expect(codeOfName("المملكة العربية السعودية")).toEqual(["SA"]);
    expect(codeOfName("الولايات المتحدة الأمريكية")).toEqual(["US"]);
    expect(codeOfName("الولايات المتحدة الأميركية")).toEqual(["US"]);
    expect(codeOfName("أمريكا")).toEqual(["US"]);
    expect(codeOfName("بيلاروس")).toEqual(["BY"]);
    expect(codeOfName("روسيا البيضاء")).toEqual(["BY"]);
    expect(codeOfName("سوريا")).toEqual(["SY"]);
    expect(codeOfName("سورية")).toEqual(["SY"]);
    expect(codeOfName("الجمهورية العربية السورية")).toEqual(["SY"]);
    expect(codeOfName("الإمارات")).toEqual(["AE"]);
    expect(codeOfName("الامارات العربية المتحدة")).toEqual(["AE"]);
    expect(codeOfName("بريطانيا")).toEqual(["GB"]);
    expect(codeOfName("سلطنة عمان")).toEqual(["OM"]);
    expect(codeOfName("الكونجو")).toEqual(["CD"]); // Egyptian ج for G, by rule
  });

  it("finds codes case-insensitively", () => {
    expect(countryByCode("sy")?.nameAr).toBe("سوريا");
    expect(countryByCode("US")?.name).toBe("United States");
    expect(countryByCode("ZZ")).toBeUndefined();
  });
});

describe("nationality adjectives", () => {
  it("derives the base adjective from the name by rule", () => {
    expect(deriveNisba("سوريا")).toBe("سوري");
    expect(deriveNisba("السعودية")).toBe("سعودي");
    expect(deriveNisba("مصر")).toBe("مصري");
    expect(deriveNisba("العراق")).toBe("عراقي");
    expect(deriveNisba("كندا")).toBe("كندي");
    expect(deriveNisba("سنغافورة")).toBe("سنغافوري");
    expect(deriveNisba("جيبوتي")).toBe("جيبوتي");
    expect(deriveNisba("كوريا الجنوبية")).toBeNull();
  });

  it("inflects in every gender, number and definiteness", () => {
    const forms = nisbaForms("سوري");
    for (const f of ["سوري", "سورية", "سوريون", "سوريين", "سوريان", "سوريتان", "سوريتين", "سوريات", "السوري", "السورية", "السوريون", "السوريين", "السوريتان", "السوريات"]) {
      expect(forms).toContain(f);
    }
    expect(nisbaForms("كوري جنوبي")).toContain("الكورية الجنوبية");
    expect(nisbaForms("كوري جنوبي")).toContain("الكوريين الجنوبيين");
  });

  it("compiles adjectives, exceptions and broken plurals, normalized (ة → ه)", () => {
    expect(codeOfAdj("السوريه")).toEqual(["SY"]);
    expect(codeOfAdj("الأميركية")).toEqual(["US"]);
    expect(codeOfAdj("الامريكيين")).toEqual(["US"]);
    expect(codeOfAdj("البريطانيون")).toEqual(["GB"]);
    expect(codeOfAdj("الإماراتية")).toEqual(["AE"]);
    expect(codeOfAdj("الأتراك")).toEqual(["TR"]);
    expect(codeOfAdj("الروس")).toEqual(["RU"]);
    expect(codeOfAdj("النمساوي")).toEqual(["AT"]);
    expect(codeOfAdj("الكوريه الجنوبيه")).toEqual(["KR"]);
  });

  it("leaves out adjectives that are common words", () => {
    for (const w of ["مجريات", "مالي", "المالية", "عربي", "العربية", "دولي", "الدولية", "عالمي", "القمري", "صحراوي"]) {
      expect(COUNTRY_ADJECTIVES.has(w), w).toBe(false);
    }
    expect(phraseKey("المالية")).toBe("الماليه");
  });
});

describe("countryAt", () => {
  const at = (text: string, word: string) => {
    const doc = makeDoc(text);
    const i = doc.tokens.findIndex((t) => t.text === phraseKey(word));
    return countryAt(doc.tokens, i, { doc });
  };

  it("reads adjectives and names after a title", () => {
    const a = at("وزير الداخلية السوري أنس خطاب", "السوري");
    expect(a?.entry.code).toBe("SY");
    expect(a?.adjective).toBe(true);
    const n = at("وزير داخلية مصر", "مصر");
    expect(n?.entry.code).toBe("EG");
    expect(n?.adjective).toBe(false);
  });

  it("takes the longest form", () => {
    const m = at("زار الولايات المتحدة الأميركية أمس", "الولايات");
    expect(m?.entry.code).toBe("US");
    expect(m!.last - m!.first).toBe(3);
  });

  it("tells the name from the adjective when they are spelled alike", () => {
    expect(at("وزارة الخارجية السعودية", "السعودية")?.adjective).toBe(true);
    expect(at("وصل إلى السعودية", "السعودية")?.adjective).toBe(false);
    expect(at("المحادثات الإسرائيلية السعودية", "السعودية")?.adjective).toBe(true);
    expect(at("زار اليوم السعودية", "السعودية")?.adjective).toBe(false);
  });
});
