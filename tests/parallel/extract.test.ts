import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractOrdered } from "../../src/parallel/extract.js";

const ROOT = new URL("../..", import.meta.url).pathname;
const docs = ["seeds", "fixtures/ar/texts"].flatMap((d) => readdirSync(join(ROOT, d)).filter((f) => f.endsWith(".txt")).sort()
  .map((f) => ({ file: f, text: readFileSync(join(ROOT, d, f), "utf8") as string | null })));
docs.splice(3, 0, { file: "unreadable", text: null });

async function run(jobs: number) {
  const out = [];
  for await (const x of extractOrdered(docs, (d) => (d.text === null ? null : { text: d.text, options: { file: d.file } }), { jobs, queue: 3 })) out.push(x);
  return out;
}

describe("extractOrdered", () => {
  it("gives the same results in the same order on 2 worker threads as in this thread", async () => {
    const one = await run(1);
    const two = await run(2);
    expect(two.map((x) => x.item.file)).toEqual(docs.map((d) => d.file));
    expect(two.map((x) => x.outcome)).toEqual(one.map((x) => x.outcome));
    expect(one[3]!.outcome.kind).toBe("skipped");
    expect(one.filter((x) => x.outcome.kind === "result").length).toBe(docs.length - 1);
  });

  it("handles one document, no document, and a consumer that stops early", async () => {
    const one = [];
    for await (const x of extractOrdered([docs[0]!], (d) => ({ text: d.text!, options: {} }), { jobs: 2 })) one.push(x);
    expect(one).toHaveLength(1);
    expect(one[0]!.outcome.kind).toBe("result");
    const none = [];
    for await (const x of extractOrdered([] as typeof docs, () => null, { jobs: 2 })) none.push(x);
    expect(none).toEqual([]);
    let pulled = 0;
    let closed = false;
    async function* source() {
      try { for (const d of docs) { pulled++; yield d; } } finally { closed = true; }
    }
    let got = 0;
    for await (const x of extractOrdered(source(), (d) => (d.text === null ? null : { text: d.text, options: {} }), { jobs: 2, queue: 2 })) {
      expect(x.item.file).toBe(docs[got]!.file);
      if (++got === 3) break;
    }
    expect(closed).toBe(true);
    expect(pulled).toBeLessThanOrEqual(3 + 2 + 1);
  });
});
