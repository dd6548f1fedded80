import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { makeDoc } from "../../src/text/document.js";
import { footballSentences, footballTeams } from "../../src/extract/ar/organizations.js";
import { ORG_NAMES, isSportsOnly, nameReading } from "../../src/lexicon/organizations.js";
import { phraseKey } from "../../src/lexicon/gazetteer.js";

const run = (text: string) => extract(text, { lang: "ar" });
const orgs = (text: string) => run(text).organizations.map((o) => `${o.name}/${o.kind}`);
const places = (text: string) => run(text).places.map((p) => p.name);

describe("football context", () => {
  it("needs football cues in the sentence and its neighbours", () => {
    const doc = makeDoc("فاز الفريق في المباراة بهدفين. وقال الرئيس إن الاقتصاد تحسن. ارتفعت أسعار النفط أمس.");
    expect([...footballSentences(doc)]).toEqual([1, 0, 0]);
    expect([...footballSentences(makeDoc("زار الرئيس برشلونة وليون الأسبوع الماضي"))]).toEqual([0]);
    // a score counts as a cue, a range alone does not make a football context
    expect([...footballSentences(makeDoc("وانتهت المباراة 3 - صفر"))]).toEqual([1]);
    expect([...footballSentences(makeDoc("استمر الاجتماع 2 - 3 ساعات"))]).toEqual([0]);
  });
});

describe("clubs named after places", () => {
  it("reads a club spelling and a place in a team slot as teams, not places", () => {
    const text = "فاز برشلونة على ليون الفرنسي 2 - 1 في مباراة الدوري";
    expect(orgs(text)).toEqual(["برشلونة/club", "ليون/club"]);
    expect(places(text)).toEqual([]);
    expect(run(text).organizations[0]!.country).toBe("ES");
  });

  it("takes a place after فريق or in a draw with another team", () => {
    const text = "تعادل فريق الموصل مع أربيل في الدوري وسجل اللاعب هدفين";
    expect(orgs(text)).toEqual(["الموصل/club", "أربيل/club"]);
    expect(places(text)).toEqual([]);
  });

  it("reads result lines without any cue word", () => {
    expect(orgs("بورتو ( البرتغال ) 2 ليون ( فرنسا ) 1")).toEqual(["بورتو/club", "ليون/club"]);
    // the same shape without a score is a place with its country
    expect(orgs("وصل إلى ليون ( فرنسا ) أمس")).toEqual([]);
  });

  it("keeps the city after في and outside a football context", () => {
    expect(orgs("أقيمت المباراة في برشلونة وسجل اللاعب هدفين")).toEqual([]);
    expect(places("أقيمت المباراة في برشلونة وسجل اللاعب هدفين")).toEqual(["برشلونة"]);
    expect(orgs("زار الرئيس برشلونة وليون الأسبوع الماضي")).toEqual([]);
  });

  it("leaves national teams to the countries (ANERcorp tags them LOC)", () => {
    const r = run("فاز منتخب مصر على تونس في المباراة بهدفين");
    expect(r.organizations).toEqual([]);
    expect(r.countries.map((c) => c.code).sort()).toEqual(["EG", "TN"]);
  });

  it("reads a common-word club name only in a football context", () => {
    expect(orgs("وفاز الهلال على النصر بهدفين في مباراة الدوري السعودي")).toEqual(["الهلال/club", "النصر/club"]);
    expect(orgs("واحتفل الجيش بالنصر بعد المعركة")).toEqual([]);
    expect(isSportsOnly(phraseKey("النصر"))).toBe(true);
    expect(nameReading(phraseKey("النصر"))).toBe("strict");
    // a clitic-bearing or indefinite name after a definite noun is no adjective
    expect(orgs("ثم تحولت الأفضلية لبرشلونة في الشوط الثاني من المباراة")).toEqual(["برشلونة/club"]);
    // not an adjective after a definite noun (المنتخب العربي)
    expect(footballTeams(makeDoc("وخسر المنتخب العربي المباراة أمام ضيفه في الدوري")).length).toBe(0);
  });

  it("does not read a dateline chain as a match", () => {
    expect(orgs("نيويورك - الخرطوم - وكالات : سجل اللاعب هدفين في المباراة")).toEqual([]);
  });
});

describe("companies, media and parties", () => {
  it("knows companies, banks, outlets and parties", () => {
    expect(orgs("أعلنت شركة تويوتا اليابانية")).toEqual(["تويوتا/company"]);
    expect(orgs("ذكرت صحيفة هآرتس الإسرائيلية")).toEqual(["هآرتس/media"]);
    expect(orgs("أعلن حزب الليكود")).toEqual(["الليكود/party"]);
    expect(orgs("وقال البنك التجاري إن أرباحه ارتفعت")).toEqual(["البنك التجاري/company"]);
  });

  it("reads strict spellings (a month, a common word) only after a head", () => {
    expect(orgs("وصل في نيسان الماضي إلى لندن")).toEqual([]);
    expect(orgs("وقعت شركة نيسان عقدا")).toEqual(["نيسان/company"]);
    expect(ORG_NAMES.get("نيسان")?.[0]?.kind).toBe("company");
  });
});
