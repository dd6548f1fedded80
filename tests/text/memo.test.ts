import { describe, expect, it } from "vitest";
import { BoundedMemo } from "../../src/text/memo.js";

describe("BoundedMemo", () => {
  it("computes each key once while it is held", () => {
    let calls = 0;
    const m = new BoundedMemo((w: string) => { calls++; return w.length; }, 10);
    expect([m.get("وزير"), m.get("وزير"), m.get("ab")]).toEqual([4, 4, 2]);
    expect(calls).toBe(2);
  });

  it("holds at most its bound: a key not asked for during two generations is computed again", () => {
    const computed: number[] = [];
    const m = new BoundedMemo((k: number) => { computed.push(k); return k * 2; }, 4); // generations of 2
    for (const k of [1, 2, 3, 4, 5]) expect(m.get(k)).toBe(k * 2);
    // 1 and 2 filled the first generation, 3 and 4 the second; 5 dropped the first
    m.get(1);
    expect(computed).toEqual([1, 2, 3, 4, 5, 1]);
    m.get(4); // in the older generation: found, not computed
    expect(computed).toEqual([1, 2, 3, 4, 5, 1]);
  });

  it("keeps a key asked for in every generation, however many other keys pass through", () => {
    let calls = 0;
    const m = new BoundedMemo((k: number) => { calls++; return k; }, 10);
    m.get(0);
    for (let k = 1; k <= 1000; k++) { m.get(k); m.get(0); }
    expect(calls).toBe(1001);
  });

  it("caches null answers and recomputes after clear()", () => {
    let calls = 0;
    const m = new BoundedMemo((_: string): number | null => { calls++; return null; }, 5);
    m.get("x"); m.get("x");
    expect(calls).toBe(1);
    m.clear();
    m.get("x");
    expect(calls).toBe(2);
  });
});
