import { describe, expect, it } from "vitest";
import { detectLanguage, paragraphLanguages } from "../src/text/language.js";
import { extract } from "../dist/index.js";

const AR = "استقبل وزير الداخلية السعودي الأمير عبدالعزيز بن سعود بن نايف في الرياض اليوم وزير الداخلية العراقي عبد الأمير الشمري وبحث معه التعاون الأمني.";
const EN = "RIYADH: Saudi Interior Minister Prince Abdulaziz bin Saud bin Naif received Iraqi Interior Minister Abdul Amir al-Shammari in Riyadh on Monday to discuss security cooperation.";

describe("language detection", () => {
  it("detects Arabic, English and no letters", () => {
    expect(detectLanguage(AR)).toBe("ar");
    expect(detectLanguage(EN)).toBe("en");
    expect(detectLanguage("2024 — 12 / 5")).toBe("unknown");
  });
  it("keeps Arabic text quoting Latin names or acronyms Arabic", () => {
    expect(detectLanguage("أكد وزير الداخلية أن التعاون مع Interpol و NATO مهم جدا في مواجهة الإرهاب في المنطقة.")).toBe("ar");
    expect(detectLanguage(`${AR}\nSource: SPA`)).toBe("ar");
  });
  it("calls a document with substantial Arabic and English paragraphs mixed", () => {
    expect(detectLanguage(`${AR}\n${EN}`)).toBe("mixed");
    expect(paragraphLanguages(`${AR}\n\n${EN}`).map((p) => p.language)).toEqual(["ar", "en"]);
  });
  it("runs the English rules only on English paragraphs of a mixed document", () => {
    const text = `${AR}\n${EN}`;
    const r = extract(text);
    expect(r.language).toBe("mixed");
    // both ministers are in the knowledge file, so each is one entity with its English name as an alias
    const english = r.ministers.flatMap((m) => [m.name, ...(m.aliases ?? [])]).filter((n) => /^[A-Za-z]/.test(n)).sort();
    expect(english).toEqual(["Abdul Amir al-Shammari", "Abdulaziz bin Saud bin Naif"]);
    expect(r.ministers.filter((m) => m.aliases?.length)).toHaveLength(2);
    for (const m of r.ministers.flatMap((x) => x.mentions)) expect(text.slice(m.start, m.end)).toBe(m.text);
    const enStart = text.indexOf("RIYADH");
    for (const i of r.interactions.filter((x) => /^[A-Za-z]/.test(x.evidence.text))) expect(i.evidence.start).toBeGreaterThanOrEqual(enStart);
  });
});
