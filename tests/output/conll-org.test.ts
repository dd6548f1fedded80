import { describe, expect, it } from "vitest";
import { conllDocFromText } from "../../src/input/conll.js";
import { conllTags, orgHeadConvention } from "../../src/output/conll.js";
import { extract } from "../../src/index.js";

function tags(text: string): string[] {
  const doc = conllDocFromText(text);
  return conllTags(doc, extract(text, { lang: "ar" }));
}

describe("ANERcorp conventions for organization heads", () => {
  it("keeps or drops a mention on a head as the derivation part tags it", () => {
    expect(orgHeadConvention("مجلس", "الأمن")).toBe("keep");
    expect(orgHeadConvention("لمجلس", "الأمن")).toBe("keep");
    expect(orgHeadConvention("مجلس", "الوزراء")).toBe("drop");
    expect(orgHeadConvention("الجيش", "اللبناني")).toBe("drop");
    // a descriptive head whose next word opens the name (حركة [فتح]): our mention is kept
    expect(orgHeadConvention("حركة", "فتح")).toBe("keep");
    // not a head: nothing to decide
    expect(orgHeadConvention("الزمالك", undefined)).toBe("keep");
  });

  it("projects the convention onto the tags while the JSON keeps the body", () => {
    const text = "وقال مجلس الوزراء إن مجلس الأمن اجتمع";
    expect(extract(text, { lang: "ar" }).organizations.map((o) => o.name)).toContain("مجلس الوزراء");
    expect(tags(text)).toEqual(["O", "O", "O", "O", "B-ORG", "I-ORG", "O"]);
  });

  it("leaves a closing nationality adjective and spelled acronyms out", () => {
    // the lexicon knows "الكونغرس الأمريكي" as a whole; ANERcorp tags only الكونغرس
    expect(extract("وافق الكونغرس الأمريكي على القرار", { lang: "ar" }).organizations[0]!.mentions[0]!.text).toBe("الكونغرس الأمريكي");
    expect(tags("وافق الكونغرس الأمريكي على القرار")).toEqual(["O", "B-ORG", "O", "O", "O"]);
    // a described body keeps it
    expect(tags("وقال مجلس الأمن القومي الفلسطيني إن")).toEqual(["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]);
    expect(tags("باريس ( أ ف ب ) أعلنت الحكومة")).toEqual(["B-LOC", "O", "O", "O", "O", "O", "O", "O"]);
  });

  it("tags clubs as ORG and leaves designators out of a place", () => {
    expect(tags("فاز برشلونة على ليون الفرنسي في مباراة الدوري")).toEqual(["O", "B-ORG", "O", "B-ORG", "O", "O", "O", "O"]);
    expect(tags("اشتباكات في مخيم جنين أمس")).toEqual(["O", "O", "O", "B-LOC", "O"]);
    // a country named with a designator keeps it
    expect(tags("وصل إلى جنوب أفريقيا أمس")).toEqual(["O", "O", "B-LOC", "I-LOC", "O"]);
  });
});
