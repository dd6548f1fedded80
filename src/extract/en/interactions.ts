// English interactions: trigger phrases (data: src/lexicon/data/en-triggers.json) with a subject
// before them and an object after them in the same sentence; topics after "to discuss", "on",
// "about", "discussed"...; follow-up sentences ("The two ministers also discussed ...") add topics.
import type { Doc } from "../../text/document.js";
import { originalText, tokenMention } from "../../text/document.js";
import type { Interaction, InteractionType, Mention, Participant } from "../../types.js";
import type { EntityFacts, ExtractContext } from "../facts.js";
import { EN_COUNTRIES, FOLLOW_UP_SUBJECTS, PLANNED_RE, PORTFOLIO_OF, TOPIC_CUES, TOPIC_STOPS, TRIGGERS, type EnTrigger } from "../../lexicon/en.js";
import type { EntityIndex } from "./entities.js";
import { normSlice } from "./util.js";

interface Ment {
  first: number; last: number;
  p: Participant;
  /** Members of a group mention resolved to named ministers ("the interior ministers of A and B"). */
  members?: Participant[];
}

interface Work extends Interaction { sentence: number; }

const NOUN_BEFORE = /^(a|an|the|his|her|their|its|official|working|state|this|that|two-day|three-day|first|upcoming|next|last|planned|during)$/i;
const BASE_FORMS = /^(meet|meet with|visit|host|receive|hold talks|hold talks with)$/;
const PRONOUN_SUBJECT = /^(?:later,?\s+|also,?\s+|meanwhile,?\s+)?(?:he|she|the minister|the secretary|the prime minister|the president)(?:\s+(?:later|also|then|subsequently|separately))?$/i;
function isPronounSubject(lead: string): boolean { return PRONOUN_SUBJECT.test(lead); }

export function extractEnglishInteractions(ctx: ExtractContext, facts: EntityFacts, idx: EntityIndex | null): Interaction[] {
  const doc = ctx.doc;
  const T = doc.tokens;
  const ments = mentionsOf(doc, facts);
  const out: Work[] = [];
  const datelinePlace = datelinePlaceName(doc, facts);
  let focus: Participant | null = null; // the person the story is about, for "He" and "the minister"

  for (const s of doc.sentences) {
    const inS = ments.filter((m) => m.first >= s.first && m.first < s.last);
    const sText = normSlice(doc, s.first, s.last);
    const made: Work[] = [];
    const triggers = findTriggers(doc, s.first, s.last, idx);
    for (const tr of triggers) {
      const t = tr.trigger;
      const before = inS.filter((m) => m.last <= tr.first);
      const after = inS.filter((m) => m.first >= tr.last);
      const personAfter = after.filter((m) => m.p.kind !== "organization");
      if (t.attend) {
        const who = t.passive ? personAfter.slice(0, 3) : before.filter((m) => m.p.kind === "person");
        const target = made[made.length - 1] ?? recent(out, s.index, 2);
        if (target && who.length) {
          const chaired = (target as Work & { chaired?: boolean }).chaired;
          for (const w of who) {
            if ((target.participants.length < 2 || chaired) && !target.participants.some((p) => p.name === w.p.name)) target.participants.push(w.p);
            else if (target.participants.length < 2 && !target.participants.some((p) => p.name === w.p.name)) target.participants.push(w.p);
            else if (!target.participants.some((p) => p.name === w.p.name) && !(target.attendees ?? []).some((p) => p.name === w.p.name)) (target.attendees ??= []).push(w.p);
          }
        }
        if (target && target.participants.length > 2 && /\bsummit\b/i.test(sText)) target.type = "summit";
        continue;
      }
      // subject
      let subjects: Participant[] = [];
      if (t.passive) {
        const agent = personAfter[0];
        const patient = nearest(before) ?? null;
        if (!agent) continue;
        subjects = [agent.p];
        const lead = tr.first > s.first ? normSlice(doc, s.first, tr.first).trim() : "";
        const pat = patient ? expand(patient) : focus && isPronounSubject(lead) ? [focus] : [];
        const ix = make(doc, facts, s, tr, t, [...subjects, ...pat], sText);
        if (ix.participants.length >= 2 || t.chair) { made.push(ix); }
        continue;
      }
      const subj = nearest(before);
      if (subj) {
        subjects = expand(subj);
        const coord = before.filter((m) => m !== subj && m.last <= subj.first && coordinated(doc, m.last, subj.first, idx));
        for (const c of coord) subjects.unshift(...expand(c));
      } else {
        const lead = tr.first > s.first ? normSlice(doc, s.first, tr.first).trim() : "";
        if (focus && isPronounSubject(lead)) subjects = [focus];
      }
      // object
      let objects: Participant[] = [];
      let initiator: string | undefined;
      let pool = personAfter;
      if (t.direction === "from") {
        const fromAt = findWord(doc, tr.last, s.last, "from");
        if (fromAt >= 0) pool = personAfter.filter((m) => m.first > fromAt);
      }
      if (t.chair) pool = [];
      else if (t.direction !== "from" && !/\b(?:with|met|meets|meet|received|receives|receive|hosted|hosts|host|welcomed|phoned|telephoned|called|visited|visits|visit|to|from)$/.test(t.phrase) && !t.arrival) {
        // "held talks ... with X": the object needs its "with" (not ", with X shuttling between them")
        const withAt = findWord(doc, tr.last, s.last, "with");
        pool = withAt >= 0 && !normSlice(doc, tr.first, withAt).includes(",") ? pool.filter((m) => m.first > withAt) : [];
      }
      let obj: Ment | undefined = pool[0] ?? (!t.chair && (t.type === "visit" || t.type === "meeting") ? after.find((m) => m.p.kind === "organization") : undefined);
      // "visited Damascus and met with X": X belongs to the later trigger, not to the visit
      if (obj && triggers.some((o) => o !== tr && o.first >= tr.last && o.first < obj!.first)) obj = undefined;
      if (obj) {
        objects = expand(obj);
        let tail = obj;
        for (const m of after.filter((x) => x.first > obj!.last)) {
          const gap = doc.norm.slice(T[tail.last - 1]!.end, T[m.first]!.start);
          if (/^\s*,\s*$/.test(gap) || coordinated(doc, tail.last, m.first, idx) || /^\s*,\s*and\s*$/.test(gap)) { objects.push(...expand(m)); tail = m; } else break;
        }
        if (t.direction === "from") initiator = obj.p.name;
      }
      if (t.requiresPersonObject && !pool[0]) continue;
      if (!subjects.length && !objects.length) continue;
      if (t.chair && !subjects.length) continue;
      const participants = dedupe([...subjects, ...objects]);
      if (participants.length < 2 && !t.chair) continue;
      const ix = make(doc, facts, s, tr, t, participants, sText);
      if (initiator) ix.initiator = initiator;
      made.push(ix);
      if (subjects[0]?.kind === "person") focus = subjects[0];
    }
    if (made.length) {
      // one event stated twice in a sentence ("held their meeting ..., chaired by X")
      for (let a = 0; a < made.length; a++) for (let b = made.length - 1; b > a; b--) {
        const A = new Set(made[a]!.participants.map((p) => p.name));
        if (made[b]!.participants.every((p) => A.has(p.name))) {
          for (const tp of made[b]!.topics) if (!made[a]!.topics.includes(tp)) made[a]!.topics.push(tp);
          made.splice(b, 1);
        }
      }
      out.push(...made);
    } else {
      // follow-up sentence: topics (and a missing counterpart) for the last interaction
      const last = recent(out, s.index, 2);
      const lead = sText.toLowerCase();
      const anaphoric = FOLLOW_UP_SUBJECTS.some((f) => lead.startsWith(f)) || /\bthey\b/.test(lead);
      const sameParties = last && inS.filter((m) => m.p.kind === "person").length >= 1 && inS.filter((m) => m.p.kind === "person").every((m) => last.participants.some((p) => p.name === m.p.name));
      if (last && (anaphoric || sameParties)) {
        for (const tp of topicsIn(sText, 0)) if (!last.topics.includes(tp)) last.topics.push(tp);
      }
    }
    // the story's focus for a later "He ..." or "The minister ...": the first person a sentence names
    const firstPerson = inS.find((m) => m.p.kind === "person");
    if (firstPerson && !made.length) focus = firstPerson.p;
  }
  // a place from the dateline for meetings without one in their sentence
  for (const ix of out) {
    if (!ix.place && datelinePlace && ix.type !== "call" && ix.status !== "planned") ix.place = datelinePlace;
    delete (ix as Partial<Work>).sentence;
    delete (ix as Partial<Work> & { chaired?: boolean }).chaired;
  }
  return out;

  function expand(m: Ment): Participant[] { return m.members?.length ? m.members : [m.p]; }
}

function make(doc: Doc, facts: EntityFacts, s: { first: number; last: number; index: number }, tr: { first: number; last: number }, t: EnTrigger, participants: Participant[], sText: string): Work {
  const T = doc.tokens;
  const leadText = doc.norm.slice(T[s.first]!.start, T[tr.first]!.start);
  const planned = BASE_FORMS.test(t.phrase) || PLANNED_RE.test(leadText.replace(/\s+(?:also|again|later|then)\s*$/i, " ").trimEnd());
  const relStart = T[tr.last - 1]!.end - T[s.first]!.start;
  const topics = topicsIn(sText, relStart);
  const evidence: Mention = tokenMention(doc, s.first, s.last);
  const trigger: Mention = tokenMention(doc, tr.first, tr.last);
  const place = placeIn(doc, facts, s, tr.last);
  const date = dateIn(facts, s);
  const type: InteractionType = /\bsummit\b/i.test(sText) && (t.chair || t.attend || participants.length > 2) ? "summit"
    : /\b(?:conference|forum)\b/i.test(sText) && (t.chair || t.attend) ? "conference" : t.type;
  const multilateral = participants.length > 2 || participants.some((p) => p.kind === "group");
  // a meeting in a city of none of the participants' countries: meeting at a third location
  const placeCountry = place ? facts.places.find((p) => p.name === place)?.country ?? null : null;
  const parties = participants.map((p) => p.country).filter((c): c is string => !!c);
  const thirdPlace = (type === "meeting" || type === "talks") && !!placeCountry && parties.length >= 2 && !parties.includes(placeCountry);
  const mode = type === "call" ? "phone" : multilateral ? "multilateral" : thirdPlace ? "third-party" : type === "visit" || type === "received" ? "visit" : undefined;
  const cameo = planned ? "036" : type === "call" ? "041" : type === "visit" ? "042" : type === "received" ? "043" : thirdPlace ? "044" : type === "talks" ? "046" : "040";
  return {
    ...(t.chair && !t.passive ? { chaired: true } : {}),
    type, participants, topics, place, date, status: planned ? "planned" : "happened", cameo,
    plover: { event: "CONSULT", ...(mode ? { mode } : {}) }, trigger, evidence, sentence: s.index,
    ...(type === "call" ? { medium: "phone" } : {}),
  };
}

function mentionsOf(doc: Doc, facts: EntityFacts): Ment[] {
  const out: Ment[] = [];
  for (const m of facts.ministers) for (const sp of m.spans) out.push({ first: sp.first, last: sp.last, p: { name: m.name, kind: "person", country: m.country } });
  for (const p of facts.people) for (const sp of p.spans) out.push({ first: sp.first, last: sp.last, p: { name: p.name, kind: "person", country: (p as { country?: string | null }).country ?? null } });
  for (const o of facts.organizations) {
    if (o.kind === "agency" || o.kind === "media") continue;
    for (const sp of o.spans) out.push({ first: sp.first, last: sp.last, p: { name: o.name, kind: "organization", country: o.country ?? null } });
  }
  out.push(...groups(doc, facts));
  return out.sort((a, b) => a.first - b.first);
}

/** "the interior ministers of Saudi Arabia and Egypt", "the interior ministers of the GCC states". */
function groups(doc: Doc, facts: EntityFacts): Ment[] {
  const T = doc.tokens;
  const out: Ment[] = [];
  const pfWords = new Set([...PORTFOLIO_OF.keys()].filter((k) => !k.includes(" ")));
  for (let i = 1; i < T.length; i++) {
    if (T[i]!.text.toLowerCase() !== "ministers" || T[i + 1]?.text !== "of") continue;
    const pfTok = T[i - 1]!;
    const portfolio = PORTFOLIO_OF.get(pfTok.text.toLowerCase());
    if (!portfolio || !pfWords.has(pfTok.text.toLowerCase())) continue;
    let j = i + 2;
    const codes: string[] = [];
    let k = j;
    if (T[k]?.text === "the") k++;
    const countryCodes = new Map(facts.countries.flatMap((c) => c.spans.map((sp) => [sp.first, { code: c.code, last: sp.last }] as const)));
    for (;;) {
      const c = countryCodes.get(k);
      if (!c) break;
      codes.push(c.code);
      k = c.last;
      if (T[k]?.text === "," || T[k]?.text === "and") { k++; if (T[k]?.text === "and") k++; continue; }
      break;
    }
    let end = k;
    if (!codes.length) {
      // an organization and a plural noun: "the Gulf Cooperation Council states"
      const org = facts.organizations.find((o) => o.spans.some((sp) => sp.first === (T[j]?.text === "the" ? j + 1 : j)));
      if (!org) continue;
      const sp = org.spans.find((x) => x.first === (T[j]?.text === "the" ? j + 1 : j))!;
      end = sp.last;
      if (T[end] && /^(states|countries|member|nations)$/.test(T[end]!.text)) { end++; if (T[end]?.text === "states") end++; }
    }
    const first = i - 1;
    const name = originalText(doc, first, end);
    const members: Participant[] = [];
    for (const code of codes) {
      const m = facts.ministers.find((x) => x.portfolio === portfolio && x.country === code);
      members.push(m ? { name: m.name, kind: "person", country: code } : { name: `${pfTok.text} minister of ${EN_COUNTRIES.get(code)?.name ?? code}`, kind: "group", country: code });
    }
    out.push({ first, last: end, p: { name, kind: "group", country: null }, ...(members.length ? { members } : {}) });
    j = end;
  }
  return out;
}

function findTriggers(doc: Doc, first: number, last: number, idx: EntityIndex | null): { first: number; last: number; trigger: EnTrigger }[] {
  const T = doc.tokens;
  const out: { first: number; last: number; trigger: EnTrigger }[] = [];
  for (let i = first; i < last; i++) {
    const c = idx?.claims[i];
    if (c && c !== "date") continue;
    let m = TRIGGERS.matchAt(T, i, false, last);
    // "held their 41st meeting", "held extensive talks"
    if (!m && T[i]!.text.toLowerCase() === "held") {
      for (let k = i + 1; k < Math.min(last, i + 5); k++) {
        const w = T[k]!.text.toLowerCase();
        if (w === "meeting" || w === "talks" || w === "consultations") {
          const trig: EnTrigger = { phrase: `held ${w}`, type: w === "meeting" ? "meeting" : "talks" };
          out.push({ first: i, last: k + 1, trigger: trig });
          i = k;
          break;
        }
        if (T[k]!.kind === "punct") break;
      }
      continue;
    }
    if (!m) continue;
    const prev = T[i - 1];
    if (prev && NOUN_BEFORE.test(prev.text) && BASE_FORMS.test(m.values[0]!.phrase)) continue;
    if (prev && /^(a|an|the|his|her|its|their)$/i.test(prev.text) && /^(visit|meeting)/.test(m.values[0]!.phrase)) continue;
    out.push({ first: m.first, last: m.last, trigger: m.values[0]! });
    i = m.last - 1;
  }
  return out;
}

function nearest(before: Ment[]): Ment | undefined {
  const people = before.filter((m) => m.p.kind !== "organization");
  return people[people.length - 1] ?? before[before.length - 1];
}

function recent(out: Work[], sentence: number, within: number): Work | undefined {
  const last = out[out.length - 1];
  return last && sentence - last.sentence <= within ? last : undefined;
}

function dedupe(ps: Participant[]): Participant[] {
  const seen = new Set<string>();
  return ps.filter((p) => (seen.has(p.name) ? false : (seen.add(p.name), true)));
}

function findWord(doc: Doc, from: number, to: number, word: string): number {
  for (let i = from; i < to; i++) if (doc.tokens[i]!.text.toLowerCase() === word) return i;
  return -1;
}

const DATEISH_AFTER_ON = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|\d|the sidelines|behalf|an? |his |her |their |its |arrival|today|yesterday|tomorrow|this|that)/i;
const SPEECH_STOP = /,\s+(?:[\p{Lu}][\p{L}.'-]*\s+){1,5}(?:said|reported|added|announced|stated)\b|,?\s+(?:the|a|his|her|their|its)\s+[\p{L}\s-]{1,40}?\s+(?:said|reported|added|announced)\b/u;

const CUE_RES: [string, RegExp][] = TOPIC_CUES.map((cue) => [cue, new RegExp(`(?<![\\p{L}-])${cue.replace(/\s+/g, "\\s+")}\\s+`, "giu")]);

/** Topic phrases after a cue word, split at commas and "and" (not inside "between X and Y"). */
export function topicsIn(text: string, from: number): string[] {
  const lower = text.toLowerCase();
  let best: { at: number; cue: string } | null = null;
  for (const [cue, re] of CUE_RES) {
    re.lastIndex = from;
    for (let m: RegExpExecArray | null; (m = re.exec(lower)) !== null; ) {
      const rest = lower.slice(m.index + m[0].length);
      if ((cue === "on" || cue === "about") && DATEISH_AFTER_ON.test(rest)) continue;
      if (!best || m.index < best.at) best = { at: m.index, cue: m[0] };
      break;
    }
  }
  if (!best) return [];
  let body = text.slice(best.at + best.cue.length);
  let cut = body.length;
  for (const st of [...TOPIC_STOPS, ", especially", ", including", ", notably", ", particularly", ", as well as", " ahead of ", " during "]) {
    const k = body.toLowerCase().indexOf(st);
    if (k >= 0 && k < cut) cut = k;
  }
  const sp = SPEECH_STOP.exec(body);
  if (sp && sp.index < cut) cut = sp.index;
  // a closing quotation, or ", <who> said." at the end
  const q = /[,.]?["”]/.exec(body);
  if (q && q.index < cut) cut = q.index;
  const said = /,\s+[^,]{1,60}?\s(?:said|reported|added|announced|stated|wrote)\b[^,]*$/.exec(body.slice(0, cut));
  if (said) cut = said.index;
  body = body.slice(0, cut).replace(/[.;:"'”]+\s*$/, "").replace(/\s+with\s+(?:him|her|them)\b/i, "").trim();
  body = body.replace(/^(?:with\s+(?:him|her|them)\s+)/i, "");
  if (!body) return [];
  // "between X and Y" stays whole
  const guarded = body.replace(/\bbetween\s+([^,]+?)\s+and\s+/giu, (m) => m.replace(/\s+and\s+$/u, " \u0000 "));
  const parts = guarded.split(/\s*,\s*(?:and\s+)?|\s+and\s+(?=\p{Ll})/u)
    .map((x) => x.replace(/ \u0000 /g, " and ").trim().replace(/^(?:also\s+)?(?:discussed|reviewed|discussing|reviewing|exchanged views on|stressed|tackled)\s+/i, ""))
    .filter((x) => x.length > 1);
  return parts.slice(0, 6);
}

function placeIn(doc: Doc, facts: EntityFacts, s: { first: number; last: number }, from: number): string | null {
  // a place right after "in"/"at" (or "in the") in the sentence, preferring one after the trigger
  const inS = facts.places.flatMap((p) => p.spans.map((sp) => ({ first: sp.first, name: p.name }))).filter((p) => p.first >= s.first && p.first < s.last);
  const T = doc.tokens;
  const prep = (p: { first: number }) => /^(in|at)$/i.test(T[p.first - 1]?.text ?? "") || (T[p.first - 1]?.text === "the" && /^(in|at)$/i.test(T[p.first - 2]?.text ?? ""));
  const cand = inS.filter(prep).sort((a, b) => a.first - b.first);
  return (cand.find((p) => p.first >= from) ?? cand[0])?.name ?? null;
}

function dateIn(facts: EntityFacts, s: { first: number; last: number }): string | null {
  const d = facts.dates.find((x) => x.span.first >= s.first && x.span.first < s.last);
  return d ? d.value ?? d.text : null;
}

function datelinePlaceName(doc: Doc, facts: EntityFacts): string | null {
  const first = doc.sentences[0];
  if (!first) return null;
  for (const p of facts.places) if (p.spans.some((sp) => sp.first >= first.first && sp.first < first.first + 3)) return p.name;
  return null;
}


/** "X and Y" or "X and his Greek counterpart Y": nothing but "and", titles, countries and honorifics between two mentions. */
function coordinated(doc: Doc, end: number, next: number, idx: EntityIndex | null): boolean {
  const T = doc.tokens;
  if (T[end]?.text !== "and" || next - end > 10) return false;
  for (let k = end + 1; k < next; k++) {
    const t = T[k]!;
    if (idx?.claims[k] === "title" || idx?.claims[k] === "country") continue;
    if (t.kind === "word" && (/^\p{Lu}/u.test(t.text) || /^(his|her|their|counterpart|the|of)$/.test(t.text))) continue;
    if (t.text === "." || t.text === "-") continue;
    return false;
  }
  return true;
}
