import { describe, expect, it } from "vitest";
import { buildConllDoc, conllDocFromText, devStart, parseConll, splitTrainDev } from "../../src/input/conll.js";
import { conllTags, formatConll, formatConllText, isCountryAdjective } from "../../src/output/conll.js";
import { chunks, chunkErrors, evaluateTags } from "../../src/eval/conll.js";
import { extract } from "../../src/index.js";
import type { DocumentResult, Mention } from "../../src/types.js";

function emptyResult(): DocumentResult {
  return { file: "t", language: "ar", ministers: [], people: [], countries: [], organizations: [], places: [], dates: [], interactions: [] };
}

/** A mention of `word` (the n-th occurrence) in `text`, optionally skipping `skip` leading characters. */
function mention(text: string, word: string, skip = 0, nth = 0): Mention {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = text.indexOf(word, at + 1);
  if (at < 0) throw new Error(`no ${word}`);
  return { text: word.slice(skip), start: at + skip, end: at + word.length };
}

describe("parseConll / buildConllDoc", () => {
  const src = "\ufeffفرانكفورت B-LOC\r\nأعلن O\n\n\n-DOCSTART- O\nوزير O\nالخارجية O\nوليد B-PERS\nالمعلم I-PERS\n\nوحيد\n";
  it("reads sentences, tags, single-column lines and breaks", () => {
    const s = parseConll(src);
    expect(s.map((x) => x.length)).toEqual([2, 4, 1]);
    expect(s[0]![0]).toEqual({ token: "فرانكفورت", tag: "B-LOC" });
    expect(s[2]![0]).toEqual({ token: "وحيد", tag: "O" });
  });
  it("lays tokens out with exact offsets", () => {
    const doc = buildConllDoc(parseConll(src));
    expect(doc.text).toBe("فرانكفورت أعلن\nوزير الخارجية وليد المعلم\nوحيد");
    for (const t of doc.tokens) expect(doc.text.slice(t.start, t.end)).toBe(t.token);
    expect(doc.tokens.map((t) => t.sentence)).toEqual([0, 0, 1, 1, 1, 1, 2]);
  });
  it("tokenizes plain text on whitespace", () => {
    const text = "  قال  بوش\n\nفي واشنطن ";
    const doc = conllDocFromText(text);
    expect(doc.sentences.map((s) => s.map((t) => t.token))).toEqual([["قال", "بوش"], ["في", "واشنطن"]]);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.token);
  });
  it("keeps the last sixth of the sentences as dev", () => {
    expect(devStart(12)).toBe(10);
    expect(devStart(3973)).toBe(3311);
    const { train, dev } = splitTrainDev([1, 2, 3, 4, 5, 6, 7]);
    expect(train).toEqual([1, 2, 3, 4, 5, 6]);
    expect(dev).toEqual([7]);
  });
});

describe("chunks and scores (conlleval semantics)", () => {
  it("starts entities at B-, at I- after O or another type, and at sentence breaks", () => {
    const tags = ["B-PERS", "I-PERS", "I-LOC", "O", "I-ORG", "I-ORG", "B-ORG", "I-ORG"];
    expect(chunks(tags)).toEqual([
      { type: "PERS", first: 0, last: 2 }, { type: "LOC", first: 2, last: 3 },
      { type: "ORG", first: 4, last: 6 }, { type: "ORG", first: 6, last: 8 },
    ]);
    expect(chunks(["B-LOC", "I-LOC"], new Set([1]))).toEqual([{ type: "LOC", first: 0, last: 1 }, { type: "LOC", first: 1, last: 2 }]);
  });
  it("counts exact matches per type and micro-averages", () => {
    const gold = ["B-PERS", "I-PERS", "O", "B-LOC", "O", "B-ORG", "I-ORG", "B-MISC"];
    const pred = ["B-PERS", "I-PERS", "O", "B-ORG", "O", "B-ORG", "O", "O"];
    const s = evaluateTags(gold, pred);
    expect(s.types.PERS).toMatchObject({ gold: 1, predicted: 1, correct: 1, f1: 1 });
    expect(s.types.LOC).toMatchObject({ gold: 1, predicted: 0, correct: 0, f1: 0 });
    expect(s.types.ORG).toMatchObject({ gold: 1, predicted: 2, correct: 0 });
    expect(s.microPLO).toMatchObject({ gold: 3, predicted: 3, correct: 1 });
    expect(s.microAll.gold).toBe(4);
    expect(s.microAll.precision).toBeCloseTo(1 / 3);
    expect(s.microAll.recall).toBeCloseTo(1 / 4);
    expect(s.microAll.f1).toBeCloseTo((2 * (1 / 3) * (1 / 4)) / (1 / 3 + 1 / 4));
    const kinds = chunkErrors(gold, pred).map((e) => e.kind).sort();
    expect(kinds).toEqual(["boundary", "missed", "wrong-type"]);
    expect(() => evaluateTags(["O"], [])).toThrow();
  });
});

describe("conllTags projection", () => {
  const sentences = [
    "التقى وزير الخارجية السوري وليد المعلم نظيره في وألمانيا",
    "وقال الوزير إن منظمة الأمم المتحدة في سوريا",
  ].map((s) => s.split(" ").map((token) => ({ token, tag: "O" })));
  const doc = buildConllDoc(sentences);
  const t = doc.text;
  it("tags overlapped tokens, names only for people, no country adjectives", () => {
    const r = emptyResult();
    r.ministers.push({
      name: "وليد المعلم", title: "وزير الخارجية السوري", portfolio: "foreign", country: "SY",
      mentions: [mention(t, "وزير الخارجية السوري وليد المعلم"), mention(t, "الوزير")],
    });
    r.countries.push({ code: "SY", name: "Syria", nameAr: "سوريا", mentions: [mention(t, "السوري"), mention(t, "سوريا")] });
    r.countries.push({ code: "DE", name: "Germany", nameAr: "ألمانيا", mentions: [mention(t, "وألمانيا", 1)] });
    r.organizations.push({ name: "الأمم المتحدة", mentions: [mention(t, "منظمة الأمم المتحدة")] });
    r.places.push({ name: "المتحدة", mentions: [mention(t, "المتحدة")] }); // shorter overlapping: loses
    const tags = conllTags(doc, r);
    expect(tags).toEqual([
      "O", "O", "O", "O", "B-PERS", "I-PERS", "O", "O", "B-LOC",
      "O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "B-LOC",
    ]);
    const out = formatConll(doc, r).split("\n");
    expect(out[4]).toBe("وليد B-PERS");
    expect(out[9]).toBe(""); // sentence break
  });
  it("starts a new entity for adjacent mentions of the same type", () => {
    const d = buildConllDoc([["باريس", "لندن"].map((token) => ({ token, tag: "O" }))]);
    const r = emptyResult();
    r.places.push({ name: "باريس", mentions: [mention(d.text, "باريس")] }, { name: "لندن", mentions: [mention(d.text, "لندن")] });
    expect(conllTags(d, r)).toEqual(["B-LOC", "B-LOC"]);
    expect(formatConllText("باريس لندن", r)).toBe("باريس B-LOC\nلندن B-LOC\n");
  });
  it("reads a definite feminine nisba as the name after a preposition or with a clitic", () => {
    const d = buildConllDoc([["زار", "الوفد", "السعودية", "وقالت", "الحكومة", "السعودية", "اليوم", "والسعودية", "والولايات", "المتحدة", "الأمريكية"].map((token) => ({ token, tag: "O" }))]);
    const r = emptyResult();
    r.countries.push({ code: "SA", name: "Saudi Arabia", nameAr: "المملكة العربية السعودية", mentions: [
      mention(d.text, "السعودية", 0, 0), mention(d.text, "السعودية", 0, 1), mention(d.text, "والسعودية", 1),
    ] });
    r.countries.push({ code: "US", name: "United States", nameAr: "الولايات المتحدة", mentions: [mention(d.text, "والولايات المتحدة الأمريكية", 1)] });
    expect(conllTags(d, r)).toEqual(["O", "O", "O", "O", "O", "O", "O", "B-LOC", "B-LOC", "I-LOC", "I-LOC"]);
    const d2 = buildConllDoc([["في", "السعودية"].map((token) => ({ token, tag: "O" }))]);
    const r2 = emptyResult();
    r2.countries.push({ code: "SA", name: "Saudi Arabia", mentions: [mention(d2.text, "السعودية")] });
    expect(conllTags(d2, r2)).toEqual(["O", "B-LOC"]);
    const d3 = buildConllDoc([["الحكومة", "(", "الفرنسية", ")", "،", "فرنسية"].map((token) => ({ token, tag: "O" }))]);
    const r3 = emptyResult();
    r3.countries.push({ code: "FR", name: "France", nameAr: "فرنسا", mentions: [mention(d3.text, "الفرنسية"), mention(d3.text, "فرنسية")] });
    expect(conllTags(d3, r3)).toEqual(["O", "O", "O", "O", "O", "O"]);
    const d4 = buildConllDoc([["القوات", "اللبنانية", "والإسرائيلية"].map((token) => ({ token, tag: "O" }))]);
    const r4 = emptyResult();
    r4.countries.push({ code: "IL", name: "Israel", nameAr: "إسرائيل", mentions: [mention(d4.text, "والإسرائيلية", 1)] });
    expect(conllTags(d4, r4)).toEqual(["O", "O", "O"]);
  });
  it("leaves place designators and epithets outside LOC, as ANERcorp does", () => {
    const d = buildConllDoc([["في", "مدينة", "غزة", "و", "مكة", "المكرمة", "و", "المدينة", "المنورة"].map((token) => ({ token, tag: "O" }))]);
    const r = emptyResult();
    r.places.push(
      { name: "غزة", mentions: [mention(d.text, "مدينة غزة")] },
      { name: "مكة", mentions: [mention(d.text, "مكة المكرمة")] },
      { name: "المدينة المنورة", mentions: [mention(d.text, "المدينة المنورة")] },
    );
    expect(conllTags(d, r)).toEqual(["O", "O", "B-LOC", "O", "B-LOC", "O", "O", "B-LOC", "I-LOC"]);
  });
  it("tells country adjectives from names", () => {
    expect(isCountryAdjective("السوري", ["Syria", "سوريا"])).toBe(true);
    expect(isCountryAdjective("الأميركية", ["United States", "الولايات المتحدة"])).toBe(true);
    expect(isCountryAdjective("سورية", ["Syria", "سوريا"])).toBe(false);
    expect(isCountryAdjective("مالي", ["Mali", "مالي"])).toBe(false);
    expect(isCountryAdjective("العراق", ["Iraq", "العراق"])).toBe(false);
    expect(isCountryAdjective("الألمان", ["Germany", "ألمانيا"])).toBe(true);
    expect(isCountryAdjective("تركية", ["Turkey", "تركيا"])).toBe(true);
    expect(isCountryAdjective("الكوري الجنوبي", ["South Korea", "كوريا الجنوبية"])).toBe(true);
    expect(isCountryAdjective("كوريا الشمالية", ["North Korea", "كوريا الشمالية"])).toBe(false);
    expect(isCountryAdjective("المملكة العربية السعودية", ["Saudi Arabia", "السعودية"])).toBe(false);
  });
  it("runs the real extractor and yields one valid tag per token", () => {
    const d = buildConllDoc(parseConll("التقى O\nالرئيس O\nالمصري O\nفي O\nالقاهرة B-LOC\n\nوزير O\nالخارجية O\nالفرنسي O\n"));
    const res = extract(d.text, { lang: "ar" });
    const lines = formatConll(d, res).trimEnd().split("\n").filter((l) => l);
    expect(lines.map((l) => l.split(" ")[0])).toEqual(d.tokens.map((x) => x.token));
    for (const l of lines) expect(l.split(" ")[1]).toMatch(/^(O|[BI]-(PERS|LOC|ORG|MISC))$/);
  });
});

describe("runConll", () => {
  it("scores only the dev part with --dev and counts gold entities", async () => {
    const { runConll } = await import("../../src/eval/conll-main.js");
    const sents: string[] = [];
    for (let i = 0; i < 12; i++) sents.push(i < 10 ? "قال O\nشيء O" : `زار O\nمحمد B-PERS\nعلي I-PERS\nباريس B-LOC`);
    const r = runConll(sents.join("\n\n") + "\n", { part: "dev", chunk: 1 });
    expect(r.sentences.length).toBe(2);
    expect(r.gold.length).toBe(8);
    expect(r.pred.length).toBe(8);
    expect(r.score.types.PERS!.gold).toBe(2);
    expect(r.score.types.LOC!.gold).toBe(2);
    expect(r.failures).toEqual([]);
    const all = runConll(sents.join("\n\n"), { part: "train" });
    expect(all.sentences.length).toBe(10);
    expect(all.score.microAll.gold).toBe(0);
  });
});
