import { describe, expect, it } from "vitest";
import { SparseSlots } from "../../src/extract/ar/sparse-slots.js";

describe("SparseSlots", () => {
  it("forgets the slots the last document set, and reads undefined past n", () => {
    const t = new SparseSlots<string>();
    let a = t.reset(5);
    t.set(1, "x");
    t.set(3, "y");
    t.set(3, "z");
    expect(a[1]).toBe("x");
    expect(a[3]).toBe("z");
    a = t.reset(4);
    expect([a[0], a[1], a[2], a[3], a[7]]).toEqual([undefined, undefined, undefined, undefined, undefined]);
    t.set(2, "w");
    a = t.reset(100); // grows: a new table, every slot undefined
    expect(a.length).toBeGreaterThanOrEqual(100);
    expect(a.every((v) => v === undefined)).toBe(true);
  });
});
