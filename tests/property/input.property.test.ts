// Property-based tests of readInputs and decoding on arbitrary bytes and records.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Readable } from "node:stream";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readInputs } from "../../src/input/read.js";
import type { InputDocument, InputOptions } from "../../src/input/types.js";
import { anyText, params, timeout, WORDS } from "./arbitraries.js";

async function readStdin(chunks: Uint8Array[], opts: InputOptions = {}): Promise<InputDocument[]> {
  const out: InputDocument[] = [];
  for await (const d of readInputs(["-"], { ...opts, stdin: Readable.from(chunks.map((c) => Buffer.from(c))) })) out.push(d);
  return out;
}

/** Split bytes at arbitrary points (as a pipe would deliver them). */
function chunked(b: Uint8Array, cuts: number[]): Uint8Array[] {
  const at = [...new Set(cuts.map((c) => c % (b.length + 1)))].sort((x, y) => x - y);
  const out: Uint8Array[] = [];
  let prev = 0;
  for (const c of [...at, b.length]) { if (c > prev) out.push(b.subarray(prev, c)); prev = c; }
  return out;
}

const wellFormed = (s: string) => !/\p{Cs}/u.test(s);
const cuts = fc.array(fc.nat(), { maxLength: 6 });

const bytes = fc.oneof(
  fc.uint8Array({ maxLength: 400 }),
  anyText.map((s) => new Uint8Array(Buffer.from(s, "utf8"))),
  anyText.map((s) => new Uint8Array(Buffer.from(s, "utf16le"))),
  fc.tuple(fc.constantFrom([0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], []), fc.uint8Array({ maxLength: 200 })).map(([bom, b]) => Uint8Array.from([...bom, ...b])),
  fc.array(fc.integer({ min: 0xc1, max: 0xff }), { maxLength: 200 }).map((a) => Uint8Array.from(a)),
);

function utf16(s: string, le: boolean): Buffer {
  const b = Buffer.from("\ufeff" + s, "utf16le");
  return le ? b : b.swap16();
}

function singleByte(enc: string, s: string): Buffer {
  const dec = new TextDecoder(enc);
  const table = new Map<string, number>();
  for (let i = 255; i >= 0; i--) table.set(dec.decode(Uint8Array.of(i)), i);
  return Buffer.from([...s].map((c) => table.get(c) ?? -1).filter((b) => b >= 0).length === [...s].length ? [...s].map((c) => table.get(c)!) : []);
}

describe("readInputs on arbitrary bytes", () => {
  it("yields exactly one document, never throws; text or errors, never both", async () => {
    await fc.assert(fc.asyncProperty(bytes, cuts, async (b, c) => {
      const docs = await readStdin(chunked(b, c));
      expect(docs).toHaveLength(1);
      const d = docs[0]!;
      expect(d.file).toBe("-");
      if (d.text === null) expect(d.errors.length).toBeGreaterThan(0);
      else expect(d.errors).toEqual([]);
      if (d.text !== null && d.text.includes("\ufffd") && !Buffer.from(b).includes(Buffer.from("\ufffd"))) {
        // A replacement character the input did not hold must have been reported.
        if (!/^utf-16/.test(d.encoding ?? "")) expect(d.warnings.map((w) => w.code)).toContain("EDECODE");
      }
    }), params());
  }, timeout(20));

  it("Unicode encodings with a BOM give back exactly the text, however the bytes are chunked", async () => {
    const text = anyText.filter(wellFormed);
    await fc.assert(fc.asyncProperty(text, cuts, fc.constantFrom("utf-8-bom", "utf-16le", "utf-16be", "utf-8"), async (s, c, enc) => {
      if (enc === "utf-8" && (s.includes("\u0000") || s.startsWith("\ufeff"))) return; // NUL: binary; BOM: not text
      const b = enc === "utf-8" ? Buffer.from(s) : enc === "utf-8-bom" ? Buffer.from("\ufeff" + s) : utf16(s, enc === "utf-16le");
      const [d] = await readStdin(chunked(b, c));
      expect(d!.errors).toEqual([]);
      expect(d!.text).toBe(s);
      expect(d!.warnings).toEqual([]);
    }), params());
  }, timeout(20));

  it("Arabic news-like text in windows-1256 or iso-8859-6 is detected and decoded exactly", async () => {
    // Words both code pages can hold (letters, diacritics, tatweel, ASCII digits), with Arabic punctuation.
    const both = (w: string) => [...w].every((c) => c.charCodeAt(0) < 0x80 || (singleByte("windows-1256", c)[0] !== undefined && singleByte("iso-8859-6", c)[0] !== undefined && /[\u0600-\u06ff]/.test(c)));
    const arabicWords = WORDS.filter((w) => /[\u0621-\u064a]/.test(w) && both(w));
    const sentence = fc.array(fc.tuple(fc.constantFrom(...arabicWords), fc.constantFrom(" ", " ", " ", "، ", "؛ ", "؟ ", ". ", "\n")), { minLength: 4, maxLength: 40 })
      .map((ws) => ws.map(([w, p]) => w + p).join("") + ".");
    await fc.assert(fc.asyncProperty(sentence, fc.constantFrom("windows-1256", "iso-8859-6"), async (s, enc) => {
      const [d] = await readStdin([singleByte(enc, s)]);
      expect(d!.text).toBe(s);
      expect(d!.encoding).toBe(enc);
    }), params());
  }, timeout(20));
});

describe("JSON Lines on arbitrary records", () => {
  it("records come back with their id and exact text, whatever the chunking", async () => {
    const rec = fc.record({ id: fc.oneof(fc.string({ minLength: 1, maxLength: 10 }), fc.integer()), text: anyText });
    await fc.assert(fc.asyncProperty(fc.array(rec, { maxLength: 8 }), cuts, fc.constantFrom("\n", "\r\n"), async (recs, c, eol) => {
      const b = Buffer.from(recs.map((r) => JSON.stringify(r)).join(eol) + eol);
      const docs = await readStdin(chunked(b, c), { input: "jsonl" });
      expect(docs.map((d) => [d.file, d.text])).toEqual(recs.map((r) => [String(r.id), r.text]));
    }), params());
  }, timeout(20));

  it("garbage lines give one document per non-blank line and never throw", async () => {
    const line = fc.oneof(anyText, fc.constant("{}"), fc.constant('{"text":1}'), fc.constant("null"), fc.constant('{"id":"x","text":"y"}'));
    await fc.assert(fc.asyncProperty(fc.array(line.map((l) => l.replace(/[\n]/g, " ")), { maxLength: 10 }), async (lines) => {
      const b = Buffer.from(lines.join("\n"));
      if (b.subarray(0, 8192).includes(0)) return; // a NUL in the first 8 KB: the whole input is one EBINARY document
      const docs = await readStdin([b], { input: "jsonl" });
      const decoded = new TextDecoder().decode(b).split("\n").map((l) => (l.endsWith("\r") ? l.slice(0, -1) : l));
      const nonBlank = decoded.filter((l, i) => !/^[\s\u2028\u2029\ufeff]*$/.test(i === 0 ? l.replace(/^\ufeff/, "") : l));
      expect(docs).toHaveLength(nonBlank.length);
      for (const d of docs) expect(d.text === null ? d.errors.length > 0 : d.errors.length === 0).toBe(true);
    }), params());
  }, timeout(20));
});

describe("folders of arbitrary files", () => {
  // Names: Arabic, spaces, newlines, escape sequences, bidi controls (never "/" or NUL, which no file name holds).
  const nameChar = fc.constantFrom("a", "b", "Z", "0", "و", "ز", "ي", "ر", " ", "-", "_", ".", "\n", "\u001b", "\u202e", "é", "😀");
  const name = fc.array(nameChar, { minLength: 1, maxLength: 8 }).map((a) => a.join("")).filter((n) => n !== "." && n !== ".." && !n.startsWith("."));
  const content = fc.oneof(
    anyText.filter(wellFormed).filter((s) => !s.includes("\u0000")).map((s) => ({ text: s as string | null, bytes: Buffer.from("\ufeff" + s) })),
    // binary: a PNG-like header (NULs in both byte lanes, so it cannot pass for UTF-16), then anything
    fc.uint8Array({ maxLength: 50 }).map((b) => ({ text: null, bytes: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), b]) })),
  );
  type Tree = { [name: string]: Tree | { text: string | null; bytes: Buffer } };
  const tree: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree }>((tie) => ({
    tree: fc.dictionary(name, fc.oneof({ depthSize: "small", withCrossShrink: true }, content, tie("tree")), { maxKeys: 5 }) as fc.Arbitrary<Tree>,
  })).tree;

  function write(dir: string, t: Tree, files: [string, string | null][]): void {
    for (const [n, v] of Object.entries(t)) {
      const p = join(dir, n);
      if ("bytes" in v && Buffer.isBuffer(v.bytes)) { writeFileSync(p, v.bytes); files.push([p, v.text as string | null]); }
      else { mkdirSync(p); write(p, v as Tree, files); }
    }
  }

  it("every file comes out once, in code-unit path order, with its exact text or EBINARY", async () => {
    await fc.assert(fc.asyncProperty(tree, async (t) => {
      const dir = mkdtempSync(join(tmpdir(), "wazir-prop-"));
      try {
        const files: [string, string | null][] = [];
        write(dir, t, files);
        const docs: InputDocument[] = [];
        for await (const d of readInputs([dir])) docs.push(d);
        const key = (p: string) => p.slice(dir.length + 1).split("/");
        const cmp = (a: string[], b: string[]): number => {
          for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
          return a.length - b.length;
        };
        files.sort((a, b) => cmp(key(a[0]), key(b[0])));
        expect(docs.map((d) => [d.file, d.text])).toEqual(files);
        for (const d of docs) expect(d.text === null ? d.errors[0]!.code : "ok").toBe(d.text === null ? "EBINARY" : "ok");
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }), params(0.25, 1000)); // 50 folder trees per CI run, 1000 under npm run fuzz
  }, timeout(100, 4000));
});
