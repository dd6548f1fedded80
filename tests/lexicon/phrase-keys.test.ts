import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { isOwnKey, keyTableInUse, phraseKey, type PhraseKeyTable } from "../../src/lexicon/gazetteer.js";

const root = fileURLToPath(new URL("../..", import.meta.url));

describe("dist/lexicon/phrase-keys.json (built by src/lexicon/build/phrase-keys.ts)", () => {
  it("holds the keys that phraseKey computes at load", () => {
    const built = spawnSync(process.execPath, ["dist/lexicon/build/phrase-keys.js"], { cwd: root, encoding: "utf8" });
    expect(built.status, built.stderr).toBe(0);
    const table = JSON.parse(readFileSync(new URL("dist/lexicon/phrase-keys.json", `file://${root}/`), "utf8")) as PhraseKeyTable;
    // the TypeScript sources have no table next to them: these keys are computed
    expect(keyTableInUse()).toBe(false);
    const entries = Object.entries(table.keys);
    expect(entries.length).toBeGreaterThan(1000);
    for (const [phrase, key] of entries) expect([phrase, phraseKey(phrase)]).toEqual([phrase, key]);
    for (const [phrase, key] of Object.entries(table.lower)) expect(phraseKey(phrase, true)).toBe(key);
  });

  it("leaves out only phrases that are their own key", () => {
    for (const p of ["سوريا", "الولايات المتحده", "Reuters", "وزير الخارجيه"]) {
      expect(isOwnKey(p)).toBe(true);
      expect(phraseKey(p)).toBe(p);
    }
    // a folding letter, a double space, a digit, punctuation, an edge space, a diacritic: computed
    for (const p of ["سورية", "الولايات  المتحده", "الولايات المتحدة", "G7", "U.S.", " سوريا", "سوريّا"]) expect(isOwnKey(p)).toBe(false);
  });

  it("is used by the built modules, which were built from the sources it records", () => {
    const probe = `import("./dist/lexicon/gazetteer.js").then((g) => console.log(g.keyTableInUse(), g.phraseKey("constructor")))`;
    const r = spawnSync(process.execPath, ["-e", probe], { cwd: root, encoding: "utf8" });
    expect(r.stdout.trim()).toBe("true constructor");
    const table = JSON.parse(readFileSync(new URL("dist/lexicon/phrase-keys.json", `file://${root}/`), "utf8")) as PhraseKeyTable;
    expect(table.sources).toHaveLength(3);
    expect(table.sources[1]).toBe(readFileSync(new URL("dist/text/normalize.js", `file://${root}/`), "utf8"));
  });
});
