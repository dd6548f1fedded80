// Hand-built DocumentResults for formatter tests: Arabic with diacritics and tatweel, English,
// and names holding every character that CSV, DOT, Mermaid or a terminal treats specially.
import { Chalk } from "chalk";
import type { DocumentResult } from "../../src/types.js";
import type { FormatContext } from "../../src/output/formatter.js";
import { ALL_KINDS } from "../../src/output/kinds.js";

export function ctx(over: Partial<FormatContext> = {}): FormatContext {
  return { only: ALL_KINDS, columns: 100, chalk: new Chalk({ level: 0 }), ...over };
}

const m = (text: string, start = 0) => ({ text, start, end: start + text.length });

export function empty(file: string): DocumentResult {
  return { file, language: "ar", ministers: [], people: [], countries: [], organizations: [], places: [], dates: [], interactions: [] };
}

/** An Arabic article: a minister (with diacritics in the name as written), a meeting, entities. */
export function arabicDoc(file = "news/a.txt"): DocumentResult {
  return {
    ...empty(file),
    ministers: [
      { name: "أَنَس خـطّاب", title: "وزير الداخلية السوري", portfolio: "interior", country: "SY", countryBasis: "explicit", honorifics: ["اللواء"], mentions: [m("أنس خطاب", 10), m("خطاب", 90)] },
      { name: "أسعد الشيباني", title: "وزير الخارجية", portfolio: "foreign", country: "SY", mentions: [m("أسعد الشيباني", 200)] },
    ],
    people: [{ name: "سفيان صالح", title: "العميد", role: "قائد الأمن", mentions: [m("سفيان صالح", 300)] }],
    countries: [{ code: "SY", name: "Syria", nameAr: "سوريا", mentions: [m("السوري", 30)] }],
    organizations: [{ name: "الأمم المتحدة", kind: "international", country: null, mentions: [m("الأمم المتحدة", 400)] }],
    places: [{ name: "تدمر", country: "SY", mentions: [m("تدمر", 500)] }],
    dates: [{ text: "14 شباط 2022", value: "2022-02-14", start: 600, end: 612 }],
    interactions: [
      {
        type: "meeting",
        participants: [{ name: "أنس خطاب", kind: "person", country: "SY" }, { name: "قيادة الأمن في البادية", kind: "organization" }],
        topics: ["الوضع الأمني بعد الهجوم", "تعزيز الجاهزية"],
        place: "تدمر", date: "2022-02-14", evidence: m("عقد وزير الداخلية اجتماعا", 0),
      },
      {
        type: "call",
        participants: [{ name: "انس خطاب", kind: "person" }, { name: "قيادة الامن في البادية", kind: "organization" }],
        topics: [], place: null, date: null, evidence: m("اتصال", 700),
      },
    ],
  };
}

/** Names with quotes, commas, backslashes, newlines, tabs, control and bidi characters. */
export function nastyDoc(file = 'odd "dir", x/b.txt'): DocumentResult {
  return {
    ...empty(file),
    language: "en",
    ministers: [{ name: 'John "JJ" O\'Neil, Jr.', title: "Minister of\nForeign\tAffairs \\ Trade", portfolio: "foreign", country: "GB", mentions: [m("O'Neil", 5)] }],
    people: [{ name: "Evil\u001b[31mRed\u202eName", mentions: [m("Evil", 1)] }],
    countries: [],
    organizations: [{ name: "A&B <Corp> #1 `x` | y", mentions: [m("A&B", 50)] }],
    places: [],
    dates: [{ text: "next, \"Tuesday\"", value: null, start: 70, end: 85 }],
    interactions: [{
      type: "talks",
      participants: [{ name: 'John "JJ" O\'Neil, Jr.', kind: "person" }, { name: "A&B <Corp> #1 `x` | y", kind: "organization" }, { name: "The \"G7\"; group\\", kind: "group" }],
      topics: ["trade, tariffs", "a \"deal\""], place: "Rock\nville", date: "XXXX-04-16", evidence: m("They talked.", 100),
    }],
  };
}

export function factCount(r: DocumentResult): number {
  return r.ministers.length + r.people.length + r.countries.length + r.organizations.length + r.places.length + r.dates.length + r.interactions.length;
}
