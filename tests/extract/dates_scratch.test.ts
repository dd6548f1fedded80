import { test } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { makeDoc } from "../../src/text/document.js";
import { extractDates } from "../../src/extract/ar/dates.js";
test("x", () => {
  for (const f of readdirSync("seeds")) {
    const doc = makeDoc(readFileSync("seeds/" + f, "utf8"));
    for (const d of extractDates({ doc, referenceDate: "2022-03-30", knowledge: true })) console.log(JSON.stringify([f.slice(0,3), d.text, d.value]));
  }
});
