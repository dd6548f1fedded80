// Generators for hostile and Arabic-heavy text, and the shared fast-check settings.
// FUZZ_RUNS (default 200) and FUZZ_SEED (default 42) let `npm run fuzz` run many more cases.
import fc from "fast-check";

export const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
export const SEED = Number(process.env.FUZZ_SEED ?? 42);
/** Options for fc.assert: fixed seed, so a CI failure can be replayed. */
export const params = (scale = 1): fc.Parameters<unknown> => ({ seed: SEED, numRuns: Math.max(1, Math.round(RUNS * scale)) });
/** A vitest timeout that grows with the number of runs. */
export const timeout = (msPerRun: number): number => Math.max(60_000, RUNS * msPerRun);

const range = (a: number, b: number): string[] => Array.from({ length: b - a + 1 }, (_, i) => String.fromCharCode(a + i));

export const ARABIC_LETTERS = range(0x0621, 0x064a).filter((c) => c !== "\u0640");
export const DIACRITICS = [...range(0x064b, 0x0652), "\u0670"];
export const TATWEEL = "\u0640";
export const BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u200e", "\u200f", "\u061c"];
export const INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u2028", "\u2029", "\u00a0"];
export const CONTROLS = ["\u0000", "\u0007", "\b", "\t", "\n", "\r", "\r\n", "\u000b", "\u000c", "\u001b", "\u007f", "\u0085", "\u009b", "\u009d"];
export const ESCAPES = ["\u001b[31m", "\u001b[2J", "\u001b]0;title\u0007", "\u001b]8;;http://x\u001b\\", "\u001bP1$q\u001b\\", "\u009b1;31m", "\u001b[?1049h"];
export const SURROGATES = ["\ud800", "\udbff", "\udc00", "\udfff", "😀", "\ud83d"];
export const OTHER = ["پ", "چ", "گ", "ک", "ی", "ﻻ", "ﺍ", "ﷲ", "٠", "١", "٢", "٣", "٩", "۴", "é", "Ω", "中", "𝐀", "א"];

export const WORDS = [
  "وزير", "الداخلية", "الخارجية", "الدفاع", "استقبل", "نظيره", "نظيرته", "التقى", "بحث", "مع", "في", "يوم",
  "الثلاثاء", "الأربعاء", "السوري", "الأردني", "المصري", "التونسي", "السعودية", "دمشق", "عمّان", "القاهرة",
  "الرياض", "رئيس", "الوزراء", "الرئيس", "الشيخ", "اللواء", "الدكتور", "وزيرة", "منظمة", "الأمم", "المتحدة",
  "الاتحاد", "الأوروبي", "آذار", "كانون", "الثاني", "يناير", "2024", "١٢", "٢٠٢٤", "هـ", "م", "والتقى",
  "ولوزير", "بوزير", "للوزير", "فالوزير", "كالوزير", "وزيــــر", "وَزِيرُ", "أنس", "خطاب", "محمد", "بن", "عبد", "الله",
  "Minister", "Interior", "Foreign", "met", "his", "counterpart", "in", "Damascus", "on", "Tuesday", "UN", "Mr.",
];
const PUNCT = ["،", "؛", "؟", ".", "!", "«", "»", "(", ")", ":", "-", "\"", "'", "/", "…", "٪", "—"];
const SEPARATORS = [" ", " ", " ", "\n", "\n\n", "، ", ". ", "", "  ", "\t"];

const pick = (xs: string[]) => fc.constantFrom(...xs);

/** A single token: mostly Arabic words, sometimes letters with diacritics, hostile characters, or very long runs. */
export const token: fc.Arbitrary<string> = fc.oneof(
  { weight: 10, arbitrary: pick(WORDS) },
  { weight: 3, arbitrary: fc.array(fc.oneof({ weight: 4, arbitrary: pick(ARABIC_LETTERS) }, pick(DIACRITICS), fc.constant(TATWEEL)), { minLength: 1, maxLength: 8 }).map((a) => a.join("")) },
  { weight: 2, arbitrary: pick(PUNCT) },
  { weight: 1, arbitrary: pick(BIDI) },
  { weight: 1, arbitrary: pick(INVISIBLE) },
  { weight: 1, arbitrary: pick(CONTROLS) },
  { weight: 1, arbitrary: pick(ESCAPES) },
  { weight: 1, arbitrary: pick(SURROGATES) },
  { weight: 1, arbitrary: pick(OTHER) },
  { weight: 1, arbitrary: fc.tuple(pick([...ARABIC_LETTERS.slice(0, 5), "و", "ال", "x", "٣", "\u0651"]), fc.integer({ min: 50, max: 3000 })).map(([c, n]) => c.repeat(n)) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 6 }) },
);

/** Text made of tokens and separators: what a (hostile) news article could look like. */
export const articleText: fc.Arbitrary<string> = fc
  .array(fc.tuple(token, pick(SEPARATORS)), { maxLength: 60 })
  .map((parts) => parts.map(([t, s]) => t + s).join(""));

/** Any UTF-16 code units at all, lone surrogates included. */
export const codeUnits: fc.Arbitrary<string> = fc
  .array(fc.oneof(fc.integer({ min: 0, max: 0xffff }), fc.integer({ min: 0x0600, max: 0x06ff }), fc.integer({ min: 0, max: 0x7f })), { maxLength: 300 })
  .map((a) => String.fromCharCode(...a));

/** Everything above, mixed. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: articleText },
  { weight: 2, arbitrary: codeUnits },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 100 }) },
);
