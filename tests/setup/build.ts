// Vitest global setup: compile src/ to dist/ (and the CLI's start-up snapshot) before the tests, so
// tests that spawn `node bin/extract.js` or `bin/extract.js` exercise the current sources. Skipped
// when dist/ is already newer than every file in src/ (many test runs share one tree). Type errors
// are reported but do not stop the run (tsc still emits; `npm run typecheck` is where they fail).
// WAZIR_SKIP_BUILD=1 skips the build.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

export default function setup(): void {
  if (process.env.WAZIR_SKIP_BUILD === "1") return;
  const root = fileURLToPath(new URL("../..", import.meta.url));
  const stamp = join(root, "dist", ".tests-build-stamp");
  const fresh = existsSync(stamp) && existsSync(join(root, "dist/cli/main.js"))
    && statSync(stamp).mtimeMs > Math.max(newest(join(root, "src")), statSync(join(root, "tsconfig.json")).mtimeMs);
  if (!fresh) {
    const started = Date.now();
    const tsc = join(root, "node_modules/typescript/bin/tsc");
    const r = spawnSync(process.execPath, [tsc, "-p", "tsconfig.json"], { cwd: root, encoding: "utf8" });
    if (r.status !== 0) process.stderr.write(`tests/setup/build.ts: tsc reported errors (dist/ emitted anyway):\n${(r.stdout + r.stderr).slice(0, 4000)}\n`);
    // the start-up snapshot bin/extract.js runs from (src/cli/snapshot), built from this dist/
    const snap = spawnSync(process.execPath, [join(root, "dist/cli/snapshot/build.js")], { cwd: root, encoding: "utf8" });
    if (snap.status !== 0) process.stderr.write(`tests/setup/build.ts: the start-up snapshot failed to build:\n${snap.stderr.slice(-4000)}\n`);
    if (existsSync(join(root, "dist"))) {
      // dated when the build started: a source saved during the build makes the next run rebuild
      writeFileSync(stamp, new Date(started).toISOString() + "\n");
      utimesSync(stamp, started / 1000, started / 1000);
    }
  }
  if (!existsSync(join(root, "dist/cli/main.js"))) throw new Error("build failed: dist/cli/main.js missing");
}
