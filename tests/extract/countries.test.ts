import { describe, expect, it } from "vitest";
import { makeDoc } from "../../src/text/document.js";
import { extractCountries } from "../../src/extract/ar/countries.js";
import { extractPlaces } from "../../src/extract/ar/places.js";

function run(text: string) {
  const doc = makeDoc(text);
  const ctx = { doc, referenceDate: null, knowledge: false };
  const countries = extractCountries(ctx);
  for (const c of countries) {
    expect(c.adjective.length).toBe(c.spans.length);
    expect(c.mentions.length).toBe(c.spans.length);
    for (const m of c.mentions) expect(doc.original.slice(m.start, m.end)).toBe(m.text);
  }
  const places = extractPlaces(ctx, countries);
  return { countries, places };
}
const codes = (text: string) => run(text).countries.map((c) => c.code);
const mentions = (text: string, code: string) => run(text).countries.find((c) => c.code === code)?.mentions.map((m) => m.text) ?? [];

describe("extractCountries", () => {
  it("finds names and adjectives, one fact per country in order of first mention", () => {
    const { countries } = run("بحث وزير الداخلية السوري مع نظيره التركي التحديات التي تواجه سوريا، وسبل التعاون بين سوريا وتركيا.");
    expect(countries.map((c) => c.code)).toEqual(["SY", "TR"]);
    const sy = countries[0]!;
    expect(sy.mentions.map((m) => m.text)).toEqual(["السوري", "سوريا", "سوريا"]);
    expect(sy.adjective).toEqual([true, false, false]);
    expect(sy.nameAr).toBe("سوريا");
    expect(sy.name).toBe("Syria");
  });

  it("excludes leading clitics from mentions", () => {
    const text = "عاد بسوريا ثم وللسعودية والسوريين";
    expect(mentions(text, "SY")).toEqual(["سوريا", "السوريين"]);
    expect(mentions(text, "SA")).toEqual(["سعودية"]);
    const { countries } = run(text);
    expect(countries[0]!.spans[0]!.prefix).toBe(1);
  });

  it("keeps a whole known word whole (ليبيا is not ل+يبيا)", () => {
    const { countries } = run("زار ليبيا ولبنان");
    expect(countries.map((c) => c.code)).toEqual(["LY", "LB"]);
    expect(countries[0]!.spans[0]!.prefix).toBe(0);
    expect(countries[0]!.mentions[0]!.text).toBe("ليبيا");
  });

  it("maps offsets back to the original through diacritics and tatweel", () => {
    const text = "قال الرئيس الأمـريكيّ إنّ الولاياتِ المتحدةَ ستدعم مِصرَ";
    const { countries } = run(text);
    expect(countries.map((c) => c.code)).toEqual(["US", "EG"]);
    expect(countries[0]!.mentions.map((m) => m.text)).toEqual(["الأمـريكيّ", "الولاياتِ المتحدةَ"]);
    expect(countries[1]!.mentions[0]!.text).toBe("مِصرَ");
  });

  it("reads long forms as one mention", () => {
    expect(mentions("وقعت جمهورية مصر العربية والمملكة العربية السعودية اتفاقا", "EG")).toEqual(["جمهورية مصر العربية"]);
    expect(mentions("وقعت جمهورية مصر العربية والمملكة العربية السعودية اتفاقا", "SA")).toEqual(["المملكة العربية السعودية"]);
  });

  it("accepts ambiguous names only in safe contexts", () => {
    expect(codes("دفعت من مالي الخاص")).toEqual([]);
    expect(codes("أعلنت وزارة المالية عن ميزانية")).toEqual([]);
    expect(codes("انتشرت القوات في النيجر ومالي")).toEqual(["NE", "ML"]);
    expect(codes("وصل إلى جمهورية مالي")).toEqual(["ML"]);
    expect(codes("مدرسة بنين وبنات")).toEqual([]);
    expect(codes("تحالف يضم توغو وبنين")).toEqual(["TG", "BJ"]);
    expect(codes("وصل الوزير إلى عمان")).toEqual([]);
    expect(codes("زار سلطنة عمان ثم عاد إلى عمان")).toEqual(["OM"]);
    expect(mentions("زار سلطنة عمان ثم عاد إلى عمان", "OM")).toEqual(["سلطنة عمان", "عمان"]);
  });

  it("reads عمان as Amman when the text is about Jordan", () => {
    const { countries, places } = run("وصل الوزير إلى عمان في زيارة إلى الأردن");
    expect(countries.map((c) => c.code)).toEqual(["JO"]);
    expect(places.map((p) => [p.name, p.country])).toEqual([["عمان", "JO"]]);
  });

  it("vetoes forms by the words around them", () => {
    expect(codes("بعد صلاة المغرب")).toEqual([]);
    expect(codes("دول المغرب العربي")).toEqual([]);
    expect(codes("زار الملك المغرب")).toEqual(["MA"]);
    expect(codes("كتب الخبر باللغة الإنجليزية وترجمه بالروسية")).toEqual([]);
    expect(codes("رفع يده اليمنى")).toEqual([]);
    expect(codes("قال الرئيس اليمني")).toEqual(["YE"]);
  });

  it("drops a country inside a place of another country or of none", () => {
    const { countries, places } = run("في المحيط الهندي قرب الهند");
    expect(countries.map((c) => c.mentions.map((m) => m.text))).toEqual([["الهند"]]);
    expect(places.map((p) => p.name)).toEqual(["المحيط الهندي"]);
  });

  it("reads a definite adjective after an indefinite word as a family name", () => {
    expect(codes("استقبل رئيس الوزراء العراقي محمد شياع السوداني الوفد")).toEqual(["IQ"]);
    expect(codes("وأكدت حكومة السوداني")).toEqual([]);
    expect(codes("بحث الوزير مع نظيره التركي")).toEqual(["TR"]);
    expect(codes("التقى الشعب السوداني")).toEqual(["SD"]);
    expect(codes("استقبل الأمير تركي الفيصل الوفد")).toEqual([]);
    expect(codes("قال مسؤول تركي")).toEqual(["TR"]);
  });

  it("never reads a shadda spelling as the ambiguous country (عمّان is Amman)", () => {
    const { countries, places } = run("وصل الوزير إلى عمّان أمس");
    expect(countries).toEqual([]);
    expect(places.map((p) => [p.name, p.country])).toEqual([["عمّان", "JO"]]);
  });
});

