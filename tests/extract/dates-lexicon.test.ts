import { describe, expect, it } from "vitest";
import { DATE_WORDS, hijriParts, hijriSpan, hijriToGregorian, intlGregorianMonths, intlHijriMonths, intlWeekdays, MONTH_LOCALES, startsDate } from "../../src/lexicon/dates.js";
import { makeDoc } from "../../src/text/document.js";

describe("date lexicon", () => {
  it("knows every month name Intl gives for the Arabic locales, with the right number", () => {
    for (const loc of MONTH_LOCALES) {
      intlGregorianMonths(loc).forEach((name, i) => {
        const v = DATE_WORDS.get(name);
        expect(v?.some((w) => w.kind === "month" && w.calendar === "gregorian" && w.month === i + 1), `${loc} ${name}`).toBe(true);
      });
    }
    intlHijriMonths().forEach((name, i) => {
      expect(DATE_WORDS.get(name)?.some((w) => w.kind === "month" && w.calendar === "hijri" && w.month === i + 1), name).toBe(true);
    });
    intlWeekdays().forEach((name, i) => {
      expect(DATE_WORDS.get(name)?.some((w) => w.kind === "weekday" && w.day === i), name).toBe(true);
    });
  });

  it("matches spelling variants through normalization", () => {
    for (const [name, m] of [["ابريل", 4], ["اغسطس", 8], ["يونيه", 6], ["تشرين أول", 10], ["ذي الحجة", 12], ["جمادى الآخرة", 6], ["ربيع الثاني", 4]] as const) {
      expect(DATE_WORDS.get(name)?.some((w) => w.kind === "month" && w.month === m), name).toBe(true);
    }
  });

  it("converts Umm al-Qura dates both ways", () => {
    expect(hijriToGregorian(1445, 9, 1)).toEqual({ y: 2024, m: 3, d: 11 });
    expect(hijriToGregorian(1446, 12, 10)).toEqual({ y: 2025, m: 6, d: 6 });
    expect(hijriSpan(1445, 9)).toEqual([{ y: 2024, m: 3, d: 11 }, { y: 2024, m: 4, d: 9 }]);
    // round trip over many days
    for (let t = Date.UTC(1990, 0, 1); t < Date.UTC(2040, 0, 1); t += 37 * 86_400_000) {
      const h = hijriParts(new Date(t));
      const g = hijriToGregorian(h.y, h.m, h.d)!;
      expect(Date.UTC(g.y, g.m - 1, g.d)).toBe(t);
    }
  });

  it("rejects a Hijri day that the month does not have", () => {
    // Ramadan 1445 had 30 days, Shawwal 1445 had 29 in Umm al-Qura
    expect(hijriToGregorian(1445, 9, 30)).not.toBeNull();
    expect(hijriToGregorian(1445, 10, 30)).toBeNull();
    expect(hijriToGregorian(1445, 13, 1)).toBeNull();
  });

  it("tells other extractors where a date starts", () => {
    const doc = makeDoc("التقى الوزير في 16 نيسان الرئيس يوم الثلاثاء عام 2017 ومارس ضغوطا الأسبوع الماضي");
    const starts = doc.tokens.filter((_, i) => startsDate(doc.tokens, i)).map((t) => t.text);
    // نيسان is also a brand name: alone it is not a start (the day before it is)
    expect(starts).toEqual(["16", "الثلاثاء", "عام", "الاسبوع"]);
  });
});
