// Arabic date lexicon: month names of every Arabic month system and weekday names, taken from
// Node's Intl.DateTimeFormat (Levantine/Iraqi, Egyptian/Gulf, Maghreb, Algerian/Tunisian,
// Mauritanian and Umm al-Qura Hijri), plus the spelling variants, relative words and cue lists of
// data/dates.json. Everything is compiled with phraseKey (the document normalization), so hamza,
// ى/ي and ة/ه variants match without being listed.
//
// Also: Hijri (Umm al-Qura) ↔ Gregorian conversion through Intl, and `startsDate`, a cheap test
// other extractors can use to know whether a token begins a date expression.
import data from "./data/dates.json" with { type: "json" };
import intlNames from "./data/intl-names.json" with { type: "json" };
import { Gazetteer, phraseKey } from "./gazetteer.js";
import { cliticReadings, type CliticReading } from "../text/clitics.js";
import { BoundedMemo } from "../text/memo.js";
import type { Token } from "../text/tokens.js";

export type Calendar = "gregorian" | "hijri";

export type DateWord =
  | { kind: "month"; calendar: Calendar; month: number; ambiguous: boolean; weak: boolean }
  | { kind: "weekday"; day: number }
  | { kind: "relday"; offset: number };

/** Locales whose Gregorian month names differ (one per Arabic month system). */
export const MONTH_LOCALES = ["ar-SY", "ar-LB", "ar-IQ", "ar-JO", "ar-PS", "ar-EG", "ar-SA", "ar-MA", "ar-DZ", "ar-TN", "ar-MR", "ar-LY"];

const DAY_MS = 86_400_000;

/** Gregorian month names from Intl for one locale, index 0 = January. */
export function intlGregorianMonths(locale: string): string[] {
  const f = new Intl.DateTimeFormat(locale, { month: "long", timeZone: "UTC" });
  const out: string[] = [];
  for (let m = 0; m < 12; m++) out.push(f.format(new Date(Date.UTC(2024, m, 15))));
  return out;
}

/** Built on first use: only documents with Hijri dates pay for it. */
let hijriNum: Intl.DateTimeFormat | null = null;
const HIJRI_NUM = (): Intl.DateTimeFormat => (hijriNum ??= new Intl.DateTimeFormat("en-u-ca-islamic-umalqura-nu-latn", {
  year: "numeric", month: "numeric", day: "numeric", timeZone: "UTC",
}));

/** Umm al-Qura Hijri month names from Intl, index 0 = محرم. */
export function intlHijriMonths(): string[] {
  const f = new Intl.DateTimeFormat("ar-SA-u-ca-islamic-umalqura-nu-latn", { month: "long", timeZone: "UTC" });
  const out: string[] = new Array(12).fill("");
  const start = Date.UTC(2024, 0, 1);
  for (let d = 0; d < 400; d += 5) {
    const t = new Date(start + d * DAY_MS);
    const m = hijriParts(t).m;
    if (!out[m - 1]) out[m - 1] = f.format(t);
  }
  return out;
}

/** Weekday names from Intl, index 0 = Sunday (الأحد). */
export function intlWeekdays(): string[] {
  const f = new Intl.DateTimeFormat("ar", { weekday: "long", timeZone: "UTC" });
  const out: string[] = [];
  for (let d = 0; d < 7; d++) out.push(f.format(new Date(Date.UTC(2024, 0, 7 + d)))); // 2024-01-07 is a Sunday
  return out;
}

// ---------------------------------------------------------------------------------------------
// Hijri (Umm al-Qura) conversion

export interface YMD { y: number; m: number; d: number }

/** Hijri date of a UTC day. */
export function hijriParts(date: Date): YMD {
  let y = 0, m = 0, d = 0;
  for (const p of HIJRI_NUM().formatToParts(date)) {
    if (p.type === "year") y = Number(p.value);
    else if (p.type === "month") m = Number(p.value);
    else if (p.type === "day") d = Number(p.value);
  }
  return { y, m, d };
}

/** Converted Hijri dates by y·512 + m·32 + d (news repeats the same days; Intl is slow to ask). */
const TO_GREGORIAN = new BoundedMemo((k: number): YMD | null => searchGregorian(k >> 9, (k >> 5) & 15, k & 31), 4096);

/** Gregorian date of a Hijri (Umm al-Qura) date, found by searching Intl; null when it does not exist. Shared: do not change it. */
export function hijriToGregorian(y: number, m: number, d: number): YMD | null {
  if (m < 1 || m > 12 || d < 1 || d > 30 || y < 1 || y > 2000) return null;
  return TO_GREGORIAN.get(y * 512 + m * 32 + d);
}

function searchGregorian(y: number, m: number, d: number): YMD | null {
  // first estimate: mean lunar year and month from the epoch 622-07-16
  const epoch = Date.UTC(622, 6, 16);
  let t = epoch + Math.round((y - 1) * 354.36707 + (m - 1) * 29.530588 + (d - 1)) * DAY_MS;
  for (let iter = 0; iter < 8; iter++) {
    const h = hijriParts(new Date(t));
    const diff = Math.round((y - h.y) * 354.36707 + (m - h.m) * 29.530588 + (d - h.d));
    if (diff === 0) {
      if (h.y === y && h.m === m && h.d === d) {
        const g = new Date(t);
        return { y: g.getUTCFullYear(), m: g.getUTCMonth() + 1, d: g.getUTCDate() };
      }
      // the estimate is off by less than a day: look at neighbours (day 30 may not exist)
      for (const k of [-1, 1, -2, 2]) {
        const hh = hijriParts(new Date(t + k * DAY_MS));
        if (hh.y === y && hh.m === m && hh.d === d) {
          const g = new Date(t + k * DAY_MS);
          return { y: g.getUTCFullYear(), m: g.getUTCMonth() + 1, d: g.getUTCDate() };
        }
      }
      return null;
    }
    t += diff * DAY_MS;
  }
  return null;
}

/** First and last Gregorian days of a Hijri month (or of a Hijri year when m is null). */
export function hijriSpan(y: number, m: number | null): [YMD, YMD] | null {
  const a = hijriToGregorian(y, m ?? 1, 1);
  const nextY = m === null || m === 12 ? y + 1 : y;
  const nextM = m === null || m === 12 ? 1 : m + 1;
  const b = hijriToGregorian(nextY, nextM, 1);
  if (!a || !b) return null;
  const last = new Date(Date.UTC(b.y, b.m - 1, b.d) - DAY_MS);
  return [a, { y: last.getUTCFullYear(), m: last.getUTCMonth() + 1, d: last.getUTCDate() }];
}

// ---------------------------------------------------------------------------------------------
// Lexicon

const key = (s: string) => phraseKey(s);
const keySet = (list: readonly string[]) => new Set(list.map(key).filter((k) => k && !k.includes(" ")));

export const DATE_WORDS = new Gazetteer<DateWord>();
export const DAY_ORDINALS = new Gazetteer<number>();
/** The first words of the DATE_WORDS and DAY_ORDINALS entries (a cheap pre-check for the dates parser): add entries through addEntry. */
export const DATE_FIRST_WORDS = new Set<string>();
/** The first words of the DATE_WORDS entries of months. */
export const MONTH_FIRSTS = new Set<string>();
/** The first words of the DATE_WORDS entries of weekdays and relative days. */
export const DAY_FIRSTS = new Set<string>();
/** The first words of the DAY_ORDINALS entries. */
export const ORDINAL_FIRSTS = new Set<string>();
/** Adds `name` (normalized: `k`) to a date gazetteer and its first word to DATE_FIRST_WORDS and `firsts` (the gazetteer's own list). */
function addEntry<T>(g: Gazetteer<T>, firsts: Set<string>, name: string, value: T, k = key(name)): void {
  if (!k) return;
  const space = k.indexOf(" ");
  const first = space < 0 ? k : k.slice(0, space);
  DATE_FIRST_WORDS.add(first);
  firsts.add(first);
  g.add(name, value);
}
const AMBIGUOUS = keySet(data.ambiguousMonths);
const WEAK = keySet(data.weakMonths);

const monthEntries = new Map<string, DateWord>();
function addMonth(name: string, calendar: Calendar, month: number): void {
  const k = key(name);
  if (!k) return;
  const id = `${calendar}:${month}:${k}`;
  if (monthEntries.has(id)) return;
  const w: DateWord = { kind: "month", calendar, month, ambiguous: AMBIGUOUS.has(k) || WEAK.has(k), weak: WEAK.has(k) };
  monthEntries.set(id, w);
  addEntry(DATE_WORDS, MONTH_FIRSTS, name, w, k);
}

// the names Intl gives, generated into data/intl-names.json (src/lexicon/build/intl-names.ts)
// (asked from Intl directly when the file lacks them, e.g. while it is being generated)
for (const loc of MONTH_LOCALES) ((intlNames.gregorian as Record<string, string[]>)[loc] ?? intlGregorianMonths(loc)).forEach((n, i) => addMonth(n, "gregorian", i + 1));
for (const [m, list] of Object.entries(data.gregorianMonthVariants)) for (const n of list) addMonth(n, "gregorian", Number(m));
(intlNames.hijri.length ? intlNames.hijri : intlHijriMonths()).forEach((n, i) => addMonth(n, "hijri", i + 1));
for (const [m, list] of Object.entries(data.hijriMonthVariants)) for (const n of list) addMonth(n, "hijri", Number(m));

const weekdayWords: DateWord[] = [0, 1, 2, 3, 4, 5, 6].map((day) => ({ kind: "weekday", day }));
(intlNames.weekdays.length ? intlNames.weekdays : intlWeekdays()).forEach((n, i) => addEntry(DATE_WORDS, DAY_FIRSTS, n, weekdayWords[i]!));
for (const [d, list] of Object.entries(data.weekdayVariants)) for (const n of list) addEntry(DATE_WORDS, DAY_FIRSTS, n, weekdayWords[Number(d)]!);

for (const [w, off] of Object.entries(data.relativeDays)) addEntry<DateWord>(DATE_WORDS, DAY_FIRSTS, w, { kind: "relday", offset: off });

export type Unit = "week" | "month" | "year";
/** Calendar unit words (الأسبوع، الشهر، العام، السنة). */
export const UNIT_WORDS = new Map<string, Unit>();
for (const [u, list] of Object.entries(data.units)) for (const w of list) UNIT_WORDS.set(key(w), u as Unit);

/** Relative adjectives (الماضي −1, المقبل +1, الجاري 0 …). */
export const RELATIVE_ADJECTIVES = new Map<string, number>();
for (const [w, off] of Object.entries(data.relativeAdjectives)) RELATIVE_ADJECTIVES.set(key(w), off);

export const NEW_ADJECTIVES = keySet(data.newAdjectives);
export const CALENDAR_ADJECTIVES = keySet(data.calendarAdjectives);
export const DEMONSTRATIVES = keySet(data.demonstratives);
export const PERIOD_MODIFIERS = keySet(data.periodModifiers);
export const MONTH_WORDS = keySet(data.monthWords);
export const YEAR_WORDS = keySet(data.yearWords);
export const DAY_WORDS = keySet(data.dayWords);
export const HIJRI_MARKERS = keySet(data.hijriMarkers);
export const GREGORIAN_MARKERS = keySet(data.gregorianMarkers);
export const LINK_WORDS = keySet(data.linkWords);
export const YEAR_CUES = keySet(data.yearCues);
export const EVENT_NOUNS = keySet(data.eventNouns);
export const QUANTITY_BEFORE = keySet(data.quantityBefore);
export const QUANTITY_AFTER = keySet(data.quantityAfter);
export const MONTH_CUES = keySet(data.monthCues);
export const TODAY_EXCLUSIONS = keySet(data.todayExclusions);
export const TODAY_PRE_EXCLUSIONS = keySet(data.todayPreExclusions);
export const TOMORROW_EXCLUSIONS = keySet(data.tomorrowExclusions);
export const FOLLOW_OK = keySet(data.followOk);
export const GENERAL_NOUNS = keySet(data.generalNouns);
export const DATE_NAME_NOUNS = keySet(data.dateNameNouns);

/** Counted periods (يومين، أسابيع، سنوات): unit and count (0 = needs a count before it). */
export const DURATION_WORDS = new Map<string, { unit: "day" | Unit; count: number }>();
for (const [w, [u, n]] of Object.entries(data.durationWords)) DURATION_WORDS.set(key(w), { unit: u as "day" | Unit, count: n as number });
export const COUNT_WORDS = new Map<string, number>();
for (const [w, n] of Object.entries(data.countWords)) COUNT_WORDS.set(key(w), n);
/** قبل/منذ −1 (ago). */
export const DURATION_BEFORE = new Map<string, number>();
for (const [w, n] of Object.entries(data.durationBefore)) DURATION_BEFORE.set(key(w), n);

for (const [w, n] of Object.entries(data.dayOrdinals)) addEntry(DAY_ORDINALS, ORDINAL_FIRSTS, w, n);

/** Proclitics allowed on a date word: conjunctions, and prepositions only where `prepositions`. */
function prefixOk(tok: Token, prefix: number, prepositions: boolean): boolean {
  if (prefix === 0) return true;
  const p = tok.text.slice(0, prefix);
  if (/^[وف]$/.test(p)) return true;
  return prepositions && /^[وف]?(?:[بل]|لل)$/.test(p);
}

/** Units a mention skips: the proclitics, except that لل (للعام) stays whole since its second ل is the article's. */
function mentionPrefix(tok: Token, prefix: number): number {
  const p = tok.text.slice(0, prefix);
  if (p.endsWith("لل")) return /^[وف]/.test(p) ? 1 : 0;
  return prefix;
}

/** A date word (month, weekday, relative day) starting at token i, with its proclitics. */
export function dateWordAt(tokens: Token[], i: number): { word: DateWord; first: number; last: number; prefix: number } | null {
  const m = DATE_WORDS.matchAt(tokens, i, true);
  if (!m) return null;
  const w = m.values[0]!;
  if (!prefixOk(tokens[i]!, m.prefix, w.kind === "month" && !w.ambiguous)) {
    // the clitic reading is not allowed: try the whole word only
    const whole = DATE_WORDS.matchAt(tokens, i, false);
    return whole ? { word: whole.values[0]!, first: whole.first, last: whole.last, prefix: 0 } : null;
  }
  return { word: w, first: m.first, last: m.last, prefix: mentionPrefix(tokens[i]!, m.prefix) };
}

/**
 * When token `t` is (proclitics +) a word of `set`: the units a mention should skip (و/ف, ب/ل; a لل prefix is kept) and the stem; else null.
 */
export function wordMatch(t: Token | undefined, set: ReadonlySet<string> | ReadonlyMap<string, unknown>, prepositions = true): { skip: number; stem: string } | null {
  const r = cliticIn(t, set, prepositions);
  return r === null ? null : { skip: r.prefix === 0 ? 0 : mentionPrefix(t!, r.prefix), stem: r.stem };
}

/** Units a mention skips when token `t` is (proclitics +) a word of `set`, else -1. */
export function wordIn(t: Token | undefined, set: ReadonlySet<string> | ReadonlyMap<string, unknown>, prepositions = true): number {
  const r = cliticIn(t, set, prepositions);
  return r === null ? -1 : r.prefix === 0 ? 0 : mentionPrefix(t!, r.prefix);
}

const WHOLE_WORD = 0;
/** The reading of word token `t` (the whole word, or allowed proclitics + stem) whose stem is in `set`, else null. */
function cliticIn(t: Token | undefined, set: ReadonlySet<string> | ReadonlyMap<string, unknown>, prepositions: boolean): CliticReading | null {
  if (t === undefined || t.kind !== "word") return null;
  const readings = cliticReadings(t.text);
  if (set.has(t.text)) return readings[WHOLE_WORD]!;
  for (let k = 1; k < readings.length; k++) {
    const r = readings[k]!;
    if (set.has(r.stem) && prefixOk(t, r.prefix, prepositions)) return r;
  }
  return null;
}

const NUMERIC_DATE_RE = /^\d{1,4}[/.]\d{1,2}[/.]\d{1,4}$/;

/**
 * True when a date expression may begin at token i: a month or weekday name, a relative day word,
 * a year word before a number, a calendar unit with a relative adjective, a day number before a
 * month, or a numeric date. Cheap and permissive; the dates extractor decides.
 */
export function startsDate(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.kind === "punct") return false;
  if (t.kind === "number") {
    if (NUMERIC_DATE_RE.test(t.text)) return true;
    let j = i + 1;
    if (tokens[j]?.text === "من") j++;
    const w = dateWordAt(tokens, j);
    return !!w && w.word.kind === "month" && Number(t.text) >= 1 && Number(t.text) <= 31;
  }
  const w = dateWordAt(tokens, i);
  if (w && !(w.word.kind === "month" && w.word.ambiguous)) return true;
  if (wordIn(t, YEAR_WORDS) >= 0 && tokens[i + 1]?.kind === "number") return true;
  if (wordIn(t, UNIT_WORDS) >= 0 && wordIn(tokens[i + 1], RELATIVE_ADJECTIVES, false) >= 0) return true;
  if (wordIn(t, PERIOD_MODIFIERS) >= 0 || wordIn(t, DEMONSTRATIVES) >= 0) {
    const n = tokens[i + 1];
    if (wordIn(n, UNIT_WORDS) >= 0 || wordIn(n, YEAR_WORDS) >= 0) return true;
    const nw = dateWordAt(tokens, i + 1);
    if (nw && nw.word.kind === "month") return true;
  }
  return false;
}
