// Worker thread for the extraction pool: `{id, payload: ExtractJob[]}` → `{id, ok, value: WorkerOutcome[]}`,
// one outcome per document of the batch, in order. Loads only the library (dist/index.js and its lexicons), never the CLI.
import { parentPort } from "node:worker_threads";
import { extractLarge } from "../input/chunk.js";
import { documentJson, resultCounts } from "../output/json.js";
import { addNotes, type ExtractJob, type WorkerOutcome } from "./extract.js";

const port = parentPort;
if (!port) throw new Error("parallel/worker.js must run in a worker thread");
port.on("message", (m: { id: number; payload: ExtractJob[] }) => {
  const value: WorkerOutcome[] = m.payload.map((job) => {
    try {
      const result = extractLarge(job.text, job.options);
      if (!job.write) return { result };
      const r = addNotes(result, job.write.notes);
      const json = documentJson(r, job.write.indent);
      return { written: { file: r.file, language: r.language, warnings: r.warnings, errors: r.errors, json, indent: job.write.indent, counts: resultCounts(r) } };
    } catch (e) {
      return { error: (e as Error)?.message ?? String(e) };
    }
  });
  port.postMessage({ id: m.id, ok: true, value });
});
