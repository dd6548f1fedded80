// `extract --jobs N` through the real binary: the same bytes as --jobs 1, in input order.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const ROOT = new URL("../..", import.meta.url).pathname;
const run = (args: string[], input = "") => spawnSync(process.execPath, ["bin/extract.js", ...args], { cwd: ROOT, input, encoding: "utf8", maxBuffer: 64 << 20 });

describe("extract --jobs", () => {
  it("writes the same output on 2 worker threads as on 1, for a folder and for JSON Lines", () => {
    const one = run(["fixtures/ar/texts", "seeds", "--format", "jsonl", "--jobs", "1"]);
    const two = run(["fixtures/ar/texts", "seeds", "--format", "jsonl", "--jobs", "2"]);
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout.trim().split("\n").length).toBeGreaterThan(40);
    const lines = ['{"id":"a","text":"التقى وزير الخارجية السعودي نظيره المصري في الرياض."}', "not json", '{"id":"c","text":"Saudi Interior Minister met Iraqi counterpart."}'].join("\n");
    const j1 = run(["--input", "jsonl", "--format", "jsonl", "--jobs", "1", "-"], lines);
    const j2 = run(["--input", "jsonl", "--format", "jsonl", "--jobs", "2", "-"], lines);
    expect(j2.stdout).toBe(j1.stdout);
    expect(j2.stderr).toBe(j1.stderr);
    expect(j2.status).toBe(1); // the bad line is reported, the others extracted
    expect(j2.stdout.trim().split("\n").map((l) => JSON.parse(l).file)).toEqual(["a", "-:2", "c"]);
  });
});
