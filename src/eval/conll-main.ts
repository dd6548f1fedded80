// Run the extractor over a CoNLL file with gold tags and print entity-level P/R/F1.
//
//   npm run eval:conll -- FILE [--dev | --train] [--chunk N] [--out PRED.conll] [--json]
//
// --dev    score only the last sixth of the sentences (the dev part; never derive data from it)
// --train  score only the first five sixths
// --chunk  sentences per extracted document (default 20; 0 = the whole part as one document).
//          ANERcorp has no document boundaries; consecutive sentences come from the same articles.
// --out    write `token GOLD PRED` lines (blank line between sentences) for error analysis
// --json   print the scores as JSON
import { readFileSync, writeFileSync } from "node:fs";
import { extract } from "../index.js";
import { buildConllDoc, devStart, parseConll, type ConllSentence } from "../input/conll.js";
import { conllTags } from "../output/conll.js";
import { evaluateTags, formatScore, type ConllScore } from "./conll.js";

export interface RunOptions {
  part?: "all" | "dev" | "train";
  chunk?: number;
}

export interface RunResult {
  sentences: ConllSentence[];
  gold: string[];
  pred: string[];
  breaks: Set<number>;
  /** Chunks whose extraction threw (scored as all O). */
  failures: string[];
  score: ConllScore;
  ms: number;
}

/** Select the part, extract chunk by chunk, and score. */
export function runConll(src: string, opts: RunOptions = {}): RunResult {
  const all = parseConll(src);
  const k = devStart(all.length);
  const sentences = opts.part === "dev" ? all.slice(k) : opts.part === "train" ? all.slice(0, k) : all;
  const size = opts.chunk === undefined ? 20 : opts.chunk <= 0 ? sentences.length || 1 : opts.chunk;
  const gold: string[] = [];
  const pred: string[] = [];
  const breaks = new Set<number>();
  const failures: string[] = [];
  const t0 = Date.now();
  for (let i = 0; i < sentences.length; i += size) {
    const part = sentences.slice(i, i + size);
    const doc = buildConllDoc(part);
    let tags: string[];
    try {
      const result = extract(doc.text, { lang: "ar", file: `sentences ${i + 1}-${i + part.length}` });
      tags = conllTags(doc, result);
    } catch (e) {
      // an extractor failure must not stop the benchmark: count the chunk as predicting nothing
      failures.push(`sentences ${i + 1}-${i + part.length}: ${(e as Error).message}`);
      tags = doc.tokens.map(() => "O");
    }
    for (const s of doc.sentences) {
      breaks.add(gold.length);
      for (const t of s) gold.push(t.tag);
    }
    pred.push(...tags);
  }
  return { sentences, gold, pred, breaks, failures, score: evaluateTags(gold, pred, breaks), ms: Date.now() - t0 };
}

function main(argv: string[]): number {
  let file: string | null = null;
  const opts: RunOptions = {};
  let out: string | null = null;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--dev") opts.part = "dev";
    else if (a === "--train") opts.part = "train";
    else if (a === "--chunk") opts.chunk = Number(argv[++i]);
    else if (a === "--out") out = argv[++i] ?? null;
    else if (a === "--json") json = true;
    else if (a === "-h" || a === "--help") {
      process.stdout.write("usage: eval:conll FILE [--dev | --train] [--chunk N] [--out PRED.conll] [--json]\n");
      return 0;
    } else if (a.startsWith("-")) { process.stderr.write(`unknown option ${a}\n`); return 2; }
    else file = a;
  }
  if (!file) { process.stderr.write("usage: eval:conll FILE [--dev | --train] [--chunk N] [--out PRED.conll] [--json]\n"); return 2; }
  if (opts.chunk !== undefined && !Number.isFinite(opts.chunk)) { process.stderr.write("--chunk needs a number\n"); return 2; }
  const r = runConll(readFileSync(file, "utf8"), opts);
  if (out) {
    const lines: string[] = [];
    let k = 0;
    r.sentences.forEach((s, si) => {
      if (si > 0) lines.push("");
      for (const row of s) { lines.push(`${row.token} ${r.gold[k]} ${r.pred[k]}`); k++; }
    });
    writeFileSync(out, lines.join("\n") + "\n");
  }
  for (const f of r.failures) process.stderr.write(`extraction failed: ${f}\n`);
  if (json) process.stdout.write(JSON.stringify({ file, part: opts.part ?? "all", sentences: r.sentences.length, ms: r.ms, failures: r.failures.length, ...r.score }, null, 2) + "\n");
  else {
    process.stdout.write(`${file} (${opts.part ?? "all"}: ${r.sentences.length} sentences, ${r.ms} ms)\n`);
    process.stdout.write(formatScore(r.score) + "\n");
  }
  return 0;
}

const invoked = process.argv[1] ?? "";
if (/conll-main\.(js|ts)$/.test(invoked)) process.exitCode = main(process.argv.slice(2));
