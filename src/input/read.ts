// Files, folders (recursive, sorted) and stdin, yielded one document at a time.
//
// Guarantees (see SECURITY.md):
// - every path given, and every file found under a folder, comes out as exactly one InputDocument
//   (JSON Lines: one per non-blank line); a failure is `{file, text: null, errors: [{code, message}]}`
//   with the message "cannot read '<path>': <reason>", and reading goes on with the next input;
// - one document is held in memory at a time, never a whole folder; documents above `maxBytes`
//   (default 256 MiB) are refused with ETOOBIG before (or while) reading them;
// - nothing blocks inside a folder: FIFOs, sockets and devices found there are skipped with
//   ENOTREG without being opened. A FIFO or character device named explicitly (`/dev/stdin`,
//   `<(cmd)`) is read as a stream, like `cat` does: it waits for its writer. "/dev/stdin",
//   "/dev/fd/0" and "/proc/self/fd/0" are read like "-" (stdin may be a socket, which cannot be opened);
// - folders: entries sorted by name in UTF-16 code-unit order, depth first; names starting with "."
//   are skipped (opts.hidden reads them); symlinks are followed, a symlink loop gives ELOOP and a
//   directory that contains itself (through a symlink) is reported once with ELOOP, not walked again;
//   file names that are not valid UTF-8 are still read (the reported name shows U+FFFD).
import { constants } from "node:fs";
import { createReadStream } from "node:fs";
import { open, opendir, readdir, stat } from "node:fs/promises";
import type { BigIntStats, Stats } from "node:fs";
import { join } from "node:path";
import type { InputDocument, InputOptions } from "./types.js";
import { canonicalEncoding, decodeBytes, firstNul, looksBinary, SNIFF_BYTES } from "./decode.js";
import { cannotRead, failed, failedWith } from "./errors.js";
import { sanitizeForTerminal } from "../output/sanitize.js";

/** Default `maxBytes`: 256 MiB per document (a JavaScript string holds at most about 512 M code units). */
export const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;

const MAX_CHUNK = 4 * 1024 * 1024;
/** Read size of a JSON Lines stream: its lines are decoded as they come, so bigger reads only hold more memory. */
const JSONL_CHUNK = 1024 * 1024;
const MIN_CHUNK = 16 * 1024;

function maxBytesOf(opts: InputOptions): number {
  const m = opts.maxBytes;
  if (m === undefined || m === null || Number.isNaN(m)) return DEFAULT_MAX_BYTES;
  return m < 0 ? 0 : m;
}

function forcedEncoding(opts: InputOptions): string | null {
  const e = opts.encoding?.trim();
  if (!e || e.toLowerCase() === "auto") return null;
  return canonicalEncoding(e) ?? e;
}

function kindOf(st: Stats | BigIntStats): string {
  if (st.isFIFO()) return "a FIFO (named pipe)";
  if (st.isSocket()) return "a socket";
  if (st.isBlockDevice()) return "a block device";
  if (st.isCharacterDevice()) return "a character device";
  if (st.isDirectory()) return "a directory";
  return "not a regular file";
}

function toBuffer(c: unknown): Buffer {
  if (Buffer.isBuffer(c)) return c;
  if (typeof c === "string") return Buffer.from(c, "utf8");
  if (c instanceof Uint8Array) return Buffer.from(c.buffer, c.byteOffset, c.byteLength);
  return Buffer.from(String(c), "utf8");
}

function binaryDoc(file: string, head: Uint8Array, bytes?: number): InputDocument {
  return failed(file, "EBINARY", `looks like a binary file (NUL byte at offset ${firstNul(head)} in the first 8 KB)`, bytes === undefined ? {} : { bytes });
}

function tooBig(file: string, max: number, size?: number): InputDocument {
  return size === undefined
    ? failed(file, "ETOOBIG", `it is more than ${max} bytes, more than --max-bytes ${max}`)
    : failed(file, "ETOOBIG", `it is ${size} bytes, more than --max-bytes ${max}`, { bytes: size });
}

/**
 * Chunks of an open file, read with plain read(2) calls. When fstat gave a size, reading stops there
 * (one read for a small file; a file that grows meanwhile is read as it was); size 0 (/proc files,
 * which report 0) reads to EOF. With `reuse`, every chunk is read into the same buffer: a chunk is
 * then valid only until the next one is asked for (readJsonl copies the part of a line it keeps), and
 * a long run holds one buffer instead of a new one per chunk, each alive until a collection finds it.
 */
async function* fileChunks(fh: import("node:fs/promises").FileHandle, size: number, max = MAX_CHUNK, reuse = false): AsyncGenerator<Buffer> {
  const chunk = Math.min(max, Math.max(MIN_CHUNK, size + 1));
  let total = 0;
  const one = reuse ? Buffer.allocUnsafe(chunk) : null;
  for (;;) {
    const b = one ?? Buffer.allocUnsafe(chunk);
    const { bytesRead } = await fh.read(b, 0, chunk, null);
    if (bytesRead === 0) return;
    total += bytesRead;
    yield b.subarray(0, bytesRead);
    if (size > 0 && total >= size) return;
  }
}

/** Read a whole document from chunks, refusing it early when too big or binary. */
async function collect(chunks: AsyncIterable<unknown>, file: string, opts: InputOptions): Promise<{ buf: Buffer } | { doc: InputDocument }> {
  const max = maxBytesOf(opts);
  const forced = forcedEncoding(opts);
  const parts: Buffer[] = [];
  let total = 0;
  let sniffed = false;
  for await (const c of chunks) {
    const b = toBuffer(c);
    total += b.length;
    if (total > max) return { doc: tooBig(file, max) }; // leaving the loop closes the stream
    parts.push(b);
    if (!sniffed && total >= SNIFF_BYTES) {
      sniffed = true;
      const head = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
      parts.length = 0;
      parts.push(head);
      if (looksBinary(head, forced)) return { doc: binaryDoc(file, head) };
    }
  }
  const buf = parts.length === 1 ? parts[0]! : Buffer.concat(parts, total);
  if (!sniffed && looksBinary(buf, forced)) return { doc: binaryDoc(file, buf, buf.length) };
  return { buf };
}

function decodeDoc(file: string, buf: Buffer, opts: InputOptions): InputDocument {
  try {
    const d = decodeBytes(buf, opts.encoding, sanitizeForTerminal(file));
    return { file, text: d.text, errors: [], warnings: d.warnings, encoding: d.encoding, bytes: buf.length };
  } catch (e) {
    if (e instanceof RangeError && /unknown encoding/.test(e.message)) return failed(file, "EENCODING", e.message, { bytes: buf.length });
    return { ...failedWith(file, e), bytes: buf.length };
  }
}

/** A regular file (also re-checked after opening: a folder entry may have been swapped for a FIFO). */
async function readRegular(p: string | Buffer, file: string, opts: InputOptions): Promise<InputDocument> {
  let fh: import("node:fs/promises").FileHandle;
  try {
    fh = await open(p, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    return failedWith(file, e);
  }
  try {
    const st = await fh.stat();
    if (!st.isFile()) return failed(file, "ENOTREG", `is ${kindOf(st)}, not a regular file`);
    const max = maxBytesOf(opts);
    if (st.size > max) return tooBig(file, max, st.size);
    const r = await collect(fileChunks(fh, st.size), file, opts);
    return "doc" in r ? r.doc : decodeDoc(file, r.buf, opts);
  } catch (e) {
    return failedWith(file, e);
  } finally {
    await fh.close().catch(() => undefined);
  }
}

async function readStreamDoc(stream: NodeJS.ReadableStream, file: string, opts: InputOptions): Promise<InputDocument> {
  try {
    const r = await collect(stream as AsyncIterable<unknown>, file, opts);
    return "doc" in r ? r.doc : decodeDoc(file, r.buf, opts);
  } catch (e) {
    return failedWith(file, e);
  }
}

// ---------------------------------------------------------------- JSON Lines

function lineDecoder(opts: InputOptions): { decode(b: Buffer): { text: string; bad: boolean } } | string {
  const forced = forcedEncoding(opts) ?? "utf-8";
  if (forced.startsWith("utf-16")) return `JSON Lines must be UTF-8 (or a single-byte encoding), not ${forced}`;
  if (!canonicalEncoding(forced)) return `unknown encoding '${opts.encoding}'`;
  const fatal = new TextDecoder(forced, { fatal: true });
  const lossy = new TextDecoder(forced);
  return {
    decode(b: Buffer) {
      try {
        return { text: fatal.decode(b), bad: false };
      } catch {
        return { text: lossy.decode(b), bad: true };
      }
    },
  };
}

function recordDoc(line: string, where: string, opts: InputOptions, bytes: number, warnings: InputDocument["warnings"]): InputDocument {
  const idField = opts.idField ?? "id";
  const textField = opts.textField ?? "text";
  let rec: unknown;
  try {
    rec = JSON.parse(line);
  } catch (e) {
    return failed(where, "EJSONL", `invalid JSON (${(e as Error).message})`, { bytes, warnings });
  }
  if (rec === null || typeof rec !== "object" || Array.isArray(rec)) {
    return failed(where, "EJSONL", `a JSON Lines record must be an object, not ${rec === null ? "null" : Array.isArray(rec) ? "an array" : typeof rec}`, { bytes, warnings });
  }
  const r = rec as Record<string, unknown>;
  const idv = Object.prototype.hasOwnProperty.call(r, idField) ? r[idField] : undefined;
  let file = where;
  if (typeof idv === "string" && idv !== "") file = idv;
  else if (typeof idv === "number" && Number.isFinite(idv)) file = String(idv);
  else if (idv !== undefined && idv !== null && idv !== "") {
    warnings = [...warnings, { code: "EJSONL", message: `'${sanitizeForTerminal(where)}': field '${sanitizeForTerminal(idField)}' is not a string or a number; the record is named by its line` }];
  }
  const tv = Object.prototype.hasOwnProperty.call(r, textField) ? r[textField] : undefined;
  if (typeof tv !== "string") {
    const why = tv === undefined ? `has no field '${textField}'` : `field '${textField}' is ${tv === null ? "null" : typeof tv}, not a string`;
    const rec = file === where ? "the record" : `the record '${file}'`;
    return { file, text: null, errors: [{ code: "EJSONL", message: cannotRead(where, `${rec} ${why}`) }], warnings, bytes };
  }
  return { file, text: tv, errors: [], warnings, bytes, encoding: forcedEncoding(opts) ?? "utf-8" };
}

/** One InputDocument per non-blank line of `chunks`; lines are split on bytes, never loaded whole. */
async function* readJsonl(chunks: AsyncIterable<unknown>, label: string, opts: InputOptions): AsyncGenerator<InputDocument> {
  const dec = lineDecoder(opts);
  if (typeof dec === "string") {
    yield failed(label, "EENCODING", dec);
    return;
  }
  const max = maxBytesOf(opts);
  let parts: Buffer[] = [];
  let len = 0;
  let lineNo = 0;
  let first = true;
  let over = false;

  const finish = (): InputDocument | null => {
    lineNo++;
    const where = `${label}:${lineNo}`;
    const size = len;
    if (over) {
      parts = []; len = 0; over = false;
      return tooBig(where, max, size);
    }
    let b = parts.length === 1 ? parts[0]! : Buffer.concat(parts, len);
    parts = []; len = 0;
    if (b.length && b[b.length - 1] === 13) b = b.subarray(0, b.length - 1);
    if (lineNo === 1 && b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) b = b.subarray(3);
    const { text, bad } = dec.decode(b);
    if (/^[\s\u2028\u2029\ufeff]*$/.test(text)) return null; // blank lines are not records
    const warnings = bad ? [{ code: "EDECODE", message: `'${sanitizeForTerminal(where)}': invalid byte sequences replaced with U+FFFD` }] : [];
    return recordDoc(text, where, opts, size, warnings);
  };

  try {
    for await (const c of chunks) {
      const b = toBuffer(c);
      if (first) {
        first = false;
        if (looksBinary(b)) {
          yield binaryDoc(label, b);
          return;
        }
      }
      let start = 0;
      for (;;) {
        const nl = b.indexOf(10, start);
        const piece = b.subarray(start, nl < 0 ? b.length : nl);
        if (!over && len + piece.length > max) { over = true; parts = []; }
        len += piece.length;
        if (nl < 0) {
          // the chunk's buffer may be read into again (fileChunks' reuse): keep a copy of the line's start
          if (!over && piece.length) parts.push(Buffer.from(piece));
          break;
        }
        if (!over) parts.push(piece);
        const doc = finish();
        if (doc) yield doc;
        start = nl + 1;
      }
    }
    if (len > 0 || over) {
      const doc = finish();
      if (doc) yield doc;
    }
  } catch (e) {
    yield failedWith(lineNo > 0 ? `${label}:${lineNo + 1}` : label, e);
  }
}

// ---------------------------------------------------------------- paths and folders

/** A folder entry: its name, and its raw bytes only when the name is not valid UTF-8. */
interface Entry { str: string; buf: Buffer | null; regular: boolean }
interface Frame { buf: Buffer; file: string; id: string; names: Entry[]; i: number }

/**
 * A folder's entries in UTF-16 code-unit order of their decoded names (raw bytes break ties between
 * undecodable names). Names are read as strings, which a folder of 100,000 files holds in a few MB;
 * only a folder with a name that does not decode (U+FFFD in it) is read again as raw bytes.
 */
async function listFolder(dir: Buffer): Promise<Entry[]> {
  const dirents = await readdir(dir, { withFileTypes: true });
  let entries: Entry[];
  if (dirents.some((d) => d.name.includes("\uFFFD"))) {
    const raw = await readdir(dir, { encoding: "buffer", withFileTypes: true });
    entries = raw.map((d) => ({ str: d.name.toString("utf8"), buf: d.name, regular: d.isFile() }));
  } else {
    entries = dirents.map((d) => ({ str: d.name, buf: null, regular: d.isFile() }));
  }
  return entries.sort((a, b) => (a.str < b.str ? -1 : a.str > b.str ? 1 : Buffer.compare(a.buf!, b.buf!)));
}

function wanted(name: string, opts: InputOptions): boolean {
  if (!opts.extensions?.length) return true;
  const dot = name.lastIndexOf(".");
  const ext = dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
  return opts.extensions.some((e) => e.replace(/^\./, "").toLowerCase() === ext);
}

async function readFileEntry(p: string | Buffer, file: string, opts: InputOptions): Promise<InputDocument | AsyncGenerator<InputDocument>> {
  if (opts.input !== "jsonl") return readRegular(p, file, opts);
  return (async function* () {
    let fh: import("node:fs/promises").FileHandle;
    try {
      fh = await open(p, constants.O_RDONLY | constants.O_NONBLOCK);
    } catch (e) {
      yield failedWith(file, e);
      return;
    }
    try {
      const st = await fh.stat();
      if (!st.isFile()) yield failed(file, "ENOTREG", `is ${kindOf(st)}, not a regular file`);
      else yield* readJsonl(fileChunks(fh, st.size, JSONL_CHUNK, true), file, opts);
    } finally {
      await fh.close().catch(() => undefined);
    }
  })();
}

async function* emit(r: InputDocument | AsyncGenerator<InputDocument>): AsyncGenerator<InputDocument> {
  if (Symbol.asyncIterator in r) yield* r as AsyncGenerator<InputDocument>;
  else yield r as InputDocument;
}

const SLASH = Buffer.from("/");

async function* walk(root: string, rootId: string, opts: InputOptions): AsyncGenerator<InputDocument> {
  const stack: Frame[] = [];
  const entered = new Set<string>(); // directories on the current path (dev:ino), to spot cycles
  const enter = async (buf: Buffer, file: string, id: string): Promise<InputDocument | null> => {
    let names: Entry[];
    try {
      names = await listFolder(buf);
    } catch (e) {
      return failedWith(file, e);
    }
    stack.push({ buf, file, id, names, i: 0 });
    entered.add(id);
    return null;
  };
  const err = await enter(Buffer.from(root), root, rootId);
  if (err) { yield err; return; }
  while (stack.length) {
    const f = stack[stack.length - 1]!;
    if (f.i >= f.names.length) {
      stack.pop();
      entered.delete(f.id);
      continue;
    }
    const entry = f.names[f.i++]!;
    const name = entry.str;
    if (!opts.hidden && name.startsWith(".")) continue;
    const buf = Buffer.concat([f.buf, SLASH, entry.buf ?? Buffer.from(name)]);
    const file = join(f.file, name);
    if (entry.regular) {
      // A plain file (not a symlink): no stat needed, readFileEntry checks the type after opening.
      if (wanted(name, opts)) yield* emit(await readFileEntry(buf, file, opts));
      continue;
    }
    let st: BigIntStats;
    try {
      st = await stat(buf, { bigint: true });
    } catch (e) {
      yield failedWith(file, e);
      continue;
    }
    if (st.isDirectory()) {
      const id = `${st.dev}:${st.ino}`;
      if (entered.has(id)) {
        yield failed(file, "ELOOP", "the folder contains itself through a symbolic link; not read again");
        continue;
      }
      const e = await enter(buf, file, id);
      if (e) yield e;
      continue;
    }
    if (st.isFile()) {
      if (!wanted(name, opts)) continue;
      yield* emit(await readFileEntry(buf, file, opts));
      continue;
    }
    yield failed(file, "ENOTREG", `is ${kindOf(st)}, not a regular file; skipped inside a folder (name it explicitly to read it as a stream)`);
  }
}

/**
 * Names of standard input that are read like "-" (through opts.stdin / process.stdin), since stdin
 * may be a socket, which cannot be opened by name (ENXIO), e.g. when a program spawns wazir.
 */
const STDIN_ALIASES = new Set(["/dev/stdin", "/dev/fd/0", "/proc/self/fd/0"]);

/**
 * Read every input in order and yield one document at a time. Never throws for a bad input: each
 * failure is a document with `text: null` and `errors`.
 */
export async function* readInputs(paths: string[], opts: InputOptions = {}): AsyncGenerator<InputDocument> {
  const jsonl = opts.input === "jsonl";
  if (opts.encoding && forcedEncoding(opts) && !canonicalEncoding(forcedEncoding(opts)!)) {
    for (const p of paths) yield failed(p, "EENCODING", `unknown encoding '${opts.encoding}'`);
    return;
  }
  let stdinRead = false;
  for (const path of paths) {
    try {
      if (path === "-" || STDIN_ALIASES.has(path)) {
        if (stdinRead) {
          yield failed(path, "ESTDIN", "standard input was already read");
          continue;
        }
        stdinRead = true;
        const s = opts.stdin ?? process.stdin;
        if (jsonl) yield* readJsonl(s as AsyncIterable<unknown>, path, opts);
        else yield await readStreamDoc(s, path, opts);
        continue;
      }
      let st: BigIntStats;
      try {
        st = await stat(path, { bigint: true });
      } catch (e) {
        yield failedWith(path, e);
        continue;
      }
      if (st.isDirectory()) {
        yield* walk(path, `${st.dev}:${st.ino}`, opts);
      } else if (st.isFile()) {
        yield* emit(await readFileEntry(path, path, opts));
      } else if (st.isFIFO() || st.isCharacterDevice()) {
        const s = createReadStream(path);
        try {
          if (jsonl) yield* readJsonl(s, path, opts);
          else yield await readStreamDoc(s, path, opts);
        } finally {
          s.destroy();
        }
      } else {
        yield failed(path, "ENOTREG", `is ${kindOf(st)}, not a file`);
      }
    } catch (e) {
      yield failedWith(path, e);
    }
  }
}

export { isSupportedEncoding, decodeBytes } from "./decode.js";
