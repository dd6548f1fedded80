// ANERcorp organizations: derive a name list from the first five sixths of train.txt, and measure
// ORG precision/recall/F1 (CoNLL exact span match) on the last sixth, which nothing is derived from.
//
//   npx tsc -p tsconfig.json && node dist/lexicon/build/org-anercorp.js build [train.txt]
//   node dist/lexicon/build/org-anercorp.js eval [train.txt] [--part dev|train] [--show]
//
// build writes src/lexicon/data/org-anercorp.json: names tagged ORG in the derivation part that are
// tagged ORG in at least MIN_RATIO of their occurrences there (so "سنة" or "قطر", tagged ORG a few
// times but mostly not, stay out). Names are stored without a leading clitic (للامم → الامم).
//
//   node dist/lexicon/build/org-anercorp.js heads [train.txt]
//
// heads writes src/lexicon/data/org-heads-anercorp.json: how the same first five sixths tag an
// organization head noun (وزارة، مجلس، الجيش …, see data/organizations.json) by the shape of the
// word after it (nisba adjective, other definite word, indefinite word) and by the pair head + next
// word: how often the head itself opens an ORG (B-ORG), and how often the head is O while the next
// word opens one (صحيفة [الحياة], شركة [نيسان]). The CoNLL projection (src/output/conll.ts) follows
// that convention; the JSON output is not affected.
//
//   node dist/lexicon/build/org-anercorp.js common [train.txt]
//
// common writes src/lexicon/data/derived/common-words.json: tokens seen ≥ 3 times there and tagged
// O in ≥ 95 % of them (see common() below).
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { makeDoc } from "../../text/document.js";
import { normKey } from "../../text/normalize.js";
import { extractOrganizations } from "../../extract/ar/organizations.js";
import { extractCountries } from "../../extract/ar/countries.js";
import { headKey, headOf, nextShape, nextStem } from "../organizations.js";

const DEFAULT = "../shared/data/anercorp/train.txt";
const MIN_RATIO = 0.6;
const OUT = "src/lexicon/data/org-anercorp.json";
const HEADS_OUT = "src/lexicon/data/org-heads-anercorp.json";
const COMMON_OUT = "src/lexicon/data/derived/common-words.json";
/** A common word: seen this many times in the derivation part … */
const COMMON_MIN = 3;
/** … and tagged O at least this share of them. */
const COMMON_O = 0.95;
/** Head statistics need this many occurrences to be written. */
const MIN_HEAD_COUNT = 3;

type Sent = Array<{ tok: string; tag: string }>;

export function readConll(path: string): Sent[] {
  const out: Sent[] = [];
  let cur: Sent = [];
  for (const line of readFileSync(path, "utf8").split(/\r?\n/)) {
    if (!line.trim()) { if (cur.length) out.push(cur); cur = []; continue; }
    const k = line.lastIndexOf(" ");
    cur.push({ tok: line.slice(0, k), tag: line.slice(k + 1) });
  }
  if (cur.length) out.push(cur);
  return out;
}

/** Split into the derivation part (first 5/6) and the held-out dev part (last 1/6). */
export function parts(sents: Sent[]): { train: Sent[]; dev: Sent[] } {
  const cut = Math.floor((sents.length * 5) / 6);
  return { train: sents.slice(0, cut), dev: sents.slice(cut) };
}

/** ORG spans [start, end) in token indexes. */
export function orgSpans(s: Sent): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i]!.tag !== "B-ORG") continue;
    let j = i + 1;
    while (j < s.length && s[j]!.tag === "I-ORG") j++;
    out.push([i, j]);
    i = j - 1;
  }
  return out;
}

/** The first token without a leading clitic: للامم → الامم, وحزب → حزب, بالامم → الامم. */
export function stripFirst(w: string, known: Set<string>): string {
  if (/^(و|ف)?لل/.test(w)) return "ال" + w.replace(/^(و|ف)?لل/, "");
  const m = /^(و|ف)?(ب|ك|ل)?(.+)$/s.exec(w);
  if (!m) return w;
  const rest = m[3]!;
  if ((m[1] || m[2]) && (known.has(normKey(rest)) || normKey(rest).startsWith("ال"))) return rest;
  return w;
}

function build(path: string): void {
  const { train } = parts(readConll(path));
  const firsts = new Set<string>();
  for (const s of train) for (const [a] of orgSpans(s)) firsts.add(normKey(s[a]!.tok));
  const keyOf = (s: Sent, a: number, b: number) =>
    [stripFirst(normKey(s[a]!.tok), firsts), ...s.slice(a + 1, b).map((x) => normKey(x.tok))].join(" ");
  const org = new Map<string, { count: number; form: string }>();
  let maxLen = 1;
  for (const s of train) for (const [a, b] of orgSpans(s)) {
    const k = keyOf(s, a, b);
    if (k.replace(/ /g, "").length < 3 || !/\p{L}/u.test(k)) continue;
    maxLen = Math.max(maxLen, b - a);
    const e = org.get(k);
    const form = [stripFirst(s[a]!.tok, firsts), ...s.slice(a + 1, b).map((x) => x.tok)].join(" ");
    if (e) e.count++; else org.set(k, { count: 1, form });
  }
  const total = new Map<string, number>();
  for (const s of train) for (let a = 0; a < s.length; a++) for (let b = a + 1; b <= Math.min(s.length, a + maxLen); b++) {
    const k = keyOf(s, a, b);
    if (org.has(k)) total.set(k, (total.get(k) ?? 0) + 1);
  }
  const names = [...org].filter(([k, v]) => v.count / (total.get(k) ?? v.count) >= MIN_RATIO)
    .map(([, v]) => ({ name: v.form, count: v.count }))
    .sort((x, y) => y.count - x.count || x.name.localeCompare(y.name));
  writeFileSync(OUT, JSON.stringify({
    _doc: "Derived by src/lexicon/build/org-anercorp.ts from the first five sixths of ANERcorp train (CAMeL split; cite Benajiba et al. 2007 and Obeid et al. 2020): names tagged ORG in at least " + MIN_RATIO * 100 + "% of their occurrences there.",
    names,
  }, null, 0).replace(/\},\{/g, "},\n{") + "\n");
  console.log(`${names.length} names (of ${org.size} ORG strings) → ${OUT}`);
}

function heads(path: string): void {
  const { train } = parts(readConll(path));
  const byShape = new Map<string, [number, number, number]>();
  const byPair = new Map<string, [number, number, number]>();
  const byHead = new Map<string, [number, number, number]>();
  const byKind = new Map<string, [number, number, number]>();
  const bump = (m: Map<string, [number, number, number]>, k: string, b: boolean, next: boolean) => {
    const c = m.get(k) ?? [0, 0, 0];
    c[0]++; if (b) c[1]++; if (next) c[2]++;
    m.set(k, c);
  };
  for (const s of train) for (let i = 0; i < s.length; i++) {
    const h = headKey(normKey(s[i]!.tok));
    if (!h) continue;
    const nxt = s[i + 1] ? normKey(s[i + 1]!.tok) : undefined;
    const b = s[i]!.tag === "B-ORG";
    const next = s[i]!.tag === "O" && s[i + 1]?.tag === "B-ORG";
    bump(byShape, `${h}|${nextShape(nxt)}`, b, next);
    bump(byHead, h, b, next);
    bump(byKind, headOf(h)!.head.kind, b, next);
    if (nxt && /\p{L}/u.test(nxt)) bump(byPair, `${h} ${nextStem(nxt)}`, b, next);
  }
  const keep = (m: Map<string, [number, number, number]>) =>
    Object.fromEntries([...m].filter(([, c]) => c[0] >= MIN_HEAD_COUNT).sort(([a], [b]) => a.localeCompare(b)));
  const shapes = keep(byShape), pairs = keep(byPair), heads = keep(byHead), kinds = keep(byKind);
  writeFileSync(HEADS_OUT, JSON.stringify({
    _doc: "Derived by src/lexicon/build/org-anercorp.ts (heads) from the first five sixths of ANERcorp train: for the pair head + next word (pairs), for an organization head noun (clitics removed) by the shape of the next word (shapes; nis: ال…ي/ال…يه, def: other ال word, ind: indefinite, end: none), for the head alone (heads) and for all the heads of a kind (kinds: agency, council …), [occurrences, head tagged B-ORG, head O and next word B-ORG]. Only keys seen at least " + MIN_HEAD_COUNT + " times.",
    pairs, shapes, heads, kinds,
  }, null, 0).replace(/\],"/g, "],\n\"") + "\n");
  console.log(`${Object.keys(pairs).length} head pairs, ${Object.keys(shapes).length} head shapes, ${Object.keys(heads).length} heads, ${Object.keys(kinds).length} kinds → ${HEADS_OUT}`);
}

/**
 * Common words: normalized tokens (as written, with their clitics) seen at least COMMON_MIN times in
 * the derivation part and tagged O in at least COMMON_O of them. Place rules use them to tell a
 * name after a designator (مدينة تشوانتشو) from a common word (مدينة مقدسة، محافظة بمسؤول).
 */
function common(path: string): void {
  const { train } = parts(readConll(path));
  const seen = new Map<string, [number, number]>();
  for (const s of train) for (const x of s) {
    const k = normKey(x.tok);
    if (!/^\p{L}+$/u.test(k)) continue;
    const c = seen.get(k) ?? [0, 0];
    c[0]++; if (x.tag === "O") c[1]++;
    seen.set(k, c);
  }
  const words = [...seen].filter(([, [n, o]]) => n >= COMMON_MIN && o >= COMMON_O * n).map(([k]) => k).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  writeFileSync(COMMON_OUT, JSON.stringify(words, null, 1) + "\n");
  console.log(`${words.length} common words → ${COMMON_OUT}`);
}

function evaluate(path: string, part: "dev" | "train", show: boolean): void {
  const sents = parts(readConll(path))[part];
  let tp = 0, np = 0, ng = 0;
  const missed: string[] = [], spurious: string[] = [];
  for (const s of sents) {
    let text = "";
    const starts: number[] = [];
    for (const x of s) { if (text) text += " "; starts.push(text.length); text += x.tok; }
    const tokAt = (c: number) => { let k = 0; while (k + 1 < starts.length && starts[k + 1]! <= c) k++; return k; };
    const doc = makeDoc(text);
    const ctx = { doc, referenceDate: null, knowledge: false };
    const facts = extractOrganizations(ctx, extractCountries(ctx));
    const pred = new Set<string>();
    for (const f of facts) for (const sp of f.spans) {
      const a = tokAt(doc.starts[doc.tokens[sp.first]!.start]!);
      const b = tokAt(doc.ends[doc.tokens[sp.last - 1]!.end - 1]! - 1) + 1;
      pred.add(`${a}:${b}`);
    }
    const gold = new Set(orgSpans(s).map(([a, b]) => `${a}:${b}`));
    const show1 = (k: string) => { const [a, b] = k.split(":").map(Number); return s.slice(a, b).map((x) => x.tok).join(" "); };
    for (const k of pred) if (gold.has(k)) tp++; else spurious.push(show1(k));
    for (const k of gold) if (!pred.has(k)) missed.push(show1(k));
    np += pred.size; ng += gold.size;
  }
  const p = np ? tp / np : 0, r = ng ? tp / ng : 0, f = p + r ? (2 * p * r) / (p + r) : 0;
  console.log(`ANERcorp ${part} ORG: P ${(100 * p).toFixed(1)} R ${(100 * r).toFixed(1)} F1 ${(100 * f).toFixed(1)} (tp ${tp}, predicted ${np}, gold ${ng}, sentences ${sents.length})`);
  if (show) {
    console.log("--- missed"); for (const m of missed) console.log(m);
    console.log("--- spurious"); for (const m of spurious) console.log(m);
  }
}

const main = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
const [cmd, ...rest] = main ? process.argv.slice(2) : [];
const file = rest.find((x) => !x.startsWith("--") && x !== "dev" && x !== "train") ?? DEFAULT;
if (cmd === "build") build(file);
else if (cmd === "heads") heads(file);
else if (cmd === "common") common(file);
else if (cmd === "eval") evaluate(file, rest.includes("train") ? "train" : "dev", rest.includes("--show"));
else if (cmd) { console.error("usage: org-anercorp.js build|heads|common|eval [train.txt] [--part dev|train] [--show]"); process.exitCode = 2; }
