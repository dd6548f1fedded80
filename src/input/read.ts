// Files, folders (recursive, sorted) and stdin, yielded one document at a time.
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import type { InputDocument, InputOptions } from "./types.js";

async function readStream(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === "string" ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks);
}

function decode(buf: Buffer): string {
  let s = new TextDecoder("utf-8").decode(buf);
  if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
  return s;
}

async function* walk(path: string): AsyncGenerator<string> {
  const entries = await readdir(path, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = join(path, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (e.isFile() && /\.(txt|text|md)$/i.test(e.name)) yield p;
  }
}

export async function* readInputs(paths: string[], opts: InputOptions = {}): AsyncGenerator<InputDocument> {
  for (const path of paths) {
    if (path === "-") {
      yield { file: "-", text: decode(await readStream(opts.stdin ?? process.stdin)), errors: [], warnings: [] };
      continue;
    }
    try {
      const st = await stat(path);
      if (st.isDirectory()) {
        for await (const f of walk(path)) yield { file: f, text: decode(await readFile(f)), errors: [], warnings: [] };
      } else {
        yield { file: path, text: decode(await readFile(path)), errors: [], warnings: [] };
      }
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      yield { file: path, text: null, errors: [{ code: err.code ?? "EREAD", message: err.message }], warnings: [] };
    }
  }
}
