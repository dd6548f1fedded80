import { describe, expect, it } from "vitest";
import { BoundedMemo } from "../../src/text/memo.js";

describe("BoundedMemo", () => {
  it("computes each key once while it is held", () => {
    let calls = 0;
    const m = new BoundedMemo((w: string) => { calls++; return w.length; }, 10);
    expect([m.get("وزير"), m.get("وزير"), m.get("ab")]).toEqual([4, 4, 2]);
    expect(calls).toBe(2);
  });
  it("starts again empty when full, so it never holds more than its bound", () => {
    let calls = 0;
    const m = new BoundedMemo((k: number) => { calls++; return k * 2; }, 3);
    for (const k of [1, 2, 3]) m.get(k);
    expect(calls).toBe(3);
    m.get(4); // full: cleared, then 4 stored
    m.get(1); // computed again
    expect(calls).toBe(5);
    m.get(4);
    expect(calls).toBe(5);
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
