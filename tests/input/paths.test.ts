import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { chmodSync, existsSync, mkdirSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import { execFileSync, spawn } from "node:child_process";
import { createServer, type Server } from "node:net";
import { join } from "node:path";
import { isRoot, readAll, streamOf, tempDir } from "./helpers.js";
import { DEFAULT_MAX_BYTES, readInputs } from "../../src/input/read.js";

const fixtures = join(import.meta.dirname, "../../fixtures/paths");

describe("folders", () => {
  it("walks recursively in code-unit order, skips dot-files, reports binary files, reads empty files as ''", async () => {
    const docs = await readAll([fixtures]);
    expect(docs.map((d) => d.file.slice(fixtures.length + 1))).toEqual([
      "Z-upper.txt", "a.txt", "b/c.txt", "b/deeper/d.txt", "empty.txt", "image.bin", "notes.md", "ب مسافة.txt",
    ]);
    const byName = Object.fromEntries(docs.map((d) => [d.file.slice(fixtures.length + 1), d]));
    expect(byName["empty.txt"]).toMatchObject({ text: "", errors: [] });
    expect(byName["image.bin"]!.text).toBeNull();
    expect(byName["image.bin"]!.errors[0]!.code).toBe("EBINARY");
    expect(byName["image.bin"]!.errors[0]!.message).toBe(`cannot read '${join(fixtures, "image.bin")}': looks like a binary file (NUL byte at offset 8 in the first 8 KB)`);
    expect(byName["b/c.txt"]!.text).toBe("استقبل الوزير نظيره.\n");
  });

  it("hidden: true reads dot-files; extensions filters folder entries", async () => {
    const withHidden = await readAll([fixtures], { hidden: true });
    expect(withHidden.map((d) => d.file)).toContain(join(fixtures, ".hidden.txt"));
    const md = await readAll([fixtures], { extensions: [".md"] });
    expect(md.map((d) => d.file)).toEqual([join(fixtures, "notes.md")]);
  });

  it("is lazy: one document at a time, the folder is not read ahead", async () => {
    const t = tempDir();
    try {
      writeFileSync(join(t.dir, "1.txt"), "one");
      writeFileSync(join(t.dir, "2.txt"), "two");
      const it = readInputs([t.dir]);
      const first = await it.next();
      expect(first.value).toMatchObject({ text: "one" });
      unlinkSync(join(t.dir, "2.txt"));
      const second = await it.next();
      expect(second.value).toMatchObject({ file: join(t.dir, "2.txt"), text: null, errors: [{ code: "ENOENT" }] });
      expect((await it.next()).done).toBe(true);
    } finally {
      t.done();
    }
  });

  it("reads files whose names are not valid UTF-8", async () => {
    const t = tempDir();
    try {
      writeFileSync(Buffer.concat([Buffer.from(t.dir + "/bad"), Buffer.from([0xff, 0xfe]), Buffer.from(".txt")]), "وزير");
      const docs = await readAll([t.dir]);
      expect(docs).toHaveLength(1);
      expect(docs[0]!.file).toBe(join(t.dir, "bad\ufffd\ufffd.txt"));
      expect(docs[0]!.text).toBe("وزير");
    } finally {
      t.done();
    }
  });
});

describe("path failures", () => {
  let t: ReturnType<typeof tempDir>;
  beforeEach(() => { t = tempDir(); });
  afterEach(() => t.done());

  it("a missing file is an ENOENT document and the other inputs go on", async () => {
    writeFileSync(join(t.dir, "ok.txt"), "وزير");
    const missing = join(t.dir, "missing.txt");
    const docs = await readAll([missing, join(t.dir, "ok.txt")]);
    expect(docs[0]).toEqual({ file: missing, text: null, errors: [{ code: "ENOENT", message: `cannot read '${missing}': no such file or directory` }], warnings: [] });
    expect(docs[1]!.text).toBe("وزير");
  });

  it("an explicitly named binary file is EBINARY; /dev/zero stops after the first 8 KB", async () => {
    writeFileSync(join(t.dir, "x.bin"), Buffer.from([1, 2, 0, 3]));
    const docs = await readAll([join(t.dir, "x.bin"), "/dev/zero", "/dev/null"]);
    expect(docs.map((d) => [d.text, d.errors.map((e) => e.code)])).toEqual([[null, ["EBINARY"]], [null, ["EBINARY"]], ["", []]]);
  });

  it("a symlink loop is ELOOP, named or inside a folder", async () => {
    symlinkSync(join(t.dir, "b"), join(t.dir, "a"));
    symlinkSync(join(t.dir, "a"), join(t.dir, "b"));
    writeFileSync(join(t.dir, "c.txt"), "c");
    const named = await readAll([join(t.dir, "a")]);
    expect(named[0]!.errors[0]!.code).toBe("ELOOP");
    expect(named[0]!.errors[0]!.message).toBe(`cannot read '${join(t.dir, "a")}': too many levels of symbolic links (a symlink loop)`);
    const docs = await readAll([t.dir]);
    expect(docs.map((d) => [d.file.slice(t.dir.length + 1), d.errors[0]?.code ?? d.text])).toEqual([["a", "ELOOP"], ["b", "ELOOP"], ["c.txt", "c"]]);
  });

  it("a folder that contains itself through a symlink is reported once, not walked forever", async () => {
    mkdirSync(join(t.dir, "sub"));
    writeFileSync(join(t.dir, "sub", "x.txt"), "x");
    symlinkSync(t.dir, join(t.dir, "sub", "up"));
    symlinkSync(join(t.dir, "nowhere"), join(t.dir, "sub", "dangling"));
    const docs = await readAll([t.dir]);
    expect(docs.map((d) => [d.file.slice(t.dir.length + 1), d.errors[0]?.code ?? d.text])).toEqual([
      ["sub/dangling", "ENOENT"], ["sub/up", "ELOOP"], ["sub/x.txt", "x"],
    ]);
  });

  it("a FIFO inside a folder is skipped (ENOTREG) without blocking", async () => {
    execFileSync("mkfifo", [join(t.dir, "pipe")]);
    writeFileSync(join(t.dir, "z.txt"), "z");
    const docs = await readAll([t.dir]);
    expect(docs.map((d) => [d.file.slice(t.dir.length + 1), d.errors[0]?.code ?? d.text])).toEqual([["pipe", "ENOTREG"], ["z.txt", "z"]]);
    expect(docs[0]!.errors[0]!.message).toMatch(/is a FIFO \(named pipe\), not a regular file; skipped inside a folder/);
  }, 5000);

  it("an explicitly named FIFO is read as a stream", async () => {
    const fifo = join(t.dir, "pipe");
    execFileSync("mkfifo", [fifo]);
    const writer = spawn("sh", ["-c", `printf 'وزير الداخلية' > "$1"`, "sh", fifo]);
    const docs = await readAll([fifo]);
    writer.kill();
    expect(docs).toEqual([{ file: fifo, text: "وزير الداخلية", errors: [], warnings: [], encoding: "utf-8", bytes: 25 }]);
  }, 5000);

  it("sockets are refused, in a folder and by name", async () => {
    const sock = join(t.dir, "s.sock");
    const server: Server = createServer();
    await new Promise<void>((r) => server.listen(sock, r));
    try {
      const docs = await readAll([t.dir, sock]);
      expect(docs.map((d) => [d.file, d.errors[0]?.code])).toEqual([[sock, "ENOTREG"], [sock, "ENOTREG"]]);
      expect(docs[1]!.errors[0]!.message).toBe(`cannot read '${sock}': is a socket, not a file`);
    } finally {
      server.close();
    }
  });

  it.skipIf(isRoot)("an unreadable file or folder is EACCES (skipped as root: chmod cannot deny root)", async () => {
    writeFileSync(join(t.dir, "secret.txt"), "x");
    chmodSync(join(t.dir, "secret.txt"), 0);
    mkdirSync(join(t.dir, "locked"));
    chmodSync(join(t.dir, "locked"), 0);
    try {
      const docs = await readAll([t.dir]);
      expect(docs.map((d) => [d.file.slice(t.dir.length + 1), d.errors[0]?.code])).toEqual([["locked", "EACCES"], ["secret.txt", "EACCES"]]);
      expect(docs[1]!.errors[0]!.message).toMatch(/: permission denied$/);
    } finally {
      chmodSync(join(t.dir, "locked"), 0o755);
    }
  });

  // As root, chmod cannot deny reading; drop to "nobody" with setpriv and run the built reader (dist/).
  const dist = join(import.meta.dirname, "../../dist/input/read.js");
  const setpriv = ["/usr/bin/setpriv", "/bin/setpriv"].find((p) => existsSync(p));
  it.runIf(isRoot && !!setpriv && existsSync(dist))("as root: EACCES checked through a child process run as nobody (setpriv)", () => {
    chmodSync(t.dir, 0o755);
    writeFileSync(join(t.dir, "secret.txt"), "x");
    chmodSync(join(t.dir, "secret.txt"), 0);
    mkdirSync(join(t.dir, "locked"));
    chmodSync(join(t.dir, "locked"), 0);
    writeFileSync(join(t.dir, "ok.txt"), "ok");
    chmodSync(join(t.dir, "ok.txt"), 0o644);
    const script = `const { readInputs } = await import(${JSON.stringify(dist)}); const out = [];
      for await (const d of readInputs(process.argv.slice(1))) out.push([d.file, d.errors[0]?.code ?? d.text, d.errors[0]?.message]);
      console.log(JSON.stringify(out));`;
    const stdout = execFileSync(setpriv!, ["--reuid=65534", "--regid=65534", "--clear-groups", process.execPath, "--input-type=module", "-e", script, t.dir, join(t.dir, "secret.txt")], { encoding: "utf8" });
    const rel = (JSON.parse(stdout) as [string, string, string?][]).map(([f, c]) => [f.slice(t.dir.length + 1), c]);
    expect(rel).toEqual([["locked", "EACCES"], ["ok.txt", "ok"], ["secret.txt", "EACCES"], ["secret.txt", "EACCES"]]);
    expect((JSON.parse(stdout) as string[][])[2]![2]).toBe(`cannot read '${join(t.dir, "secret.txt")}': permission denied`);
  });

  it("a path that goes through a file is ENOTDIR; an empty path is ENOENT", async () => {
    writeFileSync(join(t.dir, "f"), "x");
    const docs = await readAll([join(t.dir, "f", "g"), ""]);
    expect(docs.map((d) => d.errors[0]!.code)).toEqual(["ENOTDIR", "ENOENT"]);
  });

  it("control characters in a path never reach the message raw, but `file` keeps the path as given", async () => {
    const evil = join(t.dir, "a\u001b[31m\u202e.txt");
    const [d] = await readAll([evil]);
    expect(d!.file).toBe(evil);
    expect(d!.errors[0]!.message).toContain("a\\u{1B}[31m\\u{202E}.txt");
    expect(d!.errors[0]!.message).not.toMatch(/[\u001b\u202e]/);
  });
});

describe("size limit", () => {
  it("a file above maxBytes is ETOOBIG, with its size", async () => {
    const t = tempDir();
    try {
      writeFileSync(join(t.dir, "big.txt"), "x".repeat(1000));
      writeFileSync(join(t.dir, "small.txt"), "x".repeat(100));
      const docs = await readAll([t.dir], { maxBytes: 500 });
      expect(docs[0]).toMatchObject({ text: null, bytes: 1000, errors: [{ code: "ETOOBIG", message: `cannot read '${join(t.dir, "big.txt")}': it is 1000 bytes, more than --max-bytes 500` }] });
      expect(docs[1]!.text).toHaveLength(100);
    } finally {
      t.done();
    }
  });

  it("a stream above maxBytes stops being read", async () => {
    const docs = await readAll(["-"], { maxBytes: 10, stdin: streamOf("12345", "67890", "abc") });
    expect(docs[0]!.errors[0]!.code).toBe("ETOOBIG");
    expect(DEFAULT_MAX_BYTES).toBe(256 * 1024 * 1024);
  });
});

describe("stdin", () => {
  it('"-" reads the stdin stream (decoded like a file); a second "-" is ESTDIN', async () => {
    const stdin = streamOf(Buffer.from([0xef, 0xbb, 0xbf]), "وزير", " الخارجية");
    const docs = await readAll(["-", "-"], { stdin });
    expect(docs[0]).toMatchObject({ file: "-", text: "وزير الخارجية", errors: [] });
    expect(docs[1]).toMatchObject({ file: "-", text: null, errors: [{ code: "ESTDIN" }] });
  });

  it('/dev/stdin, /dev/fd/0 and /proc/self/fd/0 are read like "-" (stdin may be a socket, which cannot be opened by name)', async () => {
    const docs = await readAll(["/dev/stdin", "-"], { stdin: streamOf(Buffer.from("\ufeffوزير الخارجية", "utf16le")) });
    expect(docs.map((d) => [d.file, d.text, d.errors[0]?.code])).toEqual([["/dev/stdin", "وزير الخارجية", undefined], ["-", null, "ESTDIN"]]);
  });

  it("an empty stdin is an empty document", async () => {
    expect(await readAll(["-"], { stdin: streamOf() })).toMatchObject([{ file: "-", text: "", errors: [] }]);
  });

  it("a failing stream is an error document, not a throw", async () => {
    const { Readable } = await import("node:stream");
    const stdin = new Readable({ read() { this.destroy(Object.assign(new Error("boom"), { code: "EIO" })); } });
    const docs = await readAll(["-", join(fixtures, "a.txt")], { stdin });
    expect(docs.map((d) => d.errors[0]?.code ?? "ok")).toEqual(["EIO", "ok"]);
    expect(docs[0]!.errors[0]!.message).toBe("cannot read '-': input/output error");
  });
});

describe("accounting", () => {
  it("every named input and every file under a folder comes out exactly once", async () => {
    const paths = [join(fixtures, "a.txt"), "/nonexistent/x", fixtures, join(fixtures, "image.bin"), "/dev/null"];
    const docs = await readAll(paths);
    expect(docs).toHaveLength(1 + 1 + 8 + 1 + 1);
    for (const d of docs) expect(d.text === null ? d.errors.length > 0 : d.errors.length === 0).toBe(true);
  });
});

describe("conll input", () => {
  it('input: "conll" files are read and decoded like text (the CoNLL parser splits them)', async () => {
    const docs = await readAll([join(fixtures, "b", "c.txt")], { input: "conll" });
    expect(docs).toMatchObject([{ text: "استقبل الوزير نظيره.\n", errors: [] }]);
  });
});
