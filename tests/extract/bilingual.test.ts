import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";

const AR = "استقبل وزير الخارجية الأردني أيمن الصفدي في عمان نظيره المصري سامح شكري.";
const EN = "Jordanian Foreign Minister Ayman Safadi received his Egyptian counterpart Sameh Shoukry in Amman on Sunday.";

describe("documents in both scripts", () => {
  it("links a person named in both scripts through the knowledge file: one entity with both names", () => {
    const r = extract(`${AR}\n\n${EN}\n\nوقال الصفدي إن المباحثات تناولت الأوضاع في غزة.`);
    expect(r.language).toBe("mixed");
    const safadi = r.ministers.filter((m) => m.name === "أيمن الصفدي");
    expect(safadi).toHaveLength(1);
    expect(safadi[0]!.aliases).toEqual(["Ayman Safadi"]);
    expect(safadi[0]!.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(["أيمن الصفدي", "Ayman Safadi"]));
  });

  it("keeps the two names apart when the knowledge file does not link them", () => {
    const ar = "استقبل وزير الخارجية الأردني سليم حداد في عمان نظيره المصري كريم فؤاد.";
    const en = "Jordanian Foreign Minister Salim Haddad received his Egyptian counterpart Karim Fouad in Amman on Sunday.";
    const r = extract(`${ar}\n\n${en}`);
    const names = r.ministers.map((m) => m.name);
    expect(names).toEqual(expect.arrayContaining(["سليم حداد", "Salim Haddad"]));
    expect(r.ministers.every((m) => !m.aliases)).toBe(true);
  });
});
