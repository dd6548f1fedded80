// Language by script share: Arabic letters against Latin letters, for the whole text and per paragraph.
// A document is "mixed" when it has substantial Arabic paragraphs and substantial English ones
// (a bilingual press release), not when an Arabic story quotes a Latin name or an acronym.
import type { Language } from "../types.js";
import { isLastNormalized } from "./normalize.js";
import { lastScriptTotals } from "./tokens.js";
import { isArabicScriptUnit, isLatinScriptUnit } from "./scripts.js";

export function scriptCounts(text: string, from = 0, to = text.length): { arabic: number; latin: number } {
  let arabic = 0;
  let latin = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isArabicScriptUnit(c)) arabic++;
    else if (isLatinScriptUnit(c)) latin++;
  }
  return { arabic, latin };
}

/** Language of one stretch of text by script share; "unknown" without letters. */
export function scriptLanguage(arabic: number, latin: number): "ar" | "en" | "unknown" {
  const total = arabic + latin;
  if (total === 0) return "unknown";
  return arabic >= latin ? "ar" : "en";
}

export interface ParagraphLanguage {
  /** Offsets [start, end) of the paragraph in the text it was computed on. */
  start: number;
  end: number;
  language: "ar" | "en" | "unknown";
  letters: number;
  arabic: number;
  latin: number;
}

/** Paragraphs (split at newlines) with their language. */
export function paragraphLanguages(text: string): ParagraphLanguage[] {
  const out: ParagraphLanguage[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      if (i > start) {
        const { arabic, latin } = scriptCounts(text, start, i);
        if (arabic + latin > 0) out.push({ start, end: i, language: scriptLanguage(arabic, latin), letters: arabic + latin, arabic, latin });
      }
      start = i + 1;
    }
  }
  return out;
}

/** Minimum share of letters (and absolute letters) each language needs for a document to be "mixed". */
const MIXED_SHARE = 0.2;
const MIXED_MIN_LETTERS = 40;

/**
 * Language of a text: "mixed" when it has substantial Arabic paragraphs and substantial English ones,
 * else the script with most letters. When `text` is the normalized document just tokenized (as in
 * extractDocument), its counts are those the tokenizer added up from its tokens' words (each word's
 * counted once, when the intern table keeps it: lastScriptTotals), instead of a scan of its
 * characters: outside tokens a normalized text has only white space, which is neither script
 * (normalize drops U+FEFF, the one white space in an Arabic block).
 */
export function detectLanguage(text: string): Language {
  const totals = isLastNormalized(text) ? lastScriptTotals(text) : null;
  if (totals !== null) return languageOf(totals.arabic, totals.latin, totals.ar, totals.en);
  countText(text);
  return languageOf(counted.arabic, counted.latin, counted.ar, counted.en);
}

/** What countText found: letters of each script, and letters in paragraphs of each language. */
const counted = { arabic: 0, latin: 0, ar: 0, en: 0 };

function countText(text: string): void {
  // one pass, no allocation: the document's counts are the sums of its paragraphs' (a newline is
  // neither script); a paragraph's letters go to the script that has most of them (see
  // paragraphLanguages and scriptLanguage, which this follows)
  let arabic = 0, latin = 0, ar = 0, en = 0;
  let pa = 0, pl = 0; // the current paragraph's counts
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 10;
    if (isArabicScriptUnit(c)) pa++;
    else if (c === 10) {
      if (pa + pl > 0) { if (pa >= pl) ar += pa + pl; else en += pa + pl; }
      arabic += pa; latin += pl; pa = 0; pl = 0;
    } else if (isLatinScriptUnit(c)) pl++;
  }
  counted.arabic = arabic; counted.latin = latin; counted.ar = ar; counted.en = en;
}

function languageOf(arabic: number, latin: number, ar: number, en: number): Language {
  const total = arabic + latin;
  if (total === 0) return "unknown";
  if (ar >= MIXED_MIN_LETTERS && en >= MIXED_MIN_LETTERS && ar / total >= MIXED_SHARE && en / total >= MIXED_SHARE) return "mixed";
  if (arabic / total >= 0.8) return "ar";
  if (latin / total >= 0.8) return "en";
  return arabic > latin ? "ar" : "en";
}
