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

export function tokenize(norm: string, from = 0, to = norm.length): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = from;
  let prevEnd = from;
  const re = TOKEN_RE;
  let m: RegExpExecArray | null;
  while ((m = re.exec(norm)) !== null) {
    const start = m.index;
    if (start >= to) break;
    const text = m[0];
    const first = text.codePointAt(0)!;
    const kind: TokenKind = /\p{L}/u.test(String.fromCodePoint(first))
      ? "word"
      : /\p{N}/u.test(String.fromCodePoint(first)) ? "number" : "punct";
    const gap = norm.slice(prevEnd, start);
    out.push({ text, start, end: start + text.length, kind, index: out.length, newlineBefore: gap.includes("\n") });
    prevEnd = start + text.length;
  }
  return out;
}

/** True for an Arabic-script word token. */
export function isArabicWord(t: string): boolean {
  const c = t.charCodeAt(0);
  return c >= 0x0600 && c <= 0x06ff;
}
