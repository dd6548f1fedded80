import { describe, expect, it } from "vitest";
import { makeDoc } from "../../src/text/document.js";
import { extractOrganizations, type OrganizationOptions } from "../../src/extract/ar/organizations.js";
import type { CountryFact } from "../../src/extract/facts.js";
import type { Token } from "../../src/text/tokens.js";
import { headOf, ORG_NAMES, nameReading } from "../../src/lexicon/organizations.js";
import { phraseKey } from "../../src/lexicon/gazetteer.js";

function run(text: string, opts: OrganizationOptions = {}, countries: (doc: ReturnType<typeof makeDoc>) => CountryFact[] = () => []) {
  const doc = makeDoc(text);
  const orgs = extractOrganizations({ doc, referenceDate: null, knowledge: false }, countries(doc), opts);
  for (const o of orgs) for (const m of o.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  return orgs;
}
const names = (text: string, opts: OrganizationOptions = {}) => run(text, opts).map((o) => o.name);

/** A country fact for every token whose normalized text is in `words` (adjective forms). */
function countryAdjectives(code: string, words: string[]) {
  return (doc: ReturnType<typeof makeDoc>): CountryFact[] => {
    const spans = doc.tokens.filter((t) => words.includes(t.text)).map((t) => ({ first: t.index, last: t.index + 1, prefix: 0 }));
    return spans.length ? [{ code, name: code, mentions: [], spans, adjective: spans.map(() => true) }] : [];
  };
}
/** A place lookup over a fixed set of normalized one-word places. */
const places = (...ws: string[]) => (tokens: Token[], i: number) => ws.includes(tokens[i]!.text);

describe("organization extents", () => {
  it("takes a head noun with its genitive and adjectives", () => {
    expect(names("أكدت وزارة الداخلية السورية أن التنسيق مستمر")).toEqual(["وزارة الداخلية السورية"]);
    expect(names("وقال مجلس التعاون لدول الخليج العربية إن")).toEqual(["مجلس التعاون لدول الخليج العربية"]);
  });

  it("joins a coordinated second head", () => {
    expect(names("عقد اجتماعا بمقر مركز المعلومات وإدارة الأزمات بالعاصمة")).toEqual(["مركز المعلومات وإدارة الأزمات"]);
    // not after a complete name: the second head starts a name of its own
    expect(names("وزار الوفد جامعة الملك سعود ومستشفى الملك فيصل التخصصي")).toEqual(["جامعة الملك سعود", "مستشفى الملك فيصل"]);
  });

  it("stops at a definite noun that is not an adjective, at relative pronouns and at prepositions", () => {
    expect(names("اتخذت وزارة الداخلية الإجراءات اللازمة")).toEqual(["وزارة الداخلية"]);
    expect(names("أعلنت وزارة الصحة التي تتابع الوضع")).toEqual(["وزارة الصحة"]);
    expect(names("تعمل وزارة الداخلية في سوريا على ذلك")).toEqual(["وزارة الداخلية"]);
  });

  it("takes a لـ complement after a scope adjective of a coalition or summit", () => {
    expect(names("التنسيق مع التحالف الدولي لمكافحة الإرهاب متواصل")).toEqual(["التحالف الدولي لمكافحة الإرهاب"]);
    expect(names("شارك في أعمال القمة العالمية للحكومات في دبي")).toEqual(["القمة العالمية للحكومات"]);
    expect(run("شارك في أعمال القمة العالمية للحكومات")[0]!.kind).toBe("event");
  });

  it("does not let a ministry swallow a purpose clause", () => {
    expect(names("وزارة الداخلية السورية لتأمين الاحتفالات")).toEqual(["وزارة الداخلية السورية"]);
  });

  it("takes a place complement only for weak heads and only with a known place", () => {
    const opts = { isPlaceAt: places("الباديه", "حلب") };
    expect(names("عقد اجتماعا مع قيادة الأمن في البادية للوقوف على الوضع", opts)).toEqual(["قيادة الأمن في البادية"]);
    expect(names("اجتمع مع مديرية الأمن في حلب", opts)).toEqual(["مديرية الأمن في حلب"]);
    // without a place the weak head with one complement is generic
    expect(names("ضرورة توحيد قيادة الأمن والشرطة في المحافظات", opts)).toEqual([]);
    expect(names("عقد اجتماعا مع قيادة الأمن في المنطقة", opts)).toEqual([]);
  });

  it("uses the places lexicon by default for the place complement", () => {
    expect(names("اجتمع مع مديرية الأمن في حلب")).toEqual(["مديرية الأمن في حلب"]);
    expect(run("اجتمع مع مديرية الأمن في حلب")[0]!.country).toBe("SY");
  });

  it("reads ب/ل + a verbal-noun head as a verbal noun", () => {
    expect(names("عقدت الجلسة برئاسة الشاعر والدبلوماسي")).toEqual([]);
    expect(names("خطة لإدارة الأزمات الطارئة")).toEqual([]);
  });

  it("never reports a bare head or a generic definite head", () => {
    expect(names("أكدت الوزارة أن التنظيم الإرهابي يهدد المنطقة")).toEqual([]);
    expect(names("قامت القوات الأمنية بتقييم الوضع وباشرت اللجنة المختصة أعمالها")).toEqual([]);
    expect(names("مع القوات الأميركية", {})).toEqual([]);
    expect(names("تم تحويل البلاد إلى مركز لإنتاج الكبتاغون")).toEqual([]);
  });

  it("names a definite head with a scope or nationality adjective", () => {
    expect(names("أصدر وزراء الدول الأعضاء في التحالف الأمني الدولي بيانا")).toEqual(["التحالف الأمني الدولي"]);
    expect(names("وقال الاتحاد الأوروبي إن")).toEqual(["الاتحاد الأوروبي"]);
  });

  it("fixes the country from a nationality adjective in the name", () => {
    const orgs = run("أكدت وزارة الداخلية السورية أن", {}, countryAdjectives("SY", ["السوريه"]));
    expect(orgs.map((o) => [o.name, o.country])).toEqual([["وزارة الداخلية السورية", "SY"]]);
  });
});

describe("clitics and merging", () => {
  it("reports names without a leading clitic, with offsets into the original", () => {
    const orgs = run("مركز المعلومات بوزارة الداخلية، وأكدت وزارة الداخلية");
    const moi = orgs.find((o) => o.name === "وزارة الداخلية")!;
    expect(moi.mentions.map((m) => m.text)).toEqual(["وزارة الداخلية", "وزارة الداخلية"]);
    expect(moi.spans).toHaveLength(2);
  });

  it("restores the article eaten by لل", () => {
    const orgs = run("وقال مندوب سوريا للأمم المتحدة إن");
    expect(orgs.map((o) => o.name)).toEqual(["الأمم المتحدة"]);
  });

  it("merges aliases of one known body and a short form into its only extension", () => {
    const a = run("قال حلف شمال الأطلسي إن الناتو سيجتمع");
    expect(a).toHaveLength(1);
    expect(a[0]!.mentions).toHaveLength(2);
    const b = run("التنسيق مع التحالف الدولي لمكافحة الإرهاب. وأكد التحالف الدولي أن");
    expect(b.map((o) => o.name)).toEqual(["التحالف الدولي لمكافحة الإرهاب"]);
    expect(b[0]!.mentions.map((m) => m.text)).toEqual(["التحالف الدولي لمكافحة الإرهاب", "التحالف الدولي"]);
  });

  it("keeps two different ministries apart", () => {
    expect(names("بالتعاون مع وزارة الاتصالات ووزارة الداخلية")).toEqual(["وزارة الاتصالات", "وزارة الداخلية"]);
  });
});

describe("known names, agencies and platforms", () => {
  it("reports the known name after a descriptor head", () => {
    expect(names("تهديدات تنظيم داعش متواصلة")).toEqual(["داعش"]);
    expect(names("وقال ناطق لوكالة فرانس برس إن")).toEqual(["فرانس برس"]);
    expect(run("تهديدات تنظيم داعش")[0]!.kind).toBe("group");
  });

  it("reads a quoted platform name after منصة", () => {
    const orgs = run("في تغريدة عبر منصة “إكس”، أنه تلقى");
    expect(orgs.map((o) => [o.name, o.kind])).toEqual([["إكس", "media"]]);
  });

  it("needs a context for ambiguous names", () => {
    expect(names("ضرورة الالتزام بالقاعدة القانونية")).toEqual([]);
    expect(names("أعلن تنظيم القاعدة مسؤوليته")).toEqual(["القاعدة"]);
    expect(names("الدوحة - قنا : تلقى أمير البلاد")).toEqual(["قنا"]);
    expect(names("زار محافظة قنا جنوب مصر")).toEqual([]);
    expect(names("تحقيق السلام الأهلي")).toEqual([]);
  });

  it("knows news agencies and gives their kind and country", () => {
    const orgs = run("ذكرت وكالة الأنباء السعودية (واس) أن");
    expect(orgs.map((o) => [o.name, o.kind, o.country])).toEqual([["وكالة الأنباء السعودية", "media", "SA"]]);
    expect(orgs[0]!.mentions).toHaveLength(2);
  });

  it("joins an acronym in parentheses to the body it abbreviates", () => {
    const orgs = run("وذكرت وكالة الأنباء الرسمية (سانا) أن سانا نشرت");
    expect(orgs).toHaveLength(1);
    expect(orgs[0]).toMatchObject({ name: "وكالة الأنباء الرسمية", kind: "media", country: "SY" });
    expect(orgs[0]!.mentions.map((m) => m.text)).toEqual(["وكالة الأنباء الرسمية", "سانا", "سانا"]);
  });

  it("keeps a describing adjective out of a known name", () => {
    const orgs = run("قال أمين عام حزب الله اللبناني إن", {}, countryAdjectives("LB", ["اللبناني"]));
    expect(orgs.map((o) => o.name)).toEqual(["حزب الله"]);
    // an adjective that changes the body is kept
    expect(names("اجتمع مجلس الأمن القومي")).toEqual(["مجلس الأمن القومي"]);
  });

  it("reads an indefinite proper complement of a university or institute", () => {
    expect(names("درس في معهد ماساتشوستس للتكنولوجيا")).toEqual(["معهد ماساتشوستس للتكنولوجيا"]);
    expect(names("تخرج في جامعة كبيرة")).toEqual([]);
  });

  it("reads the outlet after a media head", () => {
    expect(names("ونقلت صحيفة الحياة اللندنية عن مصادر")).toEqual(["الحياة"]);
  });
});

describe("Latin names and sources", () => {
  it("reads all-caps Latin runs in Arabic text, dropping page furniture and a country code", () => {
    const a = run("DELMON POST LOGO\n\nوزير الداخلية : ثلاث تحديات امنية بالمنطقة");
    expect(a.map((o) => [o.name, o.kind])).toEqual([["DELMON POST", "media"]]);
    const b = run("للمزيد من التفاصيل، يمكن الرجوع إلى المصدر: SANA SY.");
    expect(b.map((o) => [o.name, o.country])).toEqual([["SANA", "SY"]]);
  });

  it("ignores lone short codes and Latin in Latin text", () => {
    expect(names("بث التلفزيون TV الخبر")).toEqual([]);
    expect(names("The NATO summit met in Brussels with many NEW members today")).toEqual([]);
  });

  it("reads the outlet after a source cue", () => {
    const orgs = run("للمزيد من المعلومات، يمكنك زيارة المصدر: زمان الوصل.");
    expect(orgs.map((o) => [o.name, o.kind])).toEqual([["زمان الوصل", "media"]]);
    expect(names("وقال المصدر الأمني إن")).toEqual([]);
  });
});

describe("organization lexicon", () => {
  it("compiles heads with their kinds and definite readings", () => {
    expect(headOf("وزاره")?.head.kind).toBe("ministry");
    expect(headOf("التحالف")).toMatchObject({ definite: true });
    expect(headOf("الوزير")).toBeNull();
  });

  it("classifies ambiguous forms", () => {
    expect(nameReading(phraseKey("القاعدة"))).toBe("ambiguous");
    expect(nameReading(phraseKey("إكس"))).toBe("strict");
    expect(nameReading(phraseKey("داعش"))).toBe("plain");
    expect(ORG_NAMES.get("الناتو")?.[0]?.name).toBe("حلف شمال الأطلسي");
  });
});
