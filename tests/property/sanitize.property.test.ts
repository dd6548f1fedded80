import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { sanitizeForTerminal } from "../../src/output/sanitize.js";
import { anyText, params, timeout } from "./arbitraries.js";

// What must never reach a terminal from a document.
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u200b\u2060\ufeff]|\p{Cs}/u;
const FORBIDDEN_KEEP = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u200b\u2060\ufeff]|\p{Cs}/u;

describe("sanitizeForTerminal on arbitrary input", () => {
  it("leaves no C0/C1 control, ESC, bidi control, invisible format character or lone surrogate", () => {
    fc.assert(fc.property(anyText, (s) => {
      const out = sanitizeForTerminal(s);
      expect(out).not.toMatch(FORBIDDEN);
      expect(out).not.toMatch(/\p{Cs}/u);
      expect([...out].every((c) => c === "\u200c" || c === "\u200d" || !/\p{Cf}/u.test(c) || /[\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\u{110bd}\u{110cd}]/u.test(c))).toBe(true);
      const kept = sanitizeForTerminal(s, { newline: "keep", tab: "keep" });
      expect(kept).not.toMatch(FORBIDDEN_KEEP);
      expect(sanitizeForTerminal(s, { placeholder: "replacement" })).not.toMatch(FORBIDDEN);
    }), params(2));
  }, timeout(5));

  it("is idempotent and keeps safe text unchanged", () => {
    fc.assert(fc.property(anyText, (s) => {
      const once = sanitizeForTerminal(s);
      expect(sanitizeForTerminal(once)).toBe(once);
      const safe = s.replace(/[^\p{L}\p{M}\p{N}\p{P}\p{Zs}]/gu, "").replace(/[\u00ad\u061c]/g, "");
      expect(sanitizeForTerminal(safe)).toBe(safe);
    }), params(2));
  }, timeout(5));

  it("never drops text: every safe code point of the input is still there, in order", () => {
    fc.assert(fc.property(anyText, (s) => {
      const letters = (x: string) => x.replace(/[^\p{L}]/gu, "");
      // Escapes add only ASCII letters (hex digits, "u"); Arabic and other non-ASCII letters are all kept.
      const nonAscii = (x: string) => letters(x).replace(/[A-Za-z]/g, "");
      expect(nonAscii(sanitizeForTerminal(s))).toBe(nonAscii(s));
    }), params(2));
  }, timeout(5));
});
