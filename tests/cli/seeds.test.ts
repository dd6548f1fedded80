// The seed articles end to end through the built CLI, checked against the hand annotations in
// ../shared/gold when they are there (they are beside every checkout of this project).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { normKey } from "../../src/text/normalize.js";
import { cli, ROOT } from "./helpers.js";

const GOLD = join(ROOT, "..", "shared", "gold");
const haveGold = existsSync(GOLD);

interface GoldMinister { name: string; portfolio: string; country: string }
const gold = haveGold
  ? readdirSync(GOLD).filter((f) => f.endsWith(".json")).map((f) => JSON.parse(readFileSync(join(GOLD, f), "utf8")) as { id: string; ministers: GoldMinister[] })
  : [];
const words = (s: string) => normKey(s).split(" ").filter((w) => w !== "ال" && w !== "آل");

describe.skipIf(!haveGold)("seeds against gold", () => {
  const run = (extra: string[]) => {
    const r = cli(["seeds/", "--format", "json", ...extra]);
    expect(r.status).toBe(0);
    return JSON.parse(r.stdout) as Array<{ file: string; ministers: Array<{ name: string; portfolio: string; country: string | null; countryBasis?: string }> }>;
  };

  it("finds every gold minister by name and portfolio with the knowledge file switched off", () => {
    const docs = run(["--no-knowledge"]);
    for (const g of gold) {
      const d = docs.find((x) => x.file.endsWith(`${g.id}.txt`))!;
      expect(d, g.id).toBeDefined();
      for (const m of g.ministers) {
        const found = d.ministers.find((p) => words(m.name).every((w) => words(p.name).includes(w) || words(p.name).some((x) => x.endsWith(w))));
        expect(found, `${g.id}: ${m.name}`).toBeDefined();
        expect(found!.portfolio).toBe(m.portfolio);
        expect(found!.countryBasis).not.toBe("knowledge");
      }
    }
  });

  it("gives every gold minister the gold country with the knowledge file on", () => {
    const docs = run([]);
    for (const g of gold) {
      const d = docs.find((x) => x.file.endsWith(`${g.id}.txt`))!;
      for (const m of g.ministers) {
        const found = d.ministers.find((p) => words(m.name).every((w) => words(p.name).includes(w)));
        expect(found?.country, `${g.id}: ${m.name}`).toBe(m.country);
      }
    }
  });
});
