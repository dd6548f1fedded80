// The benchmark tools themselves: the corpus generator is deterministic and varies its sources,
// and the floor pass counts what it reads. (The benchmarks are run with `npm run bench`.)
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = new URL("../..", import.meta.url).pathname;
const genUrl: string = new URL("../../bench/generate.mjs", import.meta.url).href;
const gen: any = await import(genUrl);
const tmp = mkdtempSync(join(tmpdir(), "wazir-bench-test-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function take(seed: number, n: number, small = false): string[] {
  const out: string[] = [];
  for (const d of gen.documents(seed, small)) { out.push(d); if (out.length === n) break; }
  return out;
}

describe("bench/generate.mjs", () => {
  it("writes the same documents for the same seed and different ones for another", () => {
    expect(take(42, 30)).toEqual(take(42, 30));
    expect(take(42, 30)).not.toEqual(take(43, 30));
  });

  it("varies names, places and dates instead of copying its sources", () => {
    const sources = new Set<string>(gen.loadSources().map((t: string) => t + "\n"));
    const docs = take(7, 200);
    const copies = docs.filter((d) => sources.has(d)).length;
    expect(copies).toBeLessThan(docs.length / 2);
    const places = ["الرياض", "القاهرة", "بغداد", "دمشق", "بيروت", "الدوحة", "مسقط", "الرباط", "تونس", "الخرطوم"];
    expect(places.filter((p) => docs.some((d) => d.includes(p))).length).toBeGreaterThanOrEqual(5);
  });

  it("writes a corpus as files and JSON Lines holding the same texts, and reuses it", () => {
    const m = gen.corpus(0.05, new Set(["files", "jsonl"]), false, tmp);
    expect(m.bytes).toBeGreaterThanOrEqual(50_000);
    const files = readdirSync(m.dir).sort();
    expect(files).toHaveLength(m.documents);
    const lines = readFileSync(m.jsonl, "utf8").trim().split("\n").map((l) => JSON.parse(l) as { id: string; text: string });
    expect(lines).toHaveLength(m.documents);
    expect(lines[3]!.text).toBe(readFileSync(join(m.dir, `${lines[3]!.id}.txt`), "utf8"));
    const again = gen.corpus(0.05, new Set(["files", "jsonl"]), false, tmp);
    expect(again).toEqual(m);
  });

  it("writes a folder of small files", () => {
    const m = gen.many(25, false, tmp);
    expect(readdirSync(m.dir)).toHaveLength(25);
    expect(m.bytes / 25).toBeLessThan(2000);
  });
});

describe("bench/floor.mjs", () => {
  it("reads, tokenizes and counts every record", () => {
    const file = join(tmp, "floor.jsonl");
    writeFileSync(file, ['{"id":"a","text":"قال وزير الخارجية"}', '{"id":"b","text":"وزير الداخلية، اليوم."}', ""].join("\n"));
    const r = spawnSync(process.execPath, [join(ROOT, "bench", "floor.mjs"), file], { encoding: "utf8" });
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout) as { documents: number; tokens: number; hits: number };
    expect(j.documents).toBe(2);
    expect(j.tokens).toBe(8); // 3 + 5 (two words, comma, a word, full stop)
    expect(j.hits).toBe(1); // وزير, seen before
  });
});
