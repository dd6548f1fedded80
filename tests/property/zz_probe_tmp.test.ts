// Property-based tests of the library on hostile, Arabic-heavy input (fixed seed; see arbitraries.ts).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { extract } from "../../node_modules/.wazir-probe/index.js";
import type { DocumentResult, Mention } from "../../node_modules/.wazir-probe/index.js";
import { hostileText as anyText, params, timeout } from "./arbitraries.js";

/** Every Mention-shaped thing in a result, with where it was found. */
function allMentions(r: DocumentResult): [string, Mention][] {
  const out: [string, Mention][] = [];
  const lists = { ministers: r.ministers, people: r.people, countries: r.countries, organizations: r.organizations, places: r.places } as const;
  for (const [kind, list] of Object.entries(lists)) {
    for (const e of list as { mentions: Mention[] }[]) for (const m of e.mentions) out.push([kind, m]);
  }
  for (const d of r.dates) out.push(["dates", d]);
  for (const i of r.interactions) {
    out.push(["interactions.evidence", i.evidence]);
    if (i.trigger) out.push(["interactions.trigger", i.trigger]);
  }
  return out;
}

function checkResult(text: string, r: DocumentResult): void {
  expect(Array.isArray(r.ministers) && Array.isArray(r.people) && Array.isArray(r.countries)).toBe(true);
  expect(Array.isArray(r.organizations) && Array.isArray(r.places) && Array.isArray(r.dates) && Array.isArray(r.interactions)).toBe(true);
  expect(["ar", "en", "mixed", "unknown"]).toContain(r.language);
  for (const [where, m] of allMentions(r)) {
    const ok = Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.start < m.end && m.end <= text.length && text.slice(m.start, m.end) === m.text;
    if (!ok) throw new Error(`bad ${where} mention ${JSON.stringify(m)} in ${JSON.stringify(text)}`);
  }
}

describe("extract on arbitrary input", () => {
  it("never throws; every mention is a non-empty slice of the text at its offsets", () => {
    fc.assert(fc.property(anyText, (text) => { checkResult(text, extract(text)); }), params());
  }, timeout(20));

  it("the result is valid JSON (well-formed Unicode) that parses back to the same value", () => {
    fc.assert(fc.property(anyText, (text) => {
      const r = extract(text, { file: text.slice(0, 20) });
      const json = JSON.stringify(r);
      expect(json).not.toMatch(/\p{Cs}/u); // JSON.stringify escapes lone surrogates
      expect(JSON.parse(json)).toEqual(r);
    }), params());
  }, timeout(20));

  it("is deterministic: the same input gives the same output, also after other documents", () => {
    fc.assert(fc.property(anyText, anyText, (a, b) => {
      const first = JSON.stringify(extract(a, { referenceDate: "2024-03-12" }));
      extract(b);
      expect(JSON.stringify(extract(a, { referenceDate: "2024-03-12" }))).toBe(first);
    }), params(0.5));
  }, timeout(40));

  it("options never make it throw (file name, language, knowledge, odd reference dates)", () => {
    const opts = fc.record({
      file: fc.option(anyText, { nil: undefined }),
      lang: fc.constantFrom("ar", "en", "auto", undefined),
      knowledge: fc.boolean(),
      referenceDate: fc.constantFrom(undefined, "2024-02-29", "1999-12-31", "0001-01-01", "not a date", "2024-13-45", ""),
    }, { requiredKeys: [] });
    fc.assert(fc.property(anyText, opts, (text, o) => {
      const r = extract(text, o as Parameters<typeof extract>[1]);
      checkResult(text, r);
      expect(r.file).toBe(o.file ?? "-");
    }), params(0.5));
  }, timeout(20));

  it("finishes on large pathological documents (no hang; the vitest timeout is the bound)", () => {
    const n = 50_000;
    const shapes = [
      "و".repeat(n),
      "وزير الداخلية ".repeat(n / 14),
      "استقبل وزير الداخلية أنس خطاب نظيره الأردني في عمان. ".repeat(n / 52),
      "محمد بن عبد الله ".repeat(n / 17),
      "،\u202e\u0000\n".repeat(n / 4),
      "في 12 آذار 2024 ".repeat(n / 16),
    ];
    for (const text of shapes) checkResult(text, extract(text));
  }, 120_000);
});
