import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";

const places = (text: string) => extract(text, { lang: "ar" }).places.map((p) => `${p.name}/${p.country ?? "-"}`);

describe("unknown places after a settlement designator", () => {
  it("takes the name after مدينة، قرية، محافظة with the country of a following adjective", () => {
    expect(places("وصل الوفد إلى مدينة تشوانتشو الصينية")).toEqual(["تشوانتشو/CN"]);
    expect(places("نزح السكان من قرية كفرشلال أمس")).toEqual(["كفرشلال/-"]);
  });

  it("leaves adjectives, common words and clitic forms of them", () => {
    expect(places("في مدينة ساحلية جميلة")).toEqual([]);
    expect(places("تم تمثيل الوزارة في كل محافظة بمسؤول واحد")).toEqual([]);
    expect(places("وفي منطقة عازلة")).toEqual([]);
  });
});
