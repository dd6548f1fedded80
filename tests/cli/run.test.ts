// run() in-process with fake streams: closed pipes, terminals and the progress line.
import { describe, expect, it } from "vitest";
import { PassThrough, Readable, Writable } from "node:stream";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import stringWidth from "string-width";
import { main, type CliIO } from "../../src/cli/index.js";
import { errorLine, flushOnSignals, processDocuments, warningLine } from "../../src/cli/run.js";
import type { InputDocument } from "../../src/input/types.js";

function sink(tty = false): Writable & { text: string; isTTY?: boolean; columns?: number } {
  const w = new Writable({ write(chunk, _enc, cb) { w.text += String(chunk); cb(); } }) as Writable & { text: string; isTTY?: boolean };
  w.text = "";
  if (tty) w.isTTY = true;
  return w;
}

function io(over: Partial<CliIO> = {}): CliIO & { stdout: ReturnType<typeof sink>; stderr: ReturnType<typeof sink> } {
  const stdin = new PassThrough();
  stdin.end("");
  return { stdout: sink(), stderr: sink(), stdin, env: {}, ...over } as CliIO & { stdout: ReturnType<typeof sink>; stderr: ReturnType<typeof sink> };
}

function tempDocs(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), "wazir-run-"));
  for (let i = 0; i < n; i++) writeFileSync(join(dir, `${String(i).padStart(3, "0")}.txt`), `التقى وزير الخارجية نظيره في اليوم ${i}.\n`);
  return dir;
}

describe("run", () => {
  it("no paths and stdin a terminal: usage error 2, nothing on stdout", async () => {
    const stdin = Object.assign(new PassThrough(), { isTTY: true });
    const s = io({ stdin });
    expect(await main([], s)).toBe(2);
    expect(s.stdout.text).toBe("");
    expect(s.stderr.text).toMatch(/^extract: no input/);
  });

  it("stops at a closed pipe (EPIPE) and returns 0 without reading everything", async () => {
    // 300 JSON Lines records of ~16 KB served one per read: how many were pulled shows whether run()
    // stopped at the closed pipe
    let served = 0;
    const record = (i: number) => JSON.stringify({ id: `r${i}`, text: "وزير الخارجية ".repeat(1200) }) + "\n";
    const stdin = new Readable({ read() { this.push(served < 300 ? record(served++) : null); } });
    {
      // the reader goes away after the third write; the stream keeps accepting writes, so only
      // run() stopping keeps the count low
      let writes = 0;
      const stdout: Writable = new Writable({
        write(_c, _e, cb) {
          if (++writes === 3) setImmediate(() => stdout.emit("error", Object.assign(new Error("write EPIPE"), { code: "EPIPE" })));
          cb();
        },
      });
      const s = io({ stdout, stdin });
      const code = await main(["--input", "jsonl", "--format", "jsonl"], s);
      expect(code).toBe(0);
      expect(s.stderr.text).toBe("");
      expect(writes).toBe(3);
      expect(served).toBeLessThan(150);
    }
  });

  it("shows a progress line on a terminal stderr for a large run with redirected stdout, and not with --quiet", async () => {
    const dir = tempDocs(60);
    try {
      const loud = io({ stderr: sink(true) });
      expect(await main([dir, "--format", "jsonl"], loud)).toBe(0);
      expect(loud.stderr.text).toMatch(/extract: \d+ documents/);
      expect(loud.stdout.text.trimEnd().split("\n")).toHaveLength(60);
      const quiet = io({ stderr: sink(true) });
      await main([dir, "--format", "jsonl", "--quiet"], quiet);
      expect(quiet.stderr.text).toBe("");
      const notty = io();
      await main([dir, "--format", "jsonl"], notty);
      expect(notty.stderr.text).toBe("");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("colours the table on a terminal unless NO_COLOR", async () => {
    const tty = () => Object.assign(sink(true), { columns: 90 });
    const a = io({ stdout: tty(), env: {} });
    const stdinA = new PassThrough(); stdinA.end("وزير الداخلية أنس خطاب");
    await main(["-"], { ...a, stdin: stdinA });
    expect(a.stdout.text).toContain("\u001b[");
    const b = io({ stdout: tty(), env: { NO_COLOR: "1" } });
    const stdinB = new PassThrough(); stdinB.end("وزير الداخلية أنس خطاب");
    await main(["-"], { ...b, stdin: stdinB });
    expect(b.stdout.text).not.toContain("\u001b");
    expect(new Set(b.stdout.text.trimEnd().split("\n").map((l) => stringWidth(l)))).toEqual(new Set([90]));
  });

  it("processDocuments keeps input order and turns an unreadable input into a result with errors", async () => {
    async function* docs(): AsyncGenerator<InputDocument> {
      yield { file: "a", text: "نص", errors: [], warnings: [] };
      yield { file: "b", text: null, errors: [{ code: "ENOENT", message: "cannot read 'b': no such file or directory" }], warnings: [] };
      yield { file: "c", text: "text", errors: [], warnings: [{ code: "EDECODE", message: "'c': 1 invalid byte sequence" }] };
    }
    const out = [];
    for await (const p of processDocuments(docs(), { knowledge: true, lang: "auto" })) out.push(p);
    expect(out.map((p) => p.result.file)).toEqual(["a", "b", "c"]);
    expect(out[1]!.result.errors).toHaveLength(1);
    expect(out[1]!.result.ministers).toEqual([]);
    expect(out[2]!.result.warnings).toEqual([{ code: "EDECODE", message: "'c': 1 invalid byte sequence" }]);
  });

  it("error and warning lines name the path once", () => {
    expect(errorLine("b", { code: "ENOENT", message: "cannot read 'b': no such file or directory" }, true)).toBe("extract: cannot read 'b': no such file or directory");
    expect(errorLine("x\u001b", { code: "ENOENT", message: "ENOENT: no such file or directory, open 'x'" }, true)).toBe("extract: cannot read 'x\\u{1B}': no such file or directory");
    expect(warningLine("c", { code: "EDECODE", message: "'c': bad bytes" })).toBe("extract: warning: 'c': bad bytes");
    expect(warningLine("c", { code: "X", message: "odd" })).toBe("extract: warning: 'c': odd");
  });
});

describe("flushOnSignals", () => {
  it("writes what is held, then ends as the signal says, once; and lets go when the run is over", () => {
    const listeners = process.listenerCount("SIGTERM");
    const calls: string[] = [];
    const unhook = flushOnSignals(() => calls.push("flush"), (s) => calls.push(`raise ${s}`));
    process.emit("SIGINT", "SIGINT");
    process.emit("SIGINT", "SIGINT"); // (the handler is gone after the first: the raised signal ends the process)
    expect(calls).toEqual(["flush", "raise SIGINT"]);
    unhook();
    const after: string[] = [];
    const unhook2 = flushOnSignals(() => after.push("flush"), (s) => after.push(`raise ${s}`));
    unhook2();
    expect(process.listenerCount("SIGTERM")).toBe(listeners);
    expect(after).toEqual([]);
  });
});
