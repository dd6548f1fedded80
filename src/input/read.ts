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
import { isUtf8 } from "node:buffer";
import { join } from "node:path";
import type { InputDocument, InputOptions } from "./types.js";
import { canonicalEncoding, decodeBytes, firstNul, looksBinary, SNIFF_BYTES, utf8BomAt, validUtf8Text } from "./decode.js";
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

const NO_BYTES = Buffer.alloc(0);

/** Text of a line that holds no record: white space only (a BOM too). */
const BLANK = /^[\s\u2028\u2029\ufeff]*$/;

/**
 * Bytes → text for the lines of JSON Lines, as TextDecoder decodes them (one leading BOM dropped,
 * invalid bytes replaced with U+FFFD); `bad` tells whether the last line decoded had invalid bytes.
 * A valid UTF-8 line (buffer.isUtf8, which checks it at memory speed) is made a string by
 * validUtf8Text, ~3× faster than TextDecoder, and JSON.parse reads the result as fast; a line with a
 * BOM at its start or an invalid byte goes through TextDecoder.
 */
class LineDecoder {
  bad = false;
  private readonly fatal: InstanceType<typeof TextDecoder>;
  private readonly lossy: InstanceType<typeof TextDecoder>;
  private readonly utf8: boolean;
  constructor(readonly encoding: string) {
    this.fatal = new TextDecoder(encoding, { fatal: true });
    this.lossy = new TextDecoder(encoding);
    this.utf8 = this.fatal.encoding === "utf-8";
  }
  /** The text of bytes [start, end) of `b`. */
  decode(b: Buffer, start: number, end: number): string {
    this.bad = false;
    const line = b.subarray(start, end);
    if (this.utf8 && !utf8BomAt(b, start, end) && isUtf8(line)) return validUtf8Text(line);
    try {
      return this.fatal.decode(line);
    } catch {
      this.bad = true;
      return this.lossy.decode(line);
    }
  }
}

function lineDecoder(opts: InputOptions): LineDecoder | string {
  const forced = forcedEncoding(opts) ?? "utf-8";
  if (forced.startsWith("utf-16")) return `JSON Lines must be UTF-8 (or a single-byte encoding), not ${forced}`;
  if (!canonicalEncoding(forced)) return `unknown encoding '${opts.encoding}'`;
  return new LineDecoder(forced);
}

function recordDoc(line: string, where: string, opts: InputOptions, bytes: number, warnings: InputDocument["warnings"], encoding: string): InputDocument {
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
  return { file, text: tv, errors: [], warnings, bytes, encoding };
}

/**
 * Documents that come together: those of the lines that end in one read of JSON Lines (each decoded
 * when it is asked for), or a single document. A group is iterated to its end (or dropped, which ends
 * the reading) before the next is asked for: it may decode from a buffer the next read reuses. The
 * run takes documents a group at a time: one promise per read instead of several per document.
 */
export type DocumentGroup = Iterable<InputDocument>;

/**
 * One InputDocument per non-blank line of `chunks`, in one group per chunk; lines are split on bytes,
 * never loaded whole. A line inside one chunk is decoded from it where it lies; only the start of a
 * line left at a chunk's end is copied (the chunk's buffer may be read into again: fileChunks' reuse)
 * and joined to its rest. A line that cannot be read (a failed read, a line too long for a string)
 * is one document with the error, and the input ends there.
 */
async function* readJsonl(chunks: AsyncIterable<unknown>, label: string, opts: InputOptions): AsyncGenerator<DocumentGroup> {
  const dec = lineDecoder(opts);
  if (typeof dec === "string") {
    yield [failed(label, "EENCODING", dec)];
    return;
  }
  const max = maxBytesOf(opts);
  let parts: Buffer[] = []; // the line's bytes in earlier chunks
  let len = 0; // the line's length in bytes so far
  let lineNo = 0;
  let first = true;
  let over = false;
  let stopped = false; // a line could not be read: the input ended with the document that says so

  /** The next line's document (null for a blank line): bytes [start, end) of `b` (unless `over`). */
  const finish = (b: Buffer, start: number, end: number): InputDocument | null => {
    lineNo++;
    const where = `${label}:${lineNo}`;
    const size = len;
    len = 0;
    if (over) {
      over = false;
      return tooBig(where, max, size);
    }
    if (end > start && b[end - 1] === 13) end--;
    if (lineNo === 1 && utf8BomAt(b, start, end)) start += 3;
    const text = dec.decode(b, start, end);
    if (BLANK.test(text)) return null; // blank lines are not records
    const warnings = dec.bad ? [{ code: "EDECODE", message: `'${sanitizeForTerminal(where)}': invalid byte sequences replaced with U+FFFD` }] : [];
    return recordDoc(text, where, opts, size, warnings, dec.encoding);
  };
  /** The line carried over from earlier chunks, with bytes [start, end) of `b` (if any) as its end. */
  const joined = (b: Buffer | null, start: number, end: number): Buffer => {
    if (b !== null && end > start) parts.push(b.subarray(start, end));
    const whole = parts.length === 1 ? parts[0]! : Buffer.concat(parts, len);
    parts = [];
    return whole;
  };
  const failure = (e: unknown): InputDocument => failedWith(lineNo > 0 ? `${label}:${lineNo + 1}` : label, e);
  /** The documents of the lines that end in chunk `b`; the start of the line it ends with is kept. */
  function* linesOf(b: Buffer): Generator<InputDocument> {
    try {
      let start = 0;
      for (;;) {
        const nl = b.indexOf(10, start);
        const end = nl < 0 ? b.length : nl;
        if (!over && len + (end - start) > max) { over = true; parts = []; }
        len += end - start;
        if (nl < 0) {
          if (!over && end > start) parts.push(Buffer.from(b.subarray(start, end)));
          return;
        }
        let doc: InputDocument | null;
        if (over || parts.length === 0) doc = finish(b, start, end);
        else {
          const whole = joined(b, start, end);
          doc = finish(whole, 0, whole.length);
        }
        start = nl + 1;
        if (doc) yield doc;
      }
    } catch (e) {
      stopped = true;
      yield failure(e);
    }
  }

  try {
    for await (const c of chunks) {
      const b = toBuffer(c);
      if (first) {
        first = false;
        if (looksBinary(b)) {
          yield [binaryDoc(label, b)];
          return;
        }
      }
      yield linesOf(b);
      if (stopped) return;
    }
    if (len > 0 || over) {
      const whole = over ? NO_BYTES : joined(null, 0, 0);
      const doc = finish(whole, 0, whole.length);
      if (doc) yield [doc];
    }
  } catch (e) {
    yield [failure(e)];
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

/** The documents of a JSON Lines file, read 1 MB at a time into one buffer. */
async function* readJsonlFile(p: string | Buffer, file: string, opts: InputOptions): AsyncGenerator<DocumentGroup> {
  let fh: import("node:fs/promises").FileHandle;
  try {
    fh = await open(p, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    yield [failedWith(file, e)];
    return;
  }
  try {
    const st = await fh.stat();
    if (!st.isFile()) yield [failed(file, "ENOTREG", `is ${kindOf(st)}, not a regular file`)];
    else yield* readJsonl(fileChunks(fh, st.size, JSONL_CHUNK, true), file, opts);
  } finally {
    await fh.close().catch(() => undefined);
  }
}

const SLASH = Buffer.from("/");

async function* walk(root: string, rootId: string, opts: InputOptions): AsyncGenerator<DocumentGroup> {
  const jsonl = opts.input === "jsonl";
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
  if (err) { yield [err]; return; }
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
      // A plain file (not a symlink): no stat needed, the type is checked after opening.
      if (!wanted(name, opts)) continue;
      if (jsonl) yield* readJsonlFile(buf, file, opts);
      else yield [await readRegular(buf, file, opts)];
      continue;
    }
    let st: BigIntStats;
    try {
      st = await stat(buf, { bigint: true });
    } catch (e) {
      yield [failedWith(file, e)];
      continue;
    }
    if (st.isDirectory()) {
      const id = `${st.dev}:${st.ino}`;
      if (entered.has(id)) {
        yield [failed(file, "ELOOP", "the folder contains itself through a symbolic link; not read again")];
        continue;
      }
      const e = await enter(buf, file, id);
      if (e) yield [e];
      continue;
    }
    if (st.isFile()) {
      if (!wanted(name, opts)) continue;
      if (jsonl) yield* readJsonlFile(buf, file, opts);
      else yield [await readRegular(buf, file, opts)];
      continue;
    }
    yield [failed(file, "ENOTREG", `is ${kindOf(st)}, not a regular file; skipped inside a folder (name it explicitly to read it as a stream)`)];
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
  for await (const group of readInputGroups(paths, opts)) for (const d of group) yield d;
}

/** readInputs a group at a time (see DocumentGroup). */
export async function* readInputGroups(paths: string[], opts: InputOptions = {}): AsyncGenerator<DocumentGroup> {
  const jsonl = opts.input === "jsonl";
  if (opts.encoding && forcedEncoding(opts) && !canonicalEncoding(forcedEncoding(opts)!)) {
    for (const p of paths) yield [failed(p, "EENCODING", `unknown encoding '${opts.encoding}'`)];
    return;
  }
  let stdinRead = false;
  for (const path of paths) {
    try {
      if (path === "-" || STDIN_ALIASES.has(path)) {
        if (stdinRead) {
          yield [failed(path, "ESTDIN", "standard input was already read")];
          continue;
        }
        stdinRead = true;
        const s = opts.stdin ?? process.stdin;
        if (jsonl) yield* readJsonl(s as AsyncIterable<unknown>, path, opts);
        else yield [await readStreamDoc(s, path, opts)];
        continue;
      }
      let st: BigIntStats;
      try {
        st = await stat(path, { bigint: true });
      } catch (e) {
        yield [failedWith(path, e)];
        continue;
      }
      if (st.isDirectory()) {
        yield* walk(path, `${st.dev}:${st.ino}`, opts);
      } else if (st.isFile()) {
        if (jsonl) yield* readJsonlFile(path, path, opts);
        else yield [await readRegular(path, path, opts)];
      } else if (st.isFIFO() || st.isCharacterDevice()) {
        const s = createReadStream(path);
        try {
          if (jsonl) yield* readJsonl(s, path, opts);
          else yield [await readStreamDoc(s, path, opts)];
        } finally {
          s.destroy();
        }
      } else {
        yield [failed(path, "ENOTREG", `is ${kindOf(st)}, not a file`)];
      }
    } catch (e) {
      yield [failedWith(path, e)];
    }
  }
}

export { isSupportedEncoding, decodeBytes } from "./decode.js";
