// Derive name lexicons from ANERcorp's train part (the first five sixths of the sentences; the last
// sixth is the dev part and nothing is derived from it).
//
//   npx tsc -p tsconfig.json && npm run lexicon:anercorp -- /work/shared/data/anercorp/train.txt [--out DIR]
//   (= node dist/lexicon/build/anercorp.js FILE; DIR defaults to src/lexicon/data/derived)
//
// Every entry is a normalized form (normKey). A token's leading clitics (و ف ب ل ك لل) are removed
// when the stem is more frequent in the corpus than the whole token (ومحمد → محمد, والعراق → العراق,
// but وليد and لبنان stay whole). Entries are kept by frequency and by how often the form carries
// the label: see THRESHOLDS and src/lexicon/data/derived/README.md.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { normKey } from "../../text/normalize.js";
import { cliticReadings } from "../../text/clitics.js";
import { parseConll, splitTrainDev, type ConllSentence } from "../../input/conll.js";
import { chunks } from "../../eval/conll.js";

export interface Thresholds {
  /** A given/family name: seen at least this often in that position of a PERS entity … */
  nameMin: number;
  /** … and at least this share of all its occurrences inside PERS entities. */
  nameShare: number;
  /** Non-name words: at least this many occurrences … */
  nonNameMin: number;
  /** … at most this share inside PERS … */
  nonNameMaxPers: number;
  /** Cue words: at least this share tagged O. */
  nonNameMinO: number;
  /** ORG / LOC phrases: seen at least this often as a whole entity … */
  phraseMin: number;
  /** … and at least this share of the phrase's occurrences are exactly that entity. */
  phraseShare: number;
  /** Cue words (the word right before a PERS / LOC / ORG entity): at least this many times … */
  cueMin: number;
  /** … and at least this share of the word's occurrences are followed by such an entity. */
  cueShare: number;
}

export const THRESHOLDS: Thresholds = {
  nameMin: 2,
  nameShare: 0.5,
  nonNameMin: 3,
  nonNameMaxPers: 0.01,
  nonNameMinO: 0.9,
  phraseMin: 2,
  phraseShare: 0.5,
  cueMin: 5,
  cueShare: 0.3,
};

export interface DerivedLexicons {
  "person-given-names": string[];
  "person-family-names": string[];
  "non-name-words": string[];
  "org-names": string[];
  "loc-names": string[];
  "person-cues": string[];
  "loc-cues": string[];
  "org-cues": string[];
  "loc-post-cues": string[];
}

const ARABIC_RE = /[\u0600-\u06ff]/;

/** Normalized word without surrounding punctuation. */
export function wordKey(token: string): string {
  return normKey(token).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
}

function inc(m: Map<string, number>, k: string, by = 1): void {
  m.set(k, (m.get(k) ?? 0) + by);
}

/** Maps each normalized word to its canonical form (clitics removed when the stem is more frequent). */
export function canonicalizer(sentences: ConllSentence[]): (w: string) => string {
  const freq = new Map<string, number>();
  for (const s of sentences) for (const r of s) inc(freq, wordKey(r.token));
  const cache = new Map<string, string>();
  const canon = (w: string): string => {
    let c = cache.get(w);
    if (c !== undefined) return c;
    cache.set(w, w); // guards the recursion below
    c = w;
    let best = freq.get(w) ?? 0;
    for (const r of cliticReadings(w)) {
      if (r.prefix === 0) continue;
      // the stem must itself be a word, not a clitic form (كوفي is not ك + وفي, as وفي is و + في)
      if (canon(r.stem) !== r.stem) continue;
      const f = freq.get(r.stem) ?? 0;
      // a stem that is more frequent than the whole word, or an article-initial stem (والجبل → الجبل)
      if (f > best || (f >= 1 && r.stem.startsWith("ال") && c === w)) { best = Math.max(best, f); c = r.stem; }
    }
    cache.set(w, c);
    return c;
  };
  return canon;
}

const sortForms = (xs: Iterable<string>) => [...new Set(xs)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/** Derive the lexicons from (train) sentences. Pure. */
export function deriveLexicons(sentences: ConllSentence[], th: Thresholds = THRESHOLDS): DerivedLexicons {
  const canon = canonicalizer(sentences);
  const total = new Map<string, number>();
  const inPers = new Map<string, number>();
  const tagO = new Map<string, number>();
  const givenPos = new Map<string, number>();
  const familyPos = new Map<string, number>();
  const phraseCount: Record<"ORG" | "LOC", Map<string, number>> = { ORG: new Map(), LOC: new Map() };
  const locAfter = new Map<string, number>();
  const cueBefore: Record<"PERS" | "LOC" | "ORG", Map<string, number>> = { PERS: new Map(), LOC: new Map(), ORG: new Map() };
  const canonSentences: string[][] = [];

  for (const s of sentences) {
    const words = s.map((r) => canon(wordKey(r.token)));
    const sentenceChunks = chunks(s.map((r) => r.tag));
    // coordination: "باريس وتنزانيا", "علي وعبير": و on an entity that directly follows an entity of
    // the same type is the conjunction even when the bare stem is not seen elsewhere
    for (let k = 1; k < sentenceChunks.length; k++) {
      const a = sentenceChunks[k - 1]!, b = sentenceChunks[k]!;
      const w = words[b.first]!;
      if (a.type === b.type && a.last === b.first && /^[وف]/.test(w) && w.length >= 4) words[b.first] = w.slice(1);
    }
    // in a phrase, only the first token is canonicalized: inner tokens are only normalized
    const plain = s.map((r) => wordKey(r.token));
    canonSentences.push(words);
    s.forEach((r, i) => {
      const w = words[i]!;
      if (!w) return;
      inc(total, w);
      if (/-PERS$/.test(r.tag)) inc(inPers, w);
      if (r.tag === "O") inc(tagO, w);
    });
    for (const c of sentenceChunks) {
      if (c.first > 0 && (c.type === "PERS" || c.type === "LOC" || c.type === "ORG")) inc(cueBefore[c.type], words[c.first - 1]!);
      if (c.type === "LOC" && c.last < s.length) inc(locAfter, words[c.last]!);
      if (c.type === "PERS") {
        const n = c.last - c.first;
        if (n > 1) inc(givenPos, words[c.first]!);
        inc(familyPos, words[c.last - 1]!);
      } else if (c.type === "ORG" || c.type === "LOC") {
        const phrase = [words[c.first]!, ...plain.slice(c.first + 1, c.last)].join(" ");
        if (phrase.trim()) inc(phraseCount[c.type], phrase);
      }
    }
  }

  const share = (m: Map<string, number>, w: string) => (m.get(w) ?? 0) / (total.get(w) || 1);
  const nameOk = (w: string, pos: Map<string, number>) =>
    ARABIC_RE.test(w) && w.length >= 2 && (pos.get(w) ?? 0) >= th.nameMin && share(inPers, w) >= th.nameShare;

  const given = [...givenPos.keys()].filter((w) => nameOk(w, givenPos));
  const family = [...familyPos.keys()].filter((w) => nameOk(w, familyPos));
  const nonName = [...total.keys()].filter((w) =>
    ARABIC_RE.test(w) && (total.get(w) ?? 0) >= th.nonNameMin && share(inPers, w) <= th.nonNameMaxPers);

  // Phrase occurrences anywhere (tagged or not), to measure how often a phrase is the entity.
  const phraseOk = (type: "ORG" | "LOC"): string[] => {
    const cands = [...phraseCount[type]].filter(([p, n]) => n >= th.phraseMin && ARABIC_RE.test(p));
    const byFirst = new Map<string, string[][]>();
    for (const [p] of cands) {
      const parts = p.split(" ");
      const l = byFirst.get(parts[0]!) ?? [];
      l.push(parts);
      byFirst.set(parts[0]!, l);
    }
    const occ = new Map<string, number>();
    sentences.forEach((s, si) => {
      const words = canonSentences[si]!;
      const plain = s.map((r) => wordKey(r.token));
      for (let i = 0; i < words.length; i++) {
        const list = byFirst.get(words[i]!);
        if (!list) continue;
        for (const parts of list) {
          let ok = i + parts.length <= words.length;
          for (let j = 1; ok && j < parts.length; j++) if (plain[i + j] !== parts[j]) ok = false;
          if (ok) inc(occ, parts.join(" "));
        }
      }
    });
    return cands.filter(([p, n]) => n / (occ.get(p) || n) >= th.phraseShare).map(([p]) => p);
  };

  // A cue must precede an entity of the type often and itself be O.
  const cues = (type: "PERS" | "LOC" | "ORG" | "LOC-after") => [...(type === "LOC-after" ? locAfter : cueBefore[type])].filter(([w, n]) =>
    ARABIC_RE.test(w) && n >= th.cueMin && n / (total.get(w) || 1) >= th.cueShare && share(tagO, w) >= th.nonNameMinO).map(([w]) => w);

  return {
    "person-given-names": sortForms(given),
    "person-family-names": sortForms(family),
    "non-name-words": sortForms(nonName),
    "org-names": sortForms(phraseOk("ORG")),
    "loc-names": sortForms(phraseOk("LOC")),
    "person-cues": sortForms(cues("PERS")),
    "loc-cues": sortForms(cues("LOC")),
    "org-cues": sortForms(cues("ORG")),
    "loc-post-cues": sortForms(cues("LOC-after")),
  };
}

function main(argv: string[]): number {
  let file: string | null = null;
  let out = join("src", "lexicon", "data", "derived");
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--out") out = argv[++i] ?? out;
    else if (a.startsWith("-")) { process.stderr.write(`unknown option ${a}\n`); return 2; }
    else file = a;
  }
  if (!file) { process.stderr.write("usage: lexicon:anercorp TRAIN.txt [--out DIR]\n"); return 2; }
  const all = parseConll(readFileSync(file, "utf8"));
  const { train, dev } = splitTrainDev(all);
  const lex = deriveLexicons(train);
  mkdirSync(out, { recursive: true });
  for (const [name, list] of Object.entries(lex)) {
    writeFileSync(join(out, `${name}.json`), "[\n" + list.map((w: string) => "  " + JSON.stringify(w)).join(",\n") + "\n]\n");
    process.stdout.write(`${name}.json: ${list.length}\n`);
  }
  process.stdout.write(`from ${train.length} train sentences (dev part of ${dev.length} sentences left out)\n`);
  return 0;
}

const invoked = process.argv[1] ?? "";
if (/lexicon[\\/]build[\\/]anercorp\.(js|ts)$/.test(invoked)) process.exitCode = main(process.argv.slice(2));
