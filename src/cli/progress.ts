// A progress line on stderr for long runs. Shown only when stderr is a terminal, stdout is not (so it
// never interleaves with results drawn on the same screen), --quiet is off, and the run turns out to
// be large (many documents or many bytes). The total is unknown while streaming, so it counts.
import { createRequire } from "node:module";
import type cliProgressType from "cli-progress";

// cli-progress is loaded only when a bar is drawn (start-up of ordinary runs stays small).
const loadCliProgress = (): typeof cliProgressType => createRequire(import.meta.url)("cli-progress") as typeof cliProgressType;

export const PROGRESS_MIN_DOCUMENTS = 50;
export const PROGRESS_MIN_BYTES = 8 * 1024 * 1024;

export class Progress {
  private bar: cliProgressType.SingleBar | null = null;
  private docs = 0;
  private bytes = 0;
  private readonly started = Date.now();

  constructor(private readonly enabled: boolean, private readonly stream: NodeJS.WritableStream = process.stderr) {}

  tick(bytes: number): void {
    if (!this.enabled) return;
    this.docs++;
    this.bytes += bytes;
    const payload = {
      mb: (this.bytes / 1024 / 1024).toFixed(1),
      rate: (this.docs / Math.max(0.001, (Date.now() - this.started) / 1000)).toFixed(0),
    };
    if (!this.bar) {
      if (this.docs < PROGRESS_MIN_DOCUMENTS && this.bytes < PROGRESS_MIN_BYTES) return;
      this.bar = new (loadCliProgress().SingleBar)({
        stream: this.stream,
        format: "extract: {value} documents · {mb} MB · {rate} documents/s",
        clearOnComplete: true,
        hideCursor: false,
        fps: 5,
      });
      this.bar.start(0, this.docs, payload);
      return;
    }
    this.bar.update(this.docs, payload);
  }

  /** Print a line on the same stream without garbling the progress line (it redraws on the next tick). */
  log(line: string): void {
    this.stream.write((this.bar ? "\r\u001b[2K" : "") + line + "\n");
  }

  stop(): void {
    this.bar?.stop();
    this.bar = null;
  }
}
