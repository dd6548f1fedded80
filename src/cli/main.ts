// Entry point used by bin/extract.js: options → run → exit code. Never process.exit(): output drains.
import { setFlagsFromString } from "node:v8";
import { main } from "./index.js";

// A batch run keeps little alive between documents (the lexicons, about 35 MB with the English
// model), but V8 lets the old generation grow to about four times what survived the last full
// collection before it collects again. Growing it by 30% instead keeps an English or mixed run at
// about 155 MB instead of 230 MB, and costs no measurable time (bench/RESULTS.md). V8 reads this
// setting at every collection, so it takes effect here; the library leaves its host's heap alone.
setFlagsFromString("--heap-growing-percent=30");

process.exitCode = await main(process.argv.slice(2));
