// What input readers hand to the pipeline: one decoded document at a time.
import type { DocumentError } from "../types.js";

export interface InputDocument {
  /** Path as given ("-" for stdin; the record id for JSON Lines input). */
  file: string;
  /** Decoded text, or null when the input could not be read. */
  text: string | null;
  errors: DocumentError[];
  warnings: DocumentError[];
}

export interface InputOptions {
  /** "text" (files, folders, stdin), "jsonl" (records) or "conll" (one token per line). */
  input?: "text" | "jsonl" | "conll";
  /** Force a decoding instead of detecting it ("utf-8", "utf-16le", "windows-1256", "iso-8859-6"). */
  encoding?: string;
  /** Reject documents larger than this many bytes. */
  maxBytes?: number;
  /** JSON Lines: the field holding the text (default "text") and the id (default "id"). */
  textField?: string;
  idField?: string;
  /** Readable used for "-" (default process.stdin). */
  stdin?: NodeJS.ReadableStream;
}
