// Internal facts passed between extractors. They carry token spans (into Doc.tokens) so that later
// extractors (people, interactions) can reason about position; `toResult` strips them.
import type { Doc } from "../text/document.js";
import type { Country, DateMention, Mention, Minister, Organization, Person, Place, Portfolio, CountryBasis } from "../types.js";

/** A public fact type without its mentions (computed from spans at the end), which may still be given. */
type Spanned<T extends { mentions: Mention[] }> = Omit<T, "mentions"> & { mentions?: Mention[] };

/** A token range [first, last) plus proclitic units skipped on the first token. */
export interface Span {
  first: number;
  last: number;
  prefix: number;
}

export interface CountryFact extends Country {
  /** Every span that names or qualifies this country (names and adjectives). */
  spans: Span[];
  /** Parallel to spans: true when the span is an adjective (السوري), false for a name (سوريا). */
  adjective: boolean[];
}

export interface PlaceFact extends Place {
  spans: Span[];
}

export interface OrganizationFact extends Organization {
  spans: Span[];
}

export interface DateFact extends DateMention {
  span: Span;
}

export interface PersonFact extends Spanned<Person> {
  spans: Span[];
  /** Whole stretches that refer to the person (title + honorifics + name), for position rules. */
  extents?: Span[];
  /** Span of the name itself in its first, fullest mention. */
  nameSpan: Span;
}

export interface MinisterFact extends Spanned<Minister> {
  spans: Span[];
  /** Whole stretches that refer to the minister (title + honorifics + name), for position rules. */
  extents?: Span[];
  nameSpan: Span;
  /** Span of the title phrase ("وزير الداخلية السوري"). */
  titleSpan: Span | null;
  countryBasis?: CountryBasis;
  portfolio: Portfolio;
}

/** Everything the entity extractors found, in document order where it matters. */
export interface EntityFacts {
  countries: CountryFact[];
  places: PlaceFact[];
  organizations: OrganizationFact[];
  dates: DateFact[];
  ministers: MinisterFact[];
  people: PersonFact[];
}

export interface ExtractContext {
  doc: Doc;
  referenceDate: string | null;
  knowledge: boolean;
}
