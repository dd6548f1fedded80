// Vitest global setup: compile src/ to dist/ once before any test runs, so tests that spawn
// `node bin/extract.js` exercise the current sources. Type errors are reported but do not stop the
// run (tsc still emits; `npm run typecheck` is the place that fails on them). WAZIR_SKIP_BUILD=1 skips.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export default function setup(): void {
  if (process.env.WAZIR_SKIP_BUILD === "1") return;
  const root = fileURLToPath(new URL("../..", import.meta.url));
  const tsc = fileURLToPath(new URL("../../node_modules/typescript/bin/tsc", import.meta.url));
  const r = spawnSync(process.execPath, [tsc, "-p", "tsconfig.json"], { cwd: root, encoding: "utf8" });
  if (r.status !== 0) {
    process.stderr.write(`tests/setup/build.ts: tsc reported errors (dist/ emitted anyway):\n${(r.stdout + r.stderr).slice(0, 4000)}\n`);
  }
  if (!existsSync(new URL("../../dist/cli/main.js", import.meta.url))) throw new Error("build failed: dist/cli/main.js missing");
}
