// wazir's library API: `extract(text, options)` → one DocumentResult.
export type * from "./types.js";
import type { DocumentResult, ExtractOptions } from "./types.js";
import { extractDocument } from "./extract/pipeline.js";

/** Extract every kind of fact from one document's text. Pure and deterministic. */
export function extract(text: string, options: ExtractOptions = {}): DocumentResult {
  return extractDocument(text, options);
}

export { makeDoc } from "./text/document.js";
export { normalize, normKey } from "./text/normalize.js";
export { extractLarge } from "./input/chunk.js";
