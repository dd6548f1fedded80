// CoNLL input: one `token TAG` per line, a blank line between sentences (ANERcorp, CoNLL 2003 style).
//
// `parseConll` reads the lines into sentences; `buildConllDoc` lays the tokens out as one document
// text (tokens joined by single spaces, sentences separated by newlines) and keeps each token's
// character offsets in that text, so that mentions found by the extractor can be projected back
// onto the tokens (see src/output/conll.ts).

export interface ConllRow {
  /** The token as written in the file. */
  token: string;
  /** The last column (gold tag), "O" when the line has a single column. */
  tag: string;
}

export type ConllSentence = ConllRow[];

export interface ConllToken extends ConllRow {
  /** Offsets of the token in `ConllDoc.text` (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
  /** Sentence index and index of the token inside its sentence. */
  sentence: number;
  position: number;
}

export interface ConllDoc {
  /** Tokens joined by single spaces, sentences separated by "\n". */
  text: string;
  /** Tokens per sentence, with offsets into `text`. */
  sentences: ConllToken[][];
  /** All tokens in order. */
  tokens: ConllToken[];
}

/**
 * Parse CoNLL text. Columns are separated by spaces or tabs; the token is the first column and the
 * tag the last. Lines starting with `-DOCSTART-` are treated as sentence breaks; `#` comment lines
 * before a sentence are skipped. Empty sentences are dropped.
 */
export function parseConll(src: string): ConllSentence[] {
  const out: ConllSentence[] = [];
  let cur: ConllSentence = [];
  const flush = () => { if (cur.length) out.push(cur); cur = []; };
  const text = src.charCodeAt(0) === 0xfeff ? src.slice(1) : src;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === "" || line.startsWith("-DOCSTART-")) { flush(); continue; }
    if (cur.length === 0 && line.startsWith("# ")) continue;
    const cols = line.split(/[ \t]+/);
    const token = cols[0]!;
    const tag = cols.length > 1 ? cols[cols.length - 1]! : "O";
    cur.push({ token, tag });
  }
  flush();
  return out;
}

/** Lay sentences out as one text with token offsets. */
export function buildConllDoc(sentences: ConllSentence[]): ConllDoc {
  const parts: string[] = [];
  const docSentences: ConllToken[][] = [];
  const tokens: ConllToken[] = [];
  let pos = 0;
  sentences.forEach((s, si) => {
    if (si > 0) { parts.push("\n"); pos += 1; }
    const row: ConllToken[] = [];
    s.forEach((r, ti) => {
      if (ti > 0) { parts.push(" "); pos += 1; }
      const t: ConllToken = { token: r.token, tag: r.tag, start: pos, end: pos + r.token.length, sentence: si, position: ti };
      parts.push(r.token);
      pos += r.token.length;
      row.push(t);
      tokens.push(t);
    });
    docSentences.push(row);
  });
  return { text: parts.join(""), sentences: docSentences, tokens };
}

/** Tokenize plain text on whitespace (one sentence per line) into a ConllDoc over that same text. */
export function conllDocFromText(text: string): ConllDoc {
  const sentences: ConllToken[][] = [];
  const tokens: ConllToken[] = [];
  const lineRe = /[^\n]*/g;
  let m: RegExpExecArray | null;
  while ((m = lineRe.exec(text)) !== null) {
    const lineStart = m.index;
    const line = m[0];
    const row: ConllToken[] = [];
    const tokRe = /\S+/g;
    let t: RegExpExecArray | null;
    while ((t = tokRe.exec(line)) !== null) {
      const tok: ConllToken = {
        token: t[0], tag: "O", start: lineStart + t.index, end: lineStart + t.index + t[0].length,
        sentence: sentences.length, position: row.length,
      };
      row.push(tok);
      tokens.push(tok);
    }
    if (row.length) sentences.push(row);
    if (lineRe.lastIndex === text.length || lineStart + line.length >= text.length) break;
    lineRe.lastIndex = lineStart + line.length + 1;
  }
  return { text, sentences, tokens };
}

/** Index of the first dev sentence: the last sixth of the sentences is the dev part. */
export function devStart(count: number, fraction = 1 / 6): number {
  return count - Math.floor(count * fraction);
}

/** Split sentences into the train part (first five sixths) and the dev part (last sixth). */
export function splitTrainDev<T>(sentences: T[], fraction = 1 / 6): { train: T[]; dev: T[] } {
  const k = devStart(sentences.length, fraction);
  return { train: sentences.slice(0, k), dev: sentences.slice(k) };
}
