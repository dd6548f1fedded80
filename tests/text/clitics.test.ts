import { describe, expect, it } from "vitest";
import { cliticReadings, readingStemHashes, stemHash } from "../../src/text/clitics.js";

const STEMS = ["يوم", "العام", "عام", "اب", "ذو", "الامم", "مباراه", "ليبيا", "لبنان", "لل", "ال", "و", "بغداد", "كركوك", "فرنسا"];
const CLITICS = ["", "و", "ف", "ب", "ل", "ك", "ال", "وال", "بال", "فال", "لل", "ولل", "فلل", "وب", "فب", "ول", "وك", "فك", "بب"];

describe("readingStemHashes", () => {
  it("gives the stemHash of every stem of every clitic reading", () => {
    const out = new Int32Array(4);
    let stems = 0;
    for (const c of CLITICS) {
      for (const s of STEMS) {
        const w = c + s;
        const n = readingStemHashes(w, out);
        expect(n).toBeLessThanOrEqual(4);
        const hashes = [...out.subarray(0, n)];
        expect(hashes[0]).toBe(stemHash(w));
        for (const r of cliticReadings(w)) { stems++; expect(hashes, `${w} → ${r.stem}`).toContain(stemHash(r.stem)); }
      }
    }
    expect(stems).toBeGreaterThan(500);
  });
});
