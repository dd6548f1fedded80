// Worker thread for the extraction pool: `{id, payload: ExtractJob[]}` → `{id, ok, value: WorkerOutcome[]}`,
// one outcome per document of the batch, in order. Loads only the library (dist/index.js and its lexicons), never the CLI.
import { parentPort } from "node:worker_threads";
import { extractLarge } from "../input/chunk.js";
import { extractJob, type ExtractJob, type WorkerOutcome } from "./extract.js";

const port = parentPort;
if (!port) throw new Error("parallel/worker.js must run in a worker thread");
port.on("message", (m: { id: number; payload: ExtractJob[] }) => {
  const value: WorkerOutcome[] = m.payload.map((job) => extractJob(extractLarge, job));
  port.postMessage({ id: m.id, ok: true, value });
});
// loaded (the lexicons too): a pool started ahead of need may hand this worker documents now
port.postMessage({ ready: true });
