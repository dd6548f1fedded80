// CoNLL entity-level evaluation (conlleval semantics): an entity counts as correct only when its
// type and its exact token boundaries match. Pure functions; the runnable script is conll-main.ts.

export const CONLL_TYPES = ["PERS", "LOC", "ORG", "MISC"] as const;

export interface Chunk {
  type: string;
  /** Token range [first, last) in the tag sequence. */
  first: number;
  last: number;
}

/**
 * Entities in a BIO (IOB2 or IOB1) tag sequence, counted like conlleval: an entity starts at B-X,
 * or at I-X when the previous tag is O or of another type; it ends before O, B-*, or I-Y (Y ≠ X).
 * Sentence boundaries are given by `breaks` (indices where a new sentence starts) or by "" tags.
 */
export function chunks(tags: string[], breaks: Set<number> = new Set()): Chunk[] {
  const out: Chunk[] = [];
  let cur: Chunk | null = null;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i] ?? "O";
    if (breaks.has(i) || tag === "") { if (cur) { out.push(cur); cur = null; } if (tag === "") continue; }
    const m = /^([BIES])-(.+)$/.exec(tag);
    if (!m) { if (cur) { out.push(cur); cur = null; } continue; }
    const [, bio, type] = m;
    if (bio === "B" || bio === "S" || !cur || cur.type !== type) {
      if (cur) out.push(cur);
      cur = { type: type!, first: i, last: i + 1 };
    } else cur.last = i + 1;
    if (bio === "S" || bio === "E") { out.push(cur); cur = null; }
  }
  if (cur) out.push(cur);
  return out;
}

export interface TypeScore {
  gold: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface ConllScore {
  types: Record<string, TypeScore>;
  /** Micro average over PERS, LOC and ORG (what the extractor produces). */
  microPLO: TypeScore;
  /** Micro average over all types present (PERS, LOC, ORG, MISC): the published figure. */
  microAll: TypeScore;
  tokens: number;
  /** Token accuracy over all tags (for information). */
  tokenAccuracy: number;
}

export function score(gold: number, predicted: number, correct: number): TypeScore {
  const precision = predicted ? correct / predicted : 0;
  const recall = gold ? correct / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { gold, predicted, correct, precision, recall, f1 };
}

const key = (c: Chunk) => `${c.type}:${c.first}:${c.last}`;

/** Score predicted tags against gold tags (same length, same tokens). */
export function evaluateTags(gold: string[], pred: string[], breaks: Set<number> = new Set()): ConllScore {
  if (gold.length !== pred.length) throw new Error(`tag sequences differ in length: ${gold.length} vs ${pred.length}`);
  const g = chunks(gold, breaks);
  const p = chunks(pred, breaks);
  const gset = new Set(g.map(key));
  const types = new Set<string>([...CONLL_TYPES, ...g.map((c) => c.type), ...p.map((c) => c.type)]);
  const counts = new Map<string, { gold: number; predicted: number; correct: number }>();
  for (const t of types) counts.set(t, { gold: 0, predicted: 0, correct: 0 });
  for (const c of g) counts.get(c.type)!.gold++;
  for (const c of p) {
    const k = counts.get(c.type)!;
    k.predicted++;
    if (gset.has(key(c))) k.correct++;
  }
  const out: Record<string, TypeScore> = {};
  for (const [t, k] of counts) out[t] = score(k.gold, k.predicted, k.correct);
  const micro = (ts: string[]) => {
    let gs = 0, ps = 0, cs = 0;
    for (const t of ts) { const k = counts.get(t); if (k) { gs += k.gold; ps += k.predicted; cs += k.correct; } }
    return score(gs, ps, cs);
  };
  let same = 0;
  for (let i = 0; i < gold.length; i++) if ((gold[i] || "O") === (pred[i] || "O")) same++;
  return {
    types: out,
    microPLO: micro(["PERS", "LOC", "ORG"]),
    microAll: micro([...types]),
    tokens: gold.length,
    tokenAccuracy: gold.length ? same / gold.length : 0,
  };
}

export type ErrorKind = "missed" | "spurious" | "wrong-type" | "boundary";

export interface ChunkError {
  kind: ErrorKind;
  gold?: Chunk;
  pred?: Chunk;
}

/** Classify the differences between gold and predicted entities (for error analysis). */
export function chunkErrors(gold: string[], pred: string[], breaks: Set<number> = new Set()): ChunkError[] {
  const g = chunks(gold, breaks);
  const p = chunks(pred, breaks);
  const pset = new Set(p.map(key));
  const gset = new Set(g.map(key));
  const overlaps = (a: Chunk, b: Chunk) => a.first < b.last && b.first < a.last;
  const out: ChunkError[] = [];
  const usedPred = new Set<Chunk>();
  for (const c of g) {
    if (pset.has(key(c))) continue;
    const o = p.find((x) => overlaps(x, c) && !gset.has(key(x)));
    if (!o) out.push({ kind: "missed", gold: c });
    else {
      usedPred.add(o);
      out.push({ kind: o.first === c.first && o.last === c.last ? "wrong-type" : "boundary", gold: c, pred: o });
    }
  }
  for (const c of p) if (!gset.has(key(c)) && !usedPred.has(c) && !g.some((x) => overlaps(x, c))) out.push({ kind: "spurious", pred: c });
  return out;
}

/** A plain-text table of a score. */
export function formatScore(s: ConllScore): string {
  const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
  const row = (name: string, t: TypeScore) =>
    `${name.padEnd(12)}${pct(t.precision)}${pct(t.recall)}${pct(t.f1)}${String(t.gold).padStart(8)}${String(t.predicted).padStart(8)}${String(t.correct).padStart(8)}`;
  const lines = [`${"type".padEnd(12)}${"P".padStart(6)}${"R".padStart(6)}${"F1".padStart(6)}${"gold".padStart(8)}${"pred".padStart(8)}${"correct".padStart(8)}`];
  for (const t of CONLL_TYPES) if (s.types[t]) lines.push(row(t, s.types[t]!));
  for (const [t, v] of Object.entries(s.types)) if (!(CONLL_TYPES as readonly string[]).includes(t)) lines.push(row(t, v));
  lines.push(row("micro P/L/O", s.microPLO));
  lines.push(row("micro all", s.microAll));
  lines.push(`tokens ${s.tokens}, token accuracy ${(100 * s.tokenAccuracy).toFixed(2)}%`);
  return lines.join("\n");
}
