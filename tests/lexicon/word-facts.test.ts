import { describe, expect, it } from "vitest";
import { Gazetteer, hasStemIn, readingsAt, stemClass, stemsOf } from "../../src/lexicon/gazetteer.js";
import { cliticReadings } from "../../src/text/clitics.js";
import { normalize } from "../../src/text/normalize.js";
import { tokenize } from "../../src/text/tokens.js";

const tokensOf = (s: string) => tokenize(normalize(s).norm);

describe("per-token word facts (stemsOf, hasStemIn)", () => {
  const text = "وصل الوزير إلى مدينة حلب وبالمدينة القديمة، ثم غادر للمدينة في 3 أيار";
  const cities = new Set(["مدينه", "المدينه"]);
  const CITY = stemClass(cities);

  it("gives the stems of the clitic readings, from the token list or not", () => {
    const tokens = tokensOf(text);
    for (const t of tokens) {
      const expected = t.kind === "word" ? cliticReadings(t.text).map((r) => r.stem) : [];
      expect(stemsOf(t)).toEqual(expected);
      // a token of another list (same text) has the same stems
      expect(stemsOf({ ...t, index: 0 })).toEqual(expected);
    }
    expect(stemsOf(undefined)).toEqual([]);
  });

  it("readingsAt is cliticReadings of the token's text", () => {
    const tokens = tokensOf(text);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      expect(readingsAt(tokens, i)).toEqual(t.kind === "word" ? cliticReadings(t.text) : []);
    }
    expect(readingsAt(tokens, -1)).toEqual([]);
    expect(readingsAt(tokens, tokens.length)).toEqual([]);
  });

  it("hasStemIn is stemsOf(t).some(set.has)", () => {
    const tokens = tokensOf(text);
    new Gazetteer<string>().matchAt(tokens, 0); // the gazetteers now read this list
    for (const t of tokens) expect([t.text, hasStemIn(t, CITY)]).toEqual([t.text, stemsOf(t).some((s) => cities.has(s))]);
    expect(tokens.filter((t) => hasStemIn(t, CITY)).map((t) => t.text)).toEqual(["مدينه", "وبالمدينه", "للمدينه"]);
    expect(hasStemIn(undefined, CITY)).toBe(false);
  });

  it("sees entries added after a word was read", () => {
    const g = new Gazetteer<number>();
    const text = "زار وفد بلدة كفرنبل وكفرنبل";
    expect(g.scan(tokensOf(text))).toEqual([]);
    g.add("كفرنبل", 1);
    expect(g.scan(tokensOf(text)).map((m) => [m.first, m.prefix, m.values])).toEqual([[3, 0, [1]], [4, 1, [1]]]);
    g.add("بلده كفرنبل", 2);
    expect(g.scan(tokensOf(text)).map((m) => [m.first, m.last, m.values])).toEqual([[2, 4, [2]], [4, 5, [1]]]);
  });
});
