// End-to-end shape checks: spawn the real CLI on seeds/ for every output format.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { Ajv2020 } from "ajv/dist/2020.js";
import { cli, ROOT } from "./helpers.js";

const SEEDS = readdirSync(join(ROOT, "seeds")).filter((f) => f.endsWith(".txt")).sort().map((f) => `seeds/${f}`);
const schema = JSON.parse(readFileSync(join(ROOT, "schema/extraction.schema.json"), "utf8"));
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(schema);
const validateOne = ajv.compile({ ...schema, type: "object", items: undefined, $ref: "#/$defs/DocumentResult" });
const hasDot = existsSync("/usr/bin/dot") || spawnSync("dot", ["-V"]).status === 0;

describe("--format json", () => {
  const r = cli(["seeds/", "--format", "json"]);

  it("is one valid JSON array in path order, matching the schema", () => {
    expect(r.stderr).toBe("");
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.map((d: { file: string }) => d.file)).toEqual(SEEDS);
    expect(validate(out), ajv.errorsText(validate.errors)).toBe(true);
  });

  it("--json is the same as --format json", () => {
    expect(cli(["seeds/", "--json"]).stdout).toBe(r.stdout);
  });

  it("stays valid JSON with an unreadable input in the middle, which carries errors", () => {
    const bad = cli([SEEDS[0]!, "no/such/file.txt", SEEDS[1]!, "--json"]);
    expect(bad.status, bad.stderr).toBe(1);
    expect(bad.stderr).toMatch(/^extract: cannot read 'no\/such\/file\.txt': .+/m);
    const out = JSON.parse(bad.stdout);
    expect(out.map((d: { file: string }) => d.file)).toEqual([SEEDS[0], "no/such/file.txt", SEEDS[1]]);
    expect(out[1].errors.length).toBeGreaterThan(0);
    expect(validate(out), ajv.errorsText(validate.errors)).toBe(true);
  });

  it("--only keeps only the kinds asked for", () => {
    const out = JSON.parse(cli(["seeds/", "--json", "--only", "ministers,interactions"]).stdout);
    for (const d of out) expect(Object.keys(d).sort()).toEqual(["file", "interactions", "language", "ministers"]);
  });
});

describe("--format jsonl", () => {
  it("is one valid JSON document per line, the same elements as --format json", () => {
    const r = cli(["seeds/", "--format", "jsonl"]);
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines.pop()).toBe("");
    expect(lines).toHaveLength(SEEDS.length);
    const docs = lines.map((l) => JSON.parse(l));
    for (const d of docs) expect(validateOne(d), ajv.errorsText(validateOne.errors)).toBe(true);
    expect(docs).toEqual(JSON.parse(cli(["seeds/", "--json"]).stdout));
  });

  it("reads stdin when no path is given, and for '-'", () => {
    const text = readFileSync(join(ROOT, SEEDS[0]!), "utf8");
    const a = cli(["--format", "jsonl"], { input: text });
    const b = cli(["-", "--format", "jsonl"], { input: text });
    expect(a.status, a.stderr).toBe(0);
    expect(JSON.parse(a.stdout).file).toBe("-");
    expect(b.stdout).toBe(a.stdout);
    const fromFile = JSON.parse(cli([SEEDS[0]!, "--format", "jsonl"]).stdout);
    expect({ ...JSON.parse(a.stdout), file: fromFile.file }).toEqual(fromFile);
  });
});

describe("--format csv / tsv", () => {
  it("csv parses back with a header and the same columns on every row", () => {
    const r = cli(["seeds/", "--format", "csv"]);
    expect(r.status, r.stderr).toBe(0);
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
    const json = JSON.parse(cli(["seeds/", "--json"]).stdout) as Record<string, unknown[]>[];
    const facts = json.reduce((n, d) => n + ["ministers", "people", "countries", "organizations", "places", "dates", "interactions"].reduce((k, key) => k + d[key]!.length, 0), 0);
    expect(rows).toHaveLength(facts);
    expect(r.stdout.split("\n")[0]).toBe("file,kind,name,type,title,country,value,details,start,end,mentions");
    for (const row of rows) expect(SEEDS).toContain(row.file);
  });

  it("tsv has the same number of fields on every line", () => {
    const r = cli(["seeds/", "--format", "tsv"]);
    const lines = r.stdout.trimEnd().split("\n");
    for (const l of lines) expect(l.split("\t")).toHaveLength(11);
  });
});

describe("--format dot / mermaid / conll", () => {
  it.skipIf(!hasDot)("dot output is accepted by graphviz", () => {
    const r = cli(["seeds/", "--format", "dot"]);
    expect(r.status, r.stderr).toBe(0);
    const g = spawnSync("dot", ["-Tjson0"], { input: r.stdout, encoding: "utf8" });
    expect(g.stderr).toBe("");
    expect(g.status, g.stderr).toBe(0);
    expect(JSON.parse(g.stdout).name).toBe("wazir");
  });

  it("mermaid output is a flowchart of nodes and edges", () => {
    const r = cli(["seeds/", "--format", "mermaid"]);
    expect(r.status, r.stderr).toBe(0);
    const [head, ...rest] = r.stdout.trimEnd().split("\n");
    expect(head).toBe("graph LR");
    for (const l of rest) expect(l).toMatch(/^ {2}n\d+(\(\[".*"\]\)|\[".*"\]|\{\{".*"\}\}| ---\|".*"\| n\d+)$/);
  });

  it("conll output is token-tag lines with blank lines between sentences", () => {
    const r = cli([SEEDS[0]!, "--format", "conll"]);
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines.length).toBeGreaterThan(50);
    for (const l of lines) expect(l).toMatch(/^$|^\S+ (O|[BI]-(PERS|LOC|ORG|MISC))$/);
  });
});
