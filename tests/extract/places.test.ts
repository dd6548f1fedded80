import { describe, expect, it } from "vitest";
import { makeDoc } from "../../src/text/document.js";
import { extractCountries } from "../../src/extract/ar/countries.js";
import { extractPlaces } from "../../src/extract/ar/places.js";
import { PLACES } from "../../src/lexicon/places.js";
import { COUNTRY_DATA } from "../../src/lexicon/countries.js";
import places from "../../src/lexicon/data/places.json" with { type: "json" };

function run(text: string) {
  const doc = makeDoc(text);
  const ctx = { doc, referenceDate: null, knowledge: false };
  const countries = extractCountries(ctx);
  const found = extractPlaces(ctx, countries);
  for (const p of found) {
    expect(p.mentions.length).toBe(p.spans.length);
    for (const m of p.mentions) expect(doc.original.slice(m.start, m.end)).toBe(m.text);
  }
  return { countries, places: found };
}
const names = (text: string) => run(text).places.map((p) => p.name);

describe("places data", () => {
  it("has a few hundred places, each under a known country code or -", () => {
    const codes = new Set(COUNTRY_DATA.map((c) => c.code));
    const data = places.places as Record<string, string[]>;
    let n = 0;
    for (const [code, list] of Object.entries(data)) {
      expect(code === "-" || codes.has(code), code).toBe(true);
      n += list.length;
    }
    expect(n).toBeGreaterThan(500);
    expect(PLACES.size).toBeGreaterThan(1000);
    for (const code of ["SY", "IQ", "EG", "SA", "YE", "LY", "DZ", "MA", "TR", "IR", "LB", "JO", "PS", "SD", "TN"]) {
      expect(data[code]!.length, code).toBeGreaterThanOrEqual(15);
    }
  });

  it("takes capitals from the country data (world-countries)", () => {
    expect(PLACES.get("دمشق")).toEqual([{ name: "دمشق", country: "SY" }]);
    expect(PLACES.get("واشنطن")).toEqual([{ name: "واشنطن", country: "US" }]);
    expect(PLACES.get("أنقرة")?.[0]?.country).toBe("TR");
  });
});

describe("extractPlaces", () => {
  it("finds places with clitics and reports their country", () => {
    const { places: p } = run("عقد اجتماع بدمشق وآخر في حلب ثم في إدلب وادلب واللاذقية");
    expect(p.map((x) => [x.name, x.country])).toEqual([["دمشق", "SY"], ["حلب", "SY"], ["إدلب", "SY"], ["اللاذقية", "SY"]]);
    expect(p[0]!.mentions[0]!.text).toBe("دمشق");
    expect(p[2]!.mentions.map((m) => m.text)).toEqual(["إدلب", "ادلب"]);
  });

  it("folds spelling variants to one place", () => {
    expect(names("وصل إلى الإسكندرية ثم اسكندرية")).toEqual(["الإسكندرية"]);
    expect(run("وصل إلى الإسكندرية ثم اسكندرية").places[0]!.mentions.length).toBe(2);
  });

  it("accepts ambiguous words only in safe contexts", () => {
    expect(names("الهجوم الإرهابي في تدمر")).toEqual(["تدمر"]);
    expect(names("شهدته منطقة تدمر")).toEqual(["تدمر"]);
    expect(names("القوات تدمر المنازل")).toEqual([]);
    expect(names("قيادة الأمن في البادية")).toEqual(["البادية"]);
    expect(names("طبق من الحمص وحمص")).toEqual([]);
    expect(names("المعارك في حمص")).toEqual(["حمص"]);
  });

  it("accepts very common words only after a place noun", () => {
    expect(names("فتح الباب أمام الحوار")).toEqual([]);
    expect(names("سيطرت القوات على مدينة الباب")).toEqual(["الباب"]);
    expect(names("نشر صور من الموقع")).toEqual([]);
    expect(names("في صور الجديدة")).toEqual([]);
    expect(names("غارة على مدينة صور")).toEqual(["صور"]);
  });

  it("reads a place spelled like a country as the country", () => {
    const { countries, places: p } = run("وصل الوزير إلى تونس والكويت");
    expect(countries.map((c) => c.code)).toEqual(["TN", "KW"]);
    expect(p).toEqual([]);
  });

  it("picks the country the text names for a shared name", () => {
    expect(run("اشتباكات في طرابلس شمال لبنان").places.map((p) => p.country)).toEqual(["LB"]);
    expect(run("اشتباكات في طرابلس العاصمة").places.map((p) => p.country)).toEqual(["LY"]);
  });

  it("skips a place inside the name of a club or a newspaper", () => {
    expect(names("فاز ريال مدريد على ضيفه")).toEqual([]);
    expect(names("ذكرت صحيفة نيويورك تايمز أن")).toEqual([]);
    expect(names("قال لـ « الشرق الأوسط » أمس")).toEqual([]);
    expect(names("وصل إلى مدريد ثم نيويورك")).toEqual(["مدريد", "نيويورك"]);
  });

  it("does not read generic words as places", () => {
    expect(names("تعزيز الأمن في المنطقة وفي الجمهورية وفي المدينة")).toEqual([]);
    expect(names("رأيت القمر في السماء")).toEqual([]);
  });

  it("does not split a name into clitic + place (فاطمة ≠ ف+أطمة)", () => {
    expect(names("قالت فاطمة إن")).toEqual([]);
  });

  it("keeps a longer place that contains its own country", () => {
    const { countries, places: p } = run("انتشرت القوات في البادية السورية");
    expect(countries.map((c) => c.code)).toEqual(["SY"]);
    expect(p.map((x) => x.name)).toEqual(["البادية السورية"]);
  });

  it("reads a dateline place as a place, even an ambiguous one", () => {
    const { countries, places: p } = run("عمان 3 كانون الأول (بترا)- أكد وزير الداخلية أن الأجهزة جاهزة");
    expect(countries).toEqual([]);
    expect(p.map((x) => [x.name, x.country])).toEqual([["عمان", "JO"]]);
    expect(names("مسقط في 26 أكتوبر /العمانية/ أصدر السلطان مرسوما")).toEqual(["مسقط"]);
    expect(names("وقال إن مسقط رأسه قرية صغيرة")).toEqual([]);
  });

  it("accepts an ambiguous place coordinated with an accepted one, not a strict one", () => {
    expect(names("مشروع أنبوب النفط بين البصرة والعقبة")).toEqual(["البصرة", "العقبة"]);
    expect(names("زار حلب وكان الجو باردا")).toEqual(["حلب"]);
  });

  it("accepts a capital after العاصمة + country adjective", () => {
    expect(run("وصل إلى العاصمة الأردنية عمان اليوم").places.map((p) => [p.name, p.country])).toEqual([["عمان", "JO"]]);
  });
});

