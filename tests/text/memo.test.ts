import { describe, expect, it } from "vitest";
import { BoundedMemo, MAX_KEY_LENGTH, TokenMemo } from "../../src/text/memo.js";

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

  it("keeps no string key longer than MAX_KEY_LENGTH (a letter run of hostile text): computed each time, still right", () => {
    let calls = 0;
    const m = new BoundedMemo((w: string) => { calls++; return w.length; }, 10);
    const long = "ب".repeat(MAX_KEY_LENGTH + 1);
    const edge = "ت".repeat(MAX_KEY_LENGTH);
    expect([m.get(long), m.get(long), m.get(edge), m.get(edge)]).toEqual([MAX_KEY_LENGTH + 1, MAX_KEY_LENGTH + 1, MAX_KEY_LENGTH, MAX_KEY_LENGTH]);
    expect(calls).toBe(3);
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

describe("TokenMemo", () => {
  it("keeps the answers of one owner, null included, and forgets them when another owner records", () => {
    const m = new TokenMemo<string | null>();
    const a = {}, b = {};
    m.set(a, 3, "x");
    m.set(a, 7, null);
    expect([m.get(a, 3), m.get(a, 7), m.get(a, 4), m.get(b, 3)]).toEqual(["x", null, undefined, undefined]);
    m.set(b, 3, "y");
    expect([m.get(b, 3), m.get(a, 3), m.get(a, 7)]).toEqual(["y", undefined, undefined]);
    m.clear();
    expect(m.get(b, 3)).toBeUndefined();
  });

  it("holds many cells (the table grows) and overwrites a cell", () => {
    const m = new TokenMemo<number>();
    const o = {};
    for (let c = 0; c < 5000; c++) m.set(o, c * 64 + (c % 7), c);
    m.set(o, 64 + 1, -1);
    let ok = true;
    for (let c = 2; c < 5000; c++) if (m.get(o, c * 64 + (c % 7)) !== c) ok = false;
    expect(ok).toBe(true);
    expect(m.get(o, 64 + 1)).toBe(-1);
    expect(m.get(o, 64 + 2)).toBeUndefined();
  });
});
