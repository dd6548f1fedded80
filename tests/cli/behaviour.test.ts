// Exit codes, colour, terminal width, closed pipes and sharding, against the real CLI.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, copyFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import stringWidth from "string-width";
import { cli, ROOT, sh } from "./helpers.js";

const SEEDS = readdirSync(join(ROOT, "seeds")).filter((f) => f.endsWith(".txt")).sort().map((f) => `seeds/${f}`);
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
const ESC = "\u001b";

describe("exit codes", () => {
  it("0 on success, also when nothing is found", () => {
    expect(cli(["seeds/", "--format", "jsonl"]).status).toBe(0);
    const empty = cli(["--format", "jsonl"], { input: "nothing here" });
    expect(empty.status).toBe(0);
  });

  it("1 when an input cannot be read; the rest is still printed", () => {
    const r = cli([SEEDS[0]!, "missing.txt", "--format", "jsonl"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("extract: cannot read 'missing.txt': ");
    expect(r.stdout.trimEnd().split("\n")).toHaveLength(2);
  });

  for (const args of [["--bogus"], ["--format", "xml"], ["--reference-date", "2024-02-30"], ["--reference-date", "yesterday"], ["--jobs", "0.5"], ["--jobs", "-1"], ["--only", "ministers,planets"], ["--lang", "fr"], ["--input", "xml"], ["--encoding", "klingon"], ["--max-bytes", "lots"]]) {
    it(`2 for a usage error: ${args.join(" ")}`, () => {
      const r = cli([...args, "seeds/"]);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(/^extract: /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });
  }

  it("accepts valid option values", () => {
    const r = cli([SEEDS[0]!, "--format", "jsonl", "--reference-date", "2024-02-29", "--jobs", "2", "--only", "dates,places", "--lang", "ar", "--max-bytes", "10M", "--encoding", "utf-8", "--no-knowledge", "--quiet"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });

  it("--help shows examples and exits 0; --version prints the package version", () => {
    const h = cli(["--help"]);
    expect(h.status).toBe(0);
    expect(h.stdout).toMatch(/Examples:/);
    expect(h.stdout).toMatch(/jq /);
    expect(h.stdout).toMatch(/xargs -0 -n \d+ -P/);
    expect(h.stdout).toMatch(/hadoop jar/);
    const v = cli(["--version"]);
    expect(v.status).toBe(0);
    expect(v.stdout.trim()).toBe(pkg.version);
  });

  it.skipIf(spawnSync("script", ["--version"]).status !== 0)("2 when there is no path and stdin is a terminal", () => {
    const r = spawnSync("script", ["-qec", `${process.execPath} ${join(ROOT, "bin/extract.js")}`, "/dev/null"], { cwd: ROOT, encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/extract: no input/);
  });
});

describe("colour", () => {
  it("none when not a terminal, with NO_COLOR, with TERM=dumb, with --no-color", () => {
    for (const env of [{}, { NO_COLOR: "1" }, { TERM: "dumb" }, { FORCE_COLOR: "1", NO_COLOR: undefined }]) {
      const args = "FORCE_COLOR" in env ? ["--no-color"] : [];
      const r = cli(["seeds/", ...args], { env });
      expect(r.status).toBe(0);
      expect(r.stdout + r.stderr).not.toContain(ESC);
    }
  });

  it("some with --color or FORCE_COLOR, and data formats never", () => {
    expect(cli(["seeds/", "--color"]).stdout).toContain(ESC + "[");
    expect(cli(["seeds/"], { env: { FORCE_COLOR: "1" } }).stdout).toContain(ESC + "[");
    for (const f of ["json", "jsonl", "csv", "tsv", "dot", "mermaid"]) expect(cli(["seeds/", "--format", f, "--color"]).stdout).not.toContain(ESC);
  });
});

describe("table", () => {
  for (const cols of [80, 160]) {
    it(`every line of the seeds table is ${cols} columns wide at COLUMNS=${cols}`, () => {
      const r = cli(["seeds/"], { env: { COLUMNS: String(cols) } });
      expect(r.status).toBe(0);
      const lines = r.stdout.replace(/\n$/, "").split("\n");
      expect(lines.length).toBeGreaterThan(SEEDS.length);
      expect(new Set(lines.map((l) => stringWidth(l)))).toEqual(new Set([cols]));
      for (const f of SEEDS) expect(r.stdout).toContain(f);
      expect(lines.at(-1)).toMatch(/── 5 documents · \d+ ministers? · \d+ interactions? · [\d.]+ s ─+$/);
    });
  }

  it("is 100 columns wide when not a terminal and COLUMNS is unset", () => {
    const lines = cli(["seeds/"]).stdout.replace(/\n$/, "").split("\n");
    expect(new Set(lines.map((l) => stringWidth(l)))).toEqual(new Set([100]));
  });
});

describe("closed pipe", () => {
  it("`extract seeds/ | head -1` ends quietly", () => {
    const r = sh("node bin/extract.js seeds/ | head -1");
    expect(r.stdout.split("\n").filter(Boolean)).toHaveLength(1);
    expect(r.stderr).toBe("");
  });

  it("a large run into `head -1` stops early with exit 0 and no stack trace", () => {
    const dir = mkdtempSync(join(tmpdir(), "wazir-pipe-"));
    try {
      for (let i = 0; i < 400; i++) copyFileSync(join(ROOT, SEEDS[i % SEEDS.length]!), join(dir, `${String(i).padStart(4, "0")}.txt`));
      for (const f of ["table", "json", "jsonl", "csv"]) {
        const r = sh(`node bin/extract.js '${dir}' --format ${f} | head -1; echo "status=\${PIPESTATUS:-x}"`);
        expect(r.stderr, f).toBe("");
        const r2 = spawnSync("bash", ["-c", `node bin/extract.js '${dir}' --format ${f} | head -c 10 >/dev/null; echo "\${PIPESTATUS[0]}"`], { cwd: ROOT, encoding: "utf8" });
        expect(r2.stderr, f).toBe("");
        expect(r2.stdout.trim(), f).toBe("0");
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("sharding", () => {
  function shards<T>(xs: T[], n: number): T[][] {
    const out: T[][] = [];
    for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
    return out;
  }

  it("JSON Lines records: shards run separately and concatenated equal one run, byte for byte", () => {
    const records = SEEDS.map((f, i) => JSON.stringify({ id: `doc-${i}`, text: readFileSync(join(ROOT, f), "utf8") }));
    records.splice(2, 0, "{not json", JSON.stringify({ id: "empty", text: "" }));
    const all = cli(["--input", "jsonl", "--format", "jsonl"], { input: records.join("\n") + "\n" });
    expect(all.stdout.trimEnd().split("\n")).toHaveLength(records.length);
    for (const size of [1, 2, 3]) {
      const parts = shards(records, size).map((s) => cli(["--input", "jsonl", "--format", "jsonl"], { input: s.join("\n") + "\n" }).stdout);
      // a record's fallback id names its line, which differs per shard: compare the well-formed ones
      const strip = (s: string) => s.split("\n").filter((l) => !l.includes('"EJSONL"')).join("\n");
      expect(strip(parts.join("")), `shard size ${size}`).toBe(strip(all.stdout));
    }
    expect(all.stdout).toContain('"file":"doc-0"');
  });

  it("file lists: shards run separately and concatenated equal one run, byte for byte", () => {
    const all = cli([...SEEDS, "--format", "jsonl"]).stdout;
    for (const size of [1, 2]) expect(shards(SEEDS, size).map((s) => cli([...s, "--format", "jsonl"]).stdout).join("")).toBe(all);
    expect(cli([...SEEDS, "--format", "jsonl"]).stdout).toBe(all);
  });
});
