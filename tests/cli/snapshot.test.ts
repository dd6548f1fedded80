// The installed command (bin/extract.js run as a program) starts node from the CLI's start-up
// snapshot (src/cli/snapshot) when it can, and must then answer exactly as `node bin/extract.js`.
// A fake `node` first on PATH records how the command started it, and can claim another version.
import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { WARM_UP_TEXT } from "../../src/cli/snapshot/warm-up.js";
import { extract } from "../../src/index.js";
import { ROOT, spawnCli } from "./helpers.js";

const tmp = mkdtempSync(join(tmpdir(), "wazir-snapshot-"));
const log = join(tmp, "node-calls.log");
writeFileSync(join(tmp, "node"), [
  "#!/bin/sh",
  `echo "$*" >> "${log}"`,
  `if [ "$1" = --version ] && [ -n "$FAKE_NODE_VERSION" ]; then echo "$FAKE_NODE_VERSION"; exit 0; fi`,
  `exec "${process.execPath}" "$@"`,
].join("\n") + "\n");
chmodSync(join(tmp, "node"), 0o755);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Run `<bin> ...args` as a program (through sh, as npm's bin link does) with the fake node first on PATH. */
function installed(args: string[], opts: { input?: string; env?: Record<string, string>; bin?: string } = {}) {
  writeFileSync(log, "");
  const env: Record<string, string | undefined> = { ...process.env, PATH: `${tmp}:${process.env.PATH}`, ...opts.env };
  for (const k of ["NO_COLOR", "FORCE_COLOR", "COLUMNS", "TERM", "COLORTERM", "NODE_OPTIONS"]) if (!opts.env?.[k]) delete env[k];
  const r = spawnSync(opts.bin ?? join(ROOT, "bin/extract.js"), args, { cwd: ROOT, env: env as NodeJS.ProcessEnv, input: opts.input ?? "", encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const calls = readFileSync(log, "utf8").trim().split("\n");
  // the call that runs the CLI (not `node --version`)
  const run = calls.find((c) => c !== "--version") ?? "";
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, snapshot: run.startsWith("--snapshot-blob "), singleThreadedGc: run.split(" ").includes("--single-threaded-gc") };
}

const seed = readFileSync(join(ROOT, "seeds/001_56c77b825127489c.txt"), "utf8");

describe("the start-up snapshot", () => {
  it("is built, with the key of this node and this folder", () => {
    expect(existsSync(join(ROOT, "dist/cli/snapshot/wazir.blob"))).toBe(true);
    expect(readFileSync(join(ROOT, "dist/cli/snapshot/wazir.key"), "utf8").trim()).toBe(`${process.version} ${realpath(ROOT)}`);
  });

  it("is warmed up by a text that reaches every kind of fact, so their rules are compiled in it", () => {
    const r = extract(WARM_UP_TEXT);
    for (const kind of ["ministers", "countries", "organizations", "places", "dates", "interactions"] as const) expect(r[kind].length, kind).toBeGreaterThan(0);
  });

  const cases: [string, string[], string?, Record<string, string>?][] = [
    ["JSON for the seeds", ["seeds", "--format", "json"]],
    ["JSON Lines for English and Arabic fixtures", ["fixtures/en/texts", "fixtures/ar/texts", "--format", "jsonl", "--only", "ministers,interactions"]],
    ["the coloured table", ["seeds/000_a35812bc180ad3ee.txt", "--color"]],
    ["the table under NO_COLOR", ["seeds/000_a35812bc180ad3ee.txt", "--color", "--only", "ministers"], undefined, { NO_COLOR: "1" }],
    ["CoNLL from stdin", ["-", "--format", "conll"], seed],
    ["JSON Lines input on two jobs", ["--input", "jsonl", "--format", "jsonl", "--jobs", "2", "-"], [seed, seed.slice(0, 400), "not json", seed].map((t) => (t === "not json" ? t : JSON.stringify({ text: t }))).join("\n") + "\n"],
    ["a missing file", ["seeds", "no/such/file.txt", "--format", "jsonl"]],
    ["a usage error", ["--format", "nope", "seeds"]],
    ["--version", ["--version"]],
    ["--help", ["--help"]],
  ];
  it.each(cases)("answers %s exactly as node bin/extract.js does", (_name, args, input, env) => {
    const fast = installed(args, { input, env });
    const plain = spawnCli(args, { input, env });
    expect(fast.snapshot).toBe(true);
    expect(fast.status).toBe(plain.status);
    // the table's footer carries the run time
    const untimed = (s: string) => s.replace(/\d+\.\d\d s\b/g, "T s");
    expect(untimed(fast.stdout)).toBe(untimed(plain.stdout));
    expect(fast.stderr).toBe(plain.stderr);
  });

  it("starts worker threads like node bin/extract.js does", () => {
    // long enough (several seconds) that the run brings its worker in after its first second
    const seeds = readdirSync(join(ROOT, "seeds")).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(join(ROOT, "seeds", f), "utf8"));
    const lines = Array.from({ length: 1500 }, (_, i) => JSON.stringify({ id: i, text: seeds[i % seeds.length] })).join("\n") + "\n";
    const args = ["--input", "jsonl", "--format", "jsonl", "--jobs", "2", "--only", "ministers", "-"];
    const fast = installed(args, { input: lines });
    const plain = spawnCli(args, { input: lines });
    expect(fast.snapshot).toBe(true);
    expect(fast.stderr).toBe("");
    expect(fast.status).toBe(0);
    expect(fast.stdout).toBe(plain.stdout);
  });

  it("collects the heap on its own thread unless the run asks for one job, with or without the snapshot", () => {
    const seedFile = "seeds/000_a35812bc180ad3ee.txt";
    for (const [args, single] of [
      [[seedFile], true],
      [[seedFile, "--jobs", "2"], true],
      [[seedFile, "-j", "auto"], true],
      [[seedFile, "--jobs", "1"], false],
      [["-j1", seedFile], false],
      [["--jobs=1", seedFile], false],
      [["--", "--jobs", "1"], true], // after --, a file name
    ] as [string[], boolean][]) {
      const r = installed(args);
      expect([args.join(" "), r.snapshot, r.singleThreadedGc]).toEqual([args.join(" "), true, single]);
    }
    const fallback = installed([seedFile], { env: { NODE_OPTIONS: "--max-old-space-size=512" } });
    expect([fallback.snapshot, fallback.singleThreadedGc]).toEqual([false, true]);
  });

  it("is not used for a run over more than 16 MB, a file or a folder (start-up is lost in it, the snapshot's memory is not)", () => {
    const dir = join(tmp, "big");
    mkdirSync(dir, { recursive: true });
    // sparse files: no disk used (so the folder takes almost none), and read as binary (refused at once)
    const big = join(dir, "-big.jsonl");
    truncateSync(createEmpty(big), 16 * 1024 * 1024 + 1);
    const edge = join(dir, "edge.jsonl");
    truncateSync(createEmpty(edge), 16 * 1024 * 1024);
    // a folder whose files take 17 MB of disk
    const full = join(tmp, "full");
    mkdirSync(full, { recursive: true });
    writeFileSync(join(full, "a.bin"), Buffer.alloc(17 * 1024 * 1024));
    const seedFile = "seeds/000_a35812bc180ad3ee.txt";
    for (const [args, snapshot] of [
      [[seedFile], true],
      [[edge], true],
      [[dir], true], // its files take no disk
      [["seeds"], true],
      [[full], false],
      [["--input", "jsonl", big], false],
      [[seedFile, "--jobs", "1", big], false],
      [["--format", "json", "--", big], false],
      [["-"], true],
    ] as [string[], boolean][]) {
      expect([args.join(" "), installed(args).snapshot]).toEqual([args.join(" "), snapshot]);
    }
  });

  it("is not used under NODE_OPTIONS, for another node version, or once dist/ is newer", () => {
    const args = ["seeds/000_a35812bc180ad3ee.txt", "--format", "json"];
    const expected = spawnCli(args).stdout;
    for (const env of [{ NODE_OPTIONS: "--max-old-space-size=512" }, { FAKE_NODE_VERSION: "v99.0.0" }] as Record<string, string>[]) {
      const r = installed(args, { env });
      expect(r.snapshot).toBe(false);
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(expected);
    }
    // a copy of the package elsewhere: the key names another folder
    const copy = join(tmp, "copy");
    for (const d of ["bin", "dist", "package.json"]) cpSync(join(ROOT, d), join(copy, d), { recursive: true, preserveTimestamps: true });
    const moved = installed(args, { bin: join(copy, "bin/extract.js") });
    expect(moved.snapshot).toBe(false);
    expect(moved.stdout).toBe(expected);
    // rebuilt from there: used; then dist/ compiled again without it: not used
    writeFileSync(join(copy, "dist/cli/snapshot/wazir.key"), `${process.version} ${realpath(copy)}\n`);
    expect(installed(args, { bin: join(copy, "bin/extract.js") }).snapshot).toBe(true);
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(copy, "dist/cli/main.js"), later, later);
    const stale = installed(args, { bin: join(copy, "bin/extract.js") });
    expect(stale.snapshot).toBe(false);
    expect(stale.stdout).toBe(expected);
  });
});

/** Creates an empty file at `p` and returns `p`. */
function createEmpty(p: string): string {
  writeFileSync(p, "");
  return p;
}

function realpath(p: string): string {
  return spawnSync("sh", ["-c", 'cd "$1" && pwd -P', "sh", p], { encoding: "utf8" }).stdout.trim();
}
