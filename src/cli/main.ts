// The CLI process's entry: `start` is what bin/extract.js (and the start-up snapshot, src/cli/snapshot)
// runs. Importing this module does nothing by itself. Never process.exit(): output drains.
import { setFlagsFromString } from "node:v8";
import { main } from "./index.js";

/**
 * Bytecode TurboFan may inline into one optimized function (V8's default: 920). The rule modules are
 * many mid-sized functions that call each other, so at the default each optimization inlines deep
 * call trees: 10 MB of Arabic news spent ~3 s of CPU compiling on the second core, and every worker
 * thread pays that again. At 120: 10 MB took 8.0 s of CPU against 9.4 s, with warm extraction as fast
 * (0.41-0.46 against 0.47-0.56 CPU s per MB). Like every V8 flag, process-wide: workers compile so too.
 */
const INLINED_BYTECODE_BUDGET = 120;

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
  setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINED_BYTECODE_BUDGET}`);
  process.exitCode = await main(argv);
}
