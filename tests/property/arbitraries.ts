// Generators for hostile and Arabic-heavy text, and the shared fast-check settings.
// FUZZ_RUNS (default 200) and FUZZ_SEED (default 42) let `npm run fuzz` run many more cases.
import fc from "fast-check";

export const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
export const SEED = Number(process.env.FUZZ_SEED ?? 42);
/** Options for fc.assert: fixed seed, so a CI failure can be replayed. */
export const params = (scale = 1, cap = Infinity): fc.Parameters<unknown> => ({ seed: SEED, numRuns: Math.max(1, Math.min(cap, Math.round(RUNS * scale))) });
/** A vitest timeout that grows with the number of runs. */
export const timeout = (msPerRun: number, cap = Infinity): number => Math.max(60_000, Math.min(cap, RUNS) * msPerRun);

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

// ---- news-like sentences (so that extraction actually finds ministers, dates and meetings), then perturbed

const PORTFOLIOS = ["الداخلية", "الخارجية", "الدفاع", "العدل", "المالية", "الصحة", "التربية", "الاقتصاد", "الطاقة", "الاتصالات"];
const ADJECTIVES = ["السوري", "الأردني", "المصري", "التونسي", "السعودي", "اللبناني", "العراقي", "الفرنسي", "الأمريكي", "التركي", "الإيراني", "الروسي"];
const NAMES = ["أنس", "خطاب", "محمد", "علي", "حسن", "سامح", "شكري", "أيمن", "الصفدي", "فيصل", "بن", "فرحان", "عبد", "الله", "كمال", "الحداد", "سالم"];
const TRIGGERS = ["استقبل", "التقى", "بحث", "اجتمع", "أجرى اتصالا هاتفيا مع", "زار", "يلتقي", "سيلتقي"];
const WHEN = ["يوم الثلاثاء", "أمس", "اليوم", "في 12 آذار 2024", "في ١٢ كانون الثاني ٢٠٢٤", "يوم 3 يناير", "الأحد الماضي", "في 1445 هـ", ""];
const WHERE = ["في دمشق", "في عمّان", "في القاهرة", "في الرياض", "بمقر الوزارة", "على هامش قمة بغداد", ""];
const HONORIFICS = ["", "", "اللواء", "الشيخ", "الدكتور", "السيد"];
const ENGLISH = [
  "Syrian Interior Minister Anas Khattab met his Jordanian counterpart in Amman on Tuesday.",
  "Foreign Minister Ayman Safadi received the UN envoy on 12 March 2024.",
  "The minister discussed security cooperation with Egypt's Sameh Shoukry.",
];

const minister = fc
  .tuple(fc.constantFrom("وزير", "وزيرة", "ووزير", "لوزير", "بوزير"), pick(PORTFOLIOS), fc.option(pick(ADJECTIVES), { nil: "" }), pick(HONORIFICS), fc.array(pick(NAMES), { minLength: 1, maxLength: 3 }))
  .map(([w, p, adj, h, n]) => [w, p, adj, h, n.join(" ")].filter(Boolean).join(" "));

export const newsSentence: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(pick(TRIGGERS), minister, pick(WHEN), pick(WHERE), fc.constantFrom("نظيره", "نظيرته", "رئيس الوزراء", "وفدا من", "الأمين العام للأمم المتحدة"), fc.option(pick(ADJECTIVES), { nil: "" }), fc.array(pick(NAMES), { maxLength: 2 }), fc.constantFrom(".", "،", "؟", "", "\n"))
    .map(([t, m, when, where, obj, adj, n, end]) => [t, m, when ? "،" : "", when, where, obj, adj, n.join(" ")].filter(Boolean).join(" ") + end) },
  { weight: 1, arbitrary: pick(ENGLISH) },
);

/** Insert hostile characters at arbitrary positions of a string (code-unit positions: may split pairs). */
export function perturb(base: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const hostile = fc.oneof(pick(BIDI), pick(INVISIBLE), pick(CONTROLS), pick(ESCAPES), pick(SURROGATES), pick(DIACRITICS), fc.constant(TATWEEL), pick(OTHER));
  return fc.tuple(base, fc.array(fc.tuple(fc.nat(), hostile), { maxLength: 4 })).map(([s, ins]) => {
    let out = s;
    for (const [pos, h] of ins) { const at = pos % (out.length + 1); out = out.slice(0, at) + h + out.slice(at); }
    return out;
  });
}

/** A few news-like sentences, sometimes perturbed, sometimes mixed with random tokens. */
export const newsText: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 3, arbitrary: newsSentence }, { weight: 2, arbitrary: perturb(newsSentence) }, { weight: 1, arbitrary: articleText }), { minLength: 1, maxLength: 5 })
  .map((xs) => xs.join(" "));

/** Everything, weighted toward text that exercises the extractors. */
export const hostileText: fc.Arbitrary<string> = fc.oneof({ weight: 3, arbitrary: newsText }, { weight: 2, arbitrary: anyText });
