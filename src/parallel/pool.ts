// A small worker_threads pool: `run(payload)` posts a task to the next free worker and resolves with
// its answer. Workers start lazily and are replaced when they crash; the order of results and the
// bound on memory are the caller's (src/parallel/extract.ts keeps a window of documents in order).
import type { ResourceLimits, Worker } from "node:worker_threads";

/**
 * node:worker_threads, loaded when the first worker starts: a process started from the CLI's
 * start-up snapshot (src/cli/snapshot) can start workers only with the module loaded after it started.
 */
const workerThreads = () => process.getBuiltinModule("node:worker_threads");

/**
 * A request as the worker sees it: `{id, payload}`; the reply is `{id, ok, value}` or `{id, ok: false, message}`.
 * A worker may also say once, with `{ready: true}`, that it has loaded and waits for work (see `ready`).
 */
export interface WorkerReply<R> {
  ready?: true;
  id: number;
  ok: boolean;
  value?: R;
  message?: string;
}

interface Task<Q, R> {
  id: number;
  payload: Q;
  resolve(v: R): void;
  reject(e: Error): void;
}

interface Slot<Q, R> {
  worker: Worker;
  /** Tasks posted to this worker and not answered yet, oldest first. */
  tasks: Task<Q, R>[];
  /** The worker said it has loaded. */
  ready: boolean;
}

/**
 * Tasks posted to one worker ahead of its answers: the next one waits in the worker's own port,
 * so the worker never sits idle while the main thread (busy, or not scheduled) gets round to it.
 */
const DEPTH = 2;

/** Thrown (as a rejection) for a task whose worker died or failed to start. */
export class WorkerCrashError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WorkerCrashError";
  }
}

/**
 * `size` workers running `url` (an ES module that answers messages, see worker.ts), started lazily
 * on the first task. A worker that crashes fails only its current task and is replaced. Idle workers
 * are unref'd, so a pool that was never closed does not keep the process alive. Each worker holds
 * up to DEPTH tasks; when it crashes, the tasks behind the one it was running go back to the queue.
 */
export class WorkerPool<Q, R> {
  private readonly slots: Slot<Q, R>[] = [];
  private readonly queue: Task<Q, R>[] = [];
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly url: URL,
    readonly size: number,
    private readonly workerData?: unknown,
    /** Heap limits of each worker (a small young generation keeps the resident memory low). */
    private readonly resourceLimits?: ResourceLimits,
  ) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`pool size must be a whole number ≥ 1, not ${size}`);
  }

  /** Run one task on the next free worker. */
  run(payload: Q): Promise<R> {
    if (this.closed) return Promise.reject(new Error("the worker pool is closed"));
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, payload, resolve, reject });
      this.pump();
    });
  }

  /** Start every worker now (idle until the first task), rather than on the first tasks. */
  start(): void {
    while (!this.closed && this.slots.length < this.size) this.spawn();
  }

  /** True once a running worker has said it has loaded (a worker that never says so never makes it true). */
  get ready(): boolean {
    return this.slots.some((s) => s.ready);
  }

  /** Number of tasks queued or running. */
  get pending(): number {
    return this.queue.length + this.slots.reduce((n, s) => n + s.tasks.length, 0);
  }

  /** Stop every worker; queued tasks are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const t of this.queue.splice(0)) t.reject(new Error("the worker pool was closed"));
    const slots = this.slots.splice(0);
    await Promise.all(slots.map(async (s) => {
      for (const t of s.tasks.splice(0)) t.reject(new Error("the worker pool was closed"));
      await s.worker.terminate();
    }));
  }

  private pump(): void {
    while (this.queue.length) {
      let slot = this.slots.find((s) => s.tasks.length === 0);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) {
        for (const s of this.slots) if (s.tasks.length < DEPTH && (!slot || s.tasks.length < slot.tasks.length)) slot = s;
      }
      if (!slot) return;
      const task = this.queue.shift()!;
      slot.tasks.push(task);
      slot.worker.ref();
      slot.worker.postMessage({ id: task.id, payload: task.payload });
    }
  }

  private spawn(): Slot<Q, R> {
    const worker = new (workerThreads().Worker)(this.url, { workerData: this.workerData, ...(this.resourceLimits ? { resourceLimits: this.resourceLimits } : {}) });
    const slot: Slot<Q, R> = { worker, tasks: [], ready: false };
    worker.unref();
    worker.on("message", (m: WorkerReply<R>) => {
      if (m.ready === true) { slot.ready = true; return; }
      const k = slot.tasks.findIndex((x) => x.id === m.id);
      if (k < 0) return;
      const t = slot.tasks.splice(k, 1)[0]!;
      if (slot.tasks.length === 0) worker.unref();
      if (m.ok) t.resolve(m.value as R);
      else t.reject(new Error(m.message ?? "the worker failed"));
      this.pump();
    });
    const fail = (why: string) => {
      const i = this.slots.indexOf(slot);
      if (i < 0) return; // already closed or replaced
      this.slots.splice(i, 1);
      const [t, ...waiting] = slot.tasks.splice(0);
      this.queue.unshift(...waiting); // never started: they run on another worker
      t?.reject(new WorkerCrashError(why));
      void worker.terminate();
      if (!this.closed) this.pump();
    };
    worker.on("error", (e: Error) => fail(`worker crashed: ${e?.message ?? String(e)}`));
    worker.on("exit", (code) => fail(`worker exited with code ${code}`));
    this.slots.push(slot);
    return slot;
  }
}
