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

// ANERcorp leaves designators and epithets outside a place's name: "مدينة غزة" → O B-LOC,
// "قطاع غزة", "شمال العراق", "مكة المكرمة" → B-LOC O. The words come from the corpus (words that are
// O right before / after a LOC, see src/lexicon/data/derived/README.md); a LOC mention is trimmed of
// them at its edges.
const LOC_LEAD = new Set<string>(locCues as string[]);
const LOC_TRAIL = new Set<string>(locPostCues as string[]);

export type ConllType = "PERS" | "LOC" | "ORG" | "MISC";

interface TypedMention extends Mention {
  type: ConllType;
  /** Normalized name words: only tokens whose word (or clitic stem) is one of them are tagged. */
  words?: Set<string>;
}

const TYPE_RANK: Record<ConllType, number> = { PERS: 0, ORG: 1, LOC: 2, MISC: 3 };

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
      if (!isCountryAdjective(m.text, names) || feminineNisbaIsName(text, m)) out.push({ ...m, type: "LOC" });
    }
  }
  for (const p of result.places) for (const m of p.mentions) out.push({ ...m, type: "LOC" });
  for (const o of result.organizations) for (const m of o.mentions) out.push({ ...m, type: "ORG" });
  return out;
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
    .sort((a, b) => (b.end - b.start) - (a.end - a.start) || TYPE_RANK[a.type] - TYPE_RANK[b.type] || a.start - b.start);
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
    if (m.type === "LOC") {
      while (covered.length > 1 && tokenIn(tokens[covered[0]!]!, LOC_LEAD)) covered.shift();
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
