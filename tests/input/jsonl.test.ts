import { describe, expect, it } from "vitest";
import { statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readInputGroups } from "../../src/input/read.js";
import { readAll, streamOf, tempDir } from "./helpers.js";

const jsonl = { input: "jsonl" as const };

describe("JSON Lines input", () => {
  it("one document per record, named by id, then by <path>:<line>; blank lines are not records", async () => {
    const stdin = streamOf(
      '{"id":"a1","text":"وزير الداخلية"}\n',
      "\n",
      '{"text":"بلا معرف"}\r\n',
      '{"id":7,"text":""}',
    );
    const docs = await readAll(["-"], { ...jsonl, stdin });
    expect(docs.map((d) => [d.file, d.text, d.errors])).toEqual([
      ["a1", "وزير الداخلية", []],
      ["-:3", "بلا معرف", []],
      ["7", "", []],
    ]);
  });

  it("records split across chunks at any byte are reassembled", async () => {
    const line = Buffer.from('{"id":"x","text":"استقبل الوزير نظيره"}\n{"id":"y","text":"ب"}\n');
    for (let cut = 1; cut < line.length; cut += 7) {
      const docs = await readAll(["-"], { ...jsonl, stdin: streamOf(line.subarray(0, cut), line.subarray(cut)) });
      expect(docs.map((d) => d.text)).toEqual(["استقبل الوزير نظيره", "ب"]);
    }
  });

  it("a file of several reads: lines across reads, and one line longer than a read, come out whole", async () => {
    const { dir, done } = tempDir();
    try {
      // records of many lengths (one of 1.5 MB) over ~5 MB: the file is read 1 MB at a time into one buffer
      const texts: string[] = [];
      for (let i = 0; texts.join("").length < 2_500_000; i++) texts.push(i === 40 ? "ب".repeat(1_500_000) : `وزير ${i} `.repeat(1 + ((i * 37) % 900)));
      const file = join(dir, "big.jsonl");
      writeFileSync(file, texts.map((text, i) => JSON.stringify({ id: `d${i}`, text })).join("\n") + "\n");
      const docs = await readAll([file], jsonl);
      expect(docs.length).toBe(texts.length);
      expect(docs.every((d, i) => d.text === texts[i] && d.file === `d${i}` && d.errors.length === 0)).toBe(true);
    } finally {
      done();
    }
  });

  it("bad lines are EJSONL documents and reading goes on", async () => {
    const stdin = streamOf(
      "{not json}\n",
      "[1,2]\n",
      '{"id":"n","text":null}\n',
      '{"id":"m"}\n',
      '{"id":{"x":1},"text":"t"}\n',
      '{"id":"ok","text":"fine"}\n',
    );
    const docs = await readAll(["-"], { ...jsonl, stdin });
    expect(docs.map((d) => [d.file, d.text, d.errors.map((e) => e.code), d.warnings.map((w) => w.code)])).toEqual([
      ["-:1", null, ["EJSONL"], []],
      ["-:2", null, ["EJSONL"], []],
      ["n", null, ["EJSONL"], []],
      ["m", null, ["EJSONL"], []],
      ["-:5", "t", [], ["EJSONL"]],
      ["ok", "fine", [], []],
    ]);
    expect(docs[0]!.errors[0]!.message).toMatch(/^cannot read '-:1': invalid JSON \(/);
    expect(docs[1]!.errors[0]!.message).toBe("cannot read '-:2': a JSON Lines record must be an object, not an array");
    expect(docs[2]!.errors[0]!.message).toBe("cannot read '-:3': the record 'n' field 'text' is null, not a string");
    expect(docs[3]!.errors[0]!.message).toBe("cannot read '-:4': the record 'm' has no field 'text'");
  });

  it("idField and textField choose the fields", async () => {
    const stdin = streamOf('{"key":"k","body":"نص","text":"not this"}\n');
    const docs = await readAll(["-"], { ...jsonl, idField: "key", textField: "body", stdin });
    expect(docs).toMatchObject([{ file: "k", text: "نص" }]);
  });

  it("a line above maxBytes is ETOOBIG and is skipped without being kept", async () => {
    const stdin = streamOf('{"id":"a","text":"', "x".repeat(200), '"}\n{"id":"b","text":"ok"}\n');
    const docs = await readAll(["-"], { ...jsonl, maxBytes: 100, stdin });
    expect(docs.map((d) => [d.file, d.errors[0]?.code ?? d.text])).toEqual([["-:1", "ETOOBIG"], ["b", "ok"]]);
    expect(docs[0]!.errors[0]!.message).toBe("cannot read '-:1': it is 220 bytes, more than --max-bytes 100");
  });

  it("invalid UTF-8 inside a line is replaced and warned; a leading BOM is dropped", async () => {
    const stdin = streamOf(Buffer.from([0xef, 0xbb, 0xbf]), '{"id":"a","text":"x', Buffer.from([0xff]), 'y"}\n');
    const docs = await readAll(["-"], { ...jsonl, stdin });
    expect(docs).toMatchObject([{ file: "a", text: "x\ufffdy", warnings: [{ code: "EDECODE" }] }]);
  });

  it("every line decodes as TextDecoder decodes it: one leading BOM dropped, invalid bytes replaced and warned", async () => {
    const record = (...text: (string | number[])[]) =>
      Buffer.concat([Buffer.from('{"text":"'), ...text.map((t) => (typeof t === "string" ? Buffer.from(t) : Buffer.from(t))), Buffer.from('"}')]);
    const BOM = [0xef, 0xbb, 0xbf];
    const lines = [
      record("وزير"),
      Buffer.concat([Buffer.from(BOM), record("بعد BOM")]), // a BOM at the start of a later line
      Buffer.concat([Buffer.from(BOM), Buffer.from(BOM), record("x")]), // only the first is dropped: invalid JSON
      record("a \ufffd in the text"), // U+FFFD itself is valid
      record("bad ", [0xff], " byte"),
      record("surrogate ", [0xed, 0xa0, 0x80]),
      record("cut ", [0xd8]),
      record("overlong ", [0xc0, 0xaf]),
      record("inner ", BOM, " bom"),
    ];
    const bytes = Buffer.concat(lines.flatMap((l) => [l, Buffer.from("\n")]));
    const fatal = new TextDecoder("utf-8", { fatal: true });
    const expected = lines.map((l) => {
      const text = new TextDecoder().decode(l);
      let bad = false;
      try { fatal.decode(l); } catch { bad = true; }
      let value: string | null = null;
      try { value = (JSON.parse(text) as { text: string }).text; } catch { /* an EJSONL document */ }
      return [value, bad];
    });
    // split at every byte too: a character or a BOM cut by a chunk's end is joined to its rest
    for (let cut = 1; cut <= bytes.length; cut += 2) {
      const docs = await readAll(["-"], { ...jsonl, stdin: streamOf(bytes.subarray(0, cut), bytes.subarray(cut)) });
      expect(docs.map((d) => [d.text, d.warnings.some((w) => w.code === "EDECODE")]), `cut at ${cut}`).toEqual(expected);
    }
    // lines over 1 MiB are decoded another way: the same texts and warnings
    const long = "وزير ".repeat(120_000);
    const longLines = [record(long), record(long, [0xff]), record(long, "\ufffd"), Buffer.concat([Buffer.from(BOM), record(long)])];
    const longDocs = await readAll(["-"], { ...jsonl, stdin: streamOf(Buffer.concat(longLines.flatMap((l) => [l, Buffer.from("\n")]))) });
    expect(longDocs.map((d) => [d.text, d.warnings.some((w) => w.code === "EDECODE")])).toEqual([
      [long, false], [long + "\ufffd", true], [long + "\ufffd", false], [long, false],
    ]);
  });

  it("files and folders are read line by line too; a missing file is one error document", async () => {
    const t = tempDir();
    try {
      writeFileSync(join(t.dir, "a.jsonl"), '{"id":"1","text":"أ"}\n{"id":"2","text":"ب"}\n');
      writeFileSync(join(t.dir, "b.jsonl"), '{"text":"ج"}\n');
      writeFileSync(join(t.dir, "c.bin"), Buffer.from([0, 1, 2, 0]));
      const docs = await readAll([t.dir, join(t.dir, "none.jsonl")], jsonl);
      expect(docs.map((d) => [d.file.replace(t.dir, "D"), d.errors[0]?.code ?? d.text])).toEqual([
        ["1", "أ"], ["2", "ب"], ["D/b.jsonl:1", "ج"], ["D/c.bin", "EBINARY"], ["D/none.jsonl", "ENOENT"],
      ]);
    } finally {
      t.done();
    }
  });

  it("readInputGroups gives the lines of each read of a file together, decoded as they are asked for", async () => {
    const t = tempDir();
    try {
      // reads of 1 MB, lines across their ends
      const lines = Array.from({ length: 5000 }, (_, i) => JSON.stringify({ id: `d${i}`, text: "استقبل وزير الخارجية نظيره ".repeat(1 + (i % 30)) }));
      const file = join(t.dir, "big.jsonl");
      writeFileSync(file, lines.join("\n") + "\n");
      const sizes: number[] = [];
      const ids: string[] = [];
      for await (const group of readInputGroups([file], jsonl)) {
        const it = group[Symbol.iterator]();
        const first = it.next();
        if (first.done) continue;
        ids.push(first.value.file);
        let n = 1;
        for (let r = it.next(); !r.done; r = it.next()) { ids.push(r.value.file); n++; }
        sizes.push(n);
      }
      expect(sizes.length).toBe(Math.ceil(statSync(file).size / (1024 * 1024)));
      expect(sizes.length).toBeGreaterThan(2);
      expect(ids).toEqual(lines.map((_, i) => `d${i}`));
      expect((await readAll([file], jsonl)).map((d) => d.file)).toEqual(ids);
    } finally {
      t.done();
    }
  });

  it("UTF-16 cannot be forced on JSON Lines", async () => {
    const docs = await readAll(["-"], { ...jsonl, encoding: "utf-16le", stdin: streamOf("{}") });
    expect(docs).toMatchObject([{ file: "-", text: null, errors: [{ code: "EENCODING" }] }]);
  });
});
