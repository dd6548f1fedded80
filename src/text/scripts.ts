// The letters language detection counts, by script (src/text/language.ts, and the tokenizer's per-word
// counts kept with the intern table, src/text/intern.ts): one definition for both.

/** An Arabic letter: Arabic, Arabic Supplement and the presentation forms. */
export function isArabicScriptUnit(c: number): boolean {
  return (c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfeff);
}

/** A Latin letter: ASCII, Latin-1 and Latin Extended-A/B letters. */
export function isLatinScriptUnit(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f);
}
