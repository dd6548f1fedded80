// The public JSON contract (see README "JSON contract" and schema/extraction.schema.json).
// Field names and meanings here are a public interface: add freely, remove nothing.

/** A span of the decoded original text. Offsets are UTF-16 code units. */
export interface Mention {
  text: string;
  start: number;
  end: number;
}

export type Portfolio =
  | "interior" | "foreign" | "defense" | "justice" | "finance" | "health" | "education"
  | "economy" | "energy" | "communications" | "prime_minister" | "other";

export type CountryBasis = "explicit" | "counterpart" | "context" | "knowledge";

export interface Minister {
  name: string;
  title: string;
  portfolio: Portfolio;
  country: string | null;
  countryBasis?: CountryBasis;
  honorifics?: string[];
  /** The same person's name in another script, when the knowledge file links them. */
  aliases?: string[];
  mentions: Mention[];
}

export interface Person {
  name: string;
  title?: string;
  role?: string;
  honorifics?: string[];
  mentions: Mention[];
}

export interface Country {
  code: string;
  name: string;
  nameAr?: string;
  mentions: Mention[];
}

export interface Organization {
  name: string;
  kind?: string;
  country?: string | null;
  mentions: Mention[];
}

export interface Place {
  name: string;
  country?: string | null;
  mentions: Mention[];
}

export interface DateMention extends Mention {
  value: string | null;
}

export type InteractionType =
  | "meeting" | "call" | "visit" | "talks" | "summit" | "conference" | "received" | "other";

export interface Participant {
  name: string;
  kind: "person" | "organization" | "group";
  country?: string | null;
}

export interface Interaction {
  type: InteractionType;
  participants: Participant[];
  attendees?: Participant[];
  initiator?: string;
  topics: string[];
  place: string | null;
  date: string | null;
  medium?: string;
  status?: "happened" | "planned";
  cameo?: string;
  plover?: { event: string; mode?: string };
  trigger?: Mention;
  evidence: Mention;
}

export interface DocumentError {
  code: string;
  message: string;
}

export type Language = "ar" | "en" | "mixed" | "unknown";

export interface DocumentResult {
  file: string;
  language: Language;
  ministers: Minister[];
  people: Person[];
  countries: Country[];
  organizations: Organization[];
  places: Place[];
  dates: DateMention[];
  interactions: Interaction[];
  warnings?: DocumentError[];
  errors?: DocumentError[];
}

export interface ExtractOptions {
  /** Name reported in `file` (path, "-" or a record id). */
  file?: string;
  /** Fixes relative dates: YYYY-MM-DD. */
  referenceDate?: string;
  /** Use the embedded knowledge file to fill a minister's country (default true). */
  knowledge?: boolean;
  /** Force the language instead of detecting it. */
  lang?: "ar" | "en" | "auto";
}
