#!/usr/bin/env node
// `npm run bench`: throughput, peak memory and start-up of the built CLI, against a floor.
//
//   node bench/run.mjs [--sizes 1,10,100] [--ar-sizes 1,10] [--ar-inputs jsonl] [--jobs 1,N] [--inputs files,jsonl] [--repeat 1]
//                      [--startup-runs 11] [--memory] [--memory-seconds 90] [--many 100000]
//                      [--memory-corpus 1000] [--no-snapshot] [--out bench/RESULTS.md]
//
// For each corpus (bench/generate.mjs) and each --jobs: `extract <folder> --format jsonl` and
// `extract --input jsonl <corpus.jsonl> --format jsonl`, output to /dev/null; wall time, CPU time
// (all threads) and peak RSS from /usr/bin/time (or bench/wrap.mjs). The floor (bench/floor.mjs)
// reads, decodes, NFC-normalizes, tokenizes and looks every token up in a Map, single-threaded.
// Start-up: one seed file vs `node -e 0`, interleaved, medians. `--memory`: the RSS curve over a
// folder of --many small files and over the largest JSON Lines corpus, each for --memory-seconds.
// Prints a markdown table of medians and writes it to --out with the machine it ran on.
import { readFileSync, readdirSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join, relative } from "node:path";
import { corpus, corpusAr, many } from "./generate.mjs";
import { arg, fmt, machine, measure, median, OUT, ROOT, snapshot, table, writeFileSync } from "./lib.mjs";

const cores = availableParallelism();
const sizes = arg("sizes", "1,10,100").split(",").filter(Boolean).map(Number);
// Arabic-only corpora (no English documents): the rows the throughput target is about
const arSizes = arg("ar-sizes", "").split(",").filter(Boolean).map(Number);
const arInputs = arg("ar-inputs", "jsonl").split(",");
const jobsList = arg("jobs", cores > 1 ? `1,${cores}` : "1").split(",").map((j) => (j === "auto" ? cores : Number(j)));
const inputs = arg("inputs", "files,jsonl").split(",");
const repeat = Number(arg("repeat", "1"));
const startupRuns = Number(arg("startup-runs", "11"));
const outFile = arg("out", join(ROOT, "bench", "RESULTS.md"));
const memory = process.argv.includes("--memory");
const memorySeconds = Number(arg("memory-seconds", "90"));
const manyCount = Number(arg("many", "100000"));

const m0 = machine();
const bin = snapshot(!process.argv.includes("--no-snapshot"));
const say = (s) => process.stderr.write(s + "\n");
say(`bench: ${m0.cpu}, ${m0.cores} cores, node ${m0.node}, load ${m0.load}; CLI ${relative(ROOT, bin)}`);

// ---------------------------------------------------------------- start-up
const seedDir = join(ROOT, "seeds");
const seed = join(seedDir, readdirSync(seedDir).filter((f) => f.endsWith(".txt")).sort()[0]);
// The installed command (`extract`, i.e. bin/extract.js run as a program: from the start-up
// snapshot) is what every row measures; `node bin/extract.js` (no snapshot) is shown beside it.
const cli = (args, opts = {}) => measure([bin, ...args], { ...opts, program: true });
const bare = [];
const one = [];
const oneNode = [];
for (let i = 0; i < startupRuns; i++) {
  bare.push((await measure(["-e", "0"])).wallMs);
  one.push((await cli([seed, "--format", "json"])).wallMs);
  oneNode.push((await measure([bin, seed, "--format", "json"])).wallMs);
}
const startup = { bare: median(bare), seed: median(one), seedNode: median(oneNode) };
say(`start-up: node -e 0 ${fmt(startup.bare, 0)} ms, one seed ${fmt(startup.seed, 0)} ms (×${fmt(startup.seed / startup.bare)}); with node bin/extract.js ${fmt(startup.seedNode, 0)} ms (×${fmt(startup.seedNode / startup.bare)})`);

// ---------------------------------------------------------------- throughput
const rows = [];
const ratios = [];
const corpora = [
  ...sizes.map((mb) => ({ mb, label: `${mb} MB`, kind: "mixed", make: () => corpus(mb), inputs })),
  ...arSizes.map((mb) => ({ mb, label: `${mb} MB Arabic`, kind: "ar", make: () => corpusAr(mb), inputs: arInputs })),
];
for (const { mb, label, kind, make, inputs } of corpora) {
  const c = make();
  const floorRuns = [];
  for (let i = 0; i < Math.max(1, repeat); i++) {
    const r = await measure([join(ROOT, "bench", "floor.mjs"), c.jsonl], { stdoutFile: join(tmpdir(), "wazir-floor.json") });
    const j = JSON.parse(readFileSync(join(tmpdir(), "wazir-floor.json"), "utf8"));
    floorRuns.push({ ...r, innerMs: j.ms });
  }
  const floorMbS = c.bytes / 1e6 / (median(floorRuns.map((r) => r.wallMs)) / 1000);
  rows.push({ corpus: label, kind, input: "floor (jsonl)", jobs: 1, docs: c.documents, mb: c.bytes / 1e6, wall: median(floorRuns.map((r) => r.wallMs)), cpu: median(floorRuns.map((r) => r.cpuMs)), rss: median(floorRuns.map((r) => r.maxRssMb)) });
  say(`corpus ${label}: floor ${fmt(floorMbS)} MB/s`);
  for (const input of inputs) {
    if (input !== "jsonl" && !c.dir) continue;
    const argsOf = (jobs) => input === "jsonl"
      ? ["--input", "jsonl", c.jsonl, "--format", "jsonl", "--jobs", String(jobs)]
      : [c.dir, "--format", "jsonl", "--jobs", String(jobs)];
    // rounds: each runs every --jobs value once, one after the other, so that a drift in the
    // machine's speed between minutes weighs on all of them alike (speed-ups are per round)
    const runs = new Map(jobsList.map((jobs) => [jobs, []]));
    for (let i = 0; i < repeat; i++) for (const jobs of jobsList) runs.get(jobs).push(await cli(argsOf(jobs)));
    for (const jobs of jobsList) {
      const rs = runs.get(jobs);
      const row = { corpus: label, kind, input, jobs, docs: c.documents, mb: c.bytes / 1e6, walls: rs.map((r) => r.wallMs), wall: median(rs.map((r) => r.wallMs)), cpu: median(rs.map((r) => r.cpuMs)), rss: median(rs.map((r) => r.maxRssMb)) };
      rows.push(row);
      const mbs = row.mb / (row.wall / 1000);
      if (jobs === 1) ratios.push({ corpus: label, kind, input, ratio: mbs / floorMbS });
      say(`  ${input} --jobs ${jobs}: ${fmt(row.wall / 1000, 1)} s, ${fmt(mbs, 3)} MB/s, ${fmt(row.docs / (row.wall / 1000), 1)} docs/s, CPU ${fmt(row.cpu / 1000, 1)} s, peak RSS ${fmt(row.rss, 0)} MB${rs.length > 1 ? ` (walls ${rs.map((r) => fmt(r.wallMs / 1000, 1)).join(", ")} s)` : ""}`);
    }
  }
}

// ---------------------------------------------------------------- memory over huge inputs
const memRows = [];
async function memoryRun(label, args) {
  const outPath = join(tmpdir(), `wazir-bench-mem-${process.pid}.jsonl`);
  const r = await cli(args, { sampleMs: 500, limitMs: memorySeconds * 1000, stdoutFile: outPath, allowFail: true });
  let docs = 0;
  const b = readFileSync(outPath);
  for (let i = b.indexOf(10); i >= 0; i = b.indexOf(10, i + 1)) docs++;
  rmSync(outPath, { force: true });
  const at = (f) => r.curve.length ? r.curve[Math.min(r.curve.length - 1, Math.floor(f * (r.curve.length - 1)))].rssMb : NaN;
  const row = { label, seconds: r.wallMs / 1000, docs, complete: !r.stopped, peak: r.maxRssMb, q: [0.1, 0.25, 0.5, 0.75, 1].map(at) };
  memRows.push(row);
  say(`memory ${label}: ${docs} documents in ${fmt(row.seconds, 0)} s${row.complete ? "" : " (stopped)"}, peak RSS ${fmt(row.peak, 0)} MB, RSS at 10/25/50/75/100%: ${row.q.map((x) => fmt(x, 0)).join(" / ")} MB`);
}
if (memory) {
  const folder = many(manyCount);
  const big = corpus(Number(arg("memory-corpus", "1000")));
  for (const jobs of [...new Set([1, Math.max(...jobsList)])]) {
    await memoryRun(`${manyCount} files, --jobs ${jobs}`, [folder.dir, "--format", "jsonl", "--jobs", String(jobs)]);
    await memoryRun(`${fmt(big.bytes / 1e6, 0)} MB JSONL, --jobs ${jobs}`, ["--input", "jsonl", big.jsonl, "--format", "jsonl", "--jobs", String(jobs)]);
  }
}

// ---------------------------------------------------------------- report
const m1 = machine();
const lines = [];
lines.push("# wazir benchmark results", "");
lines.push(`Machine: ${m0.cpu}, ${m0.cores} cores, ${m0.memGb} GB RAM, Node ${m0.node}. Load average at start ${m0.load}, at end ${m1.load}.`);
lines.push(`Generated by \`node bench/run.mjs ${process.argv.slice(2).join(" ")}\` on ${new Date().toISOString()}. Medians of ${repeat} run(s) (rounds: every --jobs value once, in turn); CPU = user + system over all threads.`, "");
lines.push("## Throughput", "");
lines.push(table(["corpus", "input", "jobs", "docs", "MB", "wall s", "MB/s", "docs/s", "CPU s", "MB per CPU s", "peak RSS MB"],
  rows.map((r) => [r.corpus, r.input, r.jobs, r.docs, fmt(r.mb, 1), fmt(r.wall / 1000, 2), fmt(r.mb / (r.wall / 1000), 3), fmt(r.docs / (r.wall / 1000), 1), fmt(r.cpu / 1000, 2), fmt(r.mb / (r.cpu / 1000), 3), fmt(r.rss, 0)])));
lines.push("", "Throughput of `--jobs 1` as a fraction of the floor (target ≥ 0.33):", "");
lines.push(table(["corpus", "input", "ours / floor"], ratios.map((r) => [r.corpus, r.input, fmt(r.ratio, 4)])));
const speed = [];
for (const r of rows) {
  if (r.jobs === 1 || r.input.startsWith("floor")) continue;
  const base = rows.find((x) => x.corpus === r.corpus && x.input === r.input && x.jobs === 1);
  // per round: the --jobs 1 run and this one ran back to back
  if (base) speed.push([r.corpus, r.input, `${r.jobs} vs 1`, fmt(median(base.walls.map((w, i) => w / r.walls[i])), 2), base.walls.map((w, i) => fmt(w / r.walls[i], 2)).join(", ")]);
}
if (speed.length) lines.push("", `Parallel speed-up (wall time, target ≥ 1.7 for 2 jobs): the median over ${repeat} round(s), each running --jobs ${jobsList.join(", then ")} back to back:`, "", table(["corpus", "input", "jobs", "speed-up", "per round"], speed));
const lin = [];
for (const [kind, input] of [...inputs.map((i) => ["mixed", i]), ...arInputs.map((i) => ["ar", i])]) {
  const j1 = rows.filter((r) => r.kind === kind && r.input === input && r.jobs === 1).sort((a, b) => a.mb - b.mb);
  for (let i = 1; i < j1.length; i++) lin.push([`${j1[i].corpus} / ${j1[i - 1].corpus}`, input, fmt(j1[i].mb / j1[i - 1].mb, 1), fmt(j1[i].wall / j1[i - 1].wall, 2), fmt(j1[i].cpu / j1[i - 1].cpu, 2)]);
}
if (lin.length) lines.push("", "Linearity (`--jobs 1`):", "", table(["corpora", "input", "size ratio", "wall ratio", "CPU ratio"], lin));
lines.push("", "## Start-up", "", table(["command", `median wall ms (${startupRuns} runs)`], [["node -e 0", fmt(startup.bare, 0)], [`extract ${relative(ROOT, seed)} --format json`, fmt(startup.seed, 0)], ["ratio (target ≤ 2.5)", fmt(startup.seed / startup.bare, 2)], [`node bin/extract.js ${relative(ROOT, seed)} --format json (no snapshot)`, fmt(startup.seedNode, 0)], ["its ratio", fmt(startup.seedNode / startup.bare, 2)]]));
if (memRows.length) {
  lines.push("", `## Memory over huge inputs (each run stopped after ${memorySeconds} s)`, "");
  lines.push(table(["input", "seconds", "documents done", "complete", "peak RSS MB", "RSS at 10% / 25% / 50% / 75% / 100% of the run (MB)"],
    memRows.map((r) => [r.label, fmt(r.seconds, 0), r.docs, r.complete ? "yes" : "no", fmt(r.peak, 0), r.q.map((x) => fmt(x, 0)).join(" / ")])));
}
const md = lines.join("\n") + "\n";
writeFileSync(outFile, md);
process.stdout.write(md);
