// Exit codes, colour, terminal width, closed pipes and sharding, against the real CLI.
import { describe, expect, it } from "vitest";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, copyFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import stringWidth from "string-width";
import { cli, ROOT, sh } from "./helpers.js";
import { colorLevel, terminalColumns } from "../../src/cli/color.js";

const SEEDS = readdirSync(join(ROOT, "seeds")).filter((f) => f.endsWith(".txt")).sort().map((f) => `seeds/${f}`);
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
const ESC = "\u001b";

describe("exit codes", () => {
  it("0 on success, also when nothing is found", () => {
    expect(cli(["seeds/", "--format", "jsonl"]).status).toBe(0);
    const empty = cli(["--format", "jsonl"], { input: "nothing here" });
    expect(empty.status, empty.stderr).toBe(0);
  });

  it("1 when an input cannot be read; the rest is still printed", () => {
    const r = cli([SEEDS[0]!, "missing.txt", "--format", "jsonl"]);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toContain("extract: cannot read 'missing.txt': ");
    expect(r.stdout.trimEnd().split("\n")).toHaveLength(2);
  });

  for (const args of [["--bogus"], ["--format", "xml"], ["--reference-date", "2024-02-30"], ["--reference-date", "yesterday"], ["--jobs", "0.5"], ["--jobs", "-1"], ["--only", "ministers,planets"], ["--lang", "fr"], ["--input", "xml"], ["--encoding", "klingon"], ["--max-bytes", "lots"]]) {
    it(`2 for a usage error: ${args.join(" ")}`, () => {
      const r = cli([...args, "seeds/"]);
      expect(r.status, r.stderr).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(/^extract: /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });
  }

  it("accepts valid option values", () => {
    const r = cli([SEEDS[0]!, "--format", "jsonl", "--reference-date", "2024-02-29", "--jobs", "2", "--only", "dates,places", "--lang", "ar", "--max-bytes", "10M", "--encoding", "utf-8", "--no-knowledge", "--quiet"]);
    expect(r.stderr).toBe("");
    expect(r.status, r.stderr).toBe(0);
  });

  it("--help shows examples and exits 0; --version prints the package version", () => {
    const h = cli(["--help"]);
    expect(h.status, h.stderr).toBe(0);
    expect(h.stdout).toMatch(/Examples:/);
    expect(h.stdout).toMatch(/jq /);
    expect(h.stdout).toMatch(/xargs -0 -n \d+ -P/);
    expect(h.stdout).toMatch(/hadoop jar/);
    const v = cli(["--version"]);
    expect(v.status, v.stderr).toBe(0);
    expect(v.stdout.trim()).toBe(pkg.version);
  });

  it.skipIf(spawnSync("script", ["--version"]).status !== 0)("2 when there is no path and stdin is a terminal", () => {
    const r = spawnSync("script", ["-qec", `${process.execPath} ${join(ROOT, "bin/extract.js")}`, "/dev/null"], { cwd: ROOT, encoding: "utf8" });
    expect(r.status, r.stderr).toBe(2);
    expect(r.stdout).toMatch(/extract: no input/);
  });
});

describe("colour", () => {
  // (when stdout is not a terminal, as here, colour is off unless asked for; colorLevel's unit tests
  // cover the terminal cases)
  const one = SEEDS[0]!;
  it("none when not a terminal, with NO_COLOR, with TERM=dumb, with --no-color", () => {
    for (const [env, args] of [[{}, []], [{ NO_COLOR: "1", TERM: "xterm-256color" }, []], [{ TERM: "dumb" }, []], [{ FORCE_COLOR: "1" }, ["--no-color"]]] as const) {
      const r = cli([one, ...args], { env });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout + r.stderr, JSON.stringify(env)).not.toContain(ESC);
    }
  });

  it("some with --color or FORCE_COLOR, and data formats never", () => {
    expect(cli([one, "--color"]).stdout).toContain(ESC + "[");
    expect(cli([one], { env: { FORCE_COLOR: "1" } }).stdout).toContain(ESC + "[");
    for (const f of ["json", "csv"]) expect(cli([one, "--format", f, "--color"]).stdout).not.toContain(ESC);
  });
});

describe("colorLevel", () => {
  it("follows --color/--no-color, then FORCE_COLOR, NO_COLOR, TERM=dumb, then the terminal", () => {
    expect(colorLevel(undefined, {}, true)).toBe(1);
    expect(colorLevel(undefined, { TERM: "xterm-256color" }, true)).toBe(2);
    expect(colorLevel(undefined, { COLORTERM: "truecolor" }, true)).toBe(3);
    expect(colorLevel(undefined, {}, false)).toBe(0);
    expect(colorLevel(undefined, { NO_COLOR: "1" }, true)).toBe(0);
    expect(colorLevel(undefined, { NO_COLOR: "" }, true)).toBe(1);
    expect(colorLevel(undefined, { TERM: "dumb" }, true)).toBe(0);
    expect(colorLevel(undefined, { FORCE_COLOR: "1" }, false)).toBe(1);
    expect(colorLevel(undefined, { FORCE_COLOR: "3", NO_COLOR: "1" }, false)).toBe(3);
    expect(colorLevel(undefined, { FORCE_COLOR: "0" }, true)).toBe(0);
    expect(colorLevel(false, { FORCE_COLOR: "1" }, true)).toBe(0);
    expect(colorLevel(true, { NO_COLOR: "1" }, false)).toBe(1);
  });

  it("terminalColumns: COLUMNS, else the terminal, else 100", () => {
    expect(terminalColumns({ COLUMNS: "72" }, 120)).toBe(72);
    expect(terminalColumns({}, 120)).toBe(120);
    expect(terminalColumns({ COLUMNS: "wide" }, undefined)).toBe(100);
  });
});

describe("table", () => {
  for (const cols of [80, 160]) {
    it(`every line of the seeds table is ${cols} columns wide at COLUMNS=${cols}`, () => {
      const r = cli(["seeds/"], { env: { COLUMNS: String(cols) } });
      expect(r.status, r.stderr).toBe(0);
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

  it("`extract --help | head -1` ends quietly", () => {
    const r = sh("node bin/extract.js --help | head -1");
    expect(r.stdout).toMatch(/^Usage: extract/);
    expect(r.stderr).toBe("");
  });

  it("a large run into `head -1` stops early with exit 0 and no stack trace", () => {
    const dir = mkdtempSync(join(tmpdir(), "wazir-pipe-"));
    try {
      for (let i = 0; i < 400; i++) copyFileSync(join(ROOT, SEEDS[i % SEEDS.length]!), join(dir, `${String(i).padStart(4, "0")}.txt`));
      for (const f of ["table", "jsonl"]) {
        const started = Date.now();
        const r = spawnSync("bash", ["-c", `node bin/extract.js '${dir}' --format ${f} | head -1; echo "status=\${PIPESTATUS[0]}"`], { cwd: ROOT, encoding: "utf8" });
        expect(r.stderr, f).toBe("");
        expect(r.stdout.trim().split("\n"), f).toHaveLength(2);
        expect(r.stdout, f).toMatch(/status=0\n$/);
        // it stopped at the closed pipe instead of extracting all 400 documents
        expect(Date.now() - started, f).toBeLessThan(30_000);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("output to a file", () => {
  it("writes the same bytes to a file as to a pipe, in every format", () => {
    const dir = mkdtempSync(join(tmpdir(), "wazir-file-"));
    try {
      for (const f of ["json", "jsonl", "table", "csv"]) {
        const file = join(dir, `out.${f}`);
        const toFile = sh(`node bin/extract.js seeds fixtures/en/texts --format ${f} > '${file}'`);
        const toPipe = sh(`node bin/extract.js seeds fixtures/en/texts --format ${f} | cat`);
        expect(toFile.status, f).toBe(0);
        // (the table's footer carries the run time)
        const untimed = (s: string) => s.replace(/\d+\.\d\d s\b/g, "T s");
        expect(untimed(readFileSync(file, "utf8")), f).toBe(untimed(toPipe.stdout));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a file shared by stdout and stderr (2>&1) gets each error line after the documents before it", () => {
    // output to a file is written in batches: a line on stderr must not overtake the documents held
    const dir = mkdtempSync(join(tmpdir(), "wazir-file-"));
    try {
      const records = SEEDS.map((f, i) => JSON.stringify({ id: `doc-${i}`, text: readFileSync(join(ROOT, f), "utf8") }));
      records.splice(2, 0, "{not json");
      writeFileSync(join(dir, "in.jsonl"), records.join("\n") + "\n");
      const file = join(dir, "out.txt");
      const r = sh(`node bin/extract.js --input jsonl --format jsonl --jobs 1 '${join(dir, "in.jsonl")}' > '${file}' 2>&1`);
      expect(r.status).toBe(1);
      const lines = readFileSync(file, "utf8").trimEnd().split("\n");
      expect(lines.map((l) => (l.startsWith("extract: ") ? "error" : (JSON.parse(l) as { file: string }).file))).toEqual([
        "doc-0", "doc-1", "error", `${join(dir, "in.jsonl")}:3`, ...SEEDS.slice(2).map((_, i) => `doc-${i + 2}`),
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a file gets each document read so far while the run waits for more input", async () => {
    const dir = mkdtempSync(join(tmpdir(), "wazir-file-"));
    const file = join(dir, "out.jsonl");
    const child = spawn("sh", ["-c", `exec node bin/extract.js --input jsonl --format jsonl --jobs 1 > '${file}'`], { cwd: ROOT, stdio: ["pipe", "ignore", "ignore"] });
    try {
      const lines = () => (existsSync(file) ? readFileSync(file, "utf8").split("\n").length - 1 : 0);
      const until = async (n: number) => {
        for (let i = 0; i < 400 && lines() < n; i++) await new Promise((r) => setTimeout(r, 50));
        return lines();
      };
      const record = (i: number) => JSON.stringify({ id: `r${i}`, text: readFileSync(join(ROOT, SEEDS[i]!), "utf8") }) + "\n";
      child.stdin.write(record(0));
      expect(await until(1)).toBe(1);
      child.stdin.write(record(1) + record(2));
      // the writer is slow: the run waits for it with both documents written
      expect(await until(3)).toBe(3);
      child.stdin.end();
      await new Promise((r) => child.once("exit", r));
    } finally {
      child.kill();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);

  it.skipIf(!existsSync("/dev/full"))("a full device: a clear message and exit 1", () => {
    const r = sh("node bin/extract.js seeds --format json > /dev/full");
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^extract: cannot write output: ENOSPC/m);
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
    for (const size of [3]) {
      const parts = shards(records, size).map((s) => cli(["--input", "jsonl", "--format", "jsonl"], { input: s.join("\n") + "\n" }).stdout);
      // a record's fallback id names its line, which differs per shard: compare the well-formed ones
      const strip = (s: string) => s.split("\n").filter((l) => !l.includes('"EJSONL"')).join("\n");
      expect(strip(parts.join("")), `shard size ${size}`).toBe(strip(all.stdout));
    }
    expect(all.stdout).toContain('"file":"doc-0"');
  });

  it("file lists: shards run separately and concatenated equal one run, byte for byte", () => {
    const all = cli([...SEEDS, "--format", "jsonl"]).stdout;
    expect(shards(SEEDS, 2).map((s) => cli([...s, "--format", "jsonl"]).stdout).join("")).toBe(all);
  });
});
