// Tokens over normalized text. Offsets are into `norm`; Doc maps them back to the original.

export type TokenKind = "word" | "number" | "punct";

export interface Token {
  /** Normalized text of the token. */
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** Index of the token in its document. */
  index: number;
  /** A newline stands between this token and the previous one. */
  newlineBefore: boolean;
}

const TOKEN_RE = /\p{L}+|\p{N}+(?:[.,:/]\p{N}+)*|[^\s\p{L}\p{N}]/gu;

/** Kind of each BMP code unit that can start a token, filled on first use. */
const KIND_CACHE: Array<TokenKind | undefined> = new Array(0x10000);

function kindOf(text: string): TokenKind {
  const c = text.charCodeAt(0);
  if (c >= 0xd800 && c <= 0xdbff) return classify(String.fromCodePoint(text.codePointAt(0)!));
  let k = KIND_CACHE[c];
  if (k === undefined) k = KIND_CACHE[c] = classify(text[0]!);
  return k;
}

function classify(ch: string): TokenKind {
  return /\p{L}/u.test(ch) ? "word" : /\p{N}/u.test(ch) ? "number" : "punct";
}

export function tokenize(norm: string, from = 0, to = norm.length): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = from;
  let prevEnd = from;
  let nl = -1; // the first newline at or after prevEnd (Infinity: none left)
  const re = TOKEN_RE;
  let m: RegExpExecArray | null;
  while ((m = re.exec(norm)) !== null) {
    const start = m.index;
    if (start >= to) break;
    const text = m[0];
    const kind = kindOf(text);
    if (nl < prevEnd) { nl = norm.indexOf("\n", prevEnd); if (nl < 0) nl = Infinity; }
    out.push({ text, start, end: start + text.length, kind, index: out.length, newlineBefore: nl < start });
    prevEnd = start + text.length;
  }
  return out;
}

/** True for an Arabic-script word token. */
export function isArabicWord(t: string): boolean {
  const c = t.charCodeAt(0);
  return c >= 0x0600 && c <= 0x06ff;
}
