// Who met whom, about what, where and when (Arabic).
//
// 1. Triggers (data/triggers.json): a verb of a rule family (عقد + اجتماعا، التقى، استقبل، بحث مع،
//    تلقى اتصالا هاتفيا من، شارك في القمة …). The family and its object noun decide the type.
// 2. Subject: a person named between the verb and its object (VSO), else one right before the verb
//    (SVO), else the discourse topic (the last person named before: "أنه تلقى …").
// 3. Other side: after مع / بـ / من, or the direct object: a person (including a counterpart
//    "نظيره التركي"), else a named organization, else a group phrase ("عدد من مساعدي الوزير").
// 4. Topics after لبحث، حول، بشأن، استعراض …, or the object of بحث مع X; split at coordination.
// 5. Place, date, medium and status from the sentence, then the paragraph, then the document.
// 6. Refiners: passive reports (جرى خلال اللقاء بحث …) add topics to the open interaction;
//    interactions of the same pair in one document are merged (a call that carries talks is a call);
//    multilateral events take the ministerial groups named in the document as participants.
import type { Interaction, InteractionType, Participant } from "../../types.js";
import type { Doc } from "../../text/document.js";
import { originalText, tokenMention } from "../../text/document.js";
import type { EntityFacts, ExtractContext, Span } from "../facts.js";
import { cliticReadings } from "../../text/clitics.js";
import { normKey } from "../../text/normalize.js";
import {
  DELEGATIONS, STATEMENT_VERBS, NOMINAL_HEADS, NOMINAL_EVENTS, ATTENDANCE, EVENT_ANAPHORS, TIME_PHRASES, DUAL_ANAPHORS, PROTAGONIST_ANAPHORS, GROUP_QUANTIFIERS, MEDIA, PASSIVE, PHONE_ADVERBS, PLANNED, TOPIC_INTROS, TOPIC_STOPS,
  VENUES, VERB_INDEX, type TriggerFamily,
} from "../../lexicon/triggers.js";
import { GIVEN_NAMES } from "./names.js";
import { MINISTER_HEADS, NOT_NAME, VERBS, PREPOSITIONS, HONORIFICS, COUNTERPART, TITLE_HEADS, PERSON_TITLES } from "../../lexicon/titles.js";
import { ministerTitleAt } from "./people.js";
import { countryAt } from "../../lexicon/countries.js";
import { isAlaPreposition } from "./names.js";

interface Ref {
  kind: Participant["kind"];
  name: string;
  country?: string | null;
  first: number;
  last: number;
}

interface Draft {
  type: InteractionType;
  participants: Ref[];
  attendees: Ref[];
  initiator?: string;
  topics: string[];
  place: string | null;
  date: string | null;
  medium?: string;
  planned: boolean;
  sentence: number;
  trigger: Span;
  multilateral: boolean;
}

const TYPE_RANK: InteractionType[] = ["call", "summit", "conference", "visit", "received", "meeting", "talks", "other"];

const CAMEO: Record<InteractionType, string> = {
  call: "041", visit: "042", received: "043", summit: "044", conference: "044", meeting: "040", talks: "040", other: "040",
};

/** A word with the article (ال، وال), told apart from آ-initial words that fold to ال (آلية → اليه). */
export function isDefinite(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  if (!t || t.kind !== "word") return false;
  const m = /^(و|ف)?ال/.exec(t.text);
  if (!m) return false;
  const at = doc.starts[t.start + (m[1] ? 1 : 0)]!;
  return doc.original[at] !== "آ";
}

const RELATIVES = new Set(["الذي", "التي", "الذين", "اللذين", "اللتين"]);
const TIME_WORDS = new Set(["اليوم", "امس", "غدا", "مساء", "صباح", "ظهر", "الليله", "حاليا", "مجددا", "ايضا", "بدوره", "بدورها", "كذلك"].map(normKey));

/** و as a conjunction, not as the first letter of a word (وزير، وكيل، وليد). */
const startsWithConjunction = (w: string): boolean =>
  w[0] === "و" && w.length > 2 && !MINISTER_HEADS.has(w) && !TITLE_HEADS.has(w) && !GIVEN_NAMES.has(w) && !NOT_NAME.has(w);

const isPunct = (doc: Doc, i: number) => doc.tokens[i]?.kind === "punct";
const isComma = (doc: Doc, i: number) => { const t = doc.tokens[i]; return !!t && t.kind === "punct" && (t.text === "،" || t.text === ","); };

export function extractInteractions(ctx: ExtractContext, facts: EntityFacts): Interaction[] {
  const doc = ctx.doc;
  const toks = doc.tokens;
  // --- who stands where -----------------------------------------------------------------------
  const personAt = new Map<number, Ref>();
  const personCover: Array<Ref | undefined> = new Array(toks.length);
  const addPerson = (s: Span, r: Omit<Ref, "first" | "last">) => {
    const ref: Ref = { ...r, first: s.first, last: s.last };
    const cur = personAt.get(s.first);
    if (!cur || cur.last < s.last) personAt.set(s.first, ref);
    for (let k = s.first; k < s.last; k++) personCover[k] = ref;
  };
  for (const m of facts.ministers) for (const s of m.extents ?? m.spans) addPerson(s, { kind: "person", name: m.name, country: m.country });
  for (const p of facts.people) for (const s of p.extents ?? p.spans) addPerson(s, { kind: "person", name: p.name });
  // a minister title followed by the name: the whole stretch is one reference
  const orgAt = new Map<number, Ref>();
  for (const o of facts.organizations) for (const s of o.spans) orgAt.set(s.first, { kind: "organization", name: o.name, country: o.country ?? null, first: s.first, last: s.last });
  const placesBySentence = new Map<number, string[]>();
  for (const p of facts.places) for (const s of p.spans) {
    const si = doc.sentenceOf[s.first]!;
    const l = placesBySentence.get(si);
    if (l) l.push(p.name); else placesBySentence.set(si, [p.name]);
  }
  /** The dateline's date: the first full date in the first paragraph. */
  const datelineDate = facts.dates.find((x) => x.value && !x.value.startsWith("XXXX") && doc.sentences[doc.sentenceOf[x.span.first]!]!.paragraph === 0)?.value ?? null;
  const datesBySentence = new Map<number, Array<{ text: string; value: string | null }>>();
  for (const d of facts.dates) {
    const si = doc.sentenceOf[d.span.first]!;
    const l = datesBySentence.get(si);
    if (l) l.push({ text: d.text, value: d.value }); else datesBySentence.set(si, [{ text: d.text, value: d.value }]);
  }

  /** A reference (person, then organization) that starts at i, extended over a following name. */
  const refStartingAt = (i0: number): Ref | null => {
    // honorifics before a reference belong to it (معالي وزير الداخلية …)
    let i = i0;
    for (let n = 0; n < 4 && !personAt.has(i); n++) {
      const h = HONORIFICS.matchAt(toks, i, true);
      if (!h) break;
      i = h.last;
    }
    if (!personAt.has(i)) i = i0;
    const p = personAt.get(i) ?? (personCover[i] && personCover[i]!.first <= i ? personCover[i]! : undefined);
    if (p) {
      // a title span followed by the name span of the same person: take both
      let last = p.last;
      for (;;) {
        const nx = personAt.get(isComma(doc, last) ? last + 1 : last);
        if (nx && nx.name === p.name) last = nx.last; else break;
      }
      return { ...p, first: i, last };
    }
    const o = orgAt.get(i);
    return o ?? null;
  };

  /** Noun phrase for a group of people or a body with no named person: "عدد من مساعدي الوزير والقيادات الأمنية". */
  const groupAt = (i: number, limit: number): Ref | null => {
    let j = i;
    const q = GROUP_QUANTIFIERS.matchAt(toks, j, false, limit);
    if (q) j = q.last;
    const start = j;
    let k = j;
    while (k < limit && k - start < 10) {
      const t = toks[k]!;
      if (t.kind !== "word") break;
      if (k > start && t.newlineBefore) break;
      if (TOPIC_INTROS.matchAt(toks, k, false, limit) || TOPIC_STOPS.matchAt(toks, k, true, limit)) break;
      const w = t.text;
      const stem = w[0] === "و" || w[0] === "ف" ? w.slice(1) : w;
      if (VERBS.has(w) || VERBS.has(stem) || (PREPOSITIONS.has(w) && w !== "في") || isAlaPreposition(doc, k)) break;
      if (w === "في") {
        // "قيادة الأمن في البادية": keep a short place complement
        const nx = toks[k + 1];
        if (!nx || nx.kind !== "word" || k === start) break;
        if (!(placeStarts.has(k + 1) || countryAt(toks, k + 1))) break;
        k += 2;
        continue;
      }
      if (k > start && /^(ل|لل|ب)/.test(w) && !w.startsWith("ال") && cliticReadings(w).some((r) => r.prefix > 0 && r.stem.length >= 4 && !r.stem.startsWith("ال") && (r.stem.startsWith("ا") || r.stem.startsWith("ت") || VENUES.has(r.stem)))) break;
      if (k > start && cliticReadings(w).some((r) => r.prefix > 0 && VENUES.has(r.stem))) break;
      // a definite word followed by an indefinite one starts a new phrase (الإدارة | آلية تطوير العمل)
      if (k > start && isDefinite(doc, k - 1) && !isDefinite(doc, k) && !/^(و|ف)?(بال|لل)/.test(w)) break;
      k++;
    }
    if (k === start) return null;
    // a bare definite head noun (الإدارة، الوزارة) names no one
    if (k - start === 1 && toks[start]!.text.startsWith("ال")) return null;
    return { kind: "group", name: originalText(doc, start, k), first: i, last: k };
  };
  const placeStarts = new Set<number>();
  for (const p of facts.places) for (const s of p.spans) placeStarts.add(s.first);

  const dateTok = new Set<number>();
  for (const d of facts.dates) for (let k = d.span.first; k < d.span.last; k++) dateTok.add(k);
  const placeTok = new Set<number>();
  for (const p of facts.places) for (const s of p.spans) for (let k = s.first; k < s.last; k++) placeTok.add(k);
  /** Skip what may stand between a verb's subject and its object: commas, dates, "in <place>", time words. */
  const skipCircumstance = (k: number, limit: number): number => {
    for (let n = 0; n < 8 && k < limit; n++) {
      const t = toks[k]!;
      if (isComma(doc, k) || dateTok.has(k) || placeTok.has(k) || TIME_WORDS.has(t.text)) { k++; continue; }
      const tp = TIME_PHRASES.matchAt(toks, k, true, limit);
      if (tp) { k = tp.last; continue; }
      // the subject's own title in apposition: "تميم بن حمد أمير البلاد المفدى بمكتبه …"
      if (n === 0 && !personAt.has(k) && (TITLE_HEADS.has(t.text) || PERSON_TITLES.matchAt(toks, k, false, limit))) {
        let e = k + 1;
        while (e < limit && e - k <= 4 && toks[e]!.kind === "word" && !personAt.has(e) && !placeTok.has(e) && !/^(ب|في)/.test(toks[e]!.text)) e++;
        k = e;
        continue;
      }
      // a short phrase bounded by commas: "في مكتبه في اليرزة،"
      if (t.text === "في" || /^(ب|في)/.test(t.text) && VENUES.has(t.text.replace(/^(ب|في)/, "").replace(/(ه|ها|هم)$/, ""))) {
        let e = k + 1;
        while (e < limit && e - k <= 5 && toks[e]!.kind === "word" && !personAt.has(e)) e++;
        if (e < limit && isComma(doc, e) && e - k <= 5) { k = e + 1; continue; }
      }
      if ((t.text === "في" || t.text === "الي" || t.text === "من") && (placeTok.has(k + 1) || dateTok.has(k + 1))) { k++; continue; }
      // a venue phrase: في مقر وزارة الدفاع، بقصر الإليزيه
      const venue = t.text === "في" ? VENUES.has((toks[k + 1]?.text ?? "").replace(/(ه|ها|هم)$/, "")) || VENUES.has(toks[k + 1]?.text ?? "") : cliticReadings(t.text).some((r) => r.prefix > 0 && (VENUES.has(r.stem) || VENUES.has(r.stem.replace(/(ه|ها|هم)$/, ""))));
      if (venue) {
        let e = k + 1;
        while (e < limit && toks[e]!.kind === "word" && e - k < 10 && !TIME_WORDS.has(toks[e]!.text) && !personAt.has(e)) e++;
        k = e;
        continue;
      }
      break;
    }
    return k;
  };

  /** The other side starting at token j (after a marker), with a prefix clitic allowed. */
  const otherAt = (j: number, limit: number): Ref | null => refStartingAt(j) ?? groupAt(j, limit);

  /** The person the article is about: the first minister named, else the first person. */
  const protagonist = (): Ref | null => {
    const m = facts.ministers[0] ?? facts.people[0];
    if (!m) return null;
    const first = [...(m.extents ?? m.spans)].sort((a, b) => a.first - b.first)[0]!;
    return refStartingAt(first.first) ?? { kind: "person", name: m.name, first: first.first, last: first.last };
  };
  const isCounterpartRef = (r: Ref): boolean => {
    const t = toks[r.first];
    return !!t && t.kind === "word" && cliticReadings(t.text).some((x) => COUNTERPART.has(x.stem));
  };
  /** A title phrase that leads to a person named a few words later: "رئيس بعثة اليونيفيل وقائدها العام الجنرال X". */
  const personAfterTitle = (k: number, limit: number): Ref | null => {
    const t = toks[k];
    if (!t || t.kind !== "word") return null;
    if (!(TITLE_HEADS.has(t.text) || PERSON_TITLES.matchAt(toks, k, true, limit))) return null;
    for (let e = k + 1; e < limit && e - k <= 10; e++) {
      const w = toks[e]!;
      if (w.kind === "punct") return null;
      if (personAt.has(e)) { const r = refStartingAt(e); return r ? { ...r, first: k } : null; }
      if (VERBS.has(w.text)) return null;
    }
    return null;
  };
  /** "الوزيران"، "الجانبان": the pair of the interaction already open, else the first two ministers. */
  const dualPair = (i: number): [Ref, Ref] | null => {
    const open = [...drafts].reverse().find((d) => d.trigger.first < i && d.participants.length === 2);
    if (open) return [open.participants[0]!, open.participants[1]!];
    const ms = facts.ministers.filter((m) => (m.extents ?? m.spans).some((s) => s.first < i));
    if (ms.length >= 2) {
      const ref = (m: typeof ms[number]): Ref => { const f = [...(m.extents ?? m.spans)].sort((a, b) => a.first - b.first)[0]!; return refStartingAt(f.first) ?? { kind: "person", name: m.name, first: f.first, last: f.last }; };
      return [ref(ms[0]!), ref(ms[1]!)];
    }
    return null;
  };
  /** A person named just before the verb in its sentence ("وكان X قد استقبل"). */
  const svoSubject = (i: number, sFirst: number): Ref | null => {
    for (let k = i - 1; k >= Math.max(sFirst, i - 5); k--) {
      if (toks[k]!.text === "مع") break;
      const p = personCover[k];
      if (p) return refStartingAt(p.first) ?? p;
    }
    return null;
  };
  /** "وفداً من الكونغرس الأمريكي برئاسة السيناتور X": the head, else the body, else the delegation itself. */
  const delegationAt = (k: number, limit: number): Ref | null => {
    const t = toks[k];
    if (!t || t.kind !== "word" || !cliticReadings(t.text).some((r) => DELEGATIONS.has(r.stem))) return null;
    // "والوفد المرافق له": the other side's own delegation, not a party of its own
    if (toks[k + 1] && /^المراف/.test(toks[k + 1]!.text)) return null;
    let end = k + 1;
    while (end < limit && end - k < 14 && !isComma(doc, end) && toks[end]!.kind === "word" && !VERB_INDEX.has(toks[end]!.text)) end++;
    for (let j = k + 1; j < end; j++) {
      if (cliticReadings(toks[j]!.text).some((r) => NOMINAL_HEADS.has(r.stem))) {
        const p = refStartingAt(j + 1) ?? personAfterTitle(j + 1, limit);
        if (p) return { ...p, first: k };
      }
    }
    for (let j = k + 1; j < end; j++) {
      const o = orgAt.get(j);
      if (o) return { ...o, first: k };
    }
    return groupAt(k, limit);
  };
  const lastPersonBefore = (i: number): Ref | null => {
    for (let k = i - 1; k >= Math.max(0, i - 400); k--) {
      const p = personCover[k];
      if (p) return refStartingAt(p.first) ?? p;
    }
    return null;
  };

  // --- triggers ---------------------------------------------------------------------------------
  const drafts: Draft[] = [];
  for (const s of doc.sentences) {
    for (let i = s.first; i < s.last; i++) {
      const t = toks[i]!;
      if (t.kind !== "word") continue;
      let fams: TriggerFamily[] | undefined;
      let verb = t.text;
      // a conjunction is stripped only from a word that is not itself known (وزارة is not و + زارة)
      const conj = (t.text[0] === "و" || t.text[0] === "ف") && !NOT_NAME.has(t.text) ? t.text.slice(1) : "";
      for (const r of [t.text, conj]) {
        if (r && VERB_INDEX.has(r)) { fams = VERB_INDEX.get(r); verb = r; break; }
      }
      if (!fams) continue;
      for (const fam of fams) {
        const d = readTrigger(fam, verb, i, s.first, s.last, s.index);
        if (d) { drafts.push(d); break; }
      }
    }
  }

  /** The document's ministerial groups, found once when first asked for. */
  let groupsCache: Ref[] | null = null;
  const groups = (): Ref[] => (groupsCache ??= ministerialGroups(doc));
  const draftSentences = new Set(drafts.map((d) => d.sentence));
  // nominal events: "انطلقت أعمال الدورة … برئاسة X، وبمشاركة Y وZ"
  for (const s of doc.sentences) {
    if (draftSentences.has(s.index)) continue;
    let type: InteractionType | null = null;
    let headAt = -1;
    for (let k = s.first; k < s.last; k++) {
      const w = toks[k]!.text;
      if (type === null) { const ev = cliticReadings(w).map((r) => NOMINAL_EVENTS.get(r.stem) ?? NOMINAL_EVENTS.get(r.stem.replace(/(ه|ها|هم|هما)$/, ""))).find(Boolean); if (ev) type = ev; }
      if (headAt < 0 && cliticReadings(w).some((r) => NOMINAL_HEADS.has(r.stem))) headAt = k;
    }
    if (!type || headAt < 0) continue;
    const people: Ref[] = [];
    for (let k = headAt; k < s.last; k++) {
      const r = personAt.has(k) ? refStartingAt(k) : null;
      if (r && !people.some((p) => p.name === r.name)) { people.push(r); k = r.last - 1; }
    }
    if (people.length < 2) continue;
    // ministers meeting as a body (وزراء الداخلية العرب) make it a conference
    if (type === "meeting" && groups().some((g) => g.first >= s.first && g.first < s.last)) type = "conference";
    const d: Draft = { type, participants: people, attendees: [], topics: [], place: null, date: null, planned: false,
      sentence: s.index, trigger: { first: headAt, last: headAt + 1, prefix: 0 }, multilateral: true };
    readCircumstances(d, s.first, s.last, s.index);
    drafts.push(d);
  }

  function readTrigger(fam: TriggerFamily, verb: string, i: number, sFirst: number, sLast: number, sIndex: number): Draft | null {
    const window = Math.min(sLast, i + 45);
    // object noun (when the family needs one): within the clause after the verb
    let type: InteractionType | undefined = fam.types?.get(verb) ?? fam.type;
    let objectAt = -1;
    if (fam.objects) {
      for (let k = i + 1; k < window && k < i + 30; k++) {
        const w = toks[k]!;
        if (w.kind !== "word" || personCover[k]) continue;
        const hit = cliticReadings(w.text).map((r) => fam.objects!.get(r.stem) ?? fam.objects!.get(r.stem.replace(/^ال/, ""))).find(Boolean);
        if (hit) { type = hit; objectAt = k; break; }
        if (VERB_INDEX.has(w.text) && k > i + 1) break;
      }
      if (!type) return null;
    }
    if (!type) return null;
    // phone adverb makes talks a call (بحث هاتفيا مع)
    for (let k = i + 1; k < window; k++) if (PHONE_ADVERBS.has(toks[k]!.text)) { if (type === "talks") type = "call"; break; }
    // subject
    const bound = objectAt > 0 ? objectAt : window;
    let subject: Ref | null = null;
    let after = i + 1;
    const coSubjectsPre: Ref[] = [];
    let subjectAfterVerb = false;
    for (let k = i + 1; k < bound; k++) {
      if (isPunct(doc, k) && !isComma(doc, k)) break;
      const w = toks[k]!.text;
      if (w === "مع" || w === "من") break;
      const tk = toks[k]!.text;
      if (PROTAGONIST_ANAPHORS.has(tk)) { subject = protagonist(); after = k + 1; break; }
      if (DUAL_ANAPHORS.has(tk)) {
        const pair = dualPair(i);
        if (pair) { subject = pair[0]; coSubjectsPre.push(pair[1]); after = k + 1; break; }
      }
      const r = refStartingAt(k);
      if (r && isCounterpartRef(r)) break; // "يلتقي نظيره …": the counterpart is the object
      if (r) { subject = r; after = r.last; subjectAfterVerb = true; break; }
      if (personCover[k]) { subject = refStartingAt(personCover[k]!.first); after = personCover[k]!.last; subjectAfterVerb = true; break; }
      if (k > i + 3 && !subject) break;
    }
    if (!subject && fam.multilateral && objectAt > 0) {
      // "وشارك في الاجتماع وزير الداخلية العماني X": the subject follows the event
      for (let k = objectAt + 1; k < Math.min(window, objectAt + 4); k++) {
        const r = personAt.has(k) ? refStartingAt(k) : null;
        if (r) { subject = r; subjectAfterVerb = true; break; }
      }
    }
    if (!subject) subject = svoSubject(i, sFirst);
    if (!subject) {
      // a pronoun subject ("أنه تلقى"، "وقال أثناء مشاركته"): the person the article is about
      subject = protagonist() ?? lastPersonBefore(i);
      after = i + 1;
    }
    // a coordinated second subject: "عقد رئيس الوزراء X ورئيس الوزراء العراقي Y جلسة مباحثات"
    const coSubjects: Ref[] = [...coSubjectsPre];
    if (subject && toks[after] && toks[after]!.kind === "word" && startsWithConjunction(toks[after]!.text)) {
      const r2 = refStartingAt(after);
      if (r2 && r2.name !== subject.name && r2.kind === "person") { coSubjects.push(r2); after = r2.last; }
    }
    if (objectAt > after) after = objectAt + 1;
    // skip the object noun's own modifiers (اجتماعا موسعا، اتصالا هاتفيا)
    while (after < window && toks[after]!.kind === "word" && PHONE_ADVERBS.has(toks[after]!.text)) after++;
    // other side
    const others: Ref[] = [];
    let otherEnd = after;
    if (fam.other.includes("")) {
      const at = skipCircumstance(after, window);
      const r = refStartingAt(at) ?? personAfterTitle(at, window) ?? delegationAt(at, window);
      if (r && r.name !== subject?.name) { others.push(r); otherEnd = r.last; }
    }
    for (let k = after; k < window && others.length === 0; k++) {
      const w = toks[k]!;
      if (w.kind === "punct" && !isComma(doc, k) && w.text !== "(" && w.text !== ")") break;
      if (w.kind !== "word") continue;
      for (const marker of fam.other) {
        if (!marker) continue;
        if (w.text === marker) {
          const r = otherAt(skipCircumstance(k + 1, window), window);
          if (r && r.name !== subject?.name) { others.push(r); otherEnd = r.last; }
        } else if (marker.length === 1 && w.text[0] === marker) {
          const rd = cliticReadings(w.text).find((x) => x.prefix === 1);
          if (rd && !VENUES.has(rd.stem)) {
            const r = refStartingAt(k);
            if (r && r.name !== subject?.name) { others.push(r); otherEnd = r.last; }
          }
        }
        if (others.length) break;
      }
      if (k > after + 8) break;
    }
    // a second person coordinated with the first: "مع X وY"
    for (let n = 0; n < 6 && others.length; n++) {
      const at = isComma(doc, otherEnd) ? otherEnd + 1 : otherEnd;
      const t = toks[at];
      if (!t || t.kind !== "word" || t.text[0] !== "و") break;
      const r = refStartingAt(at);
      if (!r || r.kind !== others[0]!.kind || others.some((o) => o.name === r.name)) break;
      others.push(r);
      otherEnd = r.last;
    }
    // "أن يستقبله الرئيس التركي X": the object is a pronoun for the last person named before the verb
    if (fam.other.includes("*") && subject && others.length === 0) {
      let obj: Ref | null = null;
      for (let k = i - 1; k >= Math.max(0, i - 400) && !obj; k--) {
        const p = personCover[k];
        if (p && p.name !== subject.name) obj = refStartingAt(p.first) ?? p;
      }
      if (obj) others.push(obj);
    }
    // "حيث التقى رئيس الحكومة X": the one person after the verb is its object; the subject is implied
    if (others.length === 0 && fam.other.includes("") && subject && subjectAfterVerb && !coSubjects.length) {
      const implied = svoSubject(i, sFirst) ?? protagonist();
      if (implied && implied.name !== subject.name) { others.push(subject); subject = implied; }
    }
    if (fam.requireOther && others.length === 0 && coSubjects.length === 0) return null;
    const participants: Ref[] = [];
    for (const r of [subject, ...coSubjects, ...others]) if (r && !participants.some((p) => p.name === r.name)) participants.push(r);
    if (participants.length === 0) return null;
    if (participants.length < 2 && !fam.multilateral && type !== "visit") return null;
    // "الوفد المرافق له الذي يزور البلاد": a visit in a relative clause describes a guest, it is no event
    if (participants.length < 2 && type === "visit" && i > sFirst && RELATIVES.has(toks[i - 1]!.text)) return null;
    // "اجتماع الوزراء …" after شارك/ترأس: a ministerial council is a conference
    if (fam.multilateral && type === "meeting" && objectAt > 0) {
      for (let k = objectAt + 1; k < Math.min(window, objectAt + 8); k++) {
        if (cliticReadings(toks[k]!.text).some((r) => MINISTER_HEADS.get(r.stem) === "plural")) { type = "conference"; break; }
      }
    }
    const d: Draft = {
      type, participants, attendees: [], topics: [], place: null, date: null, planned: isPlanned(verb, i, sFirst),
      sentence: sIndex, trigger: { first: i, last: i + 1, prefix: 0 }, multilateral: fam.multilateral,
    };
    if (fam.initiator === "other" && others[0]) d.initiator = others[0].name;
    else if (fam.id === "call-out" && subject) d.initiator = subject.name;
    d.topics = topicsFrom(fam.id === "discuss" ? otherEnd : Math.max(otherEnd, after), sLast, fam.id === "discuss");
    readCircumstances(d, sFirst, sLast, sIndex);
    return d;
  }

  function isPlanned(verb: string, i: number, sFirst: number): boolean {
    if (/^س[يتن]/.test(verb)) return true;
    // an imperfect verb with a future date: "تلتقي نظيرها … الأسبوع المقبل"
    if (/^[يتن]/.test(verb)) {
      const ds = datesBySentence.get(doc.sentenceOf[i]!) ?? [];
      if (ds.some((x) => /(المقبل|القادم|غدا|غداً)/.test(x.text))) return true;
    }
    for (let k = Math.max(sFirst, i - 5); k < i; k++) if (PLANNED.matchAt(toks, k, true, i)) return true;
    return false;
  }

  /** Topic phrases in [from, to): after an intro word, or (direct) right at `from`. */
  function topicsFrom(from: number, to: number, direct: boolean): string[] {
    const out: string[] = [];
    let k = from;
    if (isComma(doc, k)) k++;
    let started = direct;
    if (!started) {
      for (; k < to; k++) {
        const intro = TOPIC_INTROS.matchAt(toks, k, true, to);
        if (intro) { k = intro.last; started = true; break; }
      }
    }
    if (!started) return out;
    return splitTopics(k, to);
  }

  /** What stands before a topic and is not one: the speakers, "خلال اللقاء", time words, "أيضاً". */
  function skipTopicLead(a: number, end: number): number {
    for (let n = 0; n < 12 && a < end; n++) {
      const t = toks[a]!;
      if (t.kind === "punct") { a++; continue; }
      const p = personCover[a];
      if (p) { a = Math.max(a + 1, refStartingAt(p.first)?.last ?? a + 1); continue; }
      const stems = cliticReadings(t.text).map((r) => r.stem);
      if (stems.some((x) => EVENT_ANAPHORS.has(x) || DUAL_ANAPHORS.has(x) || PROTAGONIST_ANAPHORS.has(x) || MINISTER_HEADS.has(x.replace(/^ال/, ""))) || TIME_WORDS.has(t.text)) { a++; continue; }
      if (t.text === "خلال" || t.text === "خلاله" || t.text === "خلالها") { a++; continue; }
      const tp = TIME_PHRASES.matchAt(toks, a, true, end);
      if (tp) { a = tp.last; continue; }
      const h = HONORIFICS.matchAt(toks, a, true, end);
      if (h) { a = h.last; continue; }
      const mt = ministerTitleAt(doc, a, end);
      if (mt) { a = mt.last; continue; }
      break;
    }
    return a;
  }

  function splitTopics(k: number, to: number): string[] {
    const out: string[] = [];
    let start = k;
    const flush = (end: number) => {
      let a = start;
      const intro = TOPIC_INTROS.matchAt(toks, a, true, end);
      if (intro && intro.last < end) a = intro.last;
      a = skipTopicLead(a, end);
      let b = end;
      while (b > a && toks[b - 1]!.kind === "punct" && !/^[)\]]$/.test(toks[b - 1]!.text)) b--;
      if (b - a >= 1 && b - a <= 14) {
        // a conjunction on the first word is not part of the topic (وسبل → سبل), a word that is itself known is (وزير)
        const w = toks[a]!.text;
        const skip = w[0] === "و" && w.length > 3 && !NOT_NAME.has(w) && !MINISTER_HEADS.has(w) && !TITLE_HEADS.has(w) && !GIVEN_NAMES.has(w) ? 1 : 0;
        out.push(originalText(doc, a, b, skip));
      }
    };
    for (; k < to; k++) {
      const t = toks[k]!;
      if (t.kind === "punct" && !isComma(doc, k) && !/^[()]$/.test(t.text)) break;
      if (TOPIC_STOPS.matchAt(toks, k, true, to)) break;
      if (k > start && t.kind === "word" && t.text !== "و" && VERBS.has(t.text.replace(/^و/, "")) && !TOPIC_INTROS.matchAt(toks, k, true, to)) break;
      if (isComma(doc, k)) {
        const nx = toks[k + 1];
        if (nx && nx.kind === "word" && nx.text[0] === "و") { flush(k); start = k + 1; continue; }
        break;
      }
    }
    flush(k);
    return out.filter((x) => x.length > 2);
  }

  function readCircumstances(d: Draft, sFirst: number, sLast: number, sIndex: number): void {
    for (let k = sFirst; k < sLast; k++) {
      const m = MEDIA.matchAt(toks, k, true, sLast);
      if (m && m.values[0] !== "phone") { d.medium = m.values[0]; break; }
    }
    // venue phrase: بمقر X، في قصر X
    for (let k = sFirst; k < sLast; k++) {
      const t = toks[k]!;
      if (t.kind !== "word") continue;
      const r = cliticReadings(t.text).find((x) => VENUES.has(x.stem) && (x.prefix > 0 || toks[k - 1]?.text === "في"));
      if (r) {
        let e = k + 1;
        while (e < sLast && toks[e]!.kind === "word" && e - k < 10 && !NOT_NAME.has(toks[e]!.text)) e++;
        if (e > k + 1) { d.place = originalText(doc, k, e, r.prefix); break; }
      }
    }
    if (!d.place) d.place = placesBySentence.get(sIndex)?.[0] ?? null;
    // "… في تونس": a country named as the venue
    if (!d.place) {
      for (let k = sFirst; k + 1 < sLast && !d.place; k++) {
        if (toks[k]!.text !== "في") continue;
        const c = countryAt(toks, k + 1);
        if (c && c.first === k + 1 && !c.adjective) d.place = originalText(doc, c.first, c.last, c.prefix);
      }
    }
    // date: the sentence, then its paragraph, then the dateline; a relative word keeps its text
    const ds = datesBySentence.get(sIndex);
    const paragraph = doc.sentences[sIndex]!.paragraph;
    const inParagraph = facts.dates.find((x) => x.value && doc.sentences[doc.sentenceOf[x.span.first]!]!.paragraph === paragraph);
    d.date = ds?.find((x) => x.value)?.value ?? inParagraph?.value ?? datelineDate ?? ds?.[0]?.text ?? null;
    readAttendees(d, sFirst, sLast);
  }

  /** Attendees: "بحضور X"، "حضر اللقاء X، وY" (a list of people or a group). */
  function readAttendees(d: Draft, sFirst: number, sLast: number): void {
    for (let k = sFirst; k < sLast; k++) {
      const t = toks[k]!;
      if (!ATTENDANCE.has(t.text)) continue;
      let j = k + 1;
      while (j < sLast && cliticReadings(toks[j]!.text).some((r) => EVENT_ANAPHORS.has(r.stem))) j++;
      for (let n = 0; n < 8 && j < sLast; n++) {
        const r = otherAt(j, sLast);
        if (!r) break;
        if (!d.participants.some((p) => p.name === r.name) && !d.attendees.some((p) => p.name === r.name)) d.attendees.push(r);
        j = r.last;
        if (isComma(doc, j)) j++;
        const nx = toks[j];
        if (!nx || nx.kind !== "word" || (nx.text[0] !== "و" && !personAt.has(j))) break;
        const pr = refStartingAt(j) ?? personAfterTitle(j, sLast);
        if (!pr) break;
        if (pr.first !== j) j = pr.first;
      }
    }
  }

  // --- refiners -------------------------------------------------------------------------------
  // passive and anaphoric reports add topics to the interaction already open in the text:
  // "وجرى خلال اللقاء بحث …"، "وتناولت المباحثات …"، "وأوضح البيان أن الجانبين تناولا …"
  drafts.sort((a, b) => a.sentence - b.sentence || a.trigger.first - b.trigger.first);
  const withDraft = new Set(drafts.map((d) => d.sentence));
  let openAt = -1; // index in drafts of the last draft before the current sentence
  for (const s of doc.sentences) {
    while (openAt + 1 < drafts.length && drafts[openAt + 1]!.sentence < s.index) openAt++;
    if (withDraft.has(s.index) || openAt < 0) continue;
    const open = drafts[openAt]!;
    readAttendees(open, s.first, s.last);
    let refers = false;
    let topicAt = -1;
    for (let k = s.first; k < s.last; k++) {
      const w = toks[k]!.text;
      const stems = cliticReadings(w).map((r) => r.stem);
      const anaphor = stems.some((x) => EVENT_ANAPHORS.has(x) || DUAL_ANAPHORS.has(x));
      const names = personCover[k] && open.participants.some((p) => p.name === personCover[k]!.name);
      if (anaphor || names) refers = true;
      if (topicAt < 0) {
        const intro = TOPIC_INTROS.matchAt(toks, k, true, s.last);
        if (intro) {
          topicAt = intro.last;
          // "تناول الاتصال X": the topic follows the event word
          while (topicAt < s.last && cliticReadings(toks[topicAt]!.text).some((r) => EVENT_ANAPHORS.has(r.stem) || DUAL_ANAPHORS.has(r.stem))) { refers = true; topicAt++; }
          k = intro.last - 1;
        }
      }
    }
    // a parenthetical between the verb and its object: "وتناولت المباحثات، حسب بلاغ للوزارة، قضايا …"
    if (topicAt > 0 && isComma(doc, topicAt)) {
      for (let e = topicAt + 1; e < Math.min(s.last, topicAt + 9); e++) if (isComma(doc, e)) { topicAt = e + 1; break; }
    }
    if (refers && topicAt > 0) {
      for (const tp of splitTopics(topicAt, s.last)) if (!open.topics.includes(tp)) open.topics.push(tp);
    }
  }
  // multilateral events: people named in later sentences that speak of the same event take part
  // ("وألقى … كلمة … أمام القمة"), up to the next interaction
  for (const d of drafts) {
    if (!d.multilateral || (d.type !== "summit" && d.type !== "conference")) continue;
    const next = drafts.filter((x) => x.sentence > d.sentence).map((x) => x.sentence).sort((a, b) => a - b)[0] ?? doc.sentences.length;
    for (let si = d.sentence + 1; si < next; si++) {
      const s = doc.sentences[si]!;
      let mentionsEvent = false;
      for (let k = s.first; k < s.last && !mentionsEvent; k++) {
        const ev = cliticReadings(toks[k]!.text).map((r) => NOMINAL_EVENTS.get(r.stem) ?? NOMINAL_EVENTS.get("ال" + r.stem)).find(Boolean);
        if (ev && (ev === d.type || (d.type === "conference" && ev !== "summit") || (d.type === "summit" && ev === "summit"))) mentionsEvent = true;
      }
      if (!mentionsEvent) continue;
      for (let k = s.first; k < s.last; k++) {
        const p = personCover[k];
        if (p && !d.participants.some((x) => x.name === p.name)) d.participants.push({ ...p });
      }
    }
  }
  // multilateral events: "… برئاسة X، وبمشاركة Y" in the same sentence adds Y
  for (const d of drafts) {
    if (!d.multilateral) continue;
    const s = doc.sentences[d.sentence]!;
    let on = false;
    for (let k = s.first; k < s.last; k++) {
      if (cliticReadings(toks[k]!.text).some((r) => NOMINAL_HEADS.has(r.stem))) on = true;
      const p = on && personAt.has(k) ? refStartingAt(k) : null;
      if (p && !d.participants.some((x) => x.name === p.name)) { d.participants.push(p); k = p.last - 1; }
    }
  }
  // one multilateral event per document and type: its reports are merged
  for (let a = 0; a < drafts.length; a++) {
    const d = drafts[a]!;
    if (!d.multilateral) continue;
    for (let b = a + 1; b < drafts.length; b++) {
      const e = drafts[b]!;
      if (!e.multilateral || (e.type !== d.type && !(d.type === "conference" && e.type === "meeting"))) continue;
      for (const p of e.participants) if (!d.participants.some((x) => x.name === p.name)) d.participants.push(p);
      for (const tp of e.topics) if (!d.topics.includes(tp)) d.topics.push(tp);
      d.place ??= e.place; d.date ??= e.date;
      drafts.splice(b, 1); b--;
    }
  }
  // multilateral events with one named person: the ministerial groups named in the document take part
  for (const d of drafts) {
    if (!d.multilateral || d.participants.filter((p) => p.kind === "person").length >= 2) continue;
    for (const g of groups()) if (!d.participants.some((p) => p.name === g.name)) d.participants.push(g);
  }
  // an article about one interaction: what its participant says in the headline or the lead before
  // it ("وزير الداخلية يشدد على تعزيز الجاهزية …"، "كشف … عن ثلاث تحديات …") is what they discussed
  const events = drafts.filter((d) => d.participants.length >= 2);
  if (events.length === 1) {
    const d = events[0]!;
    const names = new Set(d.participants.map((p) => p.name));
    for (const s of doc.sentences) {
      if (s.index >= d.sentence) break;
      for (let k = s.first; k < s.last; k++) {
        const prep = STATEMENT_VERBS.get(toks[k]!.text);
        if (!prep) continue;
        let speaker = false;
        let j = k + 1;
        for (; j < s.last && j < k + 14; j++) {
          if (personCover[j] && names.has(personCover[j]!.name)) speaker = true;
          if (toks[j]!.text === prep) break;
        }
        if (!speaker) { const before = svoSubject(k, s.first); speaker = !!before && names.has(before.name); }
        if (!speaker || j >= s.last || toks[j]!.text !== prep) continue;
        for (const tp of splitTopics(j + 1, s.last)) if (!d.topics.includes(tp)) d.topics.push(tp);
        break;
      }
    }
  }
  // merge interactions of the same pair; a one-sided report (الذي يزور البلاد) joins an interaction of its participant
  const merged: Draft[] = [];
  const byPair = new Map<string, Draft>();
  const pairKey = (d: Draft) => d.participants.map((p) => normKey(p.name)).sort().join("|");
  const solo = (d: Draft) => d.participants.length === 1 && !d.multilateral;
  const ordered = [...drafts.filter((d) => !solo(d)), ...drafts.filter(solo)];
  for (const d of ordered) {
    if (d.participants.length < 1) continue;
    if (solo(d)) {
      const hosts = merged.filter((m) => m.participants.some((p) => normKey(p.name) === normKey(d.participants[0]!.name)));
      const host = hosts.filter((m) => m.sentence >= d.sentence).sort((a, b) => a.sentence - b.sentence)[0] ?? hosts[0];
      if (host) {
        // "زار X طرابلس حيث التقى Y"، "وصل في زيارة … وكان في استقباله Y": the meeting is the visit
        if (d.type === "visit" && host.sentence === d.sentence && host.planned === d.planned && ["meeting", "talks", "received"].includes(host.type)) host.type = "visit";
        for (const tp of d.topics) if (!host.topics.includes(tp)) host.topics.push(tp);
        host.place ??= d.place;
        continue;
      }
    }
    const key = pairKey(d);
    const same = byPair.get(key);
    if (!same) { merged.push(d); byPair.set(key, d); continue; }
    if (TYPE_RANK.indexOf(d.type) < TYPE_RANK.indexOf(same.type)) { same.type = d.type; if (d.initiator) same.initiator = d.initiator; }
    for (const tp of d.topics) if (!same.topics.includes(tp)) same.topics.push(tp);
    same.place ??= d.place;
    same.date ??= d.date;
    same.medium ??= d.medium;
    same.initiator ??= d.initiator;
    same.planned = same.planned && d.planned;
    for (const a of d.attendees) if (!same.attendees.some((x) => x.name === a.name)) same.attendees.push(a);
  }
  // one-sided reports stay only when they say something alone: a visit, or taking part in a summit or conference
  return merged.filter((d) => d.participants.length >= 2 || d.type === "visit" || d.type === "summit" || d.type === "conference").map(toInteraction);


  function toInteraction(d: Draft): Interaction {
    const s = doc.sentences[d.sentence]!;
    const evidence = tokenMention(doc, s.first, s.last);
    const part = (r: Ref): Participant => ({ name: r.name, kind: r.kind, ...(r.country !== undefined ? { country: r.country ?? null } : {}) });
    const status = d.planned ? "planned" : "happened";
    const mode = d.type === "call" ? "phone" : d.type === "visit" || d.type === "received" ? "visit" : d.multilateral || d.type === "summit" || d.type === "conference" ? "multilateral" : undefined;
    return {
      type: d.type,
      participants: d.participants.map(part),
      ...(d.attendees.length ? { attendees: d.attendees.map(part) } : {}),
      ...(d.initiator ? { initiator: d.initiator } : {}),
      topics: d.topics,
      place: d.place,
      date: d.date,
      ...(d.medium ? { medium: d.medium } : {}),
      status,
      cameo: d.planned ? "036" : CAMEO[d.type],
      plover: { event: "CONSULT", ...(mode ? { mode } : {}) },
      trigger: tokenMention(doc, d.trigger.first, d.trigger.last),
      evidence,
    };
  }
}

/** Plural minister titles with their complement: "وزراء داخلية الدول الأعضاء في التحالف الأمني الدولي". */
export function ministerialGroups(doc: Doc): Ref[] {
  const out: Ref[] = [];
  const toks = doc.tokens;
  for (const s of doc.sentences) {
    for (let i = s.first; i < s.last; i++) {
      const t = ministerTitleAt(doc, i, s.last);
      if (!t) continue;
      if (t.number !== "plural") { i = t.last - 1; continue; }
      let k = t.last;
      while (k < s.last && k - t.last < 8) {
        const w = toks[k]!;
        if (w.kind !== "word") break;
        if (VERBS.has(w.text) || (PREPOSITIONS.has(w.text) && w.text !== "في")) break;
        if (w.text === "في" && !(toks[k + 1]?.text.startsWith("ال"))) break;
        k++;
      }
      const name = originalText(doc, i, k, t.prefix);
      if (!out.some((g) => normKey(g.name) === normKey(name))) out.push({ kind: "group", name, first: i, last: k });
      i = k - 1;
    }
  }
  return out;
}
