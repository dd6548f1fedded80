// Ministers and other titled people in Arabic text.
//
// Rules, in the order they are tried at each token of a sentence:
//   1. minister title: (نائب رئيس الوزراء)? وزير|وزيرا|وزراء + portfolio + country (adjective or name),
//      then [،] honorifics* NAME                     → minister (pattern "title first")
//   2. a name found just before a minister title      → minister (pattern "name first": اللواء محمود توفيق وزير الداخلية)
//   3. counterpart: نظيره + country adjective [،] NAME → minister with the subject's portfolio
//   4. honorifics/ranks + NAME [، role]              → person (or minister when a title follows)
//   5. person titles (الرئيس، السفير، الأمين العام …) + NAME → person with title
// Then mentions are merged into entities (same name, or a shorter name inside a longer one), and
// later references are attached: surname alone, "الوزير" + country adjective, a bare title with
// the same portfolio. A minister's country comes from the title, a counterpart phrase, the
// knowledge file (when on) or the document's context (countries and places it mentions).
import type { Doc } from "../../text/document.js";
import { originalText } from "../../text/document.js";
import type { CountryBasis, Portfolio } from "../../types.js";
import type { EntityFacts, ExtractContext, MinisterFact, PersonFact, Span } from "../facts.js";
import {
  ANAPHORS, COUNTERPART, DEPUTY, HONORIFICS, MINISTER_HEADS, PERSON_TITLES, PORTFOLIOS, PRIME_MINISTER,
  STATE_MINISTER, NOT_NAME, ORDINALS, GOVERNMENT_NOUNS, type MinisterNumber,
} from "../../lexicon/titles.js";
import { countryAt } from "../../lexicon/countries.js";
import { lookupKnowledge } from "../../lexicon/knowledge.js";
import { cliticReadings } from "../../text/clitics.js";
import { nameAt, nameKeyTokens, sameName, isAlaPreposition, hasArticle, isVerbLike, GIVEN_NAMES, FAMILY_NAMES, NON_NAME_WORDS, PERSON_CUES } from "./names.js";
import { CONNECTORS as CONNECTORS_WORDS, SPEECH_VERBS, SPEECH_COMPLEMENTS, PROFESSIONS } from "../../lexicon/titles.js";

/** Words that cannot open a name in a weak frame: clitic-bearing or verb-like. */
const badStart = (w: string): boolean => /^(و|ف|ب|ل|ك|س)/.test(w) && !GIVEN_NAMES.has(w) || isVerbLike(w, true);

export interface TitleMatch {
  first: number;
  last: number;
  prefix: number;
  portfolio: Portfolio;
  number: MinisterNumber;
  countries: string[];
  /** First token of the country part of the title, if any. */
  countryFirst: number;
}

/** A minister title starting at token i (with proclitics on the first word). */
export function ministerTitleAt(doc: Doc, i: number, limit: number): TitleMatch | null {
  const toks = doc.tokens;
  const t = toks[i];
  if (!t || t.kind !== "word") return null;
  let j = i;
  let prefix = 0;
  let portfolio: Portfolio | null = null;
  let number: MinisterNumber = "singular";
  // نائب رئيس الوزراء (وزير الخارجية)?
  let readings = cliticReadings(t.text);
  const deputy = readings.find((r) => DEPUTY.has(r.stem) || DEPUTY.has(r.stem.replace(/^ال/, "")));
  if (deputy) {
    const at = toks[i + 1] && ORDINALS.has(toks[i + 1]!.text) ? i + 2 : i + 1;
    const pm = PRIME_MINISTER.matchAt(toks, at, true, limit);
    if (pm) {
      prefix = deputy.prefix;
      portfolio = "other";
      j = pm.last;
      const inner = ministerTitleAt(doc, j, limit);
      if (inner && inner.first === j) return { ...inner, first: i, prefix };
    }
  }
  if (!portfolio) {
    const pm = PRIME_MINISTER.matchAt(toks, i, true, limit);
    if (pm) { portfolio = "prime_minister"; j = pm.last; prefix = pm.prefix; }
  }
  if (!portfolio) {
    readings = cliticReadings(t.text);
    const head = readings.find((r) => MINISTER_HEADS.has(r.stem));
    if (!head) return null;
    number = MINISTER_HEADS.get(head.stem)!;
    prefix = head.prefix;
    j = i + 1;
    const p = PORTFOLIOS.matchAt(toks, j, false, limit);
    if (p) {
      portfolio = p.values[0]!;
      j = p.last;
      // coordinated portfolios: وزير الداخلية والجماعات المحلية والنقل
      while (j < limit && toks[j]!.kind === "word" && /^و(ال|ش)/.test(toks[j]!.text) && !countryAt(toks, j)) {
        j++;
        while (j < limit && toks[j]!.kind === "word" && toks[j]!.text.startsWith("ال") && !countryAt(toks, j) && !NOT_NAME.has(toks[j]!.text)) j++;
      }
    } else if (toks[j] && STATE_MINISTER.has(toks[j]!.text)) {
      portfolio = "other";
      j++;
      // وزير الدولة لشؤون مجلس الوزراء
      let n = 0;
      while (j < limit && n < 4 && toks[j]!.kind === "word" && !NOT_NAME.has(toks[j]!.text) && !countryAt(toks, j)) { j++; n++; }
    } else if (toks[j] && toks[j]!.kind === "word" && toks[j]!.text.startsWith("ال") && toks[j]!.text.length > 3 && !NOT_NAME.has(toks[j]!.text) && !countryAt(toks, j)) {
      // an unlisted portfolio: وزير الزراعة، وزير النقل والمواصلات
      portfolio = "other";
      j++;
      while (j < limit && toks[j]!.kind === "word" && toks[j]!.text.startsWith("وال") && !countryAt(toks, j)) j++;
    } else {
      return null;
    }
  }
  // countries: adjective (السوري) or name (داخلية مصر), possibly coordinated (مصر والسعودية)
  const countries: string[] = [];
  let countryFirst = -1;
  // "… في جمهورية باكستان الإسلامية", "… لدى دولة الكويت"
  if (toks[j] && (toks[j]!.text === "في" || toks[j]!.text === "لدي") && countryAt(toks, j + 1)?.first === j + 1) j++;
  for (;;) {
    const c = j < limit ? countryAt(toks, j) : null;
    if (!c || c.first !== j) break;
    if (countries.length && c.prefix === 0) break;
    if (countryFirst < 0) countryFirst = j;
    if (!countries.includes(c.entry.code)) countries.push(c.entry.code);
    j = c.last;
  }
  // a government complement: "بحكومة الوحدة الوطنية"، "في الحكومة الانتقالية"
  const g = toks[j];
  if (g && g.kind === "word") {
    const gr = cliticReadings(g.text).find((r) => GOVERNMENT_NOUNS.has(r.stem));
    const viaFi = g.text === "في" && toks[j + 1] && GOVERNMENT_NOUNS.has(toks[j + 1]!.text);
    if ((gr && gr.prefix > 0) || viaFi) {
      let k = viaFi ? j + 2 : j + 1;
      while (k < limit && k - j < 5 && toks[k]!.kind === "word" && toks[k]!.text.startsWith("ال") && !HONORIFICS.matchAt(toks, k, false, limit)) {
        const c = countryAt(toks, k);
        if (c && c.first === k && !countries.includes(c.entry.code)) countries.push(c.entry.code);
        k++;
      }
      j = k;
    }
  }
  return { first: i, last: j, prefix, portfolio: portfolio!, number, countries, countryFirst };
}

interface Candidate {
  /** Whole stretches (title, honorifics and name) that refer to this person. */
  extents: Span[];
  name: string;
  nameSpan: Span;
  spans: Span[];
  honorifics: string[];
  title?: string;
  titleSpan?: Span | null;
  role?: string;
  minister?: { portfolio: Portfolio; country: string | null; basis?: CountryBasis };
}

/** Honorifics and ranks starting at i: returns their texts and the token after them. */
function honorificsAt(doc: Doc, i: number, limit: number): { items: string[]; next: number } {
  const items: string[] = [];
  let j = i;
  for (let n = 0; n < 6 && j < limit; n++) {
    const h = HONORIFICS.matchAt(doc.tokens, j, true, limit);
    if (!h) break;
    items.push(originalText(doc, h.first, h.last, h.prefix));
    j = h.last;
  }
  return { items, next: j };
}

const isComma = (doc: Doc, i: number) => {
  const t = doc.tokens[i];
  return !!t && t.kind === "punct" && (t.text === "،" || t.text === ",");
};

/** Optional comma, honorifics, then a name. */
function nameAfter(doc: Doc, j: number, limit: number): { span: Span; honorifics: string[] } | null {
  if (isComma(doc, j)) j++;
  const h = honorificsAt(doc, j, limit);
  const n = nameAt(doc, h.next, limit, true, h.items.length === 0);
  if (!n) return null;
  return { span: { first: n.first, last: n.last, prefix: 0 }, honorifics: h.items };
}

/**
 * A name after a title's complement: "الأمين العام لمجلس التعاون جاسم محمد البديوي"، "سفير فرنسا في
 * لبنان هيرفيه ماغرو"، "الممثلة العليا للاتحاد الأوروبي … كايا كالاس". The name starts at a known
 * given name or honorific, or at the first indefinite word after a definite one or a country.
 */
function nameAfterComplement(doc: Doc, j: number, limit: number): { span: Span; honorifics: string[] } | null {
  const toks = doc.tokens;
  for (let k = j; k < limit && k - j <= 9; k++) {
    const t = toks[k]!;
    if (t.kind !== "word") return null;
    if (isVerbLike(t.text, false) || isAlaPreposition(doc, k)) return null;
    if (k === j) continue;
    const prevDefinite = hasArticle(doc, k - 1) || !!countryAt(toks, k - 1);
    const start = GIVEN_NAMES.has(t.text) || t.text === "عبد" || t.text === "ابو" || !!HONORIFICS.matchAt(toks, k, false, limit)
      || (prevDefinite && !hasArticle(doc, k) && !NOT_NAME.has(t.text) && !/^(و|ف|ب|ل|لل)/.test(t.text));
    if (!start) continue;
    const h = honorificsAt(doc, k, limit);
    const n = nameAt(doc, h.next, limit, true, h.items.length === 0);
    if (n && (n.last - n.first >= 2 || h.items.length)) return { span: { first: n.first, last: n.last, prefix: 0 }, honorifics: h.items };
  }
  return null;
}

/** Role after a comma: "، قائد الأمن في المنطقة،". */
function roleAfter(doc: Doc, j: number, limit: number): string | undefined {
  if (!isComma(doc, j)) return undefined;
  const t = PERSON_TITLES.matchAt(doc.tokens, j + 1, false, limit);
  if (!t) return undefined;
  let k = t.last;
  while (k < limit && k - t.first < 8 && doc.tokens[k]!.kind === "word" && !isAlaPreposition(doc, k)) k++;
  return originalText(doc, j + 1, k);
}

export function extractPeople(ctx: ExtractContext, facts: Omit<EntityFacts, "ministers" | "people">): { ministers: MinisterFact[]; people: PersonFact[] } {
  const doc = ctx.doc;
  const toks = doc.tokens;
  const cands: Candidate[] = [];
  /** Minister references without a name: bare titles, الوزير + adjective. */
  const bareTitles: Array<{ span: Span; portfolio: Portfolio | null; country: string | null; sentence: number }> = [];
  const titleText = (m: TitleMatch) => originalText(doc, m.first, m.last, m.prefix);

  for (const s of doc.sentences) {
    let lastSubjectPortfolio: Portfolio | null = null;
    let prev: Candidate | null = null;
    let prevEnd = -1;
    for (let i = s.first; i < s.last; ) {
      const title = ministerTitleAt(doc, i, s.last);
      if (title) {
        const span: Span = { first: title.first, last: title.last, prefix: title.prefix };
        const country = title.countries.length === 1 ? title.countries[0]! : null;
        // name first: "اللواء محمود توفيق وزير الداخلية"
        // (a person title may stand between: "الأمير محمد بن سلمان ولي العهد رئيس مجلس الوزراء")
        const between = prev && prevEnd < i ? PERSON_TITLES.matchAt(toks, prevEnd, false, s.last) : null;
        const glued = prev && !prev.minister && (prevEnd === i || (prevEnd === i - 1 && isComma(doc, i - 1)) || (between !== null && between.last === i));
        if (glued && prev && title.number === "singular") {
          prev.minister = { portfolio: title.portfolio, country, basis: country ? "explicit" : undefined };
          prev.title = titleText(title);
          prev.titleSpan = span;
          prev.spans.push(span);
          prev.extents[prev.extents.length - 1]!.last = title.last;
          lastSubjectPortfolio = title.portfolio;
          prev = null;
          i = title.last;
          continue;
        }
        const after = nameAfter(doc, title.last, s.last);
        if (after && title.number === "singular") {
          const c: Candidate = {
            extents: [{ first: span.first, last: after.span.last, prefix: span.prefix }],
            name: originalText(doc, after.span.first, after.span.last), nameSpan: after.span, spans: [span, after.span],
            honorifics: after.honorifics, title: titleText(title), titleSpan: span,
            minister: { portfolio: title.portfolio, country, basis: country ? "explicit" : undefined },
          };
          cands.push(c);
          lastSubjectPortfolio = title.portfolio;
          prev = c; prevEnd = after.span.last;
          i = after.span.last;
          continue;
        }
        if (title.number === "dual" && title.countries.length >= 2) {
          // وزيرا داخلية مصر والسعودية، X و Y
          const a = nameAfter(doc, title.last, s.last);
          let names: Span[] = [];
          if (a) {
            names.push(a.span);
            let k = a.span.last;
            const w = toks[k];
            if (w && w.kind === "word" && w.text[0] === "و") {
              // the second name carries the conjunction, on an honorific (والأمير) or on the name (وعبد)
              const h2 = honorificsAt(doc, k, s.last);
              if (h2.items.length) {
                const n2 = nameAt(doc, h2.next, s.last, true, false);
                if (n2) names.push({ first: n2.first, last: n2.last, prefix: 0 });
              } else {
                const n2 = nameAt(doc, k, s.last, true, true, 1);
                if (n2) names.push({ first: n2.first, last: n2.last, prefix: 1 });
              }
            }
          }
          title.countries.forEach((code, idx) => {
            const ns = names[idx];
            if (ns) {
              cands.push({ extents: [idx === 0 ? { first: span.first, last: ns.last, prefix: span.prefix } : ns], name: originalText(doc, ns.first, ns.last, ns.prefix), nameSpan: ns, spans: [span, ns], honorifics: [],
                title: titleText(title), titleSpan: span, minister: { portfolio: title.portfolio, country: code, basis: "explicit" } });
            } else {
              bareTitles.push({ span, portfolio: title.portfolio, country: code, sentence: s.index });
            }
          });
          i = title.last;
          continue;
        }
        if (title.number === "singular") {
          bareTitles.push({ span, portfolio: title.portfolio, country, sentence: s.index });
          lastSubjectPortfolio ??= title.portfolio;
        }
        i = title.last;
        continue;
      }
      const tok = toks[i]!;
      // counterpart: نظيره التركي، علي يرلي كايا
      const cp = tok.kind === "word" ? cliticReadings(tok.text).find((r) => COUNTERPART.has(r.stem)) : undefined;
      if (cp) {
        let j = i + 1;
        let country: string | null = null;
        const c = countryAt(toks, j);
        if (c && c.first === j) { country = c.entry.code; j = c.last; }
        const after = nameAfter(doc, j, s.last);
        const span: Span = { first: i, last: j, prefix: cp.prefix };
        if (after) {
          const cand: Candidate = {
            extents: [{ first: i, last: after.span.last, prefix: cp.prefix }],
            name: originalText(doc, after.span.first, after.span.last), nameSpan: after.span, spans: [span, after.span],
            honorifics: after.honorifics,
            title: originalText(doc, i, j, cp.prefix), titleSpan: span,
            minister: { portfolio: lastSubjectPortfolio ?? "other", country, basis: country ? "counterpart" : undefined },
          };
          cands.push(cand);
          prev = cand; prevEnd = after.span.last;
          i = after.span.last;
        } else {
          bareTitles.push({ span, portfolio: lastSubjectPortfolio, country, sentence: s.index });
          i = j;
        }
        continue;
      }
      // "الوزير هاكان فيدان": an anaphoric title followed by a name is a minister of unknown portfolio
      if (tok.kind === "word" && cliticReadings(tok.text).some((r) => r.stem === "الوزير" || r.stem === "الوزيره")) {
        const after = nameAfter(doc, i + 1, s.last);
        if (after && after.span.first <= i + 2 + after.honorifics.length * 2) {
          const cand: Candidate = {
            extents: [{ first: i, last: after.span.last, prefix: 0 }],
            name: originalText(doc, after.span.first, after.span.last), nameSpan: after.span, spans: [{ first: i, last: i + 1, prefix: 0 }, after.span],
            honorifics: after.honorifics, minister: { portfolio: "other", country: null },
          };
          cands.push(cand);
          prev = cand; prevEnd = after.span.last;
          i = after.span.last;
          continue;
        }
      }
      // honorifics / ranks + name
      const h = honorificsAt(doc, i, s.last);
      if (h.items.length) {
        // a minister title may follow the honorific directly (معالي وزير الداخلية …): let the title rule see it
        if (ministerTitleAt(doc, h.next, s.last)) { i = h.next; continue; }
        const n = nameAt(doc, h.next, s.last, true, false);
        if (n) {
          const span: Span = { first: n.first, last: n.last, prefix: 0 };
          const cand: Candidate = { extents: [{ first: i, last: n.last, prefix: 0 }], name: originalText(doc, n.first, n.last), nameSpan: span, spans: [span], honorifics: h.items };
          const role = roleAfter(doc, n.last, s.last);
          if (role) cand.role = role;
          const rank = HONORIFICS.matchAt(toks, i, true, s.last);
          if (rank && rank.values[0] === "rank") cand.title = h.items[h.items.length - 1];
          cands.push(cand);
          prev = cand; prevEnd = n.last;
          i = n.last;
          continue;
        }
        i = h.next;
        continue;
      }
      // person titles: الرئيس السوري أحمد الشرع، السفير …
      const pt = PERSON_TITLES.matchAt(toks, i, true, s.last);
      if (pt) {
        // "ولي العهد رئيس مجلس الوزراء …": a minister title follows, let its rule read the name
        if (ministerTitleAt(doc, pt.last, s.last)) { i = pt.last; continue; }
        let j = pt.last;
        const c = countryAt(toks, j);
        if (c && c.first === j) j = c.last;
        const after = nameAfter(doc, j, s.last) ?? nameAfterComplement(doc, j, s.last);
        if (after) j = Math.min(j, after.span.first);
        if (after) {
          const span: Span = { first: i, last: j, prefix: pt.prefix };
          const cand: Candidate = {
            extents: [{ first: i, last: after.span.last, prefix: pt.prefix }],
            name: originalText(doc, after.span.first, after.span.last), nameSpan: after.span, spans: [after.span],
            honorifics: after.honorifics, title: originalText(doc, i, j, pt.prefix), titleSpan: span,
          };
          cands.push(cand);
          prev = cand; prevEnd = after.span.last;
          i = after.span.last;
          continue;
        }
        i = pt.last;
        continue;
      }
      // a bare name glued to a following minister title: "محمود توفيق وزير الداخلية"
      if (tok.kind === "word") {
        const n = nameAt(doc, i, s.last, false);
        if (n && n.last - n.first >= 2) {
          const next = ministerTitleAt(doc, isComma(doc, n.last) ? n.last + 1 : n.last, s.last);
          if (next && next.number === "singular") {
            const span: Span = { first: n.first, last: n.last, prefix: 0 };
            const cand: Candidate = { extents: [span], name: originalText(doc, n.first, n.last), nameSpan: span, spans: [span], honorifics: [] };
            cands.push(cand);
            prev = cand; prevEnd = n.last;
            i = n.last;
            continue;
          }
        }
      }
      i++;
    }
  }

  // ---- names with no title: a known given name with a name-like word after it ("وقال فؤاد السنيورة"),
  // or a known name after a cue ("النجم البرازيلي كافو") --------------------------------------------
  const covered = new Set<number>();
  // places and bodies are not people ("العاصمة الإيطالية روما")
  for (const f of [...facts.places, ...facts.organizations]) for (const sp of f.spans) for (let k = sp.first; k < sp.last; k++) covered.add(k);
  for (const c of cands) for (const e of [...c.extents, ...c.spans]) for (let k = e.first; k < e.last; k++) covered.add(k);
  for (const s of doc.sentences) {
    for (let i = s.first; i < s.last; i++) {
      if (covered.has(i)) continue;
      const t = toks[i]!;
      if (t.kind !== "word") continue;
      const r = cliticReadings(t.text).find((x) => GIVEN_NAMES.has(x.stem) && (x.prefix === 0 || (t.text[0] === "و" && x.prefix === 1 && x.stem.length >= 3)));
      const prev = toks[i - 1];
      const cue = prev && prev.kind === "word" && (PERSON_CUES.has(prev.text) || !!countryAt(toks, i - 1));
      if (!r && !(cue && (FAMILY_NAMES.has(t.text) || GIVEN_NAMES.has(t.text)))) {
        // an unknown name in a strong frame: after a nationality adjective ("المدافع البرازيلي اندرسون")
        // or between a speech verb and إن/أن ("وقال بوين إنه")
        const adjCue = prev && prev.kind === "word" && hasArticle(doc, i - 1) && countryAt(toks, i - 1)?.adjective === true;
        const profCue = prev && prev.kind === "word" && cliticReadings(prev.text).some((x) => PROFESSIONS.has(x.stem));
        const speech = prev && SPEECH_VERBS.has(prev.text);
        if (!(adjCue || profCue || speech) || hasArticle(doc, i) || NON_NAME_WORDS.has(t.text) || NOT_NAME.has(t.text) || badStart(t.text)) continue;
        const n = nameAt(doc, i, s.last, true, true);
        if (!n || n.first !== i || n.last - i > 3) continue;
        if (speech && !(toks[n.last] && SPEECH_COMPLEMENTS.has(toks[n.last]!.text))) continue;
        const span: Span = { first: i, last: n.last, prefix: 0 };
        cands.push({ extents: [span], name: originalText(doc, i, n.last), nameSpan: span, spans: [span], honorifics: [] });
        for (let k = i; k < n.last; k++) covered.add(k);
        i = n.last - 1;
        continue;
      }
      if (r && (r.stem === "علي" || r.stem === "عمر") && !cue && !FAMILY_NAMES.has(toks[i + 1]?.text ?? "")) continue;
      if (isAlaPreposition(doc, i)) continue;
      // باسم before a definite word is "in the name of" (الناطق باسم الحكومة)
      if (t.text === "باسم" && hasArticle(doc, i + 1)) continue;
      const prefix = r ? r.prefix : 0;
      const rest = i + 1 < s.last ? nameAt(doc, i + 1, s.last, true, false) : null;
      const restOk = rest && rest.first === i + 1 && !covered.has(i + 1);
      const last = restOk ? rest!.last : i + 1;
      if (last - i < 2 && !cue) continue;
      if (last - i >= 2 && !cue) {
        // the second word must look like a name: known, or not a frequent common word
        const w2 = toks[i + 1]!.text;
        if (!(FAMILY_NAMES.has(w2) || GIVEN_NAMES.has(w2) || CONNECTORS_WORDS.has(w2))) {
          if (NON_NAME_WORDS.has(w2) || NOT_NAME.has(w2)) continue;
        }
      }
      const span: Span = { first: i, last, prefix };
      cands.push({ extents: [span], name: originalText(doc, i, last, prefix), nameSpan: span, spans: [span], honorifics: [] });
      for (let k = i; k < last; k++) covered.add(k);
      i = last - 1;
    }
  }

  // ---- merge candidates into entities -------------------------------------------------------
  const entities: Candidate[] = [];
  // entities by each word of their names: a same-name entity shares every word of the shorter name
  const byWord = new Map<string, Candidate[]>();
  const orderOf = new Map<Candidate, number>();
  const index = (e: Candidate) => { for (const w of nameKeyTokens(e.name)) { const l = byWord.get(w); if (l) { if (!l.includes(e)) l.push(e); } else byWord.set(w, [e]); } };
  for (const c of cands) {
    const words = nameKeyTokens(c.name);
    const pool = new Set<Candidate>();
    for (const w of words) for (const e of byWord.get(w) ?? []) pool.add(e);
    let same: Candidate | undefined;
    let sameOrder = Infinity;
    for (const e of pool) {
      const order = orderOf.get(e)!;
      if (order < sameOrder && sameName(e.name, c.name) && (!e.minister || !c.minister || e.minister.portfolio === c.minister.portfolio || e.minister.portfolio === "other" || c.minister.portfolio === "other")) { same = e; sameOrder = order; }
    }
    if (!same) { orderOf.set(c, entities.length); entities.push(c); index(c); continue; }
    // the first full mention names the person (news leads give the full name); a one-word name gives way
    if (same.name.split(/\s+/).length < 2 && c.name.split(/\s+/).length > 1) { same.name = c.name; same.nameSpan = c.nameSpan; index(same); }
    same.spans.push(...c.spans);
    same.extents.push(...c.extents);
    for (const h of c.honorifics) if (!same.honorifics.includes(h)) same.honorifics.push(h);
    if (c.minister) {
      if (!same.minister) { same.minister = c.minister; same.title = c.title; same.titleSpan = c.titleSpan; }
      else {
        if (same.minister.portfolio === "other" && c.minister.portfolio !== "other") same.minister.portfolio = c.minister.portfolio;
        if (!same.minister.country && c.minister.country) { same.minister.country = c.minister.country; same.minister.basis = c.minister.basis; }
        if (!same.title || (c.minister.basis === "explicit" && c.title && c.title.length > same.title.length)) { same.title = c.title; same.titleSpan = c.titleSpan; }
      }
    }
    if (!same.role && c.role) same.role = c.role;
    if (!same.title && c.title) same.title = c.title;
  }
  const ministers = entities.filter((e) => e.minister);

  // ---- countries: explicit > counterpart > knowledge (before references) > context (after) ----
  for (const e of ministers) {
    const m = e.minister!;
    if (m.country || !ctx.knowledge) continue;
    const k = lookupKnowledge(e.name);
    if (k) { m.country = k.country; m.basis = "knowledge"; if (m.portfolio === "other" && k.portfolio) m.portfolio = k.portfolio; }
  }

  // ---- later references: surname alone, الوزير + adjective, bare titles ------------------------
  attachReferences(ctx, entities, ministers, bareTitles);

  const contextCountry = documentCountry(facts);
  const result: MinisterFact[] = ministers.map((e) => {
    const m = e.minister!;
    let country = m.country;
    let basis = m.basis;
    if (!country && contextCountry) { country = contextCountry; basis = "context"; }
    return {
      name: e.name, title: e.title ?? "", portfolio: m.portfolio, country: country ?? null,
      ...(basis ? { countryBasis: basis } : {}),
      honorifics: e.honorifics, spans: e.spans, extents: [...e.extents, ...e.spans], nameSpan: e.nameSpan, titleSpan: e.titleSpan ?? null,
    };
  });
  const people: PersonFact[] = entities.filter((e) => !e.minister).map((e) => ({
    name: e.name, ...(e.title ? { title: e.title } : {}), ...(e.role ? { role: e.role } : {}),
    honorifics: e.honorifics, spans: e.spans, extents: [...e.extents, ...e.spans], nameSpan: e.nameSpan,
  }));
  return { ministers: result, people };
}

/** The country a document is about: the most mentioned one, counting places by their country. */
export function documentCountry(facts: Omit<EntityFacts, "ministers" | "people">): string | null {
  const score = new Map<string, number>();
  const add = (c: string | null | undefined, n: number) => { if (c) score.set(c, (score.get(c) ?? 0) + n); };
  // a dateline ("الكويت - 30 - 9 (كونا) --") names the country the story is told from: its first
  // few tokens weigh more
  const lead = (first: number) => (first < 8 ? 3 : 0);
  for (const c of facts.countries) {
    c.spans.forEach((sp, k) => add(c.code, (c.adjective[k] ? 1 : 1.5) + lead(sp.first)));
  }
  for (const p of facts.places) for (const sp of p.spans) add(p.country, 1 + lead(sp.first));
  for (const o of facts.organizations) for (const sp of o.spans) add(o.country, 0.5 + lead(sp.first));
  let best: string | null = null;
  let bestScore = 0;
  for (const [c, n] of score) if (n > bestScore) { best = c; bestScore = n; }
  return best;
}

function attachReferences(
  ctx: ExtractContext,
  entities: Candidate[],
  ministers: Candidate[],
  bareTitles: Array<{ span: Span; portfolio: Portfolio | null; country: string | null; sentence: number }>,
): void {
  const doc = ctx.doc;
  const toks = doc.tokens;
  const used = new Set<number>();
  for (const e of entities) for (const s of e.spans) for (let k = s.first; k < s.last; k++) used.add(k);
  // bare titles → the minister with that portfolio (and country, when the title gives one)
  for (const b of bareTitles) {
    const pool = ministers.filter((m) => (!b.portfolio || m.minister!.portfolio === b.portfolio || m.minister!.portfolio === "other") && (!b.country || !m.minister!.country || m.minister!.country === b.country));
    if (pool.length === 1) {
      const m = pool[0]!;
      m.spans.push(b.span);
      if (b.country && !m.minister!.country) { m.minister!.country = b.country; m.minister!.basis = "context"; }
      if (b.portfolio && m.minister!.portfolio === "other") m.minister!.portfolio = b.portfolio;
    }
  }
  // surnames and name tails, and الوزير (+ adjective)
  const tails = new Map<string, Candidate>();
  for (const e of entities) {
    const words = toks.slice(e.nameSpan.first, e.nameSpan.last).map((t) => t.text);
    if (words.length < 2) continue;
    for (let k = 1; k < words.length; k++) {
      const tail = words.slice(k).join(" ");
      if (tail.length < 3 || NOT_NAME.has(tail)) continue;
      const other = tails.get(tail);
      if (other && other !== e) tails.set(tail, null as unknown as Candidate); // ambiguous
      else tails.set(tail, e);
    }
  }
  const tailFirst = new Set([...tails.keys()].map((k) => k.split(" ")[0]!));
  for (let i = 0; i < toks.length; i++) {
    if (used.has(i)) continue;
    const t = toks[i]!;
    if (t.kind !== "word") continue;
    for (const r of cliticReadings(t.text)) {
      // longest tail first
      let matched = false;
      for (let len = 3; len >= 1 && !matched && tailFirst.has(r.stem); len--) {
        if (i + len > toks.length) continue;
        const key = [r.stem, ...toks.slice(i + 1, i + len).map((x) => x.text)].join(" ");
        const e = tails.get(key);
        if (e) {
          e.spans.push({ first: i, last: i + len, prefix: r.prefix });
          for (let k = i; k < i + len; k++) used.add(k);
          matched = true;
        }
      }
      if (matched) break;
      if (ANAPHORS.has(r.stem) && (r.stem === "الوزير" || r.stem === "الوزيره")) {
        const c = countryAt(toks, i + 1);
        if (c && c.first === i + 1) {
          const pool = ministers.filter((m) => m.minister!.country === c.entry.code);
          if (pool.length === 1) pool[0]!.spans.push({ first: i, last: c.last, prefix: r.prefix });
        } else if (ministers.length === 1) {
          ministers[0]!.spans.push({ first: i, last: i + 1, prefix: r.prefix });
        }
        break;
      }
    }
  }
}
