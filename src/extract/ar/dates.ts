// Arabic date expressions: day + month (+ year) in every month system, paired months
// (شباط/فبراير، شباط (فبراير)), month + year, years with a cue (عام 2017) or standing alone, Hijri
// dates (15 رمضان 1445 هـ), weekdays (يوم الثلاثاء), numeric dates (16/4/2025, 2025-04-16), relative
// days (أمس، اليوم، غداً), relative periods (الأسبوع الماضي، مطلع العام المقبل) and month names with a
// relative adjective (16 نيسان الماضي).
//
// Values are ISO 8601 as far as the text (and the reference date) fixes them:
// - "2022", "2022-02", "2022-02-14"; a year the text leaves open: "XXXX-04-16" / "XXXX-04".
// - Hijri dates are converted to Gregorian (Umm al-Qura, via Intl) when day, month and year are
//   known; a Hijri month or year gives the part its Gregorian days share ("2024" for رمضان 1445),
//   else null.
// - Weeks are ISO weeks ("2025-W15").
// - With a reference date: أمس/اليوم/غداً are days from it; العام الماضي = year−1; a month (with or
//   without a day) followed by الماضي is its most recent occurrence before the reference, by
//   المقبل/القادم the next one after it, by الجاري/الحالي the one in the reference year; a month
//   without year or adjective is its occurrence nearest to the reference (ties go to the past);
//   a weekday alone is the most recent such day on or before the reference (news reports the
//   past), with الماضي strictly before and with المقبل strictly after; العام الجديد is the
//   reference year, or the next one when the reference is in October–December.
// - قبل يومين / منذ ثلاثة أشهر count back from the reference in the unit's precision (day, ISO
//   week, month, year); "قبل يومين من الاجتماع" counts from another event and is skipped, and so
//   is بعد (بعد عامين mostly counts from a time in the story).
// - Without a reference date, anything relative is null.
import type { DateFact, ExtractContext, Span } from "../facts.js";
import { docFlags, docWords, tokenMention, WordFactKind, wordFlag, type Doc, type Word } from "../../text/document.js";
import type { Token } from "../../text/tokens.js";
import { cliticReadings } from "../../text/clitics.js";
import { WordTails } from "../../text/word-tails.js";
import {
  CALENDAR_ADJECTIVES, COUNT_WORDS, DATE_NAME_NOUNS, DAY_ORDINALS, DAY_WORDS, DURATION_BEFORE, DURATION_WORDS, DEMONSTRATIVES, EVENT_NOUNS, FOLLOW_OK, GENERAL_NOUNS, GREGORIAN_MARKERS,
  HIJRI_MARKERS, LINK_WORDS, MONTH_CUES, MONTH_WORDS, NEW_ADJECTIVES, PERIOD_MODIFIERS,
  QUANTITY_AFTER, QUANTITY_BEFORE, RELATIVE_ADJECTIVES, TODAY_EXCLUSIONS, TODAY_PRE_EXCLUSIONS, TOMORROW_EXCLUSIONS,
  UNIT_WORDS, YEAR_CUES, YEAR_WORDS, DATE_FIRST_WORDS, DAY_FIRSTS, MONTH_FIRSTS, ORDINAL_FIRSTS, dateWordAt, hijriParts, hijriSpan, hijriToGregorian,
  wordIn, wordMatch, type Calendar, type YMD,
} from "../../lexicon/dates.js";

const DAY_MS = 86_400_000;

interface Found {
  first: number;
  last: number;
  prefix: number;
  value: string | null;
}

// ------------------------------------------------------------------------------------------------
// Values

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

function daysIn(y: number | null, m: number): number {
  if (m === 2) return y === null || (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

function isoDay(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) return null;
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

const ymdOf = (t: number): YMD => {
  const g = new Date(t);
  return { y: g.getUTCFullYear(), m: g.getUTCMonth() + 1, d: g.getUTCDate() };
};
const timeOf = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
const isoOf = (a: YMD) => `${pad(a.y, 4)}-${pad(a.m)}-${pad(a.d)}`;

/** ISO 8601 week ("2025-W16") of a day. */
export function isoWeek(a: YMD): string {
  const t = new Date(timeOf(a.y, a.m, a.d));
  const dow = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - dow); // the Thursday of this week
  const y = t.getUTCFullYear();
  const week = Math.ceil(((t.getTime() - Date.UTC(y, 0, 1)) / DAY_MS + 1) / 7);
  return `${y}-W${pad(week)}`;
}

/** The part two Gregorian days share ("2024", "2024-03"), else null. */
function common(a: YMD, b: YMD): string | null {
  if (a.y !== b.y) return null;
  if (a.m !== b.m) return pad(a.y, 4);
  if (a.d !== b.d) return `${pad(a.y, 4)}-${pad(a.m)}`;
  return isoOf(a);
}

function parseRef(s: string | null): YMD | null {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})/.exec(s) : null;
  if (!m) return null;
  const a = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isoDay(a.y, a.m, a.d) ? a : null;
}

/** Year of a month (and day) that the text leaves open, from the reference and a relative offset. */
function pickYear(refY: number, refM: number, refD: number, m: number, d: number | null, rel: number | null): number {
  const cmp = (y: number) => (d === null ? (y * 12 + m) - (refY * 12 + refM) : (timeOf(y, m, Math.min(d, daysIn(y, m))) - timeOf(refY, refM, refD)) / DAY_MS);
  if (rel === 0) return refY;
  if (rel !== null && rel < 0) return cmp(refY) < 0 ? refY : refY - 1;
  if (rel !== null && rel > 0) return cmp(refY) > 0 ? refY : refY + 1;
  let best = refY;
  for (const y of [refY - 1, refY, refY + 1]) {
    const a = Math.abs(cmp(y));
    const b = Math.abs(cmp(best));
    if (a < b || (a === b && cmp(y) < 0)) best = y;
  }
  return best;
}

/** Value of a month expression with optional day and year. */
function monthValue(cal: Calendar, y: number | null, m: number, d: number | null, rel: number | null, ref: YMD | null): string | null {
  if (cal === "gregorian") {
    if (y === null) {
      if (!ref) return d === null ? `XXXX-${pad(m)}` : (d <= daysIn(null, m) ? `XXXX-${pad(m)}-${pad(d)}` : null);
      y = pickYear(ref.y, ref.m, ref.d, m, d, rel);
    }
    return d === null ? `${pad(y, 4)}-${pad(m)}` : isoDay(y, m, d);
  }
  if (y === null) {
    if (!ref) return null;
    const h = hijriParts(new Date(timeOf(ref.y, ref.m, ref.d)));
    y = pickYear(h.y, h.m, h.d, m, d, rel);
  }
  if (d !== null) {
    const g = hijriToGregorian(y, m, d);
    return g ? isoOf(g) : null;
  }
  const span = hijriSpan(y, m);
  return span ? common(span[0], span[1]) : null;
}

function shiftDays(ref: YMD, n: number): YMD {
  return ymdOf(timeOf(ref.y, ref.m, ref.d) + n * DAY_MS);
}

// ------------------------------------------------------------------------------------------------
// The parser

interface MonthParts { first: number; prefix: number; last: number; cal: Calendar; m: number; y: number | null; rel: number | null }

/**
 * The words (after proclitics) a parser below may begin with, besides numbers and a lone article
 * (الـ16): relday/weekday (يوم), duration (قبل، منذ), monthExpr (شهر), year (عام), unit (هذا،
 * العام), parseAt (مطلع), and the first words of date words and day ordinals.
 */
const FIRST_WORDS = new Set<string>([
  ...DAY_WORDS, ...DURATION_BEFORE.keys(), ...MONTH_WORDS, ...YEAR_WORDS, ...DEMONSTRATIVES, ...UNIT_WORDS.keys(), ...PERIOD_MODIFIERS, ...DATE_FIRST_WORDS,
]);
/** A lone article, with a و، ف or ب before it (الـ16): /^[وفب]?ال$/ by character codes (asked for every short word). */
function isLoneArticle(w: string): boolean {
  const n = w.length;
  if (n < 2 || n > 3 || w.charCodeAt(n - 2) !== 0x627 || w.charCodeAt(n - 1) !== 0x644) return false; // ال
  if (n === 2) return true;
  const c = w.charCodeAt(0);
  return c === 0x648 || c === 0x641 || c === 0x628; // و ف ب
}

const FIRST_TAILS = new WordTails(FIRST_WORDS);

/** May a date expression begin with this word (a lone article, or a reading among FIRST_WORDS)? */
const MAY_START = wordFlag((w: string): boolean => {
  if (isLoneArticle(w)) return true;
  if (!FIRST_TAILS.mayHold(w)) return false;
  const readings = cliticReadings(w);
  for (let k = 0; k < readings.length; k++) if (FIRST_WORDS.has(readings[k]!.stem)) return true;
  return false;
});

/** False when no date expression can begin at token `t` (its word flags: `flags`): a cheap test before parseAt. */
function mayStartAt(t: Token, flags: number): boolean {
  if (t.kind === "number") return true;
  return t.kind === "word" && (flags & MAY_START) !== 0;
}

// Parser kinds: the parsers of DateScan.core that may read a date beginning at a token, told by the
// token alone (its kind, and for a word the readings the parser starts with). A parser left out
// would find nothing there, so core runs only the others.
/** relday, weekday: a weekday or relative day (الثلاثاء، أمس) or يوم. */
const P_DAY = 1;
/** duration: قبل، منذ. */
const P_DURATION = 2;
/** dayMonth: a day number, a lone article (الـ16) or a day ordinal (الأول من نيسان). */
const P_DAY_MONTH = 4;
/** rangeStart, numeric: a number. */
const P_NUMBER = 8;
/** monthExpr: a month name or شهر. */
const P_MONTH = 16;
/** year: a number or عام. */
const P_YEAR = 32;
/** unit: a calendar unit or a demonstrative (الأسبوع الماضي، هذا العام). */
const P_UNIT = 64;
/** What a number token may begin. */
const NUMBER_PARSERS = P_DAY_MONTH | P_NUMBER | P_YEAR;

/** The parsers a date beginning at a word token may be read by (any clitic reading counts: permissive). */
function wordParsers(w: string): number {
  let kinds = isLoneArticle(w) ? P_DAY_MONTH : 0;
  const readings = cliticReadings(w);
  for (let k = 0; k < readings.length; k++) {
    const stem = readings[k]!.stem;
    if (DAY_FIRSTS.has(stem) || DAY_WORDS.has(stem)) kinds |= P_DAY;
    if (MONTH_FIRSTS.has(stem)) kinds |= P_MONTH;
    if (DURATION_BEFORE.has(stem)) kinds |= P_DURATION;
    if (ORDINAL_FIRSTS.has(stem)) kinds |= P_DAY_MONTH;
    if (MONTH_WORDS.has(stem)) kinds |= P_MONTH;
    if (YEAR_WORDS.has(stem)) kinds |= P_YEAR;
    if (DEMONSTRATIVES.has(stem) || UNIT_WORDS.has(stem)) kinds |= P_UNIT;
  }
  return kinds;
}
/** wordParsers, once per distinct word (asked where a date may begin, and after a day number). */
const WORD_PARSERS = new WordFactKind(wordParsers);

/** "إلى"، "حتى" between the days of a range (16 إلى 18 أيار) or two years. */
const RANGE_LINKS: ReadonlySet<string> = new Set(["الي", "حتي"]);
/** "من"، "على" after a counted period: counted from another event (قبل يومين من الاجتماع). */
const COUNTED_FROM: ReadonlySet<string> = new Set(["من", "علي"]);

/** The value of a number token's text made of digits only (no 3.5, 10:30), else null: once per distinct text (DateScan.num). */
const DIGITS_VALUE = new WordFactKind((text: string): number | null => (/^\d+$/.test(text) ? Number(text) : null));

/**
 * Every word list the parsers below ask wordIn / wordMatch about (add a list here when a parser
 * asks about a new one): a word none of whose clitic readings is in one of them is in none
 * (IN_VOCABULARY), told without asking.
 */
const VOCABULARY_LISTS: ReadonlyArray<ReadonlySet<string> | ReadonlyMap<string, unknown>> = [
  RELATIVE_ADJECTIVES, UNIT_WORDS, DEMONSTRATIVES, YEAR_WORDS, HIJRI_MARKERS, GREGORIAN_MARKERS, MONTH_WORDS, MONTH_CUES, DATE_NAME_NOUNS,
  RANGE_LINKS, DAY_WORDS, LINK_WORDS, TODAY_EXCLUSIONS, TODAY_PRE_EXCLUSIONS, TOMORROW_EXCLUSIONS, GENERAL_NOUNS, CALENDAR_ADJECTIVES,
  NEW_ADJECTIVES, QUANTITY_AFTER, EVENT_NOUNS, QUANTITY_BEFORE, YEAR_CUES, FOLLOW_OK, DURATION_BEFORE, COUNT_WORDS, DURATION_WORDS,
  COUNTED_FROM, PERIOD_MODIFIERS,
];
const VOCABULARY = new Set<string>();
for (const list of VOCABULARY_LISTS) for (const w of list.keys()) VOCABULARY.add(w);
/** Some clitic reading of the word (the whole word first) is in a list of VOCABULARY_LISTS: once per distinct word. */
const IN_VOCABULARY = new WordFactKind((word: string): boolean => {
  const readings = cliticReadings(word);
  for (let k = 0; k < readings.length; k++) if (VOCABULARY.has(readings[k]!.stem)) return true;
  return false;
});

/** The longer of two parses (`best` on a tie: the parser tried first wins). */
const longer = (best: Found | null, c: Found | null): Found | null => (c && (!best || c.last > best.last) ? c : best);

const NUMERIC_DMY = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/;
const NUMERIC_YMD = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
const LATIN = /[A-Za-z]/;

/**
 * One document's date scan: the parsers below are tried at each token where a date may begin, and
 * share the document, the reference date, the current line's end and the date words found. (A
 * class, not closures in extractDates: those were made again for every document.)
 */
class DateScan {
  readonly tokens: Token[];
  /** The shared Word of each token (docWords). */
  readonly words: Word[];
  /** Tokens at or after lim are on a later line. */
  lim = 0;
  /** The token after the last year mention (for "عامي 2020 و2021"). */
  lastYearEnd = -1;
  private readonly dwCache = new Map<number, ReturnType<typeof dateWordAt>>();

  constructor(doc: Doc, readonly ref: YMD | null) {
    this.tokens = doc.tokens;
    this.words = docWords(doc);
  }

  /** The parser kinds (P_…) that may read a date beginning at token k. */
  parsersAt(k: number): number {
    const t = this.tokens[k];
    if (t === undefined) return 0;
    if (t.kind === "number") return NUMBER_PARSERS;
    return t.kind === "word" ? WORD_PARSERS.of(this.words[k]!) : 0;
  }

  /** The date word at token k (cached: every parser asks). */
  dword(k: number): ReturnType<typeof dateWordAt> {
    let w = this.dwCache.get(k);
    if (w === undefined) { w = dateWordAt(this.tokens, k); this.dwCache.set(k, w); }
    return w;
  }
  at(k: number): Token | undefined { return k >= 0 && k < this.lim ? this.tokens[k] : undefined; }
  /** at(k) for wordIn and wordMatch: undefined also for a word in no list they are asked about (IN_VOCABULARY). */
  vocab(k: number): Token | undefined {
    const t = this.at(k);
    return t !== undefined && t.kind === "word" && IN_VOCABULARY.of(this.words[k]!) ? t : undefined;
  }
  isPunct(k: number, chars: string): boolean { const t = this.at(k); return !!t && t.kind === "punct" && chars.includes(t.text); }
  adjacent(a: number, b: number): boolean { return !!this.at(a) && !!this.at(b) && this.tokens[a]!.end === this.tokens[b]!.start; }
  num(k: number): number | null { const t = this.at(k); return t !== undefined && t.kind === "number" ? DIGITS_VALUE.of(this.words[k]!) : null; }

  /** Two token ranges with different text (a paired month is another name: not "صفر - صفر"). */
  differs(a: number, b: number, c: number, d: number): boolean {
    const { tokens } = this;
    return tokens.slice(a, b).map((t) => t.text).join(" ") !== tokens.slice(c, d).map((t) => t.text).join(" ");
  }

  /** A relative adjective at k: its offset, or null. */
  relAt(k: number): number | null {
    const m = wordMatch(this.vocab(k), RELATIVE_ADJECTIVES, false);
    return m && m.skip === 0 ? RELATIVE_ADJECTIVES.get(m.stem)! : null;
  }

  /** A year after a month at k: "2025", "2025 م", "1445 هـ", "عام 2025", "من العام الماضي". */
  yearAfter(k: number, cal: Calendar): { last: number; y: number | null; rel: number | null; cal: Calendar } | null {
    let j = k;
    if (this.at(j)?.text === "من" || this.isPunct(j, "،,")) {
      // "من العام الماضي", "من عام 2025", "، 2025"
      const comma = this.at(j)!.kind === "punct";
      j++;
      if (!comma) {
        const u = wordMatch(this.vocab(j), UNIT_WORDS, false);
        const dem = wordIn(this.vocab(j), DEMONSTRATIVES, false) >= 0;
        const uj = dem ? j + 1 : j;
        const u2 = dem ? wordMatch(this.vocab(uj), UNIT_WORDS, false) : u;
        if (u2 && UNIT_WORDS.get(u2.stem) === "year") {
          const r = this.relAt(uj + 1);
          if (r !== null) return { last: uj + 2, y: this.ref ? this.ref.y + r : null, rel: r, cal };
          if (dem) return { last: uj + 1, y: this.ref ? this.ref.y : null, rel: 0, cal };
        }
      }
    }
    if (wordIn(this.vocab(j), YEAR_WORDS, false) === 0 && this.num(j + 1) !== null) j++;
    const y = this.num(j);
    if (y === null || this.at(j)!.text.length < 3 || this.at(j)!.text.length > 4) return null;
    let last = j + 1;
    if (wordIn(this.vocab(last), HIJRI_MARKERS, false) === 0) {
      // a Hijri marker after a Gregorian month is not ours: leave it out
      if (cal === "hijri") last++;
    } else if (wordIn(this.vocab(last), GREGORIAN_MARKERS, false) === 0) {
      if (cal !== "gregorian") return null;
      last++;
    }
    if (cal === "gregorian" && (y < 1000 || y > 2100)) return null;
    if (cal === "hijri" && (y < 1 || y > 1700)) return null;
    // a year must not run into more digits
    if (this.at(last)?.kind === "number") return null;
    return { last, y, rel: null, cal };
  }

  /** Month name at k (with شهر before it, a paired name, a year or a relative adjective after it). */
  monthExpr(k: number, hasDay: boolean, cued: boolean): MonthParts | null {
    // (asked after every day number: most are no month)
    if ((this.parsersAt(k) & P_MONTH) === 0) return null;
    let j = k;
    let prefix = 0;
    let monthWord = false;
    const mw = wordIn(this.vocab(j), MONTH_WORDS);
    if (mw >= 0) {
      const w = this.dword(j + 1);
      if (!w || w.word.kind !== "month" || w.prefix !== 0 || w.last > this.lim) return null;
      monthWord = true;
      prefix = mw;
      j++;
    }
    const w = this.dword(j);
    if (!w || w.word.kind !== "month" || w.last > this.lim) return null;
    if (monthWord && w.prefix !== 0) return null;
    if (!monthWord) prefix = w.prefix;
    const { calendar, month } = w.word;
    const ambiguous = w.word.ambiguous;
    let last = w.last;
    let paired = false;
    // the paired form: شباط/فبراير، شباط (فبراير)، شباط - فبراير
    if (this.isPunct(last, "/\\-–|")) {
      const w2 = this.dword(last + 1);
      if (w2 && w2.word.kind === "month" && w2.word.month === month && w2.prefix === 0 && w2.last <= this.lim && this.differs(j, w.last, w2.first, w2.last)) { last = w2.last; paired = true; }
    } else if (this.isPunct(last, "(")) {
      const w2 = this.dword(last + 1);
      if (w2 && w2.word.kind === "month" && w2.word.month === month && w2.prefix === 0 && this.isPunct(w2.last, ")") && this.differs(j, w.last, w2.first, w2.last)) { last = w2.last + 1; paired = true; }
    }
    let y: number | null = null;
    let rel: number | null = null;
    let cal: Calendar = calendar;
    const ya = this.yearAfter(last, calendar);
    if (ya) { last = ya.last; y = ya.y; rel = ya.rel; cal = ya.cal; }
    else {
      const r = this.relAt(last);
      if (r !== null) { rel = r; last++; }
    }
    if (ambiguous && !(paired || ya || rel !== null || monthWord || (!w.word.weak && (hasDay || cued || wordIn(this.vocab(k - 1), MONTH_CUES) >= 0)))) return null;
    return { first: k, prefix, last, cal, m: month, y, rel };
  }

  /** Day + month: "16 نيسان"، "16 من نيسان"، "الـ16 من نيسان"، "الأول من نيسان". */
  dayMonth(k: number): (Found & { month: MonthParts }) | null {
    let d: number | null = null;
    let j = k;
    let prefix = 0;
    let needMin = false;
    const n = this.num(k);
    if (n !== null && this.at(k)!.text.length <= 2) { d = n; j = k + 1; }
    else if (this.at(k)?.kind === "word" && isLoneArticle(this.at(k)!.text) && this.adjacent(k, k + 1) && this.num(k + 1) !== null && this.at(k + 1)!.text.length <= 2) {
      d = this.num(k + 1); j = k + 2; prefix = this.at(k)!.text.length - 2;
    } else {
      const o = DAY_ORDINALS.matchAt(this.tokens, k, true, this.lim);
      if (o && /^[وفب]?$/.test(this.at(k)!.text.slice(0, o.prefix))) { d = o.values[0]!; j = o.last; prefix = o.prefix; needMin = true; }
    }
    if (d === null || d < 1 || d > 31) return null;
    // قوى 14 آذار، جامعة 6 أكتوبر: a name
    if (wordIn(this.vocab(k - 1), DATE_NAME_NOUNS) >= 0) return null;
    if (this.at(j)?.text === "من") j++;
    else if (needMin) return null;
    const me = this.monthExpr(j, true, false);
    if (!me) return null;
    if (me.cal === "gregorian" && d > daysIn(me.y, me.m)) return null;
    if (me.cal === "hijri" && d > 30) return null;
    return { first: k, prefix, last: me.last, value: monthValue(me.cal, me.y, me.m, d, me.rel, this.ref), month: me };
  }

  /** The first day of a range that shares its month with the second: "16" in "16 و17 نيسان", "من 16 إلى 18 أيار". */
  rangeStart(k: number): Found | null {
    const d = this.num(k);
    if (d === null || this.at(k)!.text.length > 2 || d < 1 || d > 31) return null;
    if (wordIn(this.vocab(k - 1), DATE_NAME_NOUNS) >= 0) return null;
    const c = this.at(k + 1);
    if (!c || !(c.text === "و" || /^[-–]$/.test(c.text) || wordIn(this.vocab(k + 1), RANGE_LINKS, false) === 0)) return null;
    if (this.num(k + 2) === null) return null;
    const dm = this.dayMonth(k + 2);
    if (!dm || dm.prefix !== 0) return null;
    const me = dm.month;
    if (me.cal === "gregorian" ? d > daysIn(me.y, me.m) : d > 30) return null;
    return { first: k, prefix: 0, last: k + 1, value: monthValue(me.cal, me.y, me.m, d, me.rel, this.ref) };
  }

  /** Numeric dates: 16/4/2025, 16.4.2025, 2025/04/16, 2025-04-16, 16-4-2025 (day first). */
  numeric(k: number): Found | null {
    const t = this.at(k);
    if (!t || t.kind !== "number") return null;
    let y = 0, m = 0, d = 0, last = k + 1;
    let mm = NUMERIC_DMY.exec(t.text);
    if (mm) { d = Number(mm[1]); m = Number(mm[2]); y = Number(mm[3]); }
    else if ((mm = NUMERIC_YMD.exec(t.text))) { y = Number(mm[1]); m = Number(mm[2]); d = Number(mm[3]); }
    else if (/^\d+$/.test(t.text) && this.isPunct(k + 1, "-/") && this.isPunct(k + 3, this.at(k + 1)!.text) && this.num(k + 2) !== null && this.num(k + 4) !== null
      && (this.at(k + 1)!.text === "-" || !this.adjacent(k, k + 1))) {
      // 2025-04-16, 16-4-2025, and the spaced forms "16 - 4 - 2025", "16 / 4 / 2025"
      const a = t.text, c = this.at(k + 4)!.text;
      if (a.length === 4 && c.length <= 2) { y = Number(a); m = this.num(k + 2)!; d = Number(c); }
      else if (a.length <= 2 && c.length === 4) { d = Number(a); m = this.num(k + 2)!; y = Number(c); }
      else return null;
      last = k + 5;
    } else return null;
    if (this.at(last)?.kind === "number" || this.isPunct(last, "-/")) return null;
    if (wordIn(this.vocab(last), HIJRI_MARKERS, false) === 0 && y >= 1 && y <= 1700) {
      const g = hijriToGregorian(y, m, d);
      return g ? { first: k, prefix: 0, last: last + 1, value: isoOf(g) } : null;
    }
    if (y < 1900 || y > 2100) return null;
    const v = isoDay(y, m, d);
    if (!v) return null;
    if (wordIn(this.vocab(last), GREGORIAN_MARKERS, false) === 0) last++;
    return { first: k, prefix: 0, last, value: v };
  }

  /** Weekday, with يوم, a following date or a relative adjective. */
  weekday(k: number): Found | null {
    let j = k;
    let prefix = 0;
    const dw = wordMatch(this.vocab(k), DAY_WORDS);
    if (dw) { prefix = dw.skip; j++; }
    const w = this.dword(j);
    if (!w || w.word.kind !== "weekday" || w.last > this.lim || (dw && w.prefix !== 0)) return null;
    if (!dw) prefix = w.prefix;
    // الأحد عشر: eleven
    if (this.at(w.last)?.text === "عشر" || this.at(w.last)?.text === "عشره") return null;
    return this.afterWeekday(k, prefix, w.last, w.word.day, null);
  }

  afterWeekday(first: number, prefix: number, last: number, day: number, fixed: string | null): Found {
    // a date after the weekday: "الثلاثاء 16 نيسان"، "الثلاثاء، 16/4/2025"، "الثلاثاء الموافق 16 نيسان"
    let j = last;
    if (this.isPunct(j, "،,")) j++;
    if (wordIn(this.vocab(j), LINK_WORDS, false) === 0) j++;
    const dm = this.dayMonth(j) ?? this.numeric(j);
    if (dm && dm.prefix === 0 && fixed === null) return { first, prefix, last: dm.last, value: dm.value };
    if (fixed !== null) return { first, prefix, last, value: fixed };
    const r = this.relAt(last);
    if (r !== null) last++;
    let value: string | null = null;
    if (this.ref) {
      const dow = new Date(timeOf(this.ref.y, this.ref.m, this.ref.d)).getUTCDay();
      let back = (dow - day + 7) % 7; // days back to the most recent such day on or before ref
      if (r !== null && r < 0 && back === 0) back = 7;
      value = r !== null && r > 0 ? isoOf(shiftDays(this.ref, ((day - dow + 7) % 7) || 7)) : isoOf(shiftDays(this.ref, -back));
    }
    return { first, prefix, last, value };
  }

  /** Relative day: أمس، يوم أمس، اليوم، غداً، أول أمس (+ weekday). */
  relday(k: number): Found | null {
    let j = k;
    let prefix = 0;
    let w = this.dword(k);
    const dw = w && w.word.kind === "relday" ? null : wordMatch(this.vocab(k), DAY_WORDS);
    if (dw) { prefix = dw.skip; j++; w = this.dword(j); }
    if (!w || w.word.kind !== "relday" || w.last > this.lim || (dw && w.prefix !== 0)) return null;
    if (!dw) prefix = w.prefix;
    if (w.prefix > 1) return null;
    const stem = this.at(j)!.text.slice(w.prefix);
    if (stem === "اليوم" && w.last === j + 1) {
      const next = this.at(j + 1);
      if (next && (wordIn(this.vocab(j + 1), TODAY_EXCLUSIONS, false) === 0 || next.kind === "number" || DAY_ORDINALS.matchAt(this.tokens, j + 1, false))) return null;
      if (!dw && wordIn(this.vocab(j - 1), TODAY_PRE_EXCLUSIONS, false) === 0) return null;
      // "10 سجائر في اليوم": per day
      if (!dw && this.at(j - 1)?.text === "في" && [j - 2, j - 3, j - 4].some((x) => this.at(x)?.kind === "number")) return null;
    }
    if (stem === "غدا" && w.last === j + 1 && wordIn(this.vocab(j - 1), TOMORROW_EXCLUSIONS, false) === 0) return null;
    const value = this.ref ? isoOf(shiftDays(this.ref, w.word.offset)) : null;
    // "أمس الثلاثاء"، "اليوم الأربعاء"
    const wd = this.dword(w.last);
    if (wd && wd.word.kind === "weekday" && wd.prefix === 0 && wd.last <= this.lim) return this.afterWeekday(k, prefix, wd.last, wd.word.day, value);
    return { first: k, prefix, last: w.last, value };
  }

  /** Calendar unit with a relative adjective: الأسبوع الماضي، هذا العام، العام الميلادي الجديد. */
  unit(k: number, modified: boolean): Found | null {
    let j = k;
    let prefix = 0;
    const dem = wordMatch(this.vocab(j), DEMONSTRATIVES);
    if (dem) { prefix = dem.skip; j++; }
    const u = wordMatch(this.vocab(j), UNIT_WORDS, !dem);
    if (!u || (dem && u.skip !== 0)) return null;
    if (!dem) prefix = u.skip;
    const kind = UNIT_WORDS.get(u.stem)!;
    // الأمين العام السابق، المدير العام الحالي: العام is "general" here
    if (!dem && u.skip === 0 && u.stem === "العام") {
      const p = this.at(k - 1);
      if (wordIn(this.vocab(k - 1), GENERAL_NOUNS, false) === 0) return null;
      // after another definite noun, السابق/الحالي read as "former/current" (المدير العام السابق)
      if (p?.kind === "word" && /^ال/.test(p.text) && /^(?:السابق|الحالي)/.test(this.at(j + 1)?.text ?? "")) return null;
    }
    let last = j + 1;
    let hijri = false;
    const ca = wordMatch(this.vocab(last), CALENDAR_ADJECTIVES, false);
    if (ca && ca.skip === 0 && kind === "year") { hijri = /هجري/.test(ca.stem); last++; }
    let off: number | null = this.relAt(last);
    let isNew = false;
    if (off !== null) last++;
    else if (wordIn(this.vocab(last), NEW_ADJECTIVES, false) === 0 && kind === "year") { isNew = true; last++; }
    else if (dem || modified) off = 0;
    else return null;
    let value: string | null = null;
    if (this.ref && !hijri) {
      if (isNew) value = pad(this.ref.m >= 10 ? this.ref.y + 1 : this.ref.y, 4);
      else if (kind === "year") value = pad(this.ref.y + off!, 4);
      else if (kind === "month") { const t = this.ref.y * 12 + (this.ref.m - 1) + off!; value = `${pad(Math.floor(t / 12), 4)}-${pad((t % 12) + 1)}`; }
      else value = isoWeek(shiftDays(this.ref, 7 * off!));
    }
    return { first: k, prefix, last, value };
  }

  /** A year: "عام 2017"، "سنة 1445 هـ"، or a bare 4-digit year with a cue or in a standalone position. */
  year(k: number, cued: boolean): Found | null {
    let j = k;
    let prefix = 0;
    const yw = wordMatch(this.vocab(k), YEAR_WORDS);
    if (yw) {
      if (this.num(k + 1) === null) return null;
      prefix = yw.skip; j = k + 1;
    }
    const t = this.at(j);
    const y = this.num(j);
    if (y === null || t!.text.length < 3 || t!.text.length > 4 || t!.text.startsWith("0")) return null;
    let last = j + 1;
    let cal: Calendar | null = null;
    if (wordIn(this.vocab(last), HIJRI_MARKERS, false) === 0 && y <= 1700) { cal = "hijri"; last++; }
    else if (wordIn(this.vocab(last), GREGORIAN_MARKERS, false) === 0 && y >= 1000 && y <= 2200) { cal = "gregorian"; last++; }
    if (this.at(last)?.kind === "number" || this.isPunct(last, ".,:/") && this.at(last + 1)?.kind === "number" && this.adjacent(last - 1, last)) return null;
    if (cal === null) {
      if (yw ? y < 1000 || y > 2100 : y < 1900 || y > 2100 || t!.text.length !== 4) return null;
      if (!yw) {
        if (wordIn(this.vocab(last), QUANTITY_AFTER, false) === 0) return null;
        // a bare year: not a quantity, not part of a name, and with a cue or in a standalone position
        const p1 = this.at(j - 1), p2 = this.at(j - 2);
        if (p1?.kind === "number") return null;
        if (p1?.kind === "word" && LATIN.test(p1.text)) return null;
        const word2 = p1?.kind === "word" ? p2 : undefined;
        if (wordIn(this.vocab(j - 1), EVENT_NOUNS) >= 0 || (word2 && wordIn(this.vocab(j - 2), EVENT_NOUNS) >= 0)) return null;
        if (wordIn(this.vocab(j - 1), QUANTITY_BEFORE) >= 0 || (word2 && wordIn(this.vocab(j - 2), QUANTITY_BEFORE) >= 0)) return null;
        const quoted = p1?.kind === "punct" && /["«“']/.test(p1.text);
        const cont = this.lastYearEnd >= 0 && (this.lastYearEnd === j - 1 || this.lastYearEnd === j - 2) && !!p1 && (p1.text === "و" || /^[-–]$/.test(p1.text) || wordIn(this.vocab(j - 1), RANGE_LINKS) >= 0);
        if (!(cued || cont || wordIn(this.vocab(j - 1), YEAR_CUES) >= 0)) {
          if (quoted) return null;
          const n = this.at(last);
          const nextOk = !n || n.kind === "punct" || /^[وف]..|^ال/.test(n.text) || wordIn(this.vocab(last), FOLLOW_OK, false) === 0;
          const prevOk = !p1 || (p1.kind === "punct" && !quoted) || /^(?:[وفبلك]?ال|[وف]?لل)/.test(p1.text);
          if (!nextOk || !prevOk) return null;
        }
      }
    }
    let value: string | null;
    if (cal === "hijri") {
      const span = hijriSpan(y, null);
      value = span ? common(span[0], span[1]) : null;
    } else value = pad(y, 4);
    return { first: k, prefix, last, value };
  }

  /** A counted period before the reference: قبل يومين، منذ ثلاثة أشهر (not "قبل يومين من …"). */
  duration(k: number): Found | null {
    const b = wordMatch(this.vocab(k), DURATION_BEFORE);
    if (!b) return null;
    const dir = DURATION_BEFORE.get(b.stem)!;
    let j = k + 1;
    let n: number | null = this.num(j);
    if (n !== null) { if (this.at(j)!.text.length > 2) return null; j++; }
    else if (wordIn(this.vocab(j), COUNT_WORDS, false) === 0) { n = COUNT_WORDS.get(this.at(j)!.text)!; j++; }
    const u = wordMatch(this.vocab(j), DURATION_WORDS, false);
    if (!u || u.skip !== 0) return null;
    const dw = DURATION_WORDS.get(u.stem)!;
    if (n === null) { if (dw.count === 0) return null; n = dw.count; }
    else if (dw.count !== 0) return null;
    if (n < 1) return null;
    const last = j + 1;
    // "بعد يومين من الاجتماع", "قبل عامين على الانتخابات": counted from another event
    if (wordIn(this.vocab(last), COUNTED_FROM, false) === 0) return null;
    // "منذ عام 2011" is a year and "قبل شهر رمضان" a month, not "a year/month ago"
    if (this.at(last)?.kind === "number" || this.dword(last)) return null;
    let value: string | null = null;
    if (this.ref) {
      const off = dir * n;
      if (dw.unit === "day") value = isoOf(shiftDays(this.ref, off));
      else if (dw.unit === "week") value = isoWeek(shiftDays(this.ref, 7 * off));
      else if (dw.unit === "month") { const t = this.ref.y * 12 + (this.ref.m - 1) + off; value = `${pad(Math.floor(t / 12), 4)}-${pad((t % 12) + 1)}`; }
      else value = pad(this.ref.y + off, 4);
    }
    return { first: k, prefix: b.skip, last, value };
  }

  /** The core expressions at k (after a period modifier when `modified`). */
  core(k: number, modified: boolean): Found | null {
    // no date begins on a later line (after a period modifier at the end of a line: "مطلع\nالأول من …")
    if (k >= this.lim) return null;
    // every parser that may read a date at k (parsersAt) is tried, in this order; the first of the longest wins
    const kinds = this.parsersAt(k);
    if (kinds === 0) return null;
    let best: Found | null = null;
    if (!modified && (kinds & P_DAY) !== 0) { best = longer(best, this.relday(k)); best = longer(best, this.weekday(k)); }
    if (!modified && (kinds & P_DURATION) !== 0) best = longer(best, this.duration(k));
    if ((kinds & P_DAY_MONTH) !== 0) best = longer(best, this.dayMonth(k));
    if ((kinds & P_NUMBER) !== 0) { best = longer(best, this.rangeStart(k)); best = longer(best, this.numeric(k)); }
    const me = (kinds & P_MONTH) !== 0 ? this.monthExpr(k, false, modified) : null;
    if (me && !(this.num(k - 1) !== null && wordIn(this.vocab(k - 2), DATE_NAME_NOUNS) >= 0)) { // not a name: جامعة 6 أكتوبر
      best = longer(best, { first: k, prefix: me.prefix, last: me.last, value: monthValue(me.cal, me.y, me.m, null, me.rel, this.ref) });
    }
    if ((kinds & P_YEAR) !== 0) best = longer(best, this.year(k, modified));
    if ((kinds & P_UNIT) !== 0) best = longer(best, this.unit(k, modified));
    return best;
  }

  parseAt(i: number): Found | null {
    const c = this.core(i, false);
    if (c) return c;
    const mod = wordMatch(this.vocab(i), PERIOD_MODIFIERS);
    if (mod) {
      const c2 = this.core(i + 1, true);
      if (c2 && c2.prefix === 0) return { first: i, prefix: mod.skip, last: c2.last, value: c2.value };
    }
    return null;
  }

}

export function extractDates(ctx: ExtractContext): DateFact[] {
  const { doc } = ctx;
  const tokens = doc.tokens;
  const flags = docFlags(doc);
  const scan = new DateScan(doc, parseRef(ctx.referenceDate));
  const out: DateFact[] = [];
  for (let i = 0; i < tokens.length; ) {
    if (!mayStartAt(tokens[i]!, flags[i]!)) { i++; continue; }
    // the end of i's line, found when a date may begin on it (a token past the end is on a later line)
    if (i >= scan.lim) {
      let lim = i + 1;
      while (lim < tokens.length && !tokens[lim]!.newlineBefore) lim++;
      scan.lim = lim;
    }
    const f = scan.parseAt(i);
    if (!f) { i++; continue; }
    const m = tokenMention(doc, f.first, f.last, f.prefix);
    const span: Span = { first: f.first, last: f.last, prefix: f.prefix };
    out.push({ text: m.text, start: m.start, end: m.end, value: f.value, span });
    if (/^\d{3,4}$/.test(tokens[f.last - 1]!.text) || HIJRI_MARKERS.has(tokens[f.last - 1]!.text) || GREGORIAN_MARKERS.has(tokens[f.last - 1]!.text)) scan.lastYearEnd = f.last;
    i = f.last;
  }
  return out;
}
