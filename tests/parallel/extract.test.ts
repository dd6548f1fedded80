import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractOrdered, extractOrderedGroups } from "../../src/parallel/extract.js";

const ROOT = new URL("../..", import.meta.url).pathname;
const BATCH_WORKER = new URL("./fixtures/batch-worker.mjs", import.meta.url);
const MARK_WORKER = new URL("./fixtures/mark-worker.mjs", import.meta.url);
const READY_WORKER = new URL("./fixtures/ready-worker.mjs", import.meta.url);
const docs = ["seeds", "fixtures/ar/texts"].flatMap((d) => readdirSync(join(ROOT, d)).filter((f) => f.endsWith(".txt")).sort()
  .map((f) => ({ file: f, text: readFileSync(join(ROOT, d, f), "utf8") as string | null })));
docs.splice(3, 0, { file: "unreadable", text: null });

async function run(jobs: number, inThreadMs = 0) {
  const out = [];
  for await (const x of extractOrdered(docs, (d) => (d.text === null ? null : { text: d.text, options: { file: d.file } }), { jobs, queue: 3, inThreadMs })) out.push(x);
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

  it("extractOrderedGroups extracts an item of a group only when its outcome is asked for", async () => {
    let pulled = 0;
    function* group(from: number, to: number) {
      for (let i = from; i < to; i++) { pulled++; yield docs[i]!; }
    }
    async function* groups() {
      yield group(0, 4);
      yield group(4, docs.length);
    }
    const toJob = (d: (typeof docs)[number]) => (d.text === null ? null : { text: d.text, options: { file: d.file } });
    const seen: string[] = [];
    for await (const out of extractOrderedGroups(groups(), toJob, { jobs: 1 })) {
      const it = out[Symbol.iterator]();
      const before = pulled;
      const first = it.next();
      expect(pulled).toBe(before + 1);
      seen.push(first.value!.item.file);
      for (let r = it.next(); !r.done; r = it.next()) seen.push(r.value.item.file);
    }
    expect(seen).toEqual(docs.map((d) => d.file));
    const one = await run(1);
    const grouped = [];
    for await (const out of extractOrderedGroups(groups(), toJob, { jobs: 1 })) grouped.push(...out);
    expect(grouped.map((x) => x.outcome)).toEqual(one.map((x) => x.outcome));
  });

  it("hands a run over from this thread to the workers without losing or reordering a document", async () => {
    const one = await run(1);
    // 1 ms in this thread: the first document or so here, the rest on workers
    const mixed = await run(2, 1);
    expect(mixed.map((x) => x.item.file)).toEqual(docs.map((d) => d.file));
    expect(mixed.map((x) => x.outcome)).toEqual(one.map((x) => x.outcome));
    // a long allowance: all of it here, the same results
    const here = await run(2, 60_000);
    expect(here.map((x) => x.outcome)).toEqual(one.map((x) => x.outcome));
  });

  it("handles one document, no document, and a consumer that stops early", async () => {
    const one = [];
    for await (const x of extractOrdered([docs[0]!], (d) => ({ text: d.text!, options: {} }), { jobs: 2, inThreadMs: 0 })) one.push(x);
    expect(one).toHaveLength(1);
    expect(one[0]!.outcome.kind).toBe("result");
    const none = [];
    for await (const x of extractOrdered([] as typeof docs, () => null, { jobs: 2, inThreadMs: 0 })) none.push(x);
    expect(none).toEqual([]);
    let pulled = 0;
    let closed = false;
    async function* source() {
      try { for (const d of docs) { pulled++; yield d; } } finally { closed = true; }
    }
    let got = 0;
    for await (const x of extractOrdered(source(), (d) => (d.text === null ? null : { text: d.text, options: {} }), { jobs: 2, queue: 2, inThreadMs: 0 })) {
      expect(x.item.file).toBe(docs[got]!.file);
      if (++got === 3) break;
    }
    expect(closed).toBe(true);
    expect(pulled).toBeLessThanOrEqual(3 + 2 + 1);
    // stopping while still in this thread closes the source too
    closed = false;
    for await (const x of extractOrdered(source(), (d) => (d.text === null ? null : { text: d.text, options: {} }), { jobs: 2, inThreadMs: 60_000 })) {
      expect(x.item.file).toBe(docs[0]!.file);
      break;
    }
    expect(closed).toBe(true);
  });

  it("extracts here while the run's size is being summed, and starts workers when it is unknown after all", async () => {
    // the fake worker exits on "crash": a document that meets it was sent to a worker
    // enough documents to outlast the 1 ms this thread has alone before it looks at the size
    const names = Array.from({ length: 2000 }, (_, i) => `doc${i}`);
    const text = (name: string) => (name === "doc1999" ? "crash " : "") + "نص قصير";
    const runWith = async (total: Promise<number | undefined>) => {
      const out = [];
      for await (const x of extractOrdered(names, (f) => ({ text: text(f), options: { file: f } }), { jobs: 2, inThreadMs: 1, worker: BATCH_WORKER, total, sizeOf: () => 10 })) out.push(x);
      return out.map((x) => x.outcome.kind);
    };
    // never summed: every document here, no worker
    expect(await runWith(new Promise(() => {}))).toEqual(names.map(() => "result"));
    // summed, too small to repay a worker (the pace rule): here too
    expect(await runWith(Promise.resolve(120))).toEqual(names.map(() => "result"));
    // unknown: workers start, and the crashing document fails on one
    expect((await runWith(Promise.resolve(undefined)))[1999]).toBe("error");
  });

  it("starts loading its workers at once for a run at least prestartTotal long, while this thread extracts", async () => {
    const dir = mkdtempSync(join(tmpdir(), "wazir-prestart-"));
    const mark = join(dir, "mark");
    process.env.WAZIR_TEST_MARK = mark;
    try {
      const names = ["doc0", "doc1", "doc2"];
      const runWith = async (prestartTotal: number) => {
        let sawWorker = false;
        async function* source() {
          yield names[0]!;
          // the second document waits (up to 5 s) for a worker to have loaded
          for (let i = 0; i < 100 && !existsSync(mark); i++) await new Promise((r) => setTimeout(r, 50));
          sawWorker = existsSync(mark);
          yield* names.slice(1);
        }
        const out = [];
        // 60 s alone: no document ever reaches a worker in this run
        for await (const x of extractOrdered(source(), (f) => ({ text: "crash " + f, options: { file: f } }), { jobs: 2, inThreadMs: 60_000, worker: MARK_WORKER, total: 1000, sizeOf: () => 10, prestartTotal })) out.push(x);
        expect(out.map((x) => x.outcome.kind)).toEqual(["result", "result", "result"]);
        return sawWorker;
      };
      expect(await runWith(2000)).toBe(false);
      expect(await runWith(500)).toBe(true);
    } finally {
      delete process.env.WAZIR_TEST_MARK;
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("hands a run at least prestartTotal long to its workers as soon as one says it has loaded", async () => {
    const names = Array.from({ length: 40 }, (_, i) => `doc${i}`);
    let workerAnswered = false;
    async function* source() {
      for (const n of names) {
        yield n;
        // slowly (at most ~10 s in all) until a worker has answered: time for it to load
        for (let k = 0; k < 10 && !workerAnswered; k++) await new Promise((r) => setTimeout(r, 25));
      }
    }
    const languages: string[] = [];
    // 60 s before workers by the clock: only the worker's own word brings it in (without prestartTotal
    // no worker even loads: the test above)
    for await (const x of extractOrdered(source(), (f) => ({ text: f, options: { file: f } }), { jobs: 2, inThreadMs: 60_000, worker: READY_WORKER, total: 1000, sizeOf: () => 10, prestartTotal: 500 })) {
      const language: string = x.outcome.kind === "result" ? x.outcome.result.language : x.outcome.kind;
      if (language === "worker") workerAnswered = true;
      languages.push(language);
    }
    expect(languages).toHaveLength(names.length);
    expect(languages[0]).not.toBe("worker");
    expect(languages.at(-1)).toBe("worker");
  });

  it("sends documents to a worker in batches, and a worker that dies fails only the document it was on", async () => {
    // 4 000 characters each: batches of several documents form once a worker holds 16 Ki characters
    const names = Array.from({ length: 30 }, (_, i) => `doc${i}`);
    const text = (name: string) => (name === "doc9" ? "crash " : name === "doc12" ? "throw " : "") + "x".repeat(4000);
    const out = [];
    for await (const x of extractOrdered(names, (f) => ({ text: text(f), options: { file: f } }), { jobs: 2, inThreadMs: 0, worker: BATCH_WORKER })) out.push(x);
    expect(out.map((x) => x.item)).toEqual(names);
    const failed = out.filter((x) => x.outcome.kind === "error").map((x) => [x.item, (x.outcome as { error: Error }).error.message]);
    expect(failed).toEqual([["doc9", expect.stringMatching(/exited with code 3/)], ["doc12", "cannot extract doc12"]]);
    expect(out.filter((x) => x.outcome.kind === "result")).toHaveLength(28);
  });
});
