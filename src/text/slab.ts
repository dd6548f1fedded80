// Int32 arrays for per-document tables (normalize's offset map, a document's sentence of each
// token, its word flags), carved out of shared 256 KB blocks. A typed array of its own costs a
// native allocation, a zero fill and GC bookkeeping for its backing store (~8,000 instructions
// for a few KB, measured with callgrind: most of what normalize cost), while a view on a block
// costs ~200. A block stays in memory while any array carved from it does: a document kept
// alive keeps at most one block (a large array gets a buffer of its own).

const BLOCK_INTS = 1 << 16;
/** Longest array carved from a block: a longer one gets its own buffer. */
export const MAX_SLAB_INTS = BLOCK_INTS >> 3;
/**
 * Each block starts with the ints 0, 1, 2, … SLAB_RAMP - 1, never handed out: normalize copies its
 * offset map's runs from there (copyWithin, one native call per run, instead of a store per unit).
 */
export const SLAB_RAMP = (MAX_SLAB_INTS >> 1) + 2;

/** The ramp itself, copied into each new block in one native call. */
const RAMP = new Int32Array(SLAB_RAMP);
for (let i = 0; i < SLAB_RAMP; i++) RAMP[i] = i;

let block: Int32Array<ArrayBuffer> = new Int32Array(0);
let used = 0;

/**
 * Room for `count` ints (at most MAX_SLAB_INTS), never handed out before and still zero: the
 * block that holds it (slabBlock, with its ramp: SLAB_RAMP) and the offset of its first int there.
 * The room is the caller's; it makes its arrays with slabView.
 */
export function slabReserve(count: number): number {
  if (used + count > block.length) {
    block = new Int32Array(BLOCK_INTS);
    block.set(RAMP);
    used = SLAB_RAMP;
  }
  const at = used;
  used += count;
  return at;
}

/** The block slabReserve reserved in last. */
export function slabBlock(): Int32Array<ArrayBuffer> {
  return block;
}

/** An Int32Array of `length` ints at `offset` of `within` (a block, or an array of its own). */
export function slabView(within: Int32Array<ArrayBuffer>, offset: number, length: number): Int32Array<ArrayBuffer> {
  if (offset === 0 && length === within.length) return within;
  return new Int32Array(within.buffer, within.byteOffset + offset * 4, length);
}

/** A zeroed Int32Array of `length` ints for a per-document table, from a block when it is short. */
export function slabInts(length: number): Int32Array<ArrayBuffer> {
  if (length > MAX_SLAB_INTS) return new Int32Array(length);
  const at = slabReserve(length);
  return new Int32Array(block.buffer, at * 4, length);
}
