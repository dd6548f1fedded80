// CoNLL output: project a DocumentResult's mentions onto whitespace tokens as BIO tags.
//
// Types: PERS (ministers and people), LOC (countries and places), ORG (organizations). MISC is never
// produced. A token gets a tag when a mention overlaps it (our mentions exclude clitics, CoNLL tokens
// keep them: "وألمانيا" is tagged when "ألمانيا" is a mention). ANERcorp conventions are followed:
// - a person's mention is tagged only on the tokens that carry the name ("وزير الخارجية" and a
//   bare "الوزير" are O);
// - country adjectives (السوري، الأميركية) are O: only mentions that name the country are tagged.
// When mentions overlap, the longer one wins (then PERS over ORG over LOC).
import type { DocumentResult, Mention } from "../types.js";
import { normKey } from "../text/normalize.js";
import { cliticReadings } from "../text/clitics.js";
import { conllDocFromText, type ConllDoc, type ConllToken } from "../input/conll.js";
import { COUNTRY_ADJECTIVES, COUNTRY_NAMES } from "../lexicon/countries.js";
import locCues from "../lexicon/data/derived/loc-cues.json" with { type: "json" };
import locPostCues from "../lexicon/data/derived/loc-post-cues.json" with { type: "json" };
import placesData from "../lexicon/data/places.json" with { type: "json" };
import orgHeads from "../lexicon/data/org-heads-anercorp.json" with { type: "json" };
import { headKey, headOf, nextShape, nextStem } from "../lexicon/organizations.js";

// ANERcorp leaves designators and epithets outside a place's name: "مدينة غزة" → O B-LOC,
// "قطاع غزة", "شمال العراق", "مكة المكرمة" → B-LOC O. The words come from the corpus (words that are
// O right before / after a LOC, see src/lexicon/data/derived/README.md); a LOC mention is trimmed of
// them at its edges.
// Indefinite designators (مخيم جنين، مزارع شبعا، ولاية جورجيا) are left out the same way: too rare
// for the derived list, always O before a LOC in the derivation part.
const LOC_LEAD = new Set<string>([...(locCues as string[]), ...((placesData as { designators?: string[] }).designators ?? []).map((w) => normKey(w))]);
const LOC_TRAIL = new Set<string>(locPostCues as string[]);

// ANERcorp tags a named body by its head noun unevenly: "مجلس الأمن" is B-ORG I-ORG, "مجلس الوزراء",
// "الجيش اللبناني" and "وزارة الخارجية" are O, "صحيفة [الحياة]" leaves the head O. The counts per
// head and next word (else per head and shape of the next word, per head, per kind of head) come
// from the first five sixths of
// ANERcorp train (src/lexicon/data/org-heads-anercorp.json); an ORG mention that opens with a head
// is tagged only when the corpus names a body there in at least 40 % of the cases (on the head, or
// on the next word after a descriptive head, which our mentions leave out already); else it is O.
// The JSON output still reports these bodies.
type HeadCounts = [number, number, number];
/** Share of a head's occurrences inside a name (on the head or on the next word) to keep a mention. */
const NAMED_SHARE = 0.4;
const ORG_HEAD_SHAPES = (orgHeads as unknown as { shapes: Record<string, HeadCounts> }).shapes;
const ORG_HEAD_PAIRS = (orgHeads as unknown as { pairs: Record<string, HeadCounts> }).pairs;
const ORG_HEADS_ALONE = (orgHeads as unknown as { heads: Record<string, HeadCounts> }).heads;
const ORG_HEAD_KINDS = (orgHeads as unknown as { kinds: Record<string, HeadCounts> }).kinds;

/** How ANERcorp tags an ORG whose first tokens are `first` and `next`: as a name (keep) or O (drop). */
export function orgHeadConvention(first: string, next: string | undefined): "keep" | "drop" {
  const h = headKey(normKey(first));
  if (!h) return "keep";
  const n = next === undefined ? undefined : normKey(next);
  // the most specific count seen often enough: head + next word, head + shape of the next word,
  // the head, all the heads of its kind
  const c = (n !== undefined && /\p{L}/u.test(n) ? ORG_HEAD_PAIRS[`${h} ${nextStem(n)}`] : undefined) ?? ORG_HEAD_SHAPES[`${h}|${nextShape(n)}`] ??
    ORG_HEADS_ALONE[h] ?? ORG_HEAD_KINDS[headOf(h)?.head.kind ?? ""];
  if (!c) return "keep";
  const [total, b, after] = c;
  // the corpus names a body on this head (B-ORG on the head, or on the word after a descriptive
  // head: صحيفة [الحياة]) often enough: our mention is kept as it is
  return b + after >= NAMED_SHARE * total ? "keep" : "drop";
}

export type ConllType = "PERS" | "LOC" | "ORG" | "MISC";

interface TypedMention extends Mention {
  type: ConllType;
  /** Normalized name words: only tokens whose word (or clitic stem) is one of them are tagged. */
  words?: Set<string>;
  /** A country's name (جنوب أفريقيا keeps its جنوب). */
  country?: boolean;
  /** A named club, company, outlet or party: wins a tie with a person of the same extent. */
  strong?: boolean;
}

/** Organization kinds that are names of their own (a tie with a same-extent person goes to them). */
const STRONG_KINDS = new Set(["club", "company", "media", "party"]);

const TYPE_RANK: Record<ConllType, number> = { PERS: 0, ORG: 1, LOC: 2, MISC: 3 };
const rank = (m: TypedMention) => (m.strong ? -1 : TYPE_RANK[m.type]);

function nameWords(name: string): Set<string> {
  const out = new Set<string>();
  for (const w of normKey(name).split(/[\s\-–—_.,،()«»"']+/)) if (w) out.add(w);
  return out;
}

const NISBA_RE = /(ي|يه|يون|يين|يان|يتان|يتين|يات)$/;

/**
 * True when a country mention is an adjective (السوري، الأميركية، سوري، الألمان) rather than a
 * name (سوريا، سورية، مالي). The country lexicon decides when it knows the form as only one of
 * the two; otherwise forms equal to the country's Arabic or English name (or with a final ا/ه
 * swapped) are names and nisba shapes are adjectives.
 */
export function isCountryAdjective(mentionText: string, names: string[]): boolean {
  // the country lexicon knows most names and adjectives (with plurals: الألمان، الأتراك)
  const inNames = COUNTRY_NAMES.has(mentionText);
  const inAdjectives = COUNTRY_ADJECTIVES.has(mentionText);
  if (inAdjectives !== inNames) return inAdjectives;
  const k = normKey(mentionText);
  // both: a definite nisba (السعودية) is read as an adjective unless the context makes it a name
  // (feminineNisbaIsName); an indefinite one that names the country (سورية) is the name
  if (inNames) return k.startsWith("ال") && NISBA_RE.test(k);
  // a phrase is an adjective only when every word is one (الكوري الجنوبي); الولايات المتحدة
  // الأمريكية and كوريا الشمالية are names
  if (/\s/.test(k)) return k.split(/\s+/).every((w) => NISBA_RE.test(w) && !/^[\p{Script=Latin}]/u.test(w));
  const known = new Set<string>();
  for (const n of names) {
    const nk = normKey(n);
    if (!nk) continue;
    known.add(nk);
    known.add(nk.replace(/^ال/, ""));
    if (/[اه]$/.test(nk)) { known.add(nk.slice(0, -1) + "ا"); known.add(nk.slice(0, -1) + "ه"); }
  }
  if (known.has(k) || known.has(k.toLowerCase())) return false;
  if (/^[\p{Script=Latin}\s.\-']+$/u.test(k)) return /(ian|ese|ish|ic|i)$/i.test(k) && !/(land|stan)$/i.test(k);
  return NISBA_RE.test(k);
}

// Words after which a definite feminine nisba (السعودية) is the country's name, not an adjective.
const NAME_CONTEXT = new Set(["في", "من", "الي", "علي", "عن", "مع", "بين", "حتي", "نحو", "داخل", "خارج", "زار", "زياره", "تزور", "يزور", "غادر", "وصل"]);

/**
 * A one-word definite feminine nisba (السعودية، الإمارات is not one) is read as the country's name
 * when a proclitic is attached (والسعودية، بالسعودية), or after a preposition or a visiting verb,
 * or after punctuation; after a noun (الحكومة السعودية) it stays an adjective.
 */
function feminineNisbaIsName(text: string, m: Mention): boolean {
  const k = normKey(m.text);
  if (!/^ال\S+يه$/.test(k)) return false;
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  if (/[\p{L}]$/u.test(before)) {
    // "اللبنانية والإسرائيلية": a conjunction after another nisba coordinates adjectives
    if (/ال[\p{L}\p{M}]+[يى][\p{M}]*[ةه][\p{M}]*\s+[وف]$/u.test(before)) return false;
    return /(^|[\s\p{P}])[وفبل]$/u.test(before) || /(^|[\s\p{P}])(وب|ول|فب|فل)$/u.test(before);
  }
  const prev = /([\p{L}\p{M}]+)[^\p{L}\p{M}]*$/u.exec(before);
  const gap = prev ? before.slice(prev.index + prev[1]!.length) : before;
  if (!prev || /[.!?؟:،,؛;\n]/u.test(gap)) return true; // start of text, sentence or clause (not "(الفرنسية)")
  const w = normKey(prev[1]!);
  return NAME_CONTEXT.has(w) || NAME_CONTEXT.has(w.replace(/^[وف]/, ""));
}

/** Mentions of a result with their CoNLL type (`text`: the document, for context). */
export function typedMentions(result: DocumentResult, text = ""): TypedMention[] {
  const out: TypedMention[] = [];
  for (const p of [...result.ministers, ...result.people]) {
    const words = nameWords(p.name);
    for (const m of p.mentions) out.push({ ...m, type: "PERS", words });
  }
  for (const c of result.countries) {
    const names = [c.name, c.nameAr ?? ""];
    for (const m of c.mentions) {
      if (!isCountryAdjective(m.text, names) || feminineNisbaIsName(text, m)) out.push({ ...m, type: "LOC", country: true });
    }
  }
  for (const p of result.places) for (const m of p.mentions) out.push({ ...m, type: "LOC" });
  for (const o of result.organizations) {
    const strong = STRONG_KINDS.has(o.kind ?? "");
    for (const m of o.mentions) out.push({ ...m, type: "ORG", ...(strong ? { strong } : {}) });
  }
  return out;
}

/** The token is a country's adjective (الإسباني، البريطانية), not a name. */
function isNationalityWord(tok: ConllToken): boolean {
  const w = normKey(tok.token).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
  return COUNTRY_ADJECTIVES.has(w) && !COUNTRY_NAMES.has(w);
}

/** The token (without clitics) is a country's name on its own. */
function isCountryWord(tok: ConllToken): boolean {
  const w = normKey(tok.token).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
  return cliticReadings(w).some((r) => COUNTRY_NAMES.has(r.stem));
}

function tokenIn(tok: ConllToken, words: Set<string>): boolean {
  const w = normKey(tok.token).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
  if (!w) return false;
  for (const r of cliticReadings(w)) if (words.has(r.stem)) return true;
  return false;
}

/** BIO tags for the tokens of `doc` from the mentions of `result` (offsets into doc.text). */
export function conllTags(doc: ConllDoc, result: DocumentResult): string[] {
  const tokens = doc.tokens;
  const tags: string[] = tokens.map(() => "O");
  const owner: number[] = tokens.map(() => -1);
  const mentions = typedMentions(result, doc.text)
    .filter((m) => m.end > m.start)
    .sort((a, b) => (b.end - b.start) - (a.end - a.start) || rank(a) - rank(b) || a.start - b.start);
  const firstTokenEndingAfter = (pos: number): number => {
    // tokens are sorted by start; find the first token with end > pos
    let lo = 0, hi = tokens.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (tokens[mid]!.end > pos) hi = mid; else lo = mid + 1; }
    return lo;
  };
  mentions.forEach((m, mi) => {
    const covered: number[] = [];
    for (let i = firstTokenEndingAfter(m.start); i < tokens.length && tokens[i]!.start < m.end; i++) {
      if (owner[i] !== -1) return; // overlaps a longer mention already placed: skip this one
      const t = tokens[i]!;
      if (m.words && !tokenIn(t, m.words)) continue;
      covered.push(i);
    }
    if (m.type === "ORG" && covered.length) {
      // a nationality adjective closing an organization is O in ANERcorp (ريال مدريد [الإسباني]،
      // الكونغرس [الأمريكي]); a scope adjective (الدولي، العربية، الأوروبي) is part of the name
      // — unless the rest is a described body (منظمة التحرير [الفلسطينية]، الخطوط الجوية [البريطانية])
      const described = headKey(normKey(tokens[covered[0]!]!.token)) !== null;
      const adjectiveBefore = (k: number) => /^ال\S{2,}(ي|يه)$/.test(normKey(tokens[covered[k]!]!.token).replace(/^[وف]/, ""));
      while (!described && covered.length > 1 && isNationalityWord(tokens[covered[covered.length - 1]!]!) && !(covered.length > 2 && adjectiveBefore(covered.length - 2))) covered.pop();
    }
    // an acronym spelled in letters (أ ف ب، د ب أ، أ ش أ) is O in ANERcorp (10 of 10 in the derivation part)
    if (m.type === "ORG" && covered.length > 1 && covered.every((i) => normKey(tokens[i]!.token).replace(/[^\p{L}]/gu, "").length <= 1)) return;
    if (m.type === "ORG" && covered.length) {
      const conv = orgHeadConvention(tokens[covered[0]!]!.token, covered[0]! + 1 < tokens.length ? tokens[covered[0]! + 1]!.token : undefined);
      if (conv === "drop") return;
    }
    if (m.type === "LOC") {
      // a country named with a designator (جنوب أفريقيا) keeps it unless the rest is a country too
      // (جمهورية إيران الإسلامية → إيران)
      while (covered.length > 1 && tokenIn(tokens[covered[0]!]!, LOC_LEAD) && (!m.country || isCountryWord(tokens[covered[1]!]!))) covered.shift();
      while (covered.length > 1 && tokenIn(tokens[covered[covered.length - 1]!]!, LOC_TRAIL)) covered.pop();
    }
    let prev = -2;
    for (const i of covered) {
      owner[i] = mi;
      // a gap inside the mention (a title word left out) starts a new entity
      tags[i] = (prev === i - 1 ? "I-" : "B-") + m.type;
      prev = i;
    }
  });
  // A mention directly after another of the same type must start with B- (already so: each
  // mention's first token is B-). Nothing else to fix.
  return tags;
}

/** `token TAG` lines, a blank line between sentences. */
export function formatConll(doc: ConllDoc, result: DocumentResult): string {
  const tags = conllTags(doc, result);
  const lines: string[] = [];
  let k = 0;
  doc.sentences.forEach((s, si) => {
    if (si > 0) lines.push("");
    for (const t of s) lines.push(`${t.token} ${tags[k++]}`);
  });
  return lines.join("\n") + "\n";
}

/** CoNLL output for plain text (the text the result was extracted from), tokenized on whitespace. */
export function formatConllText(text: string, result: DocumentResult): string {
  return formatConll(conllDocFromText(text), result);
}
