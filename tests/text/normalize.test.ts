import { describe, expect, it } from "vitest";
import { normalize, normKey, toOriginal } from "../../src/text/normalize.js";
import { makeDoc, tokenMention } from "../../src/text/document.js";
import { MAX_SENTENCE_TOKENS } from "../../src/text/sentences.js";
import { cliticReadings } from "../../src/text/clitics.js";

describe("normalize", () => {
  it("folds alef forms, ya, ta marbuta and drops diacritics and tatweel", () => {
    expect(normKey("أإآٱ")).toBe("اااا");
    expect(normKey("الأمنى فى")).toBe("الامني في");
    expect(normKey("اجتماعًا")).toBe("اجتماعا");
    expect(normKey("وزارة")).toBe("وزاره");
    expect(normKey("الـتعاون")).toBe("التعاون");
    expect(normKey("مسؤول مسئول")).toBe("مسوول مسيول");
  });
  it("maps Arabic-Indic and Persian digits to ASCII", () => {
    expect(normKey("١٦ نيسان ٢٠٢٥")).toBe("16 نيسان 2025");
    expect(normKey("۱۴۰۲")).toBe("1402");
  });
  it("expands presentation forms and drops bidi controls", () => {
    expect(normKey("\uFEFBعب")).toBe("لاعب");
    expect(normKey("a\u202Eb\u200Fc")).toBe("abc");
  });
  it("keeps a map back to the original text", () => {
    const text = "عقد الوزيرُ اجتماعًا\u202E مع نظيره";
    const n = normalize(text);
    const at = n.norm.indexOf("اجتماعا");
    const { start, end } = toOriginal(n, at, at + "اجتماعا".length);
    expect(text.slice(start, end)).toBe("اجتماعًا");
    const w = n.norm.indexOf("الوزير");
    const o = toOriginal(n, w, w + 6);
    expect(text.slice(o.start, o.end)).toBe("الوزيرُ");
  });
  it("keeps the map right after presentation forms that expand to many letters", () => {
    const text = "\uFDFA\uFDFA استقبل وزير الداخلية نظيره.";
    const n = normalize(text);
    expect(n.starts.length).toBe(n.norm.length + 1);
    const at = n.norm.indexOf("نظيره");
    const o = toOriginal(n, at, at + 5);
    expect(text.slice(o.start, o.end)).toBe("نظيره");
  });
  it("never splits a surrogate pair and replaces lone surrogates", () => {
    const n = normalize("a😀b\uD800c");
    expect(n.norm).toBe("a😀b\ufffdc");
    expect(n.starts.length).toBe(n.norm.length + 1);
  });
});

describe("document", () => {
  it("splits sentences at terminal punctuation and newlines, not at abbreviations", () => {
    const d = makeDoc("قال د. أحمد إن الوضع مستقر. وأضاف أن التعاون مستمر؟\nعنوان جديد");
    expect(d.sentences.length).toBe(3);
  });
  it("cuts very long sentences so that rules stay linear", () => {
    const d = makeDoc(Array.from({ length: 2000 }, (_, i) => (i % 50 === 49 ? "كلمة،" : "كلمة")).join(" "));
    expect(d.sentences.length).toBeGreaterThan(5);
    for (const s of d.sentences) expect(s.last - s.first).toBeLessThanOrEqual(2 * MAX_SENTENCE_TOKENS + 1);
  });
  it("gives mentions whose text is the original slice", () => {
    const text = "استقبل وزيرُ الداخليةِ نظيرَه";
    const d = makeDoc(text);
    const m = tokenMention(d, 0, 3);
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(m.text).toBe("استقبل وزيرُ الداخليةِ");
  });
});

describe("clitics", () => {
  it("reads proclitics, whole word first", () => {
    const r = cliticReadings("وللتحالف").map((x) => x.stem);
    expect(r[0]).toBe("وللتحالف");
    expect(r).toContain("التحالف");
    expect(cliticReadings("بوزاره").map((x) => x.stem)).toContain("وزاره");
    expect(cliticReadings("والسوريين").map((x) => x.stem)).toContain("السوريين");
  });
});
