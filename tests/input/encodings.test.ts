import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readAll, streamOf } from "./helpers.js";
import { decodeBytes, guessArabicCodepage, isSupportedEncoding, looksBinary, sniffUtf16 } from "../../src/input/decode.js";

const dir = join(import.meta.dirname, "../../fixtures/encodings");
const reference = readFileSync(join(dir, "article.txt"), "utf8");

const fixtures: [string, string][] = [
  ["utf-8.txt", "utf-8"],
  ["utf-8-bom.txt", "utf-8"],
  ["utf-16le-bom.txt", "utf-16le"],
  ["utf-16be-bom.txt", "utf-16be"],
  ["utf-16le.txt", "utf-16le"],
  ["utf-16be.txt", "utf-16be"],
  ["windows-1256.txt", "windows-1256"],
  ["iso-8859-6.txt", "iso-8859-6"],
];

describe("encoding fixtures", () => {
  it("the reference article is Arabic news text the single-byte code pages can hold", () => {
    expect(reference).toMatch(/وزير الداخلية/);
    expect(reference.split("\n").filter(Boolean).length).toBeGreaterThanOrEqual(3);
  });

  it.each(fixtures)("%s decodes to the reference text as %s", async (name, encoding) => {
    const [d] = await readAll([join(dir, name)]);
    expect(d!.errors).toEqual([]);
    expect(d!.warnings).toEqual([]);
    expect(d!.encoding).toBe(encoding);
    expect(d!.text).toBe(reference);
    expect(d!.bytes).toBe(readFileSync(join(dir, name)).length);
  });

  it("the byte files really differ (the test is not comparing one file with itself)", () => {
    const sizes = new Set(fixtures.map(([n]) => readFileSync(join(dir, n)).toString("hex")));
    expect(sizes.size).toBe(fixtures.length);
  });

  it("a whole folder of them yields one identical text per encoded file, in name order", async () => {
    const docs = await readAll([dir], { extensions: ["txt"] });
    const names = docs.map((d) => d.file.slice(dir.length + 1));
    expect(names).toEqual([...names].sort());
    expect(docs.every((d) => d.text === reference)).toBe(true);
  });
});

describe("forced encodings", () => {
  it("opts.encoding overrides detection", async () => {
    const [d] = await readAll([join(dir, "windows-1256.txt")], { encoding: "iso-8859-6" });
    expect(d!.encoding).toBe("iso-8859-6");
    expect(d!.text).not.toBe(reference);
  });

  it("forcing UTF-8 on windows-1256 bytes replaces them and warns EDECODE", async () => {
    const [d] = await readAll([join(dir, "windows-1256.txt")], { encoding: "utf-8" });
    expect(d!.text).toContain("\ufffd");
    expect(d!.warnings.map((w) => w.code)).toEqual(["EDECODE"]);
    expect(d!.warnings[0]!.message).toMatch(/invalid byte sequences? in utf-8, replaced with U\+FFFD/);
  });

  it("labels are the WHATWG ones (cp1256, latin1 …); unknown labels are EENCODING for every input", async () => {
    const [d] = await readAll([join(dir, "windows-1256.txt")], { encoding: "cp1256" });
    expect(d!.text).toBe(reference);
    expect(isSupportedEncoding("cp1256")).toBe(true);
    expect(isSupportedEncoding("auto")).toBe(true);
    expect(isSupportedEncoding("klingon-8")).toBe(false);
    const bad = await readAll([join(dir, "utf-8.txt"), "-"], { encoding: "klingon-8", stdin: streamOf("x") });
    expect(bad.map((x) => [x.file, x.text, x.errors[0]!.code])).toEqual([
      [join(dir, "utf-8.txt"), null, "EENCODING"],
      ["-", null, "EENCODING"],
    ]);
    expect(bad[0]!.errors[0]!.message).toMatch(/unknown encoding 'klingon-8'/);
  });

  it('"auto" detects', async () => {
    const [d] = await readAll([join(dir, "iso-8859-6.txt")], { encoding: "auto" });
    expect(d!.encoding).toBe("iso-8859-6");
  });
});

describe("decodeBytes", () => {
  const utf8 = Buffer.from(reference, "utf8");

  it("a UTF-8 file with one corrupt byte stays UTF-8, with one EDECODE warning", () => {
    const b = Buffer.from(utf8);
    b[b.indexOf(0x20)] = 0xff; // a space: one invalid byte, nothing else disturbed
    const d = decodeBytes(b, undefined, "x.txt");
    expect(d.encoding).toBe("utf-8");
    expect(d.warnings).toEqual([{ code: "EDECODE", message: "'x.txt': 1 invalid byte sequence in utf-8, replaced with U+FFFD" }]);
    expect(d.text.length).toBeGreaterThan(reference.length - 3);
  });

  it("valid UTF-8 decodes as TextDecoder decodes it, small or over 1 MiB (decoded another way)", () => {
    const td = new TextDecoder("utf-8", { fatal: true });
    for (const text of ["", "a", "وزير الخارجية 😀 \ufffd \u0000 é", "x\ufeffy", "استقبل وزير الخارجية نظيره ".repeat(50_000), "abc ".repeat(300_000)]) {
      const bytes = Buffer.from(text);
      expect(decodeBytes(bytes, undefined, "t")).toEqual({ text: td.decode(bytes), encoding: "utf-8", warnings: [] });
      // a view into a larger buffer reads only its own bytes
      const view = Buffer.concat([Buffer.from("zz"), bytes, Buffer.from("zz")]).subarray(2, 2 + bytes.length);
      expect(decodeBytes(view, undefined, "t").text).toBe(text);
    }
  });

  it("a legitimate U+FFFD in the text is not counted as an error", () => {
    const b = Buffer.concat([Buffer.from("\ufffd وزير "), Buffer.from([0xc3])]);
    const d = decodeBytes(b, undefined, "x");
    expect(d.warnings[0]!.message).toMatch(/: 1 invalid byte sequence /);
  });

  it("short phrases still pick the right Arabic code page", () => {
    const phrase = "وزير الداخلية يلتقي نظيره";
    for (const enc of ["windows-1256", "iso-8859-6"] as const) {
      const table = new Map<string, number>();
      const dec = new TextDecoder(enc);
      for (let i = 0; i < 256; i++) table.set(dec.decode(Uint8Array.of(i)), i);
      const bytes = Uint8Array.from([...phrase].map((c) => table.get(c)!));
      expect(guessArabicCodepage(bytes)).toBe(enc);
      expect(decodeBytes(bytes, undefined, "x").text).toBe(phrase);
    }
  });

  it("French text in a Western code page is not mistaken for ISO-8859-6 Arabic", () => {
    const text = "Le ministre a reçu à Genève son homologue; café, élève, naïve, où, sûr.";
    const d = decodeBytes(Buffer.from(text, "latin1"), undefined, "fr");
    expect(d.encoding).toBe("windows-1256");
    expect(d.text).toBe(text);
  });

  it("Windows smart quotes and dashes around Arabic pick windows-1256", () => {
    const text = "قال الوزير “نعم” — وانتهى اللقاء…";
    const table = new Map<string, number>();
    const dec = new TextDecoder("windows-1256");
    for (let i = 0; i < 256; i++) table.set(dec.decode(Uint8Array.of(i)), i);
    const d = decodeBytes(Uint8Array.from([...text].map((c) => table.get(c)!)), undefined, "q");
    expect([d.encoding, d.text]).toEqual(["windows-1256", text]);
  });

  it("UTF-16 with an odd byte count or a lone surrogate is decoded with U+FFFD and EDECODE", () => {
    const odd = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("وزير", "utf16le"), Buffer.from([0x41])]);
    const d1 = decodeBytes(odd, undefined, "odd");
    expect(d1.text).toBe("وزير\ufffd");
    expect(d1.warnings[0]!.code).toBe("EDECODE");
    const lone = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("a", "utf16le"), Buffer.from([0x00, 0xd8]), Buffer.from("b", "utf16le")]);
    const d2 = decodeBytes(lone, undefined, "lone");
    expect(d2.text).toBe("a\ufffdb");
    expect(d2.warnings[0]!.code).toBe("EDECODE");
  });

  it("BOM-less UTF-16 English is found by its NUL lane; binary data is not UTF-16", () => {
    expect(sniffUtf16(Buffer.from("The minister met his counterpart.", "utf16le"))).toBe("utf-16le");
    expect(sniffUtf16(Buffer.from("\ufeffx".slice(1) + "The minister", "utf16le").swap16())).toBe("utf-16be");
    const bin = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
    expect(sniffUtf16(bin)).toBeNull();
    expect(looksBinary(bin)).toBe(true);
    expect(looksBinary(Buffer.from("plain text"))).toBe(false);
    expect(looksBinary(bin, "utf-16le")).toBe(false);
  });

  it("empty input is empty text", () => {
    expect(decodeBytes(new Uint8Array(0), undefined, "e")).toEqual({ text: "", encoding: "utf-8", warnings: [] });
  });
});
