import { test } from "vitest";
import { readFileSync, writeFileSync } from "node:fs";
import { makeDoc } from "../../src/text/document.js";
import { extractDates } from "../../src/extract/ar/dates.js";
test("x", () => {
  const sents = readFileSync("/work/shared/data/anercorp/train.txt", "utf8").split(/\n\s*\n/).map((s) => s.split("\n").map((l) => l.split(" ")[0]).join(" "));
  const out: string[] = [];
  const t0 = Date.now();
  for (const s of sents) {
    const doc = makeDoc(s);
    for (const d of extractDates({ doc, referenceDate: "2007-03-30", knowledge: true })) {
      const ctx = s.slice(Math.max(0, d.start - 30), d.start) + "[[" + d.text + "]]" + s.slice(d.end, d.end + 25);
      out.push(`${d.value}\t${ctx}`);
    }
  }
  writeFileSync("/tmp/aner_dates.txt", out.join("\n"));
  console.log("n", out.length, "ms", Date.now() - t0);
});
