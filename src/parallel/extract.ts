// Parallel extraction: documents in, results out in the same order, on this thread and `jobs` − 1 workers.
import { availableParallelism } from "node:os";
import type { DocumentResult, ExtractOptions } from "../types.js";
import { orderedMap, WorkerPool } from "./pool.js";
import { YoungGenerationCap } from "./young-generation.js";

/** One unit of work for a worker. */
export interface ExtractJob {
  text: string;
  options: ExtractOptions;
}

/** What happened to one item: its result, or the error extraction threw (`skipped` when there was nothing to extract). */
export type Outcome =
  | { kind: "result"; result: DocumentResult }
  | { kind: "error"; error: Error }
  | { kind: "skipped" };

export interface ParallelOptions {
  /** Threads that extract: this one and jobs − 1 workers; 1 (or less): no worker. Default: available cores. */
  jobs?: number;
  /** Items in flight (read, not yet yielded). Default 4 × jobs. */
  queue?: number;
  /** Most text (UTF-16 units) in flight at once, besides the item being waited on. Default 64 Mi. */
  maxQueuedText?: number;
  /**
   * Milliseconds of extraction in this thread before workers start (default IN_THREAD_MS; 0: workers
   * from the first document). A run that ends sooner never starts them.
   */
  inThreadMs?: number;
  /**
   * Largest semi-space (MB) of this thread's young generation while it extracts alone (see
   * young-generation.ts); undefined: V8's own sizing. For a program that owns its process (the CLI).
   */
  semiSpaceMb?: number;
}

/**
 * Workers pay off only on long runs: each loads the lexicons and warms up its own JIT, whose
 * compiler threads then compete with the workers for the cores. So every run starts in this thread
 * and brings workers in after this long: `extract seeds/` (5 files) takes 0.46 s instead of 0.64 s
 * with workers from the start. This thread, warm by then, keeps extracting beside them.
 */
export const IN_THREAD_MS = 1000;

/** The compiled worker. Under a TypeScript runner (tests) this module is src/…/extract.ts: use dist/. */
export function workerUrl(): URL {
  const here = import.meta.url;
  return here.endsWith(".ts") ? new URL("../../dist/parallel/worker.js", here) : new URL("./worker.js", here);
}

/** Default number of jobs: the cores this process may use. */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
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
  opts: ParallelOptions = {},
): AsyncGenerator<{ item: T; outcome: Outcome }> {
  const jobs = Math.max(1, Math.floor(opts.jobs ?? defaultJobs()));
  const inThreadMs = jobs > 1 ? Math.max(0, opts.inThreadMs ?? IN_THREAD_MS) : Infinity;
  const it = (Symbol.asyncIterator in items ? (items as AsyncIterable<T>)[Symbol.asyncIterator]() : (items as Iterable<T>)[Symbol.iterator]()) as AsyncIterator<T> | Iterator<T>;
  let ended = false;
  const cap = opts.semiSpaceMb ? new YoungGenerationCap(opts.semiSpaceMb) : null;
  try {
    if (inThreadMs > 0) {
      // loaded here, not at the top: a run that reads no document never compiles the lexicons
      const { extractLarge } = await import("../input/chunk.js");
      const since = performance.now();
      while (performance.now() - since < inThreadMs) {
        const n = await it.next();
        if (n.done) { ended = true; return; }
        const job = toJob(n.value);
        const outcome: Outcome = job ? extractHere(extractLarge, job) : { kind: "skipped" };
        cap?.check();
        yield { item: n.value, outcome };
      }
    }
    cap?.release();
    const rest: AsyncIterable<T> = {
      [Symbol.asyncIterator]: () => ({
        next: async () => { const n = await it.next(); if (n.done) ended = true; return n; },
        return: async () => ({ done: true, value: undefined }), // closed by the finally below
      }),
    };
    yield* onWorkers(rest, toJob, jobs, opts);
  } finally {
    cap?.release();
    if (!ended) await it.return?.();
  }
}

/** Extract one job here, the error as an outcome. */
function extractHere(extractLarge: (text: string, options: ExtractOptions) => DocumentResult, job: ExtractJob): Outcome {
  try {
    return { kind: "result", result: extractLarge(job.text, job.options) };
  } catch (e) {
    return { kind: "error", error: e instanceof Error ? e : new Error(String(e)) };
  }
}

/**
 * The rest of a run on `jobs` threads, in order: jobs − 1 workers and this thread, whose JIT is warm
 * by now. Workers are kept fed (two tasks each); a document that would wait for one is extracted here.
 */
async function* onWorkers<T>(items: AsyncIterable<T>, toJob: (item: T) => ExtractJob | null, jobs: number, opts: ParallelOptions): AsyncGenerator<{ item: T; outcome: Outcome }> {
  const { extractLarge } = await import("../input/chunk.js");
  const workers = Math.max(1, jobs - 1);
  // The young generation V8 gives each worker (two semi-spaces and a large-object space of the same
  // size), held at semiSpaceMb like this thread's. Much smaller costs time: a 4 MB young generation
  // made each worker's extraction about 1.5× slower.
  const limits = opts.semiSpaceMb ? { maxYoungGenerationSizeMb: 3 * opts.semiSpaceMb } : undefined;
  const pool = new WorkerPool<ExtractJob, DocumentResult>(workerUrl(), workers, undefined, limits);
  const jobOf = new WeakMap<object, ExtractJob | null>();
  const jobFor = (item: T): ExtractJob | null => {
    if (item !== null && typeof item === "object") {
      if (jobOf.has(item)) return jobOf.get(item)!;
      const j = toJob(item);
      jobOf.set(item, j);
      return j;
    }
    return toJob(item);
  };
  try {
    yield* orderedMap(
      items,
      async (item): Promise<{ item: T; outcome: Outcome }> => {
        const job = jobFor(item);
        if (!job) return { item, outcome: { kind: "skipped" } };
        if (pool.pending >= workers * 2) return { item, outcome: extractHere(extractLarge, job) };
        try {
          return { item, outcome: { kind: "result", result: await pool.run(job) } };
        } catch (e) {
          return { item, outcome: { kind: "error", error: e instanceof Error ? e : new Error(String(e)) } };
        }
      },
      { limit: opts.queue ?? jobs * 4, weight: (item) => jobFor(item)?.text.length ?? 0, maxWeight: opts.maxQueuedText ?? 64 * 1024 * 1024 },
    );
  } finally {
    await pool.close();
  }
}
