import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { intlNames } from "../../src/lexicon/build/intl-names.js";

describe("data/intl-names.json", () => {
  it("equals the month and weekday names Node's Intl gives (regenerate with src/lexicon/build/intl-names.ts)", () => {
    const committed = JSON.parse(readFileSync(new URL("../../src/lexicon/data/intl-names.json", import.meta.url), "utf8"));
    const now = intlNames();
    expect(committed.gregorian).toEqual(now.gregorian);
    expect(committed.hijri).toEqual(now.hijri);
    expect(committed.weekdays).toEqual(now.weekdays);
    expect(Object.keys(committed.gregorian).length).toBeGreaterThanOrEqual(10);
  });
});
