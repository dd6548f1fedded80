// A phrase lexicon over normalized tokens, with clitic-aware lookup of the first word and
// longest match first. Keys are normalized with the same normalization as documents.
import { normKey } from "../text/normalize.js";
import { tokenize, type Token } from "../text/tokens.js";
import { cliticReadings } from "../text/clitics.js";

export interface GazetteerMatch<T> {
  values: T[];
  /** First token and the token after the last one. */
  first: number;
  last: number;
  /** Normalized units of the first token taken by proclitics. */
  prefix: number;
  key: string;
}

const PLAIN_WORDS = /^[\p{L}]+(?: [\p{L}]+)*$/u;

export function phraseKey(phrase: string, lower = false): string {
  const n = normKey(phrase);
  // letters and single spaces only (most entries): already the tokens joined by spaces
  const k = PLAIN_WORDS.test(n) ? n : tokenize(n).map((t) => t.text).join(" ");
  return lower ? k.toLowerCase() : k;
}

export class Gazetteer<T> {
  private readonly map = new Map<string, T[]>();
  private readonly firstWords = new Set<string>();
  private maxTokens = 1;

  constructor(private readonly lower = false) {}

  add(phrase: string, value: T): void {
    const key = phraseKey(phrase, this.lower);
    if (!key) return;
    const parts = key.split(" ");
    this.maxTokens = Math.max(this.maxTokens, parts.length);
    this.firstWords.add(parts[0]!);
    const list = this.map.get(key);
    if (list) { if (!list.includes(value)) list.push(value); } else this.map.set(key, [value]);
  }

  get size(): number { return this.map.size; }

  has(phrase: string): boolean { return this.map.has(phraseKey(phrase, this.lower)); }

  get(phrase: string): T[] | undefined { return this.map.get(phraseKey(phrase, this.lower)); }

  /** Per token list, the unlimited longest match at each index (null = none), for repeated queries. */
  private memo = new WeakMap<Token[], Array<GazetteerMatch<T> | null | undefined>>();
  private memoPlain = new WeakMap<Token[], Array<GazetteerMatch<T> | null | undefined>>();

  /** Longest match starting at token i (clitics on the first word when `clitics`). */
  matchAt(tokens: Token[], i: number, clitics = true, limit = tokens.length): GazetteerMatch<T> | null {
    const store = clitics ? this.memo : this.memoPlain;
    let arr = store.get(tokens);
    if (!arr) { arr = new Array(tokens.length); store.set(tokens, arr); }
    let m = arr[i];
    if (m === undefined) { m = this.computeAt(tokens, i, clitics, tokens.length); arr[i] = m; }
    if (m === null || m.last <= limit) return m;
    return this.computeAt(tokens, i, clitics, limit);
  }

  private computeAt(tokens: Token[], i: number, clitics: boolean, limit: number): GazetteerMatch<T> | null {
    const t0 = tokens[i];
    if (!t0 || t0.kind === "punct") return null;
    const w0 = this.lower ? t0.text.toLowerCase() : t0.text;
    const readings = clitics ? cliticReadings(w0) : [{ stem: w0, prefix: 0 }];
    let best: GazetteerMatch<T> | null = null;
    for (const r of readings) {
      if (!this.firstWords.has(r.stem)) continue;
      let key = r.stem;
      const hit = this.map.get(key);
      if (hit && (!best || best.last < i + 1)) best = { values: hit, first: i, last: i + 1, prefix: r.prefix, key };
      for (let j = i + 1; j < Math.min(limit, i + this.maxTokens); j++) {
        const t = tokens[j]!;
        if (t.newlineBefore) break;
        key += " " + (this.lower ? t.text.toLowerCase() : t.text);
        const h = this.map.get(key);
        if (h && (!best || best.last < j + 1)) best = { values: h, first: i, last: j + 1, prefix: r.prefix, key };
      }
      if (best && r.prefix === 0) break; // the whole word is known: never split it
    }
    return best;
  }

  /** All non-overlapping longest matches in tokens [from, to). */
  scan(tokens: Token[], from = 0, to = tokens.length, clitics = true): GazetteerMatch<T>[] {
    const out: GazetteerMatch<T>[] = [];
    for (let i = from; i < to; ) {
      const m = this.matchAt(tokens, i, clitics, to);
      if (m) { out.push(m); i = m.last; } else i++;
    }
    return out;
  }
}
