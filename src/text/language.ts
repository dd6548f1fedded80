// Language by script share: Arabic letters against Latin letters.
import type { Language } from "../types.js";

export function scriptCounts(text: string): { arabic: number; latin: number } {
  let arabic = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfeff)) arabic++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) latin++;
  }
  return { arabic, latin };
}

export function detectLanguage(text: string): Language {
  const { arabic, latin } = scriptCounts(text);
  const total = arabic + latin;
  if (total === 0) return "unknown";
  if (arabic / total >= 0.8) return "ar";
  if (latin / total >= 0.8) return "en";
  return arabic > latin ? "ar" : "en";
}
