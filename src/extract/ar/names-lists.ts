// The word lists of the Arabic name rules: given names, family names, surnames, compound-name tails,
// frequent common words and name cues, normalized (data/names/, data/derived/).
import given from "../../lexicon/data/given-names.json" with { type: "json" };
import { normKey } from "../../text/normalize.js";
import { CONNECTORS } from "../../lexicon/titles.js";
import { COUNTRY_ADJECTIVES } from "../../lexicon/countries.js";

import arabGiven from "../../lexicon/data/names/arab-given.json" with { type: "json" };
import foreignGiven from "../../lexicon/data/names/foreign-given.json" with { type: "json" };
import surnames from "../../lexicon/data/names/surnames.json" with { type: "json" };
import derivedGiven from "../../lexicon/data/derived/person-given-names.json" with { type: "json" };
import derivedFamily from "../../lexicon/data/derived/person-family-names.json" with { type: "json" };
import derivedNonNames from "../../lexicon/data/derived/non-name-words.json" with { type: "json" };
import derivedCues from "../../lexicon/data/derived/person-cues.json" with { type: "json" };

/** The one-word entries of a name list, normalized (phrases such as فان باستن are matched word by word). */
function oneWord(list: string[]): string[] {
  return list.map(normKey).filter((w) => w && !w.includes(" "));
}
const ARAB_LIST = oneWord(arabGiven.names);
const FOREIGN_LIST = oneWord(foreignGiven.names);
const SURNAME_LIST = oneWord(surnames.names);

/**
 * Given names: our lists (Arab and foreign, data/names/) plus those derived from ANERcorp's training
 * part (see data/derived/README.md). Forms the lists mark ambiguous (also common words) are left out.
 */
// (name particles such as عبد، بن، أبو are connectors, never names on their own)
export const GIVEN_NAMES: Set<string> = new Set([
  ...given.names.map(normKey), ...ARAB_LIST, ...FOREIGN_LIST,
  ...(derivedGiven as string[]).filter((w) => w.length > 2),
].filter((w) => !CONNECTORS.has(w)));
/** Names our lists mark as also common words (الأسد، سلام، مبارك): never a name on their own. */
export const AMBIGUOUS_NAMES: Set<string> = new Set([...arabGiven.ambiguous, ...foreignGiven.ambiguous, ...surnames.ambiguous].map(normKey));
/**
 * The Arab given names among them (عيد، سلامة، صباح): one opens a name before بن/بنت (عيد بن محمد الثقفي)
 * or after an honorific before a name word (الشيخ صباح الخالد). (The foreign ones, ان، آلان, are left out:
 * they read as function words.)
 */
export const AMBIGUOUS_GIVEN: Set<string> = new Set(arabGiven.ambiguous.map(normKey).filter((w) => w.length >= 3));
/**
 * Every surname our list has, also those that are common words (الصباح): a definite one may follow
 * another definite name word (سالم عبدالله الجابر الصباح), where a common word would not.
 */
export const LISTED_SURNAMES: Set<string> = new Set([...surnames.names, ...surnames.ambiguous].map(normKey));
/** Our own list of surnames that stand alone in news (data/names/surnames.json). */
export const SURNAMES: Set<string> = new Set(SURNAME_LIST);
/** Given names of non-Arab people (ماركوس، يوري): a word after one is very likely the surname. */
const ARAB_GIVEN = new Set(ARAB_LIST);
export const FOREIGN_GIVEN: Set<string> = new Set(FOREIGN_LIST.filter((w) => !ARAB_GIVEN.has(w)));
/** Family names: our list of surnames that stand alone in news, and those seen in ANERcorp's training part. */
export const FAMILY_NAMES: Set<string> = new Set([...SURNAME_LIST, ...(derivedFamily as string[])].filter((w) => !CONNECTORS.has(w)));
/** Second words of compound names (صلاح الدين، عبد الله): alone they are common words. */
export const COMPOUND_TAILS: Set<string> = new Set(given.compoundTails.map(normKey));
/** Frequent words that are (almost) never part of a name in ANERcorp's training part. */
// (country adjectives are left to the country rules: السوداني may close a name, محمد شياع السوداني)
export const NON_NAME_WORDS: Set<string> = new Set((derivedNonNames as string[]).filter((w) => !GIVEN_NAMES.has(w) && !FAMILY_NAMES.has(w) && !COUNTRY_ADJECTIVES.hasKey(w)));
/** Words that often stand right before a name (titles, nationality adjectives). */
export const PERSON_CUES: Set<string> = new Set(derivedCues as string[]);
