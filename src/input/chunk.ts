// Huge single documents: split at paragraph boundaries, extract each piece, merge the results with
// offsets shifted back to the whole text. Memory then grows with the chunk, not the document, and
// no rule ever sees more than one chunk (so nothing can go quadratic over a whole book).
import { extractDocument as extract } from "../extract/pipeline.js";
import type { DocumentError, DocumentResult, ExtractOptions, Interaction, Language, Mention } from "../types.js";

/** Documents above this many UTF-16 units are extracted chunk by chunk (1 Mi units ≈ 2 MB of Arabic UTF-8). */
export const LARGE_THRESHOLD = 1 << 20;

export interface ChunkSpan {
  start: number;
  end: number;
}

const SENTENCE_END = /[.!?؟۔…]["'»”)\]]*\s/g;

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/**
 * Where to end a chunk that starts at `start` and may not pass `limit` (exclusive): after the last
 * newline run (a paragraph boundary); failing that after the last sentence end; failing that after
 * the last whitespace; failing that at `limit` itself (never between the halves of a surrogate pair).
 * Only the second half of the window is searched, so chunks stay at least half the maximum.
 */
function cutPoint(text: string, start: number, limit: number): number {
  const floor = start + Math.floor((limit - start) / 2);
  const nl = text.lastIndexOf("\n", limit - 1);
  if (nl >= floor) return nl + 1;
  let best = -1;
  SENTENCE_END.lastIndex = floor;
  for (let m = SENTENCE_END.exec(text); m && m.index + m[0].length <= limit; m = SENTENCE_END.exec(text)) best = m.index + m[0].length;
  if (best > floor) return best;
  for (let i = limit - 1; i >= floor; i--) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 0x3000 || c === 0xa0 || c === 0x2028 || c === 0x2029) return i + 1;
  }
  let cut = limit;
  if (cut < text.length && isLowSurrogate(text.charCodeAt(cut)) && cut - 1 > start) cut--;
  return cut;
}

/**
 * Contiguous spans covering `text` ([0, end) in order, each at most `max` units): cut at paragraph
 * boundaries, inside a paragraph only when the paragraph itself is longer than `max`.
 */
export function chunkSpans(text: string, max = LARGE_THRESHOLD): ChunkSpan[] {
  if (!(max >= 2)) throw new RangeError(`chunk size must be at least 2, not ${max}`);
  const out: ChunkSpan[] = [];
  let start = 0;
  while (text.length - start > max) {
    const end = cutPoint(text, start, start + max);
    out.push({ start, end });
    start = end;
  }
  out.push({ start, end: text.length });
  return out;
}

const shift = (m: Mention, d: number): Mention => ({ text: m.text, start: m.start + d, end: m.end + d });

function shiftInteraction(x: Interaction, d: number): Interaction {
  return { ...x, evidence: shift(x.evidence, d), ...(x.trigger ? { trigger: shift(x.trigger, d) } : {}) };
}

function mergeLanguage(langs: Language[]): Language {
  const known = new Set(langs.filter((l) => l !== "unknown"));
  if (known.size === 0) return "unknown";
  if (known.size === 1) return [...known][0]!;
  return "mixed";
}

/** Entities of one kind merged by key: the first occurrence's fields, every chunk's mentions (in order, deduplicated). */
class Merger<E extends { mentions: Mention[] }> {
  private readonly byKey = new Map<string, E>();
  private readonly seen = new Map<string, Set<string>>();
  constructor(private readonly key: (e: E) => string, private readonly fill?: (into: E, from: E) => void) {}
  add(list: E[], d: number): void {
    for (const e of list) {
      const k = this.key(e);
      const mentions = e.mentions.map((m) => shift(m, d));
      let into = this.byKey.get(k);
      if (!into) {
        into = { ...e, mentions: [] };
        this.byKey.set(k, into);
        this.seen.set(k, new Set());
      } else this.fill?.(into, e);
      const seen = this.seen.get(k)!;
      for (const m of mentions) {
        const mk = `${m.start}:${m.end}`;
        if (!seen.has(mk)) { seen.add(mk); into.mentions.push(m); }
      }
    }
  }
  result(): E[] {
    return [...this.byKey.values()];
  }
}

function uniqueErrors(list: DocumentError[]): DocumentError[] {
  const seen = new Set<string>();
  return list.filter((e) => {
    const k = `${e.code}\u0000${e.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Merge per-chunk results (in text order) into one result for the whole text; `offsets[i]` is chunk i's start. */
export function mergeResults(parts: DocumentResult[], offsets: number[], file: string): DocumentResult {
  const ministers = new Merger<DocumentResult["ministers"][number]>(
    (m) => `${m.name}\u0000${m.portfolio}\u0000${m.title}`,
    (into, from) => {
      if (into.country === null && from.country !== null) {
        into.country = from.country;
        if (from.countryBasis) into.countryBasis = from.countryBasis;
      }
    },
  );
  const people = new Merger<DocumentResult["people"][number]>((p) => `${p.name}\u0000${p.title ?? ""}`);
  const countries = new Merger<DocumentResult["countries"][number]>((c) => c.code);
  const organizations = new Merger<DocumentResult["organizations"][number]>((o) => `${o.name}\u0000${o.country ?? ""}`);
  const places = new Merger<DocumentResult["places"][number]>((p) => `${p.name}\u0000${p.country ?? ""}`);
  const dates: DocumentResult["dates"] = [];
  const interactions: Interaction[] = [];
  const warnings: DocumentError[] = [];
  const errors: DocumentError[] = [];
  parts.forEach((r, i) => {
    const d = offsets[i]!;
    ministers.add(r.ministers, d);
    people.add(r.people, d);
    countries.add(r.countries, d);
    organizations.add(r.organizations, d);
    places.add(r.places, d);
    for (const x of r.dates) dates.push({ ...x, start: x.start + d, end: x.end + d });
    for (const x of r.interactions) interactions.push(shiftInteraction(x, d));
    warnings.push(...(r.warnings ?? []));
    errors.push(...(r.errors ?? []));
  });
  const w = uniqueErrors(warnings);
  const e = uniqueErrors(errors);
  return {
    file,
    language: mergeLanguage(parts.map((p) => p.language)),
    ministers: ministers.result(),
    people: people.result(),
    countries: countries.result(),
    organizations: organizations.result(),
    places: places.result(),
    dates,
    interactions,
    ...(w.length ? { warnings: w } : {}),
    ...(e.length ? { errors: e } : {}),
  };
}

/**
 * `extract` for texts of any size: up to `max` UTF-16 units it is exactly `extract`; above, the text
 * is cut into paragraph-bounded chunks (see `chunkSpans`), each extracted on its own, and the
 * results merged: lists concatenated in text order, entities with the same name merged into one
 * with all their mentions. Every offset refers to the whole `text`.
 */
export function extractLarge(text: string, options: ExtractOptions = {}, max = LARGE_THRESHOLD): DocumentResult {
  if (text.length <= max) return extract(text, options);
  const spans = chunkSpans(text, max);
  const parts: DocumentResult[] = [];
  for (const s of spans) parts.push(extract(text.slice(s.start, s.end), options));
  return mergeResults(parts, spans.map((s) => s.start), options.file ?? "-");
}
