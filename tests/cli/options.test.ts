import { availableParallelism } from "node:os";
// Option parsing as a pure function: no process spawned.
import { describe, expect, it } from "vitest";
import { parseArgs, parseDate, parseSize, type CliOptions } from "../../src/cli/options.js";
import { KINDS } from "../../src/output/kinds.js";

function parse(argv: string[]): { options?: CliOptions; exitCode?: number; out: string; err: string } {
  let out = "";
  let err = "";
  const r = parseArgs(argv, "9.9.9", { stdout: (s) => { out += s; }, stderr: (s) => { err += s; } });
  return { ...r, out, err };
}

describe("parseArgs", () => {
  it("defaults", () => {
    const o = parse([]).options!;
    expect(o.paths).toEqual([]);
    expect(o.format).toBe("table");
    expect([...o.only]).toEqual([...KINDS]);
    expect([o.input, o.lang, o.knowledge, o.quiet, o.jobs, o.color]).toEqual(["text", "auto", true, false, availableParallelism(), undefined]);
  });

  it("passes '-' through as a path and keeps path order", () => {
    expect(parse(["b.txt", "-", "a/"]).options!.paths).toEqual(["b.txt", "-", "a/"]);
  });

  it("--json, --only, --no-knowledge, --color/--no-color, --jobs", () => {
    const o = parse(["--json", "--only", "Ministers, interaction", "--no-knowledge", "--no-color", "-j", "3"]).options!;
    expect(o.format).toBe("json");
    expect([...o.only]).toEqual(["ministers", "interactions"]);
    expect(o.knowledge).toBe(false);
    expect(o.color).toBe(false);
    expect(o.jobs).toBe(3);
    expect(parse(["--color"]).options!.color).toBe(true);
    expect(parse(["--jobs", "auto"]).options!.jobs).toBeGreaterThanOrEqual(1);
  });

  it("usage errors give exit code 2 and a message starting 'extract: '", () => {
    for (const argv of [["--nope"], ["-f", "yaml"], ["--only", ""], ["--jobs", "0x10"], ["--reference-date", "2023-13-01"], ["--lang"]]) {
      const r = parse(argv);
      expect(r.exitCode, argv.join(" ")).toBe(2);
      expect(r.err).toMatch(/^extract: /);
    }
  });

  it("--help and --version exit 0", () => {
    const h = parse(["--help"]);
    expect(h.exitCode).toBe(0);
    expect(h.out).toMatch(/Usage: extract \[options\] \[paths\.\.\.\]/);
    for (const opt of ["--format", "--json", "--only", "--input", "--text-field", "--id-field", "--encoding", "--max-bytes", "--reference-date", "--no-knowledge", "--lang", "--color", "--no-color", "--quiet", "--jobs", "--version"])
      expect(h.out).toContain(opt);
    const v = parse(["-V"]);
    expect([v.exitCode, v.out.trim()]).toEqual([0, "9.9.9"]);
  });
});

describe("value parsers", () => {
  it("parseDate accepts real calendar dates only", () => {
    expect(parseDate("2024-02-29")).toBe("2024-02-29");
    for (const bad of ["2023-02-29", "2024-2-1", "20240201", "2024-00-10"]) expect(() => parseDate(bad)).toThrow();
  });

  it("parseSize reads bytes with k/M/G suffixes; 0 means no limit", () => {
    expect(parseSize("500")).toBe(500);
    expect(parseSize("512k")).toBe(512 * 1024);
    expect(parseSize("10M")).toBe(10 * 1024 * 1024);
    expect(parseSize("1.5GiB")).toBe(1.5 * 1024 ** 3);
    expect(parseSize("0")).toBe(Infinity);
    for (const bad of ["", "ten", "-5", "5X"]) expect(() => parseSize(bad)).toThrow();
  });
});
