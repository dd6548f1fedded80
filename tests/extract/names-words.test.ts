// The per-word facts of the name and people rules (names-words.ts) agree with the lists and
// gazetteers they stand for.
import { describe, expect, it } from "vitest";
import titles from "../../src/lexicon/data/titles.json" with { type: "json" };
import { makeDoc } from "../../src/text/document.js";
import { HONORIFICS, PERSON_TITLES, PRIME_MINISTER } from "../../src/lexicon/titles.js";
import { COUNTRY_DATA, countryAt, nisbaForms } from "../../src/lexicon/countries.js";
import {
  countryAtWord, nameFactsOf, isVerbLike, NOT_A_WORD, READ_TITLE_START, W_FAMILY, W_GIVEN, W_TITLE_FIRST, W_VERB_LIKE, W_VERB_LIKE_FIRST,
} from "../../src/extract/ar/names-words.js";
import { FAMILY_NAMES, GIVEN_NAMES } from "../../src/extract/ar/names-lists.js";

describe("names-words", () => {
  it("marks the first word of every title, honorific and rank, also with a clitic", () => {
    const phrases = [...titles.primeMinister, ...titles.honorifics, ...titles.ranks, ...titles.personTitles];
    for (const p of phrases) {
      for (const text of [p, "و" + p]) {
        const doc = makeDoc(text + " محمد");
        const toks = doc.tokens;
        const matched = PRIME_MINISTER.matchAt(toks, 0) ?? HONORIFICS.matchAt(toks, 0) ?? PERSON_TITLES.matchAt(toks, 0);
        if (matched) expect(nameFactsOf(doc)[0]!.reads & READ_TITLE_START, text).not.toBe(0);
        if (HONORIFICS.matchAt(toks, 0, false) ?? PERSON_TITLES.matchAt(toks, 0, false)) expect(nameFactsOf(doc)[0]!.bits & W_TITLE_FIRST, text).not.toBe(0);
      }
    }
  });

  it("never lets a title gazetteer match where the bit is off", () => {
    const doc = makeDoc("قال الرئيس الفرنسي إيمانويل ماكرون، في مؤتمر صحفي مع السفير الأمريكي ورئيس الوزراء، إن الشيخ محمد واللواء علي وصلا.");
    const words = nameFactsOf(doc);
    doc.tokens.forEach((_, i) => {
      const any = PRIME_MINISTER.matchAt(doc.tokens, i) ?? HONORIFICS.matchAt(doc.tokens, i) ?? PERSON_TITLES.matchAt(doc.tokens, i);
      if (any) expect(words[i]!.reads & READ_TITLE_START).not.toBe(0);
      if (HONORIFICS.matchAt(doc.tokens, i, false) ?? PERSON_TITLES.matchAt(doc.tokens, i, false)) expect(words[i]!.bits & W_TITLE_FIRST).not.toBe(0);
    });
  });

  it("countryAtWord is countryAt at every word where a country name or adjective starts, and around it", () => {
    const forms = COUNTRY_DATA.flatMap((c) => [...c.forms, ...c.adjectives.flatMap((b) => nisbaForms(b)), ...c.plurals]);
    for (const f of forms) {
      for (const text of ["زار " + f + " امس", "زار و" + f + " امس", "وزير خارجية " + f]) {
        const doc = makeDoc(text);
        doc.tokens.forEach((_, i) => {
          const c = countryAt(doc.tokens, i);
          expect(countryAtWord(doc, i)).toEqual(c);
        });
      }
    }
  });

  it("answers as the lists and predicates do, and has no facts for punctuation and numbers", () => {
    const doc = makeDoc("وأكد محمد بوش يشدد 2024، سيغادر");
    const words = nameFactsOf(doc);
    doc.tokens.forEach((t, i) => {
      const f = words[i]!;
      if (t.kind !== "word") { expect(f).toBe(NOT_A_WORD); return; }
      expect((f.bits & W_GIVEN) !== 0).toBe(GIVEN_NAMES.has(t.text));
      expect((f.bits & W_FAMILY) !== 0).toBe(FAMILY_NAMES.has(t.text));
      expect((f.bits & W_VERB_LIKE) !== 0).toBe(isVerbLike(t.text, false));
      expect((f.bits & W_VERB_LIKE_FIRST) !== 0).toBe(isVerbLike(t.text, true));
    });
  });
});
