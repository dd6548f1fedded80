import { describe, expect, it } from "vitest";
import { orderedMap, WorkerPool } from "../../src/parallel/pool.js";

const ECHO = new URL("./fixtures/echo-worker.mjs", import.meta.url);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe("orderedMap", () => {
  it("yields results in input order even when later items finish first", async () => {
    const delays = [30, 1, 20, 0, 10, 5, 0, 25];
    const got = await collect(orderedMap(delays, async (d, i) => { await sleep(d); return i; }, { limit: 4 }));
    expect(got).toEqual(delays.map((_, i) => i));
  });

  it("never has more than `limit` items in flight and reads the source lazily", async () => {
    let pulled = 0;
    let running = 0;
    let peak = 0;
    async function* source() {
      for (let i = 0; i < 50; i++) { pulled++; yield i; }
    }
    const seen: number[] = [];
    for await (const v of orderedMap(source(), async (x) => {
      running++; peak = Math.max(peak, running);
      await sleep(1);
      running--;
      return x;
    }, { limit: 3 })) {
      seen.push(v);
      // pulled counts items taken from the source: at most `limit` ahead of what was consumed
      expect(pulled - seen.length).toBeLessThanOrEqual(3);
    }
    expect(seen).toEqual([...Array(50).keys()]);
    expect(peak).toBeLessThanOrEqual(3);
    expect(peak).toBeGreaterThan(1);
  });

  it("bounds the in-flight weight but always lets one heavy item through", async () => {
    let maxWeight = 0;
    let inFlight = 0;
    const items = [5, 5, 100, 5, 5, 5];
    const got = await collect(orderedMap(items, async (w) => {
      inFlight += w; maxWeight = Math.max(maxWeight, inFlight);
      await sleep(2);
      inFlight -= w;
      return w;
    }, { limit: 10, weight: (w) => w, maxWeight: 12 }));
    expect(got).toEqual(items);
    expect(maxWeight).toBeLessThanOrEqual(100 + 10); // one heavy item plus what was already under budget
  });

  it("closes the source when the consumer stops early", async () => {
    let closed = false;
    async function* source() {
      try { for (let i = 0; ; i++) yield i; } finally { closed = true; }
    }
    for await (const v of orderedMap(source(), async (x) => x, { limit: 2 })) if (v === 3) break;
    expect(closed).toBe(true);
  });
});

describe("WorkerPool", () => {
  it("runs tasks on worker threads and keeps order through orderedMap", async () => {
    const pool = new WorkerPool<{ value: number; delayMs?: number }, number>(ECHO, 2);
    try {
      const items = Array.from({ length: 20 }, (_, i) => ({ value: i, delayMs: (i * 7) % 5 }));
      const got = await collect(orderedMap(items, (x) => pool.run(x), { limit: 6 }));
      expect(got).toEqual(items.map((x) => x.value * 2));
    } finally {
      await pool.close();
    }
  });

  it("turns a failed task into a rejection and a crashed worker into a rejection for its task only", async () => {
    const pool = new WorkerPool<{ value: number; fail?: boolean; crash?: boolean }, number>(ECHO, 1);
    try {
      await expect(pool.run({ value: 1, fail: true })).rejects.toThrow("failed on 1");
      await expect(pool.run({ value: 2, crash: true })).rejects.toThrow(/exited with code 3/);
      expect(await pool.run({ value: 4 })).toBe(8); // a fresh worker took over
    } finally {
      await pool.close();
    }
  });

  it("keeps a second task waiting on a busy worker, and runs it elsewhere when that worker crashes", async () => {
    const pool = new WorkerPool<{ value: number; delayMs?: number; crash?: boolean }, number>(ECHO, 1);
    try {
      const a = pool.run({ value: 1, delayMs: 30 });
      const b = pool.run({ value: 2 });
      expect(pool.pending).toBe(2);
      expect(await Promise.all([a, b])).toEqual([2, 4]);
      const c = pool.run({ value: 3, crash: true, delayMs: 20 });
      const d = pool.run({ value: 5, delayMs: 40 }); // posted behind c, before c crashes
      await expect(c).rejects.toThrow(/exited with code 3/);
      expect(await d).toBe(10);
    } finally {
      await pool.close();
    }
  });

  it("rejects bad sizes and work after close", async () => {
    expect(() => new WorkerPool(ECHO, 0)).toThrow(RangeError);
    const pool = new WorkerPool<{ value: number }, number>(ECHO, 1);
    await pool.close();
    await expect(pool.run({ value: 1 })).rejects.toThrow(/closed/);
  });
});
