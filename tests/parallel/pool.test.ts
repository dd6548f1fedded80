import { describe, expect, it } from "vitest";
import { WorkerPool } from "../../src/parallel/pool.js";

const ECHO = new URL("./fixtures/echo-worker.mjs", import.meta.url);

describe("WorkerPool", () => {
  it("runs tasks on worker threads, each answer to its own task", async () => {
    const pool = new WorkerPool<{ value: number; delayMs?: number }, number>(ECHO, 2);
    try {
      const items = Array.from({ length: 20 }, (_, i) => ({ value: i, delayMs: (i * 7) % 5 }));
      const got = await Promise.all(items.map((x) => pool.run(x)));
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
