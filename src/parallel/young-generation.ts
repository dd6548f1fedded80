// A cap on this thread's young generation, set at run time.
//
// V8 sizes the young generation of the main thread by the machine's memory: on 64-bit Linux it
// grows to two 16 MB semi-spaces, about 34 MB of resident memory for objects that live less than a
// document. Extraction runs as fast with 8 MB semi-spaces (10 MB of Arabic news: 6.55 s against
// 6.93 s) and 14-17 MB less peak RSS. `--max-semi-space-size` can only be given when the process
// starts, but V8 reads `--semi-space-growth-factor` each time it grows the new space: so the run
// lets the new space grow (factor 2, V8's default) until it reaches the cap, and holds it there
// (factor 1) while it is that big. The flag is process-wide, so the cap is released before worker
// threads start: their young generation is bounded by their own resource limits.
import { getHeapSpaceStatistics, setFlagsFromString } from "node:v8";

/** V8's own growth factor (the default of `--semi-space-growth-factor`). */
const DEFAULT_GROWTH = 2;

/** The size of the new space (both semi-spaces), in bytes. */
function newSpaceBytes(): number {
  for (const s of getHeapSpaceStatistics()) if (s.space_name === "new_space") return s.space_size;
  return 0;
}

export class YoungGenerationCap {
  private growing = true;
  private released = false;

  /**
   * `semiSpaceMb`: the largest semi-space to grow to (the new space holds two). The new space is held
   * at its size until the first check: what is allocated before the first document (the lexicons,
   * a folder's listing) lives long, and its burst would otherwise grow the new space past the cap.
   */
  constructor(private readonly semiSpaceMb: number) {
    this.setGrowth(false);
  }

  /** Call between documents: stops the new space's growth once it has reached the cap, and lets it grow again if V8 shrank it. */
  check(): void {
    if (this.released) return;
    const grow = newSpaceBytes() < 2 * this.semiSpaceMb * 1024 * 1024;
    if (grow !== this.growing) this.setGrowth(grow);
  }

  /** Give the new space back its default growth (before other threads start, or when the run ends). */
  release(): void {
    if (!this.growing) this.setGrowth(true);
    this.released = true;
  }

  private setGrowth(grow: boolean): void {
    setFlagsFromString(`--semi-space-growth-factor=${grow ? DEFAULT_GROWTH : 1}`);
    this.growing = grow;
  }
}
