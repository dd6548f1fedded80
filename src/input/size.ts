// How much input a run has ahead of it, when the paths tell: the parallel runner starts workers only
// for runs long enough to repay them (src/parallel/extract.ts, MIN_REMAINING_MS).
import type { Dirent } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";

/** Files stat'ed at once while a folder is summed. */
const STAT_BATCH = 64;

/**
 * Total bytes of the regular files that `paths` name, folders summed through (their real
 * subfolders, not symbolic links to folders), or `cap` as soon as the total reaches it: a run that
 * long has no need of the exact figure. Undefined when a path is standard input or another stream
 * (its size is unknown). An unreadable path or entry adds nothing: reading it will report it.
 */
export async function inputsSize(paths: string[], cap: number): Promise<number | undefined> {
  let total = 0;
  const addFolder = async (dir: string): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    const files: string[] = [];
    for (const e of entries) {
      if (total >= cap) return;
      if (e.isDirectory()) await addFolder(join(dir, e.name));
      else if (e.isFile() || e.isSymbolicLink()) files.push(join(dir, e.name));
    }
    for (let i = 0; i < files.length && total < cap; i += STAT_BATCH) {
      const sizes = await Promise.all(files.slice(i, i + STAT_BATCH).map((f) => stat(f).then((st) => (st.isFile() ? st.size : 0), () => 0)));
      for (const size of sizes) total += size;
    }
  };
  for (const p of paths) {
    if (p === "-") return undefined;
    const st = await stat(p).catch(() => null);
    if (st === null) continue;
    if (st.isFile()) total += st.size;
    else if (st.isDirectory()) await addFolder(p);
    else return undefined; // a FIFO, a device, a socket
    if (total >= cap) return cap;
  }
  return total;
}
