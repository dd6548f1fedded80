import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { makeDoc } from "../../src/text/document.js";
import { extractDates } from "../../src/extract/ar/dates.js";

interface Row { ref: string | null; sentence: string; text: string | null; value: string | null }

const file = fileURLToPath(new URL("../../fixtures/dates/ar-dates.tsv", import.meta.url));
const rows: Row[] = [];
for (const line of readFileSync(file, "utf8").split("\n")) {
  if (!line.trim() || line.startsWith("#") || line.startsWith("ref\t")) continue;
  const [ref, sentence, text, value] = line.split("\t");
  if (value === undefined) throw new Error(`bad fixture line: ${line}`);
  rows.push({
    ref: ref === "-" ? null : ref!,
    sentence: sentence!,
    text: text === "-" ? null : text!,
    value: value === "null" || value === "-" ? null : value,
  });
}

// one case per (reference date, sentence): all its expected dates, in order
const cases = new Map<string, { ref: string | null; sentence: string; expected: Array<[string, string | null]> }>();
for (const r of rows) {
  const k = `${r.ref ?? "-"}\t${r.sentence}`;
  let c = cases.get(k);
  if (!c) { c = { ref: r.ref, sentence: r.sentence, expected: [] }; cases.set(k, c); }
  if (r.text !== null) c.expected.push([r.text, r.value]);
}

const run = (text: string, ref: string | null) => extractDates({ doc: makeDoc(text), referenceDate: ref, knowledge: true });

describe("Arabic date fixtures", () => {
  it("has at least 220 expressions", () => {
    expect(rows.length).toBeGreaterThanOrEqual(220);
  });

  it.each([...cases.values()].map((c) => [`${c.ref ?? "-"} ${c.sentence}`, c] as const))("%s", (_name, c) => {
    const got = run(c.sentence, c.ref);
    expect(got.map((d) => [d.text, d.value])).toEqual(c.expected);
    for (const d of got) expect(c.sentence.slice(d.start, d.end)).toBe(d.text);
  });
});

describe("date facts", () => {
  it("reports original offsets and token spans", () => {
    const text = "قال الوزير، في ١٦ نيسان الماضي، إن الخطة جاهزة.";
    const doc = makeDoc(text);
    const [d] = extractDates({ doc, referenceDate: null, knowledge: true });
    expect(d).toBeDefined();
    expect(text.slice(d!.start, d!.end)).toBe("١٦ نيسان الماضي");
    expect(doc.tokens[d!.span.first]!.text).toBe("16");
    expect(doc.tokens[d!.span.last - 1]!.text).toBe("الماضي");
  });

  it("skips a leading conjunction and keeps diacritics inside the mention", () => {
    const text = "وأمسِ التقى الوفدان، وغداً يعودان.";
    const got = run(text, "2024-02-29");
    expect(got.map((d) => [d.text, d.value])).toEqual([["أمسِ", "2024-02-28"], ["غداً", "2024-03-01"]]);
  });

  it("finds the gold dates of the seed sentences", () => {
    const s3 = 'وقال اثناء مشاركته أعمال القمة العالمية للحكومات 2022 والتي بدأت امس بدبي مع اختتام فعاليات "إكسبو 2020 دبي" تشكل القمة فرصة.\nموضحين أن التحالف والذي تأسس عام 2017 كعمل من أعمال التضامن.';
    expect(run(s3, null).map((d) => [d.text, d.value])).toEqual([["2022", "2022"], ["امس", null], ["عام 2017", "2017"]]);
  });

  it("does not cross a line break", () => {
    expect(run("وصل الوفد في 16\nنيسان كان جميلا", null)).toEqual([]);
  });

  it("reads no date on the next line after a period modifier ending a line", () => {
    expect(run("قال الوزير مطلع\nالأول من نيسان جرى اللقاء", null).map((d) => d.text)).toEqual(["الأول من نيسان"]);
  });

  it("gives every result a value that is ISO-shaped or null", () => {
    const iso = /^(?:\d{4}|XXXX)(?:-\d{2}(?:-\d{2})?)?$|^\d{4}-W\d{2}$/;
    for (const c of cases.values()) for (const d of run(c.sentence, c.ref)) if (d.value !== null) expect(d.value).toMatch(iso);
  });
});
