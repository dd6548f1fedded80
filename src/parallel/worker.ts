// Worker thread for the extraction pool: `{id, payload: {text, options}}` → `{id, ok, value: DocumentResult}`.
// Loads only the library (dist/index.js and its lexicons), never the CLI.
import { parentPort } from "node:worker_threads";
import { extractLarge } from "../input/chunk.js";
import type { ExtractJob } from "./extract.js";

const port = parentPort;
if (!port) throw new Error("parallel/worker.js must run in a worker thread");
port.on("message", (m: { id: number; payload: ExtractJob }) => {
  try {
    port.postMessage({ id: m.id, ok: true, value: extractLarge(m.payload.text, m.payload.options) });
  } catch (e) {
    port.postMessage({ id: m.id, ok: false, message: (e as Error)?.message ?? String(e) });
  }
});
