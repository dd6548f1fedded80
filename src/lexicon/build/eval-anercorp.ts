// LOC check of the country and place gazetteers on ANERcorp (CAMeL train split).
//
//   npx tsc -p tsconfig.json && node dist/lexicon/build/eval-anercorp.js [path] [--misses out.txt]
//
// The first five sixths of the sentences are for looking at misses and false alarms (--misses);
// the last sixth is a held-out dev set: only its scores are printed, nothing is derived from it.
// Each sentence is its own document (tokens joined by spaces). Gold: B-LOC/I-LOC spans; system:
// country names (not adjectives: ANERcorp does not tag them LOC) and places. Token-level exact
// match of spans.
import { readFileSync, writeFileSync } from "node:fs";
import { makeDoc } from "../../text/document.js";
import { extractCountries } from "../../extract/ar/countries.js";
import { extractPlaces } from "../../extract/ar/places.js";

interface Sentence { tokens: string[]; tags: string[] }

function read(path: string): Sentence[] {
  const out: Sentence[] = [];
  let cur: Sentence = { tokens: [], tags: [] };
  for (const line of readFileSync(path, "utf8").split("\n")) {
    const l = line.trim();
    if (!l) { if (cur.tokens.length) out.push(cur); cur = { tokens: [], tags: [] }; continue; }
    const sp = l.lastIndexOf(" ");
    cur.tokens.push(l.slice(0, sp));
    cur.tags.push(l.slice(sp + 1));
  }
  if (cur.tokens.length) out.push(cur);
  return out;
}

function goldSpans(s: Sentence): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.tags.length; i++) {
    if (s.tags[i] === "B-LOC" || (s.tags[i] === "I-LOC" && (i === 0 || !s.tags[i - 1]!.endsWith("LOC")))) {
      let j = i + 1;
      while (j < s.tags.length && s.tags[j] === "I-LOC") j++;
      out.push(`${i}:${j}`);
      i = j - 1;
    }
  }
  return out;
}

function systemSpans(s: Sentence): string[] {
  const text = s.tokens.join(" ");
  const starts: number[] = [];
  let at = 0;
  for (const t of s.tokens) { starts.push(at); at += t.length + 1; }
  const tokenOf = (off: number): number => {
    let k = 0;
    while (k + 1 < starts.length && starts[k + 1]! <= off) k++;
    return k;
  };
  const doc = makeDoc(text);
  const ctx = { doc, referenceDate: null, knowledge: true };
  const countries = extractCountries(ctx);
  const places = extractPlaces(ctx, countries);
  const out = new Set<string>();
  for (const c of countries) c.mentions.forEach((m, i) => { if (!c.adjective[i]) out.add(`${tokenOf(m.start)}:${tokenOf(m.end - 1) + 1}`); });
  for (const p of places) for (const m of p.mentions) out.add(`${tokenOf(m.start)}:${tokenOf(m.end - 1) + 1}`);
  return [...out];
}

function score(sents: Sentence[], log?: { miss: Map<string, number>; fa: Map<string, number> }): { p: number; r: number; f: number; tp: number; gold: number; sys: number } {
  let tp = 0, gold = 0, sys = 0;
  for (const s of sents) {
    const g = new Set(goldSpans(s));
    const y = new Set(systemSpans(s));
    gold += g.size; sys += y.size;
    const text = (k: string) => { const [a, b] = k.split(":").map(Number); return s.tokens.slice(a, b).join(" "); };
    for (const k of y) {
      if (g.has(k)) tp++;
      else if (log) log.fa.set(text(k), (log.fa.get(text(k)) ?? 0) + 1);
    }
    if (log) for (const k of g) if (!y.has(k)) log.miss.set(text(k), (log.miss.get(text(k)) ?? 0) + 1);
  }
  const p = sys ? tp / sys : 0, r = gold ? tp / gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0, tp, gold, sys };
}

function main(): void {
  const args = process.argv.slice(2);
  const path = args.find((a) => !a.startsWith("--")) ?? "../shared/data/anercorp/train.txt";
  const mi = args.indexOf("--misses");
  const sents = read(path);
  const cut = Math.floor((sents.length * 5) / 6);
  const train = sents.slice(0, cut);
  const dev = sents.slice(cut);
  const fmt = (x: ReturnType<typeof score>) => `P ${(100 * x.p).toFixed(1)} R ${(100 * x.r).toFixed(1)} F ${(100 * x.f).toFixed(1)} (tp ${x.tp}, gold ${x.gold}, system ${x.sys})`;
  if (mi >= 0) {
    const log = { miss: new Map<string, number>(), fa: new Map<string, number>() };
    const t = score(train, log);
    const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${v}\t${k}`).join("\n");
    writeFileSync(args[mi + 1] ?? "anercorp-misses.txt", `# train (first 5/6) ${fmt(t)}\n## missed\n${sorted(log.miss)}\n## false alarms\n${sorted(log.fa)}\n`);
    console.log(`train (first 5/6, ${train.length} sentences): ${fmt(t)}`);
  }
  console.log(`dev (last 1/6, ${dev.length} sentences): ${fmt(score(dev))}`);
}

main();
