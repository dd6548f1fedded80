// Fallback when /usr/bin/time is missing: run the CLI in this process and, at exit, write
// process.resourceUsage() (whole process: every thread's CPU, peak RSS) to $WAZIR_BENCH_USAGE.
//   WAZIR_BENCH_USAGE=/tmp/u.json node bench/wrap.mjs bin/extract.js <args…>
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [bin, ...args] = process.argv.slice(2);
const t0 = performance.now();
process.argv = [process.argv[0], resolve(bin), ...args];
process.on("exit", () => {
  const ru = process.resourceUsage();
  if (process.env.WAZIR_BENCH_USAGE) {
    writeFileSync(process.env.WAZIR_BENCH_USAGE, JSON.stringify({ wallMs: performance.now() - t0, userMs: ru.userCPUTime / 1000, sysMs: ru.systemCPUTime / 1000, maxRssKb: ru.maxRSS }));
  }
});
await import(pathToFileURL(resolve(bin)).href);
