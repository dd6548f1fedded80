// A document ready for extractors: original text, normalized text with its map, tokens, sentences.
import type { Mention } from "../types.js";
import { normalize, toOriginal, type Normalized } from "./normalize.js";
import { tokenize, tokenSlots, type Token } from "./tokens.js";
import { INTERN_SLOTS, internGeneration } from "./intern.js";
import { splitSentences, type Sentence } from "./sentences.js";
import { ABBREVIATIONS } from "../lexicon/abbreviations.js";
import { BoundedMemo, WORD_MEMO_SIZE } from "./memo.js";
import { slabInts } from "./slab.js";

export interface Doc extends Normalized {
  tokens: Token[];
  sentences: Sentence[];
  /** Sentence index of each token. */
  sentenceOf: Int32Array;
}

export function makeDoc(text: string): Doc {
  const n = normalize(text);
  const tokens = tokenize(n.norm);
  const sentenceOf = slabInts(tokens.length);
  const sentences = splitSentences(tokens, ABBREVIATIONS, sentenceOf);
  return { original: n.original, norm: n.norm, starts: n.starts, ends: n.ends, tokens, sentences, sentenceOf };
}

/** Mention for the normalized span [s, e). */
export function spanMention(doc: Normalized, s: number, e: number): Mention {
  const { start, end } = toOriginal(doc, s, e);
  return { text: doc.original.slice(start, end), start, end };
}

/** Mention covering tokens [first, last) (last exclusive), optionally skipping `skip` normalized units at the start. */
export function tokenMention(doc: Doc, first: number, last: number, skip = 0): Mention {
  const a = doc.tokens[first]!;
  const b = doc.tokens[last - 1]!;
  return spanMention(doc, a.start + skip, b.end);
}

/** Normalized text of tokens [first, last), words joined by single spaces (punctuation kept). */
export function tokenText(doc: Doc, first: number, last: number): string {
  let out = "";
  for (let i = first; i < last; i++) {
    const t = doc.tokens[i]!;
    if (i > first && !(t.kind === "punct" && /^[)\]»”،,.:؛;]$/.test(t.text)) && !(doc.tokens[i - 1]!.kind === "punct" && /^[(\[«“]$/.test(doc.tokens[i - 1]!.text))) out += " ";
    out += t.text;
  }
  return out;
}

/** Original text of tokens [first, last) with whitespace collapsed (for names and topics). */
export function originalText(doc: Doc, first: number, last: number, skip = 0): string {
  const text = tokenMention(doc, first, last, skip).text;
  return ODD_SPACE.test(text) ? text.replace(/\s+/g, " ").trim() : text;
}

/** White space other than single inner spaces: only then does originalText rewrite the text. */
const ODD_SPACE = /[^\S ]| {2}|^ | $/;

// --- per-word facts shared by the rules ------------------------------------------------------------
// Rules ask many questions about each token's word (its clitic readings against their lists). Each
// distinct word has one Word record that carries every rule module's answers (a WordFactKind per
// module, computed on first use), and a document's tokens are looked up in the string-keyed table
// once for all modules (docWords) instead of once per module. Yes/no facts that loops over whole
// sentences test on every token are word flags: bits computed with the Word and copied into one
// typed array per document (docFlags), so such a loop reads no object per token.

let factKinds = 0;
/** The tests of the word flags (wordFlag), by bit. */
const FLAG_TESTS: Array<(word: string) => boolean> = [];

/** A distinct word (a token's normalized text) and what the rule modules computed about it. */
export class Word {
  readonly text: string;
  /** The bits of the word flags (wordFlag) that hold for it. */
  readonly flags: number;
  /** By WordFactKind slot; undefined until that kind is asked for. */
  readonly facts: unknown[] = [];
  constructor(text: string) {
    this.text = text;
    let flags = 0;
    for (let b = 0; b < FLAG_TESTS.length; b++) if (FLAG_TESTS[b]!(text)) flags |= 1 << b;
    this.flags = flags;
  }

  /**
   * For the gazetteers (src/lexicon/gazetteer.ts): the word's start bits and inner bits there, valid
   * while their lexicon version is `lexiconVersion` (-1: not computed). Kept here so that a
   * document's tokens get them from their Words, without looking at their texts.
   */
  gazetteerBits = 0;
  gazetteerInner = 0;
  lexiconVersion = -1;
}

/** One module's facts about a word: a pure function of the word, kept on its Word. */
export class WordFactKind<T> {
  private readonly slot = factKinds++;
  /** `compute` is the facts of a word, uncached. */
  constructor(readonly compute: (word: string) => T) {}

  of(w: Word): T {
    let v = w.facts[this.slot] as T | undefined;
    if (v === undefined) { v = this.compute(w.text); w.facts[this.slot] = v; }
    return v;
  }
}

const WORDS = new BoundedMemo((text: string) => new Word(text), WORD_MEMO_SIZE);
/**
 * The Word of each intern slot (src/text/intern.ts) filled so far, for the intern generation
 * `bySlotGeneration`: a token with a slot (tokenSlots) finds its Word here, an array read.
 */
const WORDS_BY_SLOT: Array<Word | undefined> = new Array<Word | undefined>(INTERN_SLOTS).fill(undefined);
let bySlotGeneration = -1;
let wordsDoc: Doc | null = null;
let wordsOfDoc: Word[] = [];
let flagsOfDoc = new Int32Array(0);

/**
 * A yes/no fact about a word (a pure function of it), kept as one bit: the returned mask tests
 * docFlags. Register flags when a module loads (words already made are forgotten).
 */
export function wordFlag(test: (word: string) => boolean): number {
  if (FLAG_TESTS.length >= 31) throw new Error("wordFlag: at most 31 word flags");
  FLAG_TESTS.push(test);
  WORDS.clear();
  WORDS_BY_SLOT.fill(undefined);
  wordsDoc = null;
  return 1 << (FLAG_TESTS.length - 1);
}

function readWords(doc: Doc): void {
  const toks = doc.tokens;
  const out = new Array<Word>(toks.length);
  const flags = slabInts(toks.length);
  const slots = tokenSlots(toks);
  if (slots === null) {
    for (let k = 0; k < toks.length; k++) {
      const w = WORDS.get(toks[k]!.text);
      out[k] = w;
      flags[k] = w.flags;
    }
  } else {
    if (bySlotGeneration !== internGeneration()) {
      WORDS_BY_SLOT.fill(undefined);
      bySlotGeneration = internGeneration();
    }
    for (let k = 0; k < toks.length; k++) {
      const slot = slots[k]!;
      let w = slot < 0 ? undefined : WORDS_BY_SLOT[slot];
      if (w === undefined) {
        w = WORDS.get(toks[k]!.text);
        if (slot >= 0) WORDS_BY_SLOT[slot] = w;
      }
      out[k] = w;
      flags[k] = w.flags;
    }
  }
  wordsDoc = doc;
  wordsOfDoc = out;
  flagsOfDoc = flags;
}

/** The Word of each token of `doc` (built once per document: one document is read at a time). */
export function docWords(doc: Doc): Word[] {
  if (wordsDoc !== doc) readWords(doc);
  return wordsOfDoc;
}

/**
 * The Words of a token list when it is the document docWords read last (the one being read), else
 * null: for modules that see token lists, not documents (the gazetteers).
 */
export function wordsOfTokens(tokens: Token[]): Word[] | null {
  return wordsDoc !== null && wordsDoc.tokens === tokens ? wordsOfDoc : null;
}

/** The word flags (wordFlag) of each token of `doc`, whatever its kind: test the kind first. */
export function docFlags(doc: Doc): Int32Array {
  if (wordsDoc !== doc) readWords(doc);
  return flagsOfDoc;
}
