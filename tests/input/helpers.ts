// Shared helpers for the input tests: collect a generator, make throwaway folders.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { readInputs } from "../../src/input/read.js";
import type { InputDocument, InputOptions } from "../../src/input/types.js";

export async function readAll(paths: string[], opts: InputOptions = {}): Promise<InputDocument[]> {
  const out: InputDocument[] = [];
  for await (const d of readInputs(paths, opts)) out.push(d);
  return out;
}

export function tempDir(): { dir: string; done(): void } {
  const dir = mkdtempSync(join(tmpdir(), "wazir-input-"));
  return { dir, done: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A readable that yields the given chunks (to stand in for stdin). */
export function streamOf(...chunks: (string | Buffer)[]): Readable {
  return Readable.from(chunks.map((c) => (typeof c === "string" ? Buffer.from(c) : c)));
}

export const isRoot = process.getuid?.() === 0;
