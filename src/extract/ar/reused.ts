// Per-document tables and values, reused from one document to the next. The Arabic rules read one
// document at a time, synchronously; a new array sized by the token count for each document and each
// table was a large part of what they allocated (and of the collector's work). A reused table is
// cleared over the slots the last document used, so every slot reads as in a new table: undefined
// (ReusedSlots) or 0 (ReusedBytes), also past the n asked for. A table is valid until its next reset:
// keep none across documents.

/** One slot per token holding a T, or undefined. */
export class ReusedSlots<T> {
  private slots: Array<T | undefined> = [];
  /** Slots the last reset asked for (cleared by the next one). */
  private used = 0;

  /** The table for a document of `n` slots, every slot undefined. */
  reset(n: number): Array<T | undefined> {
    if (n > this.slots.length) this.slots = new Array<T | undefined>(Math.max(n, 2 * this.slots.length)).fill(undefined);
    else this.slots.fill(undefined, 0, Math.max(this.used, n));
    this.used = n;
    return this.slots;
  }

  /**
   * The table for a document of `n` slots that the caller sets, every one of them, before reading
   * any: only the slots after them are cleared.
   */
  forFill(n: number): Array<T | undefined> {
    if (n > this.slots.length) this.slots = new Array<T | undefined>(Math.max(n, 2 * this.slots.length)).fill(undefined);
    else if (this.used > n) this.slots.fill(undefined, n, this.used);
    this.used = n;
    return this.slots;
  }
}

/** One number per token in a typed array, 0 until set. */
class ReusedZeros<A extends Uint8Array<ArrayBuffer> | Int32Array<ArrayBuffer>> {
  private table: A;
  private used = 0;

  constructor(private readonly make: (n: number) => A) {
    this.table = make(0);
  }

  /** The table for a document of `n` slots, every slot 0. */
  reset(n: number): A {
    if (n > this.table.length) this.table = this.make(Math.max(n, 2 * this.table.length));
    else this.table.fill(0, 0, Math.max(this.used, n));
    this.used = n;
    return this.table;
  }
}

/** One byte per token, 0 until set. */
export class ReusedBytes extends ReusedZeros<Uint8Array<ArrayBuffer>> {
  constructor() {
    super((n) => new Uint8Array(n));
  }
}

/** One 32-bit integer per token, 0 until set. */
export class ReusedInts extends ReusedZeros<Int32Array<ArrayBuffer>> {
  constructor() {
    super((n) => new Int32Array(n));
  }
}

/** A list of token indices (or other small integers), refilled for each document. */
export class ReusedIndices {
  private items = new Int32Array(0);

  /** Room for `n` entries: the array to fill from its start (entries past those filled are stale). */
  room(n: number): Int32Array {
    if (n > this.items.length) this.items = new Int32Array(Math.max(n, 2 * this.items.length));
    return this.items;
  }
}

/**
 * A value computed once for the document being read (the last one asked about), instead of a
 * WeakMap entry per document, which the collector must clear as an ephemeron.
 */
export class PerDocument<D extends object, T> {
  private doc: D | null = null;
  private value: T | undefined = undefined;

  constructor(private readonly compute: (doc: D) => T) {}

  of(doc: D): T {
    if (this.doc !== doc) {
      this.value = this.compute(doc);
      this.doc = doc;
    }
    return this.value as T;
  }
}
