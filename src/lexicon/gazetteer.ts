// A phrase lexicon over normalized tokens, with clitic-aware lookup of the first word and
// longest match first. Keys are normalized with the same normalization as documents.
import { readFileSync } from "node:fs";
import { foldChar, normKey } from "../text/normalize.js";
import { tokenize, type Token } from "../text/tokens.js";
import { BoundedMemo, TokenMemo, WORD_MEMO_SIZE } from "../text/memo.js";
import { cliticReadings, readingStemHashes, stemHash, type CliticReading } from "../text/clitics.js";
import { WordFactKind, wordFlag, wordsOfTokens, type Word } from "../text/document.js";

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

/**
 * The keys of the lexicon phrases, computed at build time (build/phrase-keys.ts writes
 * phrase-keys.json next to this module): start-up then skips normalizing every phrase. The table is
 * used only when the normalization and tokenization sources it was made with are the ones running.
 * It leaves out the phrases that are their own key (OWN_KEY); those need no look-up.
 */
export interface PhraseKeyTable {
  /** The sources of the modules that phraseKey depends on, as they were when the table was made. */
  sources: string[];
  /** phrase → key, for lower = false (phrases that are not their own key) and lower = true. */
  keys: Record<string, string>;
  lower: Record<string, string>;
}

/** The modules whose code decides a phrase's key (this one, normKey's and tokenize's). */
const KEY_SOURCES = ["../lexicon/gazetteer", "../text/normalize", "../text/tokens"];
const KEY_TABLE_FILE = "./phrase-keys.json";

function readSources(): string[] {
  const ext = import.meta.url.slice(import.meta.url.lastIndexOf("."));
  return KEY_SOURCES.map((f) => readFileSync(new URL(f + ext, import.meta.url), "utf8"));
}

function loadKeyTable(): PhraseKeyTable | null {
  let table: PhraseKeyTable;
  try {
    table = JSON.parse(readFileSync(new URL(KEY_TABLE_FILE, import.meta.url), "utf8")) as PhraseKeyTable;
  } catch {
    return null; // not built (the TypeScript sources under test): keys are computed
  }
  const now = readSources();
  if (now.length !== table.sources.length || !now.every((src, i) => src === table.sources[i])) return null;
  // plain look-ups: a phrase such as "constructor" must not find Object.prototype's
  Object.setPrototypeOf(table.keys, null);
  Object.setPrototypeOf(table.lower, null);
  return table;
}

/**
 * Words of Arabic or Latin letters that fold to themselves, one space between words: normKey
 * folds character by character and then only collapses and trims spaces, so such a phrase is its
 * own key (most lexicon entries, which are written already normalized).
 */
const OWN_KEY = ((): RegExp => {
  let letters = "";
  for (const [from, to] of [[0x41, 0x5a], [0x61, 0x7a], [0x621, 0x64a]] as const) {
    for (let c = from; c <= to; c++) {
      const ch = String.fromCharCode(c);
      if (/\p{L}/u.test(ch) && foldChar(ch) === ch) letters += ch;
    }
  }
  return new RegExp(`^[${letters}]+(?: [${letters}]+)*$`);
})();

/** True when the phrase is certainly its own key (with lower = false). */
export function isOwnKey(phrase: string): boolean {
  return OWN_KEY.test(phrase);
}

const KEY_TABLE = loadKeyTable();
/** While the build records keys: every phrase key computed, by phrase. */
let recording: { keys: Map<string, string>; lower: Map<string, string> } | null = null;

function computePhraseKey(phrase: string, lower: boolean): string {
  const n = normKey(phrase);
  // letters and single spaces only (most entries): already the tokens joined by spaces
  const k = PLAIN_WORDS.test(n) ? n : tokenize(n).map((t) => t.text).join(" ");
  return lower ? k.toLowerCase() : k;
}

export function phraseKey(phrase: string, lower = false): string {
  if (KEY_TABLE !== null) {
    if (!lower && OWN_KEY.test(phrase)) return phrase;
    const k = (lower ? KEY_TABLE.lower : KEY_TABLE.keys)[phrase];
    if (k !== undefined) return k;
  }
  const k = computePhraseKey(phrase, lower);
  if (recording !== null) (lower ? recording.lower : recording.keys).set(phrase, k);
  return k;
}

/** For build/phrase-keys.ts: record the key of every phrase from now on (call before loading the lexicons). */
export function recordPhraseKeys(): () => PhraseKeyTable {
  const rec = (recording = { keys: new Map<string, string>(), lower: new Map<string, string>() });
  return () => {
    const keys: Record<string, string> = {};
    for (const [p, k] of rec.keys) {
      if (!OWN_KEY.test(p)) keys[p] = k;
      else if (k !== p) throw new Error(`phrase-keys: "${p}" is not its own key ("${k}")`);
    }
    return { sources: readSources(), keys, lower: Object.fromEntries(rec.lower) };
  };
}

/** Whether this process uses a table built ahead (tests compare it with computed keys). */
export function keyTableInUse(): boolean {
  return KEY_TABLE !== null;
}

/** A node of the token trie: the entry whose key ends here, and the words that may follow. */
interface TrieNode<T> {
  values: T[] | null;
  key: string;
  next: Map<string, TrieNode<T>> | null;
}

// What every (case-sensitive) gazetteer shares, so that a token is looked at once, not once per
// gazetteer: each has a bit, FIRST_BITS maps a first word of a key to the bits of the gazetteers
// that have it, and INNER_BITS a later word. A word's facts (its clitic readings, their stems and
// first-word bits, its stem classes) are kept by word in WORDS, and per token list (one document)
// each token's facts are kept, so that every gazetteer, stemsOf and hasStemIn read an array slot
// instead of a string-keyed memo or map.
let gazetteers = 0;
/** The gazetteers that have a bit, by the bit's position. */
const BY_BIT: Array<Gazetteer<unknown>> = [];
const FIRST_BITS = new Map<string, number>();
const INNER_BITS = new Map<string, number>();

/** Adds `bit` to the bits of `word` in FIRST_BITS or INNER_BITS (and the word to the filter). */
function addKeyWord(bitsByWord: Map<string, number>, word: string, bit: number): void {
  const bits = bitsByWord.get(word);
  if (bits === undefined) { bitsByWord.set(word, bit); filterAdd(word); }
  else if ((bits & bit) === 0) bitsByWord.set(word, bits | bit);
}

/** The number of bits set in x. */
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

// A Bloom filter over the key words (FIRST_BITS, INNER_BITS) and the stems of the stem classes: a token none of whose
// reading stems is in it has no facts that a gazetteer or hasStemIn asks about (about half the
// tokens of a news text), and is told so without a look-up by word (two bits of a 16 KB table).
const FILTER_MASK = (1 << 17) - 1;
const FILTER = new Int32Array((FILTER_MASK + 1) >>> 5);
const HASHES = new Int32Array(4);

/** The two bit positions of a stem hash, after mixing its bits (murmur3's finalizer). */
function filterMix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

function filterAdd(stem: string): void {
  const h = filterMix(stemHash(stem));
  FILTER[(h & FILTER_MASK) >>> 5]! |= 1 << (h & 31);
  FILTER[((h >>> 15) & FILTER_MASK) >>> 5]! |= 1 << ((h >>> 15) & 31);
}

/** False when no stem of the word's clitic readings is a key word or in a stem class. */
function mayHaveFacts(word: string): boolean {
  const n = readingStemHashes(word, HASHES);
  for (let k = 0; k < n; k++) {
    const h = filterMix(HASHES[k]!);
    if ((FILTER[(h & FILTER_MASK) >>> 5]! & (1 << (h & 31))) !== 0 && (FILTER[((h >>> 15) & FILTER_MASK) >>> 5]! & (1 << ((h >>> 15) & 31))) !== 0) return true;
  }
  return false;
}

/** Bumped by every add() and stemClass(): word facts computed before it are stale. */
let lexiconVersion = 0;

/** What the gazetteers and the context rules ask about a word, computed once per word. */
export interface WordFacts {
  /** cliticReadings(word) (shared, frozen). */
  readonly readings: readonly CliticReading[];
  /** The stem of each reading (shared, frozen). */
  readonly stems: readonly string[];
  /** The lexicon version `bits`, `readingBits`, `inner` and `classes` were computed at. */
  version: number;
  /** The gazetteers an entry of which may start at this word: OR of readingBits. */
  bits: number;
  /** FIRST_BITS of each reading's stem. */
  readingBits: number[];
  /**
   * The trie root node of each (reading, gazetteer) pair of readingBits, readings in order and
   * gazetteers by bit (reading k's node in the gazetteer of `bit` comes after the popcount of the
   * readingBits before k and of readingBits[k] & (bit - 1)): no look-up by stem.
   */
  roots: Array<TrieNode<unknown>>;
  /** INNER_BITS of the word itself: the gazetteers with a key that has it after its first word. */
  inner: number;
  /** The gazetteers with a one-word entry at a reading of this word (a root node with values), and at its first reading (the whole word). */
  solo: number;
  soloWhole: number;
  /** The stem classes (stemClass) one of whose stems is a stem of this word. */
  classes: number;
}

/** Stem sets registered by stemClass, by bit. */
const STEM_CLASSES: Array<ReadonlySet<string>> = [];

function refreshFacts(f: WordFacts): void {
  let bits = 0;
  let classes = 0;
  let solo = 0;
  let soloWhole = 0;
  const stems = f.stems;
  f.roots.length = 0;
  for (let k = 0; k < stems.length; k++) {
    const b = FIRST_BITS.get(stems[k]!) ?? 0;
    f.readingBits[k] = b;
    bits |= b;
    for (let rest = b; rest !== 0; rest &= rest - 1) {
      const bit = rest & -rest;
      const root = BY_BIT[31 - Math.clz32(bit)]!.root.get(stems[k]!)!;
      f.roots.push(root);
      if (root.values !== null) solo |= bit;
    }
    if (k === 0) soloWhole = solo;
    for (let c = 0; c < STEM_CLASSES.length; c++) if (STEM_CLASSES[c]!.has(stems[k]!)) classes |= 1 << c;
  }
  f.bits = bits;
  f.solo = solo;
  f.soloWhole = soloWhole;
  f.inner = INNER_BITS.get(stems[0]!) ?? 0; // the first reading is the whole word
  f.classes = classes;
  f.version = lexiconVersion;
}

function makeFacts(word: string): WordFacts {
  const readings = cliticReadings(word);
  const stems: string[] = [];
  for (let k = 0; k < readings.length; k++) stems.push(readings[k]!.stem);
  const f: WordFacts = { readings, stems: Object.freeze(stems), version: -1, bits: 0, readingBits: new Array<number>(stems.length).fill(0), roots: [], inner: 0, solo: 0, soloWhole: 0, classes: 0 };
  refreshFacts(f);
  return f;
}

/** By word, for words of token lists that are not the document being read. */
const WORDS = new BoundedMemo<string, WordFacts>(makeFacts, WORD_MEMO_SIZE);
/** On the document layer's shared Word records: no look-up by word for the document being read. */
const SHARED = new WordFactKind(makeFacts);

/** The facts of a word (any token text), up to date. */
function wordFacts(word: string): WordFacts {
  return upToDate(WORDS.get(word));
}

function upToDate(f: WordFacts): WordFacts {
  if (f.version !== lexiconVersion) refreshFacts(f);
  return f;
}

interface TokensState {
  version: number;
  /** Each token's WordFacts.bits; -1 = not looked up yet, FILTERED = none (the filter rules it out). */
  bits: Int32Array;
  /** Each token's WordFacts.inner, where `bits` is not -1 (walkFrom reads it without the facts). */
  inner: Int32Array;
  /**
   * The Word of each token when the list is a document the document layer read (docWords): its
   * facts are kept on the Word, once per distinct word. Else null, and `facts` keeps them per token.
   */
  words: Word[] | null;
  /** Each token's facts (undefined = not looked up yet), when `words` is null. */
  facts: Array<WordFacts | undefined> | null;
}

// The state never points back to its token list: a WeakMap value that holds its own key keeps the
// entry alive through young-generation collections, and every document's memo would be promoted.
const STATES = new WeakMap<Token[], TokensState>();
let lastTokens: Token[] | null = null;
let lastState: TokensState | null = null;
/** lastState's bits, inner and words, for the first test of matchAt (lastTokens is null after a lexicon change: see lexiconChanged). */
let lastBits: Int32Array = new Int32Array(0);
let lastInner: Int32Array = new Int32Array(0);
let lastWords: Word[] | null = null;

/**
 * bits[i] (and inner[i]) from token i's Word when an earlier list kept them there, else -1 (also
 * past the end of the list): a token's start bits without its facts.
 */
function keptBits(bits: Int32Array, inner: Int32Array, words: Word[], i: number): number {
  const w = words[i];
  if (w === undefined || w.lexiconVersion !== lexiconVersion) return -1;
  inner[i] = w.gazetteerInner;
  return (bits[i] = w.gazetteerBits);
}

/** A gazetteer or a stem class changed: word facts are stale, and so is every token list's state. */
function lexiconChanged(): void {
  lexiconVersion++;
  lastTokens = null;
  lastState = null;
}

function stateOf(tokens: Token[]): TokensState {
  let s = lastState;
  if (tokens !== lastTokens || s === null) {
    s = STATES.get(tokens) ?? null;
    if (s === null) {
      const words = wordsOfTokens(tokens);
      s = { version: lexiconVersion, bits: new Int32Array(tokens.length).fill(-1), inner: new Int32Array(tokens.length), words, facts: words === null ? new Array(tokens.length) : null };
      STATES.set(tokens, s);
    }
    lastTokens = tokens;
    lastState = s;
    lastBits = s.bits;
    lastInner = s.inner;
    lastWords = s.words;
  }
  if (s.version !== lexiconVersion) {
    s.version = lexiconVersion;
    s.bits.fill(-1);
    s.facts?.fill(undefined);
    MATCHES.clear();
  }
  return s;
}

/**
 * The unlimited longest match of each (token, gazetteer slot) asked about, for the list matched
 * last (the document being read): cell i * MEMO_SLOTS + slot (slot: 2 × gazetteer id, +1 without
 * clitics; null = none).
 */
const MATCHES = new TokenMemo<GazetteerMatch<unknown> | null>();
const MEMO_SLOTS = 64;
/** Cells past this are not kept (a list of more than 2^25 tokens). */
const MAX_CELL = 0x7fffffff - MEMO_SLOTS;

/** The facts of a word the filter rules out: no bits, no classes (no readings: see fullFactsAt). */
const NO_FACTS: WordFacts = { readings: Object.freeze([]), stems: Object.freeze([]), version: -1, bits: 0, readingBits: [], roots: [], inner: 0, solo: 0, soloWhole: 0, classes: 0 };

/** state.bits of a token the filter rules out (mayHaveFacts): no bits of any gazetteer (bit 31 is none's). */
const FILTERED = 1 << 31;

/**
 * The bits, inner and classes of token i of a token list whose state is `state` (up to date with
 * the lexicons); its readings and stems only when they are not NO_FACTS's (see fullFactsAt).
 */
function factsAt(state: TokensState, tokens: Token[], i: number): WordFacts {
  let bits = state.bits[i]!;
  if (bits === -1) bits = fillBits(state, tokens, i);
  return bits === FILTERED ? NO_FACTS : wordFactsAt(state, tokens, i);
}

/**
 * Fills state.bits[i] and inner[i] (bits -1: not looked at yet in this list) and returns the bits:
 * read from the token's Word when an earlier list kept them there (no look-up), else from the
 * word's facts, and then kept on the Word. A token the filter rules out is told so from its text.
 */
function fillBits(state: TokensState, tokens: Token[], i: number): number {
  const words = state.words;
  const kept = words === null ? -1 : keptBits(state.bits, state.inner, words, i);
  if (kept !== -1) return kept;
  const w = words === null ? null : words[i]!;
  const f = mayHaveFacts(tokens[i]!.text) ? wordFactsAt(state, tokens, i) : NO_FACTS;
  const b = f === NO_FACTS ? FILTERED : f.bits;
  state.bits[i] = b;
  state.inner[i] = f.inner;
  if (w !== null) {
    w.gazetteerBits = b;
    w.gazetteerInner = f.inner;
    w.lexiconVersion = lexiconVersion;
  }
  return b;
}

/** The facts of token i's word: on its Word when the list is a document (no look-up by word), else kept per token. */
function wordFactsAt(state: TokensState, tokens: Token[], i: number): WordFacts {
  const words = state.words;
  if (words !== null) return upToDate(SHARED.of(words[i]!));
  let f = state.facts![i];
  if (f === undefined) state.facts![i] = f = wordFacts(tokens[i]!.text);
  return f;
}

/** factsAt with the readings and stems. */
function fullFactsAt(state: TokensState, tokens: Token[], i: number): WordFacts {
  const f = factsAt(state, tokens, i);
  return f === NO_FACTS ? wordFactsAt(state, tokens, i) : f;
}

/**
 * The facts of a word token: from its token list's state when the token belongs to the list the
 * gazetteers looked at last (the document being read), else by word. Readings and stems only when `full`.
 */
function tokenFacts(t: Token, full: boolean): WordFacts {
  const tokens = lastTokens;
  if (tokens !== null && tokens[t.index] === t) {
    const state = stateOf(tokens);
    return full ? fullFactsAt(state, tokens, t.index) : factsAt(state, tokens, t.index);
  }
  return wordFacts(t.text);
}

const NO_STEMS: readonly string[] = Object.freeze([]);

/** The stems of a word token under each clitic reading (none for other tokens). Shared: do not modify. */
export function stemsOf(t: Token | undefined): readonly string[] {
  if (t === undefined || t.kind !== "word") return NO_STEMS;
  return tokenFacts(t, true).stems;
}

const NO_READINGS: readonly CliticReading[] = Object.freeze([]);

/**
 * cliticReadings(tokens[i].text) for a word token (none for other tokens), kept per token list:
 * an array slot instead of a look-up by word once the token was asked about. Shared: do not modify.
 */
export function readingsAt(tokens: Token[], i: number): readonly CliticReading[] {
  const t = tokens[i];
  if (t === undefined || t.kind !== "word") return NO_READINGS;
  return fullFactsAt(stateOf(tokens), tokens, i).readings;
}

/**
 * Registers a set of stems as a stem class, for hasStemIn: the answer is then kept with each
 * word's facts. Call at module load (at most 31 classes); the set must not change afterwards.
 */
export function stemClass(stems: ReadonlySet<string>): number {
  if (STEM_CLASSES.length >= 31) throw new Error("stemClass: too many classes");
  STEM_CLASSES.push(stems);
  for (const stem of stems) filterAdd(stem);
  lexiconChanged();
  return 1 << (STEM_CLASSES.length - 1);
}

/**
 * A word flag (wordFlag, tested on docFlags) of the words with a stem in one of the stem classes
 * of `cls`: where it is not set, hasStemIn(token, cls) is false, known without looking at the token.
 */
export function stemClassFlag(cls: number): number {
  return wordFlag((word) => {
    if (!mayHaveFacts(word)) return false;
    const readings = cliticReadings(word);
    for (let k = 0; k < readings.length; k++) {
      for (let rest = cls; rest !== 0; rest &= rest - 1) if (STEM_CLASSES[31 - Math.clz32(rest & -rest)]!.has(readings[k]!.stem)) return true;
    }
    return false;
  });
}

/** True when a word token has a stem (stemsOf) in the stem class `cls`: stemsOf(t).some((s) => set.has(s)). */
export function hasStemIn(t: Token | undefined, cls: number): boolean {
  if (t === undefined || t.kind !== "word") return false;
  return (tokenFacts(t, false).classes & cls) !== 0;
}

/** The gazetteers' bits, for mayStartAt (0 when one of them has no bit: then it always says maybe). */
export function startMask(...list: Array<Gazetteer<unknown>>): number {
  let mask = 0;
  for (const g of list) {
    if (g.bit === 0) return 0;
    mask |= g.bit;
  }
  return mask;
}

/**
 * A word flag (wordFlag, tested on docFlags) of the words at which an entry of one of the
 * gazetteers may start, clitics allowed: where it is not set, mayStartAt(tokens, i,
 * startMask(...list)) is false, known without looking at the token. The gazetteers must be
 * complete (call after filling them at module load): adding to them afterwards throws.
 */
export function startFlag(...list: Array<Gazetteer<unknown>>): number {
  const mask = startMask(...list);
  if (mask === 0) throw new Error("startFlag: a gazetteer without a bit");
  const flag = wordFlag((word) => mayHaveFacts(word) && (firstBitsOf(word) & mask) !== 0);
  for (const g of list) g.seal();
  return flag;
}

/** FIRST_BITS of the stems of a word's clitic readings, ORed (WordFacts.bits, uncached). */
function firstBitsOf(word: string): number {
  const readings = cliticReadings(word);
  let bits = 0;
  for (let k = 0; k < readings.length; k++) bits |= FIRST_BITS.get(readings[k]!.stem) ?? 0;
  return bits;
}

/**
 * False when no entry of the gazetteers of `mask` (startMask) can start at token i, clitics
 * allowed: then their matchAt(tokens, i) is null. One array slot per token once it was looked at.
 */
export function mayStartAt(tokens: Token[], i: number, mask: number): boolean {
  if (mask === 0) return true;
  const t = tokens[i];
  if (t === undefined || t.kind === "punct") return false;
  const state = stateOf(tokens);
  let bits = state.bits[i]!;
  if (bits === -1) bits = fillBits(state, tokens, i);
  return (bits & mask) !== 0;
}

export class Gazetteer<T> {
  /** How many keys have values. */
  private keys = 0;
  /** The keys split into words, as a trie: a lookup walks the tokens without building strings. (Read by refreshFacts.) */
  readonly root = new Map<string, TrieNode<T>>();
  private maxTokens = 1;
  private sealed = false;
  private readonly id = gazetteers++;
  /** This gazetteer's bit in FIRST_BITS / INNER_BITS (0: none, always look). */
  readonly bit: number;

  constructor(private readonly lower = false) {
    this.bit = !lower && this.id < 31 ? 1 << this.id : 0;
    if (this.bit !== 0) BY_BIT[this.id] = this as Gazetteer<unknown>;
  }

  /** Adds a phrase; returns its key (phraseKey(phrase, lower); "" adds nothing). */
  add(phrase: string, value: T): string {
    const key = phraseKey(phrase, this.lower);
    this.addKey(key, value);
    return key;
  }

  /** add() for a phrase whose key is already known: `key` must be phraseKey(phrase, lower). */
  addKey(key: string, value: T): void {
    if (this.sealed) throw new Error("Gazetteer: complete (a word flag was made of its first words)");
    if (!key) return;
    // the key's words, one trie level each (a key has one space between words)
    let level = this.root;
    let node: TrieNode<T> | undefined;
    let start = 0;
    let words = 0;
    for (;;) {
      const space = key.indexOf(" ", start);
      const end = space < 0 ? key.length : space;
      const w = start === 0 && space < 0 ? key : key.slice(start, end);
      node = level.get(w);
      if (node === undefined) {
        node = { values: null, key: space < 0 ? key : key.slice(0, end), next: null };
        if (words === 0) this.addRoot(w, node);
        else level.set(w, node);
      }
      if (words > 0 && this.bit !== 0) addKeyWord(INNER_BITS, w, this.bit);
      words++;
      if (space < 0) break;
      level = node.next ??= new Map();
      start = space + 1;
    }
    const list = node.values;
    if (list !== null) { if (!list.includes(value)) list.push(value); return; }
    node.values = [value];
    this.keys++;
    lexiconChanged();
    if (words > this.maxTokens) this.maxTokens = words;
  }

  /** For startFlag: no more keys (a word flag was made of the words where an entry may start). */
  seal(): void {
    this.sealed = true;
  }

  private addRoot(word: string, node: TrieNode<T>): void {
    this.root.set(word, node);
    if (this.bit !== 0) addKeyWord(FIRST_BITS, word, this.bit);
  }

  /** The trie node of a key (one word, or words joined by single spaces), if any. */
  private nodeOf(key: string): TrieNode<T> | undefined {
    let space = key.indexOf(" ");
    if (space < 0) return this.root.get(key);
    let node = this.root.get(key.slice(0, space));
    while (node !== undefined) {
      const start = space + 1;
      space = key.indexOf(" ", start);
      if (node.next === null) return undefined;
      node = node.next.get(space < 0 ? key.slice(start) : key.slice(start, space));
      if (space < 0) return node;
    }
    return undefined;
  }

  /** The values of a key (the list add() keeps), if it was added. */
  private valuesOf(key: string): T[] | undefined {
    return this.nodeOf(key)?.values ?? undefined;
  }

  get size(): number { return this.keys; }

  has(phrase: string): boolean { return this.valuesOf(phraseKey(phrase, this.lower)) !== undefined; }

  /** `has` for a key that is already normalized (one word, or words joined by single spaces). */
  hasKey(key: string): boolean { return this.valuesOf(this.lower ? key.toLowerCase() : key) !== undefined; }

  get(phrase: string): T[] | undefined { return this.valuesOf(phraseKey(phrase, this.lower)); }

  /**
   * Longest match starting at token i (clitics on the first word when `clitics`). A token at which
   * no entry can start is answered from its bits (mayStartAt), with no look-up: callers need no
   * check of their own first.
   */
  matchAt(tokens: Token[], i: number, clitics = true, limit = tokens.length): GazetteerMatch<T> | null {
    // the common answer first, with the fewest loads: a token of the list asked about last (the
    // document being read) whose start bits are known and lack this gazetteer's (a token past the
    // end reads undefined: no match either)
    const bit = this.bit;
    if (bit !== 0 && tokens === lastTokens) {
      let b = lastBits[i]!;
      if (b === -1 && lastWords !== null) b = keptBits(lastBits, lastInner, lastWords, i);
      if (b !== -1 && (b & bit) === 0) return null;
    }
    const t0 = tokens[i];
    if (t0 === undefined) return null;
    const state = stateOf(tokens);
    if (t0.kind === "punct") {
      // (with its bits filled, the next question about it is answered by the first test)
      if (bit !== 0 && state.bits[i] === -1) fillBits(state, tokens, i);
      return null;
    }
    // no reading of the token starts an entry of this gazetteer (one array slot once any gazetteer asked)
    if (bit !== 0) {
      let bits = state.bits[i]!;
      // not looked at yet in this list (nor kept on its Word): filled, and kept on the Word, so that
      // every later question about the word is answered by the first test
      if (bits === -1) bits = fillBits(state, tokens, i);
      if ((bits & this.bit) === 0 || !this.mayMatchAt(state, tokens, i, clitics, limit)) return null;
    }
    const slot = 2 * this.id + (clitics ? 0 : 1);
    const cell = i * MEMO_SLOTS + slot;
    const memo = slot < MEMO_SLOTS && cell <= MAX_CELL;
    let m = memo ? MATCHES.get(state, cell) as GazetteerMatch<T> | null | undefined : undefined;
    if (m === undefined) {
      m = this.computeAt(tokens, i, clitics, tokens.length, state);
      if (memo) MATCHES.set(state, cell, m);
    }
    if (m === null || m.last <= limit) return m;
    return this.computeAt(tokens, i, clitics, limit, state);
  }

  /**
   * For a token at which an entry of this gazetteer (it has a bit) starts: false when none can
   * match, told without a walk or the memo. Without clitics the whole word must start one; where
   * only keys of two words or more start, the next token must be within the limit, on the same
   * line and a later word of a key (inner bits), as walkFrom requires. (Most tokens that start only
   * longer keys, في of "في تي جي", end here.) When no reading can match whatever the limit, the
   * gazetteer's bit is taken off the token's bits in this list: the next question about it is
   * answered by matchAt's first test (mayStartAt stays true to its word: no match starts there).
   */
  private mayMatchAt(state: TokensState, tokens: Token[], i: number, clitics: boolean, limit: number): boolean {
    const bit = this.bit;
    const f = wordFactsAt(state, tokens, i);
    if (!clitics && (f.readingBits[0]! & bit) === 0) return false;
    if (((clitics ? f.solo : f.soloWhole) & bit) !== 0) return true;
    const j = i + 1;
    if (j < tokens.length && !tokens[j]!.newlineBefore) {
      if (state.bits[j] === -1) fillBits(state, tokens, j);
      if ((state.inner[j]! & bit) !== 0) return j < limit;
    }
    if ((f.solo & bit) === 0) state.bits[i] = state.bits[i]! & ~bit;
    return false;
  }

  private computeAt(tokens: Token[], i: number, clitics: boolean, limit: number, state: TokensState): GazetteerMatch<T> | null {
    const t0 = tokens[i];
    if (t0 === undefined || t0.kind === "punct") return null;
    const end = Math.min(limit, i + this.maxTokens);
    if (this.bit === 0) {
      // no bit (lower case, or past the 31st gazetteer): every reading is looked up
      let word = t0.text;
      if (this.lower) word = word.toLowerCase();
      if (!clitics) return this.walkFrom(tokens, i, this.root.get(word), 0, end, null, null);
      const readings = this.lower ? cliticReadings(word) : fullFactsAt(state, tokens, i).readings;
      let best: GazetteerMatch<T> | null = null;
      for (let k = 0; k < readings.length; k++) {
        const r = readings[k]!;
        best = this.walkFrom(tokens, i, this.root.get(r.stem), r.prefix, end, best, null);
        if (best !== null && r.prefix === 0) break; // the whole word is known: never split it
      }
      return best;
    }
    const f = factsAt(state, tokens, i);
    // no reading of this token starts an entry of this gazetteer: nothing to walk
    if ((f.bits & this.bit) === 0) return null;
    const readings = f.readings;
    let best: GazetteerMatch<T> | null = null;
    let rootsBefore = 0; // f.roots of the readings before k
    for (let k = 0; k < (clitics ? readings.length : 1); k++) {
      const rb = f.readingBits[k]!;
      if ((rb & this.bit) !== 0) {
        const r = readings[k]!;
        const root = f.roots[rootsBefore + popcount(rb & (this.bit - 1))] as TrieNode<T>;
        best = this.walkFrom(tokens, i, root, r.prefix, end, best, state);
        if (best !== null && r.prefix === 0) break; // the whole word is known: never split it
      }
      rootsBefore += popcount(rb);
    }
    return best;
  }

  /**
   * The longest entry that starts at `node` (the first word, token i) and ends before `end`, if
   * longer than `best`. With `state` (gazetteers with a bit), a token that is no later word of a
   * key of this gazetteer ends the walk without a look-up.
   */
  private walkFrom(tokens: Token[], i: number, node: TrieNode<T> | undefined, prefix: number, end: number, best: GazetteerMatch<T> | null, state: TokensState | null): GazetteerMatch<T> | null {
    if (node === undefined) return best;
    let found: TrieNode<T> | null = null;
    let last = best === null ? i : best.last;
    if (node.values !== null && last < i + 1) { found = node; last = i + 1; }
    for (let j = i + 1; j < end && node.next !== null; j++) {
      const t = tokens[j]!;
      if (t.newlineBefore) break;
      if (state !== null) {
        if (state.bits[j] === -1) fillBits(state, tokens, j);
        if ((state.inner[j]! & this.bit) === 0) break;
      }
      node = node.next.get(this.lower ? t.text.toLowerCase() : t.text);
      if (node === undefined) break;
      if (node.values !== null && last < j + 1) { found = node; last = j + 1; }
    }
    return found === null ? best : { values: found.values!, first: i, last, prefix, key: found.key };
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
