// Parallel extraction: documents in, results out in the same order, on this thread and `jobs` − 1 workers.
import { availableParallelism } from "node:os";
import { setFlagsFromString } from "node:v8";
import { documentJson, resultCounts, WrittenResult, type JsonIndent, type Written } from "../output/json.js";
import type { DocumentError, DocumentResult, ExtractOptions } from "../types.js";
import { WorkerCrashError, WorkerPool } from "./pool.js";
import { YoungGenerationCap } from "./young-generation.js";

/** One unit of work for a worker. */
export interface ExtractJob {
  text: string;
  options: ExtractOptions;
  /**
   * A worker that extracts this document also adds `notes` to the result and writes its JSON
   * (documentJson with `indent`): the outcome is then a WrittenResult. This thread ignores it.
   */
  write?: { indent: JsonIndent; notes: InputNotes };
}

/** Warnings and errors from reading a document, reported after extraction's own. */
export interface InputNotes {
  warnings: DocumentError[];
  errors: DocumentError[];
}

/** `result` with the input's notes after its own (only lists that end up non-empty are set). */
export function addNotes(result: DocumentResult, notes: InputNotes): DocumentResult {
  const warnings = [...(result.warnings ?? []), ...notes.warnings];
  const errors = [...(result.errors ?? []), ...notes.errors];
  if (warnings.length) result.warnings = warnings;
  if (errors.length) result.errors = errors;
  return result;
}

/** What happened to one item: its result, or the error extraction threw (`skipped` when there was nothing to extract). */
export type Outcome =
  | { kind: "result"; result: DocumentResult }
  | { kind: "error"; error: Error }
  | { kind: "skipped" };

export interface ParallelOptions<T = unknown> {
  /** Threads that extract: this one and jobs − 1 workers; 1 (or less): no worker. Default: available cores. */
  jobs?: number;
  /** Items in flight (read, not yet yielded) once workers run. Default: no limit but the text's. */
  queue?: number;
  /** Most text (UTF-16 units) in flight at once once workers run, besides the item being waited on. Default WINDOW_CHARS. */
  maxQueuedText?: number;
  /**
   * Milliseconds of extraction in this thread before workers start (default IN_THREAD_MS; 0: workers
   * from the first document). A run that ends sooner never starts them.
   */
  inThreadMs?: number;
  /**
   * The size of the whole run and of one item, in the same unit (e.g. bytes), when known: workers
   * then start only if the rest would take this thread at least MIN_REMAINING_MS at its pace. A
   * promise is the size still being summed: this thread extracts alone until it settles (undefined:
   * unknown after all, workers start as for no total).
   */
  total?: number | Promise<number | undefined>;
  sizeOf?: (item: T) => number;
  /**
   * A `total` at least this large starts the workers loading (lexicons, code) as soon as it is known,
   * while this thread extracts alone, and hands them documents as soon as one says it has loaded
   * (WorkerPool.ready), without waiting for inThreadMs or the pace: such a run is long by any pace
   * this thread has shown. Undefined: never.
   */
  prestartTotal?: number;
  /** The workers' module (default workerUrl(); tests give their own). */
  worker?: URL;
  /**
   * Largest semi-space (MB) of this thread's young generation while it extracts alone (see
   * young-generation.ts); undefined: V8's own sizing. For a program that owns its process (the CLI).
   */
  semiSpaceMb?: number;
  /**
   * V8's `--heap-growing-percent` from the moment workers start (the flag is process-wide); undefined:
   * left as it is. For a program that owns its process (the CLI): see WORKERS_HEAP_GROWING_PERCENT.
   */
  heapGrowingPercent?: number;
}

/**
 * Workers pay off only on long runs: each loads the lexicons and warms up its own JIT, whose
 * compiler threads then compete with the workers for the cores. So every run starts in this thread
 * and brings workers in after this long: `extract seeds/` (5 files) takes 0.46 s instead of 0.64 s
 * with workers from the start. This thread, warm by then, keeps extracting beside them.
 */
export const IN_THREAD_MS = 1000;

/**
 * Workers start only for a run whose rest would take this thread at least this long (when its size
 * is known). A worker costs about 3.5 s of CPU to load the lexicons and compile its own JIT code,
 * on a second core this thread's compiler already keeps ~60% busy during its first seconds, and it
 * adds at most ~1.4× throughput on 2 cores: on 10 MB of Arabic JSON Lines (5.5 s alone) `--jobs 2`
 * was 0.78× of `--jobs 1` with a worker from the first second.
 */
export const MIN_REMAINING_MS = 10_000;

/** How often (ms) the in-thread phase measures its pace once IN_THREAD_MS have passed. */
const PACE_MS = 500;

/**
 * Measurements in a row that must find the rest long enough before workers start: one slow
 * half-second (the English model loading on the first English document) made 1 MB of mixed news,
 * 4 s in all, look long, and its worker made it 0.74× of one job.
 */
const LONG_PACES = 2;

/**
 * How often (ms) the in-thread phase has the young generation's size checked (YoungGenerationCap):
 * after every document it cost ~6 µs each (v8.getHeapSpaceStatistics), ~0.5% of a JSON Lines run.
 * V8 grows the new space at most once per scavenge, and at the sizes where the cap matters (4 MB
 * and more) scavenges are tens of ms apart, so the new space cannot grow twice between two checks.
 */
const YOUNG_CHECK_MS = 10;

/** The compiled worker. Under a TypeScript runner (tests) this module is src/…/extract.ts: use dist/. */
export function workerUrl(): URL {
  const here = import.meta.url;
  return here.endsWith(".ts") ? new URL("../../dist/parallel/worker.js", here) : new URL("./worker.js", here);
}

/** Default number of jobs: the cores this process may use. */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/** One item and what became of it. */
export interface Done<T> {
  item: T;
  outcome: Outcome;
}

/**
 * For each item (in order) the outcome of extracting `toJob(item)`: in this thread first, then, when
 * jobs > 1 and the run lasts longer than `inThreadMs`, on a pool of worker threads, with a bounded
 * queue so the source is read only as fast as results are consumed. Items whose `toJob` is null are
 * passed through as `skipped`.
 */
export async function* extractOrdered<T>(
  items: AsyncIterable<T> | Iterable<T>,
  toJob: (item: T) => ExtractJob | null,
  opts: ParallelOptions<T> = {},
): AsyncGenerator<Done<T>> {
  for await (const group of extractOrderedGroups(groupsOf(items), toJob, opts)) for (const d of group) yield d;
}

/** `items` in groups: a synchronous iterable is one group, each item of an asynchronous one a group. */
async function* groupsOf<T>(items: AsyncIterable<T> | Iterable<T>): AsyncGenerator<Iterable<T>> {
  if (Symbol.asyncIterator in items) for await (const item of items as AsyncIterable<T>) yield [item];
  else yield items as Iterable<T>;
}

/**
 * extractOrdered over items that come in groups, giving their outcomes in groups: each group is a
 * synchronous iterable, read to its end before the next is asked for. In this thread an item is
 * extracted when its outcome is asked for, so a run of one job costs one promise per group of its
 * input (one read of JSON Lines) instead of several per document. Workers take the items one by one.
 */
export async function* extractOrderedGroups<T>(
  groups: AsyncIterable<Iterable<T>>,
  toJob: (item: T) => ExtractJob | null,
  opts: ParallelOptions<T> = {},
): AsyncGenerator<Iterable<Done<T>>> {
  const jobs = Math.max(1, Math.floor(opts.jobs ?? defaultJobs()));
  const inThreadMs = jobs > 1 ? Math.max(0, opts.inThreadMs ?? IN_THREAD_MS) : Infinity;
  const it = groups[Symbol.asyncIterator]();
  let ended = false;
  let rest: Iterator<T> | null = null; // the items left in the group this thread stopped in
  const cap = opts.semiSpaceMb ? new YoungGenerationCap(opts.semiSpaceMb) : null;
  // (set in `here` below, a closure: the cast keeps TypeScript from taking it for null ever after)
  let pool = null as WorkerPool<ExtractJob[], WorkerOutcome[]> | null;
  try {
    if (inThreadMs > 0) {
      // loaded here, not at the top: a run that reads no document never compiles the lexicons
      const { extractLarge } = await import("../input/chunk.js");
      const since = performance.now();
      let done = 0; // size of the items read so far
      let mark: { at: number; done: number } | null = null; // the start of the last pace measurement
      let longPaces = 0; // measurements in a row that found the rest long enough for workers
      let total: number | undefined | null = null; // null: still being summed
      let capChecked = -Infinity;
      let handOver = false; // the workers take the rest
      if (opts.total instanceof Promise) opts.total.then((t) => { total = t; }, () => { total = undefined; });
      else total = opts.total;
      /** The outcomes of `items`, each extracted when asked for, until the workers should take the rest. */
      const here = function* (items: Iterator<T>): Generator<Done<T>> {
        for (;;) {
          const now = performance.now();
          if (pool === null && typeof total === "number" && opts.prestartTotal !== undefined && total >= opts.prestartTotal) {
            pool = newPool(jobs, opts);
            pool.start();
          }
          let stop = pool?.ready === true;
          if (!stop && now - since >= inThreadMs && total !== null) {
            if (total === undefined) stop = true;
            // the pace of the last PACE_MS, not since the start: the first second runs cold code
            else if (mark && now - mark.at >= PACE_MS) {
              const perMs = (done - mark.done) / (now - mark.at);
              longPaces = total - done >= perMs * MIN_REMAINING_MS ? longPaces + 1 : 0;
              stop = longPaces >= LONG_PACES;
            }
            if (!stop && (!mark || now - mark.at >= PACE_MS)) mark = { at: now, done };
          }
          if (stop) {
            handOver = true;
            rest = items;
            return;
          }
          const n = items.next();
          if (n.done) return;
          done += opts.sizeOf?.(n.value) ?? 0;
          const job = toJob(n.value);
          const outcome: Outcome = job ? outcomeOf(extractJob(extractLarge, job)) : { kind: "skipped" };
          if (cap && now - capChecked >= YOUNG_CHECK_MS) {
            cap.check();
            capChecked = now;
          }
          yield { item: n.value, outcome };
        }
      };
      while (!handOver) {
        const n = await it.next();
        if (n.done) { ended = true; return; }
        yield here(n.value[Symbol.iterator]());
      }
    }
    cap?.release();
    const items: AsyncIterable<T> = {
      [Symbol.asyncIterator]: () => ({
        next: async () => {
          for (;;) {
            const r = rest?.next();
            if (r && !r.done) return r;
            rest = null;
            const n = await it.next();
            if (n.done) { ended = true; return n; }
            rest = n.value[Symbol.iterator]();
          }
        },
        return: async () => ({ done: true, value: undefined }), // closed by the finally below
      }),
    };
    for await (const d of onWorkers(items, toJob, pool ?? newPool(jobs, opts), opts)) yield [d];
  } finally {
    cap?.release();
    await pool?.close();
    if (!ended) await it.return?.();
  }
}

/** What a worker sends back for one document of a batch: its result (or its JSON), or the message of the error extraction threw. */
export type WorkerOutcome = { result: DocumentResult } | { written: Written } | { error: string };

/**
 * Extract one job, here or on a worker: with `job.write`, the result's JSON is written at once. Once
 * workers run, a result of this thread may wait in the window for a worker's earlier documents, and
 * its JSON is a fraction of the heap its objects take (which would outlive the young generation and
 * be collected only by a full collection).
 */
export function extractJob(extractLarge: (text: string, options: ExtractOptions) => DocumentResult, job: ExtractJob): WorkerOutcome {
  try {
    const result = extractLarge(job.text, job.options);
    if (!job.write) return { result };
    const r = addNotes(result, job.write.notes);
    const json = documentJson(r, job.write.indent);
    return { written: { file: r.file, language: r.language, warnings: r.warnings, errors: r.errors, json, indent: job.write.indent, counts: resultCounts(r) } };
  } catch (e) {
    return { error: (e as Error)?.message ?? String(e) };
  }
}

function outcomeOf(o: WorkerOutcome): Outcome {
  if ("written" in o) {
    return { kind: "result", result: new WrittenResult(o.written) };
  }
  return "error" in o ? { kind: "error", error: new Error(o.error) } : { kind: "result", result: o.result };
}

/**
 * Text per message to a worker: about 7 documents of Arabic news, ~15 ms of extraction, so that
 * the 47 000 documents of 100 MB cost thousands of messages (and wake-ups of this thread) instead
 * of 94 000. A worker with less than a batch in hand gets each document at once: batching never
 * starves it.
 */
const BATCH_CHARS = 16 * 1024;

/**
 * Text a worker holds (posted, not answered) before this thread extracts documents itself: ~60 ms
 * of work, enough to cover this thread extracting one document between two looks at the workers'
 * answers. It used to be two documents: the worker then sat idle 25% of a 10 MB run (CPU profile);
 * with this, 2.4%.
 */
const WORKER_QUEUE_CHARS = 64 * 1024;

/**
 * Most text read and not yet yielded once workers run (unless `maxQueuedText` is smaller): this
 * thread may run this far ahead of the oldest document a worker still has, ~0.5 s of extraction,
 * with memory bounded by the text and results of ~1 Mi characters (~2 MB of Arabic).
 */
const WINDOW_CHARS = 1024 * 1024;

/** The pool of jobs − 1 workers (none started yet). */
function newPool(jobs: number, opts: ParallelOptions<never>): WorkerPool<ExtractJob[], WorkerOutcome[]> {
  // The young generation V8 gives each worker (two semi-spaces and a large-object space of the same
  // size), held at semiSpaceMb like this thread's. Much smaller costs time: a 4 MB young generation
  // made each worker's extraction about 1.5× slower; on 100 MB, --jobs 2, 12 MB took 36.2 s, 24 MB
  // 34.1 s and 48 MB 33.9 s (the same within noise, for 12 MB more resident memory).
  const limits = opts.semiSpaceMb ? { maxYoungGenerationSizeMb: 3 * opts.semiSpaceMb } : undefined;
  if (opts.heapGrowingPercent !== undefined) setFlagsFromString(`--heap-growing-percent=${opts.heapGrowingPercent}`);
  return new WorkerPool<ExtractJob[], WorkerOutcome[]>(opts.worker ?? workerUrl(), Math.max(1, jobs - 1), undefined, limits);
}

/** A document read and not yet yielded; `outcome` is set once it has been extracted (here or on a worker). */
interface Entry<T> {
  item: T;
  job: ExtractJob | null;
  weight: number;
  outcome: Outcome | null;
}

/**
 * The rest of a run on `jobs` threads, in order: jobs − 1 workers and this thread, whose JIT is warm
 * by now. Documents go to the workers in batches while they hold less than WORKER_QUEUE_CHARS of
 * text; a document read while they hold that much is extracted here. Documents read and not yet
 * yielded (the window) stay under `queue` items and WINDOW_CHARS of text (or `maxQueuedText`).
 * This thread extracts rather than only feeding `jobs` workers: on 100 MB with 2 cores, 2 workers
 * and a feeding main thread took 32.6 s against 30.8 s (a third isolate to load, compile and collect).
 */
async function* onWorkers<T>(items: AsyncIterable<T>, toJob: (item: T) => ExtractJob | null, pool: WorkerPool<ExtractJob[], WorkerOutcome[]>, opts: ParallelOptions<T>): AsyncGenerator<{ item: T; outcome: Outcome }> {
  const { extractLarge } = await import("../input/chunk.js");
  const maxItems = Math.max(1, Math.floor(opts.queue ?? Infinity));
  const maxWeight = opts.maxQueuedText ?? WINDOW_CHARS;
  const window: Entry<T>[] = [];
  let head = 0; // window[head] is the next to yield
  let windowWeight = 0;
  let sentChars = 0; // text posted to the workers and not answered yet
  let batch: Entry<T>[] = [];
  let batchChars = 0;
  let wake: (() => void) | null = null; // set while waiting for window[head]

  const settle = (e: Entry<T>, outcome: Outcome) => {
    e.outcome = outcome;
    e.job = null;
  };
  const post = (entries: Entry<T>[], chars: number): void => {
    sentChars += chars;
    pool.run(entries.map((e) => e.job!)).then(
      (outs) => entries.forEach((e, i) => settle(e, outcomeOf(outs[i]!))),
      (err: unknown) => {
        // a worker that dies fails only the document it was on: the rest of its batch runs again, one by one
        if (err instanceof WorkerCrashError && entries.length > 1) for (const e of entries) post([e], e.weight);
        else for (const e of entries) settle(e, { kind: "error", error: err instanceof Error ? err : new Error(String(err)) });
      },
    ).finally(() => {
      sentChars -= chars;
      const w = wake;
      wake = null;
      w?.();
    });
  };
  const flush = () => {
    if (batch.length) post(batch, batchChars);
    batch = [];
    batchChars = 0;
  };
  /** The settled documents at the head of the window, in order. */
  function* ready(): Generator<{ item: T; outcome: Outcome }> {
    while (head < window.length && window[head]!.outcome) {
      const e = window[head]!;
      window[head++] = undefined as unknown as Entry<T>; // let it go
      windowWeight -= e.weight;
      yield { item: e.item, outcome: e.outcome! };
    }
    if (head > 1024 && head * 2 > window.length) { window.splice(0, head); head = 0; }
  }

  const it = items[Symbol.asyncIterator]();
  let exhausted = false;
  try {
    for (;;) {
      while (!exhausted && window.length - head < maxItems && (window.length === head || windowWeight < maxWeight)) {
        const n = await it.next();
        if (n.done) { exhausted = true; break; }
        const job = toJob(n.value);
        const e: Entry<T> = { item: n.value, job, weight: job?.text.length ?? 0, outcome: job ? null : { kind: "skipped" } };
        window.push(e);
        windowWeight += e.weight;
        if (job && sentChars + batchChars < WORKER_QUEUE_CHARS) {
          batch.push(e);
          batchChars += e.weight;
          // a worker with less than a batch in hand gets this one now, however small
          if (batchChars >= BATCH_CHARS || sentChars < BATCH_CHARS) flush();
        } else if (job) {
          flush();
          settle(e, outcomeOf(extractJob(extractLarge, job)));
          // let the workers' answers in (and post them more work) before reading on
          await new Promise<void>((resolve) => setImmediate(resolve));
        }
        yield* ready();
      }
      flush();
      if (head === window.length && exhausted) return;
      if (head < window.length && !window[head]!.outcome) await new Promise<void>((resolve) => { wake = resolve; });
      yield* ready();
    }
  } finally {
    await pool.close();
    if (!exhausted) await it.return?.();
  }
}
