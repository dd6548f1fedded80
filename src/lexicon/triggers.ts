// Interaction triggers compiled from data/triggers.json (see that file for the rule families).
import data from "./data/triggers.json" with { type: "json" };
import { normKey } from "../text/normalize.js";
import { Gazetteer, startFlag } from "./gazetteer.js";
import type { InteractionType } from "../types.js";

export interface TriggerFamily {
  id: string;
  verbs: Set<string>;
  type?: InteractionType;
  objects?: Map<string, InteractionType>;
  other: string[];
  requireOther: boolean;
  /** Who made the call: the other side (تلقى اتصالاً من) or the subject (أجرى اتصالاً، اتصل بـ). */
  initiator?: "other" | "subject";
  multilateral: boolean;
  /** The forms are nouns with a possessive (استقباله، لقائه): "وخلال استقباله X، أكد Y" names the owner after the comma. */
  noun: boolean;
  /** Per-verb types where one family holds several (التقاه meeting, زاره visit). */
  types?: Map<string, InteractionType>;
}

interface RawFamily {
  id: string; verbs: string[]; type?: string; objects?: Record<string, string>; other: string[];
  requireOther?: boolean; initiator?: string; multilateral?: boolean; noun?: boolean; types?: Record<string, string>;
}

export const FAMILIES: TriggerFamily[] = (data.families as RawFamily[]).map((f) => ({
  id: f.id,
  verbs: new Set(f.verbs.map(normKey)),
  ...(f.type ? { type: f.type as InteractionType } : {}),
  ...(f.objects ? { objects: new Map(Object.entries(f.objects).map(([k, v]) => [normKey(k), v as InteractionType])) } : {}),
  other: f.other.map(normKey),
  requireOther: !!f.requireOther,
  ...(f.initiator === "other" || f.initiator === "subject" ? { initiator: f.initiator } : {}),
  multilateral: !!f.multilateral,
  noun: !!f.noun,
  ...(f.types ? { types: new Map(Object.entries(f.types).map(([k, v]) => [normKey(k), v as InteractionType])) } : {}),
}));

/** Verb form → its families (a form may belong to several). */
export const VERB_INDEX: Map<string, TriggerFamily[]> = new Map();
for (const f of FAMILIES) for (const v of f.verbs) VERB_INDEX.set(v, [...(VERB_INDEX.get(v) ?? []), f]);

const gaz = (xs: string[]) => { const g = new Gazetteer<string>(); for (const x of xs) g.add(x, normKey(x)); return g; };
export const PHONE_ADVERBS = new Set(data.phoneAdverbs.map(normKey));
export const PLANNED = gaz(data.planned);
export const MEDIA = new Gazetteer<string>();
for (const [k, v] of Object.entries(data.media)) MEDIA.add(k, v);
export const TOPIC_INTROS = gaz(data.topicIntros);
export const TOPIC_STOPS = gaz(data.topicStops);
export const EVENT_ANAPHORS = new Set(data.eventAnaphors.map(normKey));
export const PASSIVE = new Set(data.passive.map(normKey));
export const ATTENDANCE = new Set(data.attendance.map(normKey));
export const GROUP_QUANTIFIERS = gaz(data.groupQuantifiers);
export const VENUES = new Set(data.venues.map(normKey));
export const TIME_PHRASES = gaz(data.timePhrases);
/** What may stand before a noun trigger that opens its sentence: "وخلال استقباله"، "وفي لقائه". */
export const ASIDE_OPENERS = new Set(data.asideOpeners.map(normKey));
/** The last word of a time phrase that names an event after it: "على هامش <اجتماعات المجلس>". */
export const FRAME_HEADS = new Set(data.frameHeads.map(normKey));
/**
 * One word flag for the words at which an entry of a phrase gazetteer above may start: their
 * look-ups at every token of a sentence (topic intros and stops, media, time phrases …) read the
 * flag, not the word's facts. (The gazetteers are complete: no entry may be added after this.)
 */
export const PHRASE_START = startFlag(PLANNED, MEDIA, TOPIC_INTROS, TOPIC_STOPS, GROUP_QUANTIFIERS, TIME_PHRASES);
export const DUAL_ANAPHORS = new Set(data.dualAnaphors.map(normKey));
export const PROTAGONIST_ANAPHORS = new Set(data.protagonistAnaphors.map(normKey));
/** "مع أخيه الشيخ X": kinship words of courtesy that stand before a person's name (and honorifics). */
export const COURTESY_KIN = new Set(data.courtesyKin.map(normKey));
/** "انطلقت أعمال الدورة … برئاسة X وبمشاركة Y": nominal heads that list the people of an event. */
export const NOMINAL_HEADS = new Set(data.nominalEvents.heads.map(normKey));
export const NOMINAL_EVENTS: Map<string, InteractionType> = new Map(Object.entries(data.nominalEvents.events).map(([k, v]) => [normKey(k), v as InteractionType]));
/** "جرى اتصال هاتفي بين X وY": event nouns that, with بين right after them, name a bilateral event. */
export const BETWEEN_EVENTS: Map<string, InteractionType> = new Map(Object.entries(data.betweenEvents).map(([k, v]) => [normKey(k), v as InteractionType]));
/** Statement verbs and the preposition that opens what was said: "يشدد على X"، "كشف عن X". */
export const STATEMENT_VERBS: Map<string, string> = new Map(Object.entries(data.statementVerbs).map(([k, v]) => [normKey(k), normKey(v)]));
/** "وفداً من الكونغرس برئاسة X": a delegation takes part through its head, else its body, else itself. */
export const DELEGATIONS = new Set(data.delegations.map(normKey));
