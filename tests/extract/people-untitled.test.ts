// People named with no title: surnames alone, foreign given names with unknown surnames,
// coordinated names, speakers, and where such a name stops.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";

const people = (text: string) => extract(text, { lang: "ar" }).people.map((p) => p.name);

describe("untitled people", () => {
  it("reads a known surname standing alone, also with a clitic", () => {
    expect(people("وقال ماكرون في مؤتمر صحفي إن بلاده ستواصل دعمها.")).toContain("ماكرون");
    expect(people("وجه الحزب انتقادات حادة لشولتس بسبب الموازنة.")).toContain("شولتس");
  });

  it("takes an unknown word before a known surname as the given name", () => {
    expect(people("وأعلن فالتر شولتس استقالته من منصبه.")).toContain("فالتر شولتس");
  });

  it("takes an unknown word after a foreign given name as the surname, even before a word", () => {
    expect(people("وسجل بيتر زافيرتو هدفين في المباراة.")).toContain("بيتر زافيرتو");
  });

  it("reads names coordinated with a name before them", () => {
    const names = people("وشارك في الحفل ليونيل ميسي وماريك دوبرافسكي.");
    expect(names).toContain("ليونيل ميسي");
    expect(names.some((n) => n.includes("ماريك دوبرافسكي"))).toBe(true);
  });

  it("reads a speaker after a speech verb when a title follows the name", () => {
    expect(people("وقال ماريك دوبرافسكي رئيس البعثة إن الوضع مستقر.")).toContain("ماريك دوبرافسكي");
  });

  it("ends a name at an epithet, a verb or a possessive noun", () => {
    expect(people("أصدر السلطان قابوس بن سعيد المعظم مرسوما سلطانيا.")).toContain("قابوس بن سعيد");
    expect(people("وكان بيتر زافيرتو يتحدث إلى الصحفيين.")).toContain("بيتر زافيرتو");
    expect(people("وقاد المدرب ماركو زافيرتو فريقه إلى الفوز.")).toContain("ماركو زافيرتو");
  });

  it("does not read relations, honorifics or particles as names", () => {
    expect(people("نقل الوزير إلى الرئيس تحيات أخيه الملك سلمان.")).not.toContain("أخيه");
    expect(people("وأضاف معاليه أن القانون سيصدر قريبا.")).toEqual([]);
    expect(people("وأكد المتحدث الرسمي باسم الحكومة أن الاجتماع ناجح.")).toEqual([]);
    expect(people("وصرح المتحدث الرسمي باسم رئاسة الجمهورية بأن اللقاء تناول العلاقات.")).toEqual([]);
    // nor ب/ل on a noun of the م pattern after a nationality adjective
    expect(people("من جانبه، أشاد الوزير الفرنسي بمستوى التنسيق القائم بين البلدين.")).toEqual([]);
  });
});

describe("where a name stops, by spelling", () => {
  it("reads علي as the preposition in a text that writes every final ى as ي", () => {
    const names = extract("ويخشي المدرب جوزيه علي فريقه من الخسارة في المباراة المقبلة.", { lang: "ar" }).people.map((p) => p.name);
    expect(names).toContain("جوزيه");
    expect(names).not.toContain("جوزيه علي");
  });

  it("keeps علي as a name before a name in such a text", () => {
    const names = extract("وقال علي لاريجاني إن المفاوضات مستمرة في العاصمة.", { lang: "ar" }).people.map((p) => p.name);
    expect(names).toContain("علي لاريجاني");
  });

  it("does not read a past verb of a derived form as a name after a title", () => {
    const names = extract("وقال إن رئيس الجمهورية ارتكب خطأ كبيرا.", { lang: "ar" }).people.map((p) => p.name);
    expect(names).toEqual([]);
  });
});
