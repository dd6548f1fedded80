// Builds the CLI's start-up snapshot (see entry.ts) in dist/cli/snapshot/:
//   wazir.cjs   entry.js and the modules it imports in one script (rolldown; `npm run build`)
//   wazir.blob  the heap after running it (`node --build-snapshot`); valid only for this Node binary
//   wazir.key   "<node version> <package root>": bin/extract.js uses the blob only when both match
//
// `node dist/cli/snapshot/build.js` does all three; `--blob` only the last two, from the bundle
// already in dist/ (the package's postinstall: an installed package has no bundler). A blob that
// fails to build or to answer `--version` is not kept, and the command then runs as before.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
/** The package root (realpath, as bin/extract.js finds it with `pwd -P`). */
const root = realpathSync(fileURLToPath(new URL("../../..", import.meta.url)));
const SNAPSHOT_FILES = { bundle: `${here}/wazir.cjs`, blob: `${here}/wazir.blob`, key: `${here}/wazir.key` };

/** The text of wazir.key for this Node binary and this package. */
function snapshotKey(): string {
  return `${process.version} ${root}`;
}

/**
 * Bundle entry.js into wazir.cjs. Each module keeps its own `import.meta.url` (it finds its data,
 * the worker script and the English rules by it): in the bundle the expression becomes that
 * module's file URL, computed from the bundle's own location, so dist/ must stay beside it.
 */
export async function bundle(): Promise<void> {
  const { rolldown } = await import("rolldown");
  const dist = dirname(dirname(here));
  const build = await rolldown({
    input: `${here}/entry.js`,
    platform: "node",
    logLevel: "warn",
    plugins: [{
      name: "module-url",
      transform(code, id) {
        if (!id.startsWith(dist + sep) || !code.includes("import.meta.url")) return null;
        const rel = JSON.stringify(relative(here, id).split(sep).join("/"));
        return { code: code.replaceAll("import.meta.url", `new URL(${rel}, import.meta.url).href`) };
      },
    }],
  });
  await build.write({ file: SNAPSHOT_FILES.bundle, format: "cjs", codeSplitting: false });
  await build.close();
}

/** Build wazir.blob from wazir.cjs and check it; true when it is in place with its key. */
export function buildBlob(log: (s: string) => void = (s) => process.stderr.write(s + "\n")): boolean {
  const { bundle: script, blob, key } = SNAPSHOT_FILES;
  rmSync(key, { force: true }); // no key, no use: a half-built state is never run
  rmSync(blob, { force: true });
  if (!existsSync(script)) { log(`snapshot: ${script} is missing (run npm run build)`); return false; }
  const tmp = `${blob}.${process.pid}.tmp`;
  // built and checked with the flags bin/extract.js runs it with: none (V8 refuses a snapshot made
  // under other flags, and NODE_OPTIONS may carry some)
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  try {
    const made = spawnSync(process.execPath, ["--snapshot-blob", tmp, "--build-snapshot", script], { encoding: "utf8", env });
    if (made.status !== 0 || !existsSync(tmp)) {
      log(`snapshot: node --build-snapshot failed (the command will start without it):\n${(made.stderr ?? "").slice(-2000)}`);
      return false;
    }
    const version = (JSON.parse(readFileSync(`${root}/package.json`, "utf8")) as { version: string }).version;
    const probe = spawnSync(process.execPath, ["--snapshot-blob", tmp, "--", "--version"], { encoding: "utf8", env });
    if (probe.status !== 0 || probe.stdout.trim() !== version) {
      log(`snapshot: the built snapshot does not answer --version (got ${JSON.stringify(probe.stdout.slice(0, 200))}); not used`);
      return false;
    }
    renameSync(tmp, blob);
    writeFileSync(key, snapshotKey() + "\n");
    return true;
  } finally {
    rmSync(tmp, { force: true });
  }
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // a bundling error fails the build; a snapshot that cannot be made only costs start-up time
  if (!process.argv.includes("--blob")) await bundle();
  buildBlob();
}
