// One run of the CLI: inputs → results → formatted output, and the exit code.
import { fstatSync, writeSync } from "node:fs";
import { isatty } from "node:tty";
import { readInputGroups, type DocumentGroup } from "../input/read.js";
import { inputsSize } from "../input/size.js";
import type { InputDocument } from "../input/types.js";
import type { DocumentError, DocumentResult, ExtractOptions } from "../types.js";
import { addNotes, extractOrderedGroups, type Done, type ExtractJob } from "../parallel/extract.js";
import { createFormatter, FormatUnavailableError } from "../output/formats.js";
import type { FormatName, Processed, RunSummary } from "../output/formatter.js";
import { resultCounts, writtenIndent, WrittenResult } from "../output/json.js";
import type { Kind } from "../output/kinds.js";
import { sanitizeForTerminal } from "../output/sanitize.js";
import { colorLevel, terminalColumns } from "./color.js";
import type { CliOptions } from "./options.js";
import { Progress } from "./progress.js";

export interface CliIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

export const EXIT_OK = 0;
export const EXIT_UNREADABLE = 1;
export const EXIT_USAGE = 2;

export interface ExtractSettings {
  referenceDate?: string;
  knowledge: boolean;
  lang: "ar" | "en" | "auto";
  /** How the results will be written (the CLI's options carry both): JSON of every kind is written by the workers. */
  format?: FormatName;
  only?: ReadonlySet<Kind>;
  /** The inputs named (the CLI's options carry them): their size (files, folders) tells how long the run is. */
  paths?: string[];
}

const EMPTY = { ministers: [], people: [], countries: [], organizations: [], places: [], dates: [], interactions: [] };

/** The result for a document that could not be read or processed: empty lists plus `errors`. */
export function failedResult(file: string, errors: DocumentError[], warnings: DocumentError[] = []): DocumentResult {
  return { file, language: "unknown", ...EMPTY, ...(warnings.length ? { warnings } : {}), errors };
}

/** The extraction options for one document. */
export function extractOptions(input: InputDocument, s: ExtractSettings): ExtractOptions {
  return { file: input.file, referenceDate: s.referenceDate, knowledge: s.knowledge, lang: s.lang };
}

/**
 * One document → its result. Pure apart from the extractor; safe to run in a worker. `run` is the
 * extractor (the CLI passes the outcome of `extractLarge`, here or on a worker when --jobs > 1).
 * Nothing here imports the pipeline: with --jobs > 1 only the workers load the lexicons.
 */
export function processOne(input: InputDocument, s: ExtractSettings, run: (text: string, options: ExtractOptions) => DocumentResult): Processed {
  if (input.text === null) return { result: failedResult(input.file, input.errors, input.warnings), text: null, bytes: input.bytes };
  let result: DocumentResult;
  try {
    result = run(input.text, extractOptions(input, s));
  } catch (e) {
    const err: DocumentError = { code: "EEXTRACT", message: `extraction failed: ${(e as Error)?.message ?? String(e)}` };
    return { result: failedResult(input.file, [...input.errors, err], input.warnings), text: input.text, bytes: input.bytes };
  }
  return { result: addNotes(result, input), text: input.text, bytes: input.bytes };
}

/**
 * The young generation of the thread that extracts: 8 MB semi-spaces instead of V8's 16 extract as
 * fast and keep the peak RSS of a long run 14-17 MB lower (src/parallel/young-generation.ts).
 */
const SEMI_SPACE_MB = 8;

/**
 * How far the old generation may grow past what survived the last full collection once workers run
 * (main.ts holds it at 30% before). This thread then keeps each document in flight until the worker
 * has answered the ones before it (~0.3 s): its text, and its JSON or the worker's, outlive the young
 * generation, and at 30% they made this thread run a full collection three times as often per
 * document as one job does, each marking the lexicons again on the second core the workers need. On
 * 100 MB of Arabic news with --jobs 2: 31.7 s against 35.3 s (V8's own growth: 30.5 s, 316 MB). The
 * cost is a higher peak RSS with two threads, most with English in the input, which loads
 * compromise's model in both: 315-321 MB against 256-268 on 60 s of mixed news (bench/RESULTS.md;
 * 356-372 with the single-threaded GC bin/extract.js chooses for such a run).
 */
const WORKERS_HEAP_GROWING_PERCENT = 100;

/**
 * Input past which a run's exact size no longer matters for starting workers: at the pace of the
 * slowest text (mixed news, ~0.6 MB/s) it is far more than MIN_REMAINING_MS (src/parallel/extract.ts).
 */
const SIZE_KNOWN_ENOUGH = 256 * 1024 * 1024;

/**
 * Input from which workers start loading as soon as the size is known, while this thread extracts
 * alone (ParallelOptions.prestartTotal), and that hands them documents as soon as one has loaded:
 * even at the fastest pace one thread has shown (Arabic news, ~3.5 MB/s warm) 64 MB is ~18 s, far
 * more than MIN_REMAINING_MS, so the first second and the pace measurements can be skipped.
 */
const PRESTART_BYTES = 64 * 1024 * 1024;

/**
 * The one place where documents become results, in input order; everything downstream only sees
 * this iterator. `jobs` > 1 extracts on that many worker threads (src/parallel), with a bounded
 * queue so inputs are read only as fast as results are written; 1 extracts in this thread.
 * Documents above LARGE_THRESHOLD are extracted paragraph chunk by chunk (src/input/chunk.ts).
 */
export async function* processDocuments(inputs: AsyncIterable<InputDocument>, s: ExtractSettings, jobs = 1): AsyncGenerator<Processed> {
  for await (const group of processDocumentGroups(oneByOne(inputs), s, jobs)) for (const p of group) yield p;
}

async function* oneByOne<T>(items: AsyncIterable<T>): AsyncGenerator<Iterable<T>> {
  for await (const item of items) yield [item];
}

/**
 * processDocuments over documents in groups (readInputGroups), giving results in groups: each is
 * iterated to its end before the next is asked for, and in this thread a document is extracted when
 * its result is asked for (extractOrderedGroups).
 */
export async function* processDocumentGroups(inputs: AsyncIterable<DocumentGroup>, s: ExtractSettings, jobs = 1): AsyncGenerator<Iterable<Processed>> {
  // JSON of every kind is written by the worker that extracted the document (see WrittenResult)
  const indent = writtenIndent(s.format, s.only);
  const toJob = (d: InputDocument): ExtractJob | null => {
    if (d.text === null) return null;
    const job: ExtractJob = { text: d.text, options: extractOptions(d, s) };
    if (indent !== undefined) job.write = { indent, notes: { warnings: d.warnings, errors: d.errors } };
    return job;
  };
  // summed while the first documents are extracted (a folder of 100,000 files takes a while)
  const total = jobs > 1 && s.paths?.length ? inputsSize(s.paths, SIZE_KNOWN_ENOUGH) : undefined;
  for await (const group of extractOrderedGroups(inputs, toJob, { jobs, semiSpaceMb: SEMI_SPACE_MB, heapGrowingPercent: WORKERS_HEAP_GROWING_PERCENT, total, prestartTotal: PRESTART_BYTES, sizeOf: (d) => d.bytes ?? 0 })) {
    yield processed(group, s);
  }
}

/** The finished documents of `group`, each made when it is asked for. */
function* processed(group: Iterable<Done<InputDocument>>, s: ExtractSettings): Generator<Processed> {
  for (const { item, outcome } of group) {
    if (outcome.kind === "result" && outcome.result instanceof WrittenResult) {
      yield { result: outcome.result, text: item.text, bytes: item.bytes };
      continue;
    }
    yield processOne(item, s, () => {
      if (outcome.kind === "error") throw outcome.error;
      if (outcome.kind === "skipped") throw new Error("no text to extract");
      return outcome.result;
    });
  }
}

/**
 * The descriptor of `stream` when it is this process's stdout on a regular file or a character device
 * that is no terminal (> file, > /dev/null), else null. Node writes to those synchronously anyway
 * (fs.writeSync of each chunk), after turning each string into a Buffer in JavaScript: written
 * directly, the string is encoded by the write itself, ~2.5× faster (~3% of a long JSON Lines run).
 */
function fileDescriptor(stream: NodeJS.WritableStream): number | null {
  if (stream !== process.stdout) return null;
  const fd = (stream as { fd?: unknown }).fd;
  if (typeof fd !== "number") return null;
  try {
    const st = fstatSync(fd);
    return st.isFile() || (st.isCharacterDevice() && !isatty(fd)) ? fd : null;
  } catch {
    return null;
  }
}

/**
 * Output gathered for a descriptor before one write(2): ~16 documents of Arabic news JSON per call
 * instead of one call each (and no Buffer.byteLength pass over every string to spot a short write).
 * The buffer holds twice that, so a document's JSON usually fits without a second call.
 */
const FD_BATCH_BYTES = 64 * 1024;

/**
 * Writes to stdout, waiting when the pipe is full; ends quietly when the reader has gone (EPIPE).
 * On a descriptor (see fileDescriptor) the text is encoded into one buffer and written a batch at a
 * time: `flush` writes what is held (the run calls it before it waits for more input, so a reader of
 * the file sees every document read so far; before each line on stderr, so a shared `2>&1` file
 * keeps its order; and at its end). Until a first write succeeds every piece is written at once, so
 * an output that takes nothing (/dev/full) stops the run at its first document.
 */
const FLUSH_SIGNALS: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];

/**
 * Until the returned function is called, SIGINT, SIGTERM or SIGHUP first calls `flush`, then ends the
 * process as the signal would have (`raise`: by default the same signal, with no handler left, so the
 * exit status says it: 130 for Ctrl-C). Exported for tests.
 */
export function flushOnSignals(flush: () => void, raise: (signal: NodeJS.Signals) => void = (signal) => process.kill(process.pid, signal)): () => void {
  const unhook = (): void => { for (const s of FLUSH_SIGNALS) process.off(s, onSignal); };
  const onSignal = (signal: NodeJS.Signals): void => {
    unhook();
    flush();
    raise(signal);
  };
  for (const s of FLUSH_SIGNALS) process.on(s, onSignal);
  return unhook;
}

class Output {
  closed = false;
  failure: Error | null = null;
  private readonly fd: number | null;
  private readonly held: Buffer | null;
  private heldBytes = 0;
  private proven = false;
  constructor(private readonly stream: NodeJS.WritableStream) {
    stream.on("error", (e: NodeJS.ErrnoException) => this.fail(e));
    this.fd = fileDescriptor(stream);
    this.held = this.fd === null ? null : Buffer.allocUnsafe(2 * FD_BATCH_BYTES);
  }
  /** Whether writes are synchronous (a file or a device): no I/O event can wait between two of them. */
  get synchronous(): boolean {
    return this.fd !== null;
  }
  private fail(e: NodeJS.ErrnoException): void {
    this.closed = true;
    if (e.code !== "EPIPE" && e.code !== "ERR_STREAM_DESTROYED") this.failure ??= e;
  }
  /** `s` written, or held to be written with the next batch; a promise only while a pipe is full. */
  write(s: string): Promise<void> | undefined {
    if (!s || this.closed) return;
    if (this.held !== null) {
      // a UTF-16 unit takes at most 3 bytes of UTF-8
      if (3 * s.length > this.held.length - this.heldBytes) {
        this.flush();
        if (3 * s.length > this.held.length) { this.writeBytes(Buffer.from(s)); return; }
      }
      this.heldBytes += this.held.write(s, this.heldBytes);
      if (this.heldBytes >= FD_BATCH_BYTES || !this.proven) this.flush();
      return;
    }
    if (this.stream.write(s)) return;
    return new Promise<void>((resolve) => {
      const done = () => {
        this.stream.off("drain", done).off("error", done).off("close", done);
        resolve();
      };
      this.stream.on("drain", done).on("error", done).on("close", done);
    });
  }
  /** Write what is held for the descriptor. */
  flush(): void {
    if (this.held === null || this.heldBytes === 0) return;
    const n = this.heldBytes;
    this.heldBytes = 0;
    this.writeBytes(this.held.subarray(0, n));
  }
  private writeBytes(b: Buffer): void {
    if (this.closed) return;
    try {
      // (a short write, which a full disk may cause, is followed by one for the rest)
      for (let at = 0; at < b.length; ) at += writeSync(this.fd!, b, at, b.length - at);
      this.proven = true;
    } catch (e) {
      this.fail(e as NodeJS.ErrnoException);
    }
  }
}

/**
 * How long (ms) a run that writes synchronously extracts before it lets timers and I/O events through
 * (the progress line, a stream on stdin): once per document cost a turn of the event loop each.
 */
const YIELD_MS = 50;

/** "ENOENT: no such file or directory, stat 'x'" → "no such file or directory". */
export function reason(e: DocumentError): string {
  const m = /^E[A-Z0-9_]+: (.*?)(?:, [a-z]+ '.*')?$/s.exec(e.message);
  return sanitizeForTerminal(m ? m[1]! : e.message);
}

/** The stderr line for a document error: "extract: cannot read '<path>': <reason>". */
export function errorLine(file: string, e: DocumentError, unreadable: boolean): string {
  const msg = sanitizeForTerminal(e.message);
  if (/^cannot read '/.test(msg)) return `extract: ${msg}`;
  const f = sanitizeForTerminal(file);
  return unreadable ? `extract: cannot read '${f}': ${reason(e)}` : `extract: '${f}': ${reason(e)}`;
}

/** The stderr line for a warning: "extract: warning: '<path>': <message>". */
export function warningLine(file: string, w: DocumentError): string {
  const msg = sanitizeForTerminal(w.message);
  return msg.startsWith("'") ? `extract: warning: ${msg}` : `extract: warning: '${sanitizeForTerminal(file)}': ${msg}`;
}

export async function run(opts: CliOptions, io: CliIO): Promise<number> {
  const t0 = performance.now();
  const say = (s: string) => { io.stderr.write(s + "\n"); };
  io.stderr.on("error", () => {});

  let paths = opts.paths;
  if (paths.length === 0) {
    if (io.stdin.isTTY) {
      say("extract: no input: give files or folders, or pipe text on stdin\n(run 'extract --help' for usage and examples)");
      return EXIT_USAGE;
    }
    paths = ["-"];
  }

  // only the table colours its output: other formats do not load chalk
  const level = opts.format === "table" ? colorLevel(opts.color, io.env, !!io.stdout.isTTY) : 0;
  const chalk = opts.format === "table" ? new (await import("chalk")).Chalk({ level }) : undefined;
  let formatter;
  try {
    formatter = await createFormatter(opts.format, { only: opts.only, columns: terminalColumns(io.env, io.stdout.isTTY ? io.stdout.columns : undefined), chalk });
  } catch (e) {
    if (e instanceof FormatUnavailableError) { say(`extract: ${e.message}`); return EXIT_USAGE; }
    throw e;
  }

  const out = new Output(io.stdout);
  // what the output holds for a file reaches it when the run is interrupted (Ctrl-C, kill)
  const unhook = out.synchronous ? flushOnSignals(() => out.flush()) : null;
  const progress = new Progress(!!io.stderr.isTTY && !io.stdout.isTTY && !opts.quiet, io.stderr);
  const note = (s: string) => { out.flush(); progress.log(s); };
  const summary: RunSummary = { documents: 0, failed: 0, ministers: 0, interactions: 0, elapsedMs: 0 };
  const inputs = readInputGroups(paths, {
    input: opts.input, encoding: opts.encoding, maxBytes: opts.maxBytes,
    textField: opts.textField, idField: opts.idField, stdin: io.stdin,
  });
  // Between documents the run lets I/O events through (a closed pipe, a drained buffer, a worker's
  // answers): after each one, unless it writes synchronously with one job, then every YIELD_MS.
  const yieldEach = !out.synchronous || opts.jobs > 1;
  let yielded = performance.now();

  try {
    await out.write(formatter.begin());
    documents: for await (const group of processDocumentGroups(inputs, opts, opts.jobs)) {
      for (const p of group) {
        const r = p.result;
        summary.documents++;
        if (r.errors?.length) {
          summary.failed++;
          for (const e of r.errors) note(errorLine(r.file, e, p.text === null));
        }
        if (!opts.quiet) for (const w of r.warnings ?? []) note(warningLine(r.file, w));
        const counts = resultCounts(r);
        summary.ministers += counts.ministers;
        summary.interactions += counts.interactions;
        const pending = out.write(formatter.document(p));
        if (pending) await pending;
        progress.tick(p.bytes ?? p.text?.length ?? 0);
        if (out.closed) break documents;
        if (yieldEach || performance.now() - yielded >= YIELD_MS) {
          await new Promise<void>((resolve) => setImmediate(resolve));
          yielded = performance.now();
        }
      }
      // nothing is held while the run waits for more input (a slow writer on stdin): what the
      // documents so far wrote is in the file
      out.flush();
    }
    progress.stop();
    summary.elapsedMs = performance.now() - t0;
    await out.write(formatter.end(summary));
  } finally {
    out.flush();
    unhook?.();
    progress.stop();
  }
  if (out.failure) {
    say(`extract: cannot write output: ${out.failure.message}`);
    return EXIT_UNREADABLE;
  }
  return summary.failed ? EXIT_UNREADABLE : EXIT_OK;
}

