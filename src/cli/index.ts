// The CLI as a function: argv → exit code. Option parsing loads nothing heavy, so --help, --version
// and usage errors answer at once; the extraction pipeline is imported only for a real run.
import { readFileSync } from "node:fs";
import { parseArgs } from "./options.js";
import type { CliIO } from "./run.js";

export type { CliIO } from "./run.js";

export function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version?: string };
    return pkg.version ?? "0.0.0";
  } catch {
    return "0.0.0";
  }
}

/** argv (without node and script) → exit code (0 ok, 1 some input unreadable, 2 usage error). */
export async function main(argv: string[], io: CliIO = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env }): Promise<number> {
  // A reader that goes away (`extract --help | head -1`) must not crash us with an unhandled EPIPE;
  // run() watches stdout itself to stop early.
  const ignore = () => {};
  io.stdout.on("error", ignore);
  io.stderr.on("error", ignore);
  const parsed = parseArgs(argv, packageVersion(), {
    stdout: (s) => { io.stdout.write(s); },
    stderr: (s) => { io.stderr.write(s); },
  });
  if ("exitCode" in parsed) return parsed.exitCode;
  try {
    const { run } = await import("./run.js");
    return await run(parsed.options, io);
  } catch (e) {
    // a bug, not a user error: one line, the stack only on request
    const msg = String((e as Error)?.message ?? e).replace(/[\u0000-\u001f\u007f-\u009f]/g, " ");
    io.stderr.write(`extract: internal error: ${msg}\n`);
    if (io.env.WAZIR_DEBUG) io.stderr.write(String((e as Error)?.stack) + "\n");
    return 1;
  }
}
