// Spawn the built CLI (dist/ is built once by tests/setup/build.ts).
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const BIN = "bin/extract.js";

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

const cache = new Map<string, Run>();

/** Run `node bin/extract.js …args` in the project root with a clean colour environment (memoized:
 * the same arguments, input and environment give the same output, and spawning is the slow part). */
export function cli(args: string[], opts: { input?: string; env?: Record<string, string | undefined>; cwd?: string } = {}): Run {
  const key = JSON.stringify([args, opts]);
  let r = cache.get(key);
  if (!r) cache.set(key, (r = spawnCli(args, opts)));
  return r;
}

/** Like `cli`, never memoized. */
export function spawnCli(args: string[], opts: { input?: string; env?: Record<string, string | undefined>; cwd?: string } = {}): Run {
  const env: Record<string, string | undefined> = { ...process.env };
  for (const k of ["NO_COLOR", "FORCE_COLOR", "COLUMNS", "TERM", "COLORTERM"]) delete env[k];
  Object.assign(env, opts.env ?? {});
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const r: SpawnSyncReturns<string> = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT, env: env as NodeJS.ProcessEnv, input: opts.input ?? "", encoding: "utf8", maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Run a shell pipeline in the project root (for `| head -1`). */
export function sh(command: string, env: Record<string, string> = {}): Run {
  const r = spawnSync("sh", ["-c", command], { cwd: ROOT, env: { ...process.env, ...env }, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
