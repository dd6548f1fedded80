import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

// Each case runs in a fresh process: the young generation's size is a property of the process.
const MODULE = new URL("../../dist/parallel/young-generation.js", import.meta.url).href;

/** The new space's size (MB) after allocating short-lived objects, with the cap (MB per semi-space) or without it. */
function newSpaceAfterChurn(capMb: number | null): number {
  const script = `
    import { getHeapSpaceStatistics } from "node:v8";
    import { YoungGenerationCap } from ${JSON.stringify(MODULE)};
    const cap = ${capMb === null ? "null" : `new YoungGenerationCap(${capMb})`};
    const keep = [];
    for (let i = 0; i < 3e6; i++) {
      keep.push({ i, a: [i] });
      if (keep.length > 2e5) keep.length = 0;
      if (i % 100 === 0) cap?.check();
    }
    const s = getHeapSpaceStatistics().find((x) => x.space_name === "new_space");
    cap?.release();
    console.log(s.space_size / 1048576);`;
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
  expect(r.stderr).toBe("");
  return Number(r.stdout.trim());
}

describe("YoungGenerationCap", () => {
  it("holds the new space near two semi-spaces of the cap, where V8 alone grows it far beyond", () => {
    expect(newSpaceAfterChurn(null)).toBeGreaterThanOrEqual(16);
    // V8 may shrink the new space when the allocation rate drops (a loaded machine) and grow it
    // back: allow one doubling past the cap
    expect(newSpaceAfterChurn(1)).toBeLessThanOrEqual(4);
  });
});
