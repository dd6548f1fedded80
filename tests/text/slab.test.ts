import { describe, expect, it } from "vitest";
import { MAX_SLAB_INTS, slabInts } from "../../src/text/slab.js";
import { normalize } from "../../src/text/normalize.js";
import { makeDoc } from "../../src/text/document.js";

describe("per-document int arrays carved from shared blocks", () => {
  it("hands out zeroed arrays that share a block but never each other's ints", () => {
    const arrays = [3, 1, 700, 0, 2000, 5].map((n) => slabInts(n));
    arrays.forEach((a, k) => a.fill(k + 1));
    arrays.forEach((a, k) => expect(a.every((v) => v === k + 1)).toBe(true));
    const fresh = slabInts(64);
    expect(fresh.every((v) => v === 0)).toBe(true);
    // short arrays are views on one block; a long one has a buffer of its own
    expect(slabInts(10).buffer).toBe(slabInts(10).buffer);
    expect(slabInts(10).buffer.byteLength).toBeGreaterThan(40);
    expect(slabInts(MAX_SLAB_INTS + 1).buffer.byteLength).toBe(4 * (MAX_SLAB_INTS + 1));
  });

  it("gives normalize's map and a document's sentence table their exact lengths", () => {
    const n = normalize("وَزِيرُ الخارجية");
    expect(n.starts.length).toBe(n.norm.length + 1);
    expect(n.ends.length).toBe(n.norm.length + 1);
    expect(n.starts.buffer).toBe(n.ends.buffer);
    const d = makeDoc("قال الوزير. ثم غادر");
    expect(d.sentenceOf.length).toBe(d.tokens.length);
    expect(Array.from(d.sentenceOf)).toEqual([0, 0, 0, 1, 1]);
  });
});
