// A per-token table of which a document sets few slots (the tokens a person or organization reference
// starts at or covers), reused from one document to the next like ReusedSlots (reused.ts); but a reset
// forgets only the slots the last document set, instead of clearing one slot per token.

export class SparseSlots<T> {
  private slots: Array<T | undefined> = [];
  /** The slots set since the last reset, in written[0 … count) (a slot may be listed more than once). */
  private readonly written: number[] = [];
  /** (The list keeps its length from one document to the next: emptying an array frees its store.) */
  private count = 0;

  /** The table for a document of `n` slots, every slot undefined (also past n). Valid until the next reset. */
  reset(n: number): Array<T | undefined> {
    const slots = this.slots;
    const written = this.written;
    for (let k = 0; k < this.count; k++) slots[written[k]!] = undefined;
    this.count = 0;
    if (n > slots.length) this.slots = new Array<T | undefined>(Math.max(n, 2 * slots.length)).fill(undefined);
    return this.slots;
  }

  /** Sets slot k (k below the n of the last reset) of the table reset returned. */
  set(k: number, value: T): void {
    this.slots[k] = value;
    if (this.count < this.written.length) this.written[this.count] = k;
    else this.written.push(k);
    this.count++;
  }
}
