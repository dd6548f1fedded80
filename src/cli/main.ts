// The CLI process's entry: `start` is what bin/extract.js (and the start-up snapshot, src/cli/snapshot)
// runs. Importing this module does nothing by itself. Never process.exit(): output drains.
import { setFlagsFromString } from "node:v8";
import { main } from "./index.js";

/**
 * Run the CLI in this process: argv (without node and script) → process.exitCode.
 *
 * A batch run keeps little alive between documents (the lexicons, about 35 MB with the English
 * model), but V8 lets the old generation grow to about four times what survived the last full
 * collection before it collects again. Growing it by 30% instead keeps an English or mixed run at
 * about 155 MB instead of 230 MB, and costs no measurable time (bench/RESULTS.md). V8 reads this
 * setting at every collection, so it takes effect here; the library leaves its host's heap alone.
 * V8 flags are process state, not heap state: a process started from the snapshot sets it here too.
 * Once workers run, run.ts lets it grow further (WORKERS_HEAP_GROWING_PERCENT).
 */
export async function start(argv: string[]): Promise<void> {
  setFlagsFromString("--heap-growing-percent=30");
  process.exitCode = await main(argv);
}
