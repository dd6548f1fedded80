// The English fixtures (fixtures/en/texts, gold in fixtures/en/gold) scored by ../shared/eval/score.mjs,
// and the promise that Arabic-only runs never load compromise.
import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { extract } from "../../dist/index.js";
import { EN_GOLD, EN_TEXTS, writePredictions } from "../helpers/en-pred.js";

const SCORE = resolve("../shared/eval/score.mjs");

describe("English fixtures", () => {
  it("has at least 22 articles, each with gold", () => {
    const texts = readdirSync(EN_TEXTS).filter((f) => f.endsWith(".txt"));
    expect(texts.length).toBeGreaterThanOrEqual(22);
    for (const t of texts) expect(existsSync(join(EN_GOLD, t.replace(/\.txt$/, ".json")))).toBe(true);
  });

  it("keeps every offset on the original text", () => {
    for (const f of readdirSync(EN_TEXTS).filter((x) => x.endsWith(".txt"))) {
      const text = readFileSync(join(EN_TEXTS, f), "utf8");
      const r = extract(text);
      expect(r.language).toBe("en");
      const spans = [...r.ministers, ...r.people, ...r.countries, ...r.organizations, ...r.places].flatMap((x) => x.mentions)
        .concat(r.dates, r.interactions.map((i) => i.evidence));
      for (const m of spans) expect(text.slice(m.start, m.end), f).toBe(m.text);
    }
  });

  it.skipIf(!existsSync(SCORE))("scores overall F1 >= 0.85 and minister_country >= 0.90", () => {
    const out = join(mkdtempSync(join(tmpdir(), "wazir-en-")), "pred.json");
    writePredictions(extract, out);
    const report = execFileSync(process.execPath, [SCORE, "--texts", EN_TEXTS, "--gold", EN_GOLD, "--pred", out], { encoding: "utf8" });
    const f1 = (field: string) => Number(new RegExp(`^${field}\\s.*F1 ([0-9.]+)`, "m").exec(report)?.[1]);
    const overall = Number(/overall F1 ([0-9.]+)/.exec(report)?.[1]);
    expect(overall, report).toBeGreaterThanOrEqual(0.85);
    expect(f1("minister_country"), report).toBeGreaterThanOrEqual(0.9);
  });
});

describe("lazy English module", () => {
  it("does not load compromise for Arabic-only input, and does for English", () => {
    // The inspector reports every script V8 parses (ESM and CommonJS alike): a real load probe.
    const probe = `
      import { Session } from "node:inspector";
      const s = new Session(); s.connect();
      const urls = [];
      s.on("Debugger.scriptParsed", (m) => urls.push(m.params.url));
      s.post("Debugger.enable");
      const { extract } = await import(${JSON.stringify(new URL("../../dist/index.js", import.meta.url).href)});
      const loaded = () => urls.some((u) => /node_modules[\\\\/]compromise[\\\\/]/.test(u));
      extract("استقبل وزير الداخلية السعودي الأمير عبدالعزيز بن سعود بن نايف في الرياض نظيره العراقي.");
      const afterArabic = loaded();
      extract("RIYADH: Saudi Interior Minister Prince Abdulaziz bin Saud bin Naif met Iraqi Interior Minister Abdul Amir al-Shammari. The talks were attended by Hamad Khalifa Nasser and Peter Jones Walker.");
      console.log(JSON.stringify({ afterArabic, afterEnglish: loaded() }));`;
    const dir = mkdtempSync(join(tmpdir(), "wazir-probe-"));
    writeFileSync(join(dir, "probe.mjs"), probe);
    const out = JSON.parse(execFileSync(process.execPath, [join(dir, "probe.mjs")], { encoding: "utf8" }).trim().split("\n").pop()!);
    expect(out).toEqual({ afterArabic: false, afterEnglish: true });
  });
});
