// What input readers hand to the pipeline: one decoded document at a time.
import type { DocumentError } from "../types.js";

export interface InputDocument {
  /** Path as given ("-" for stdin; the record id, or "<path>:<line>", for JSON Lines input). */
  file: string;
  /** Decoded text, or null when the input could not be read (then `errors` says why). */
  text: string | null;
  /** Why the document could not be read: ENOENT, EACCES, ELOOP, ENOTREG, EBINARY, ETOOBIG, EJSONL, … */
  errors: DocumentError[];
  /** Read, but with a caveat: EDECODE (invalid bytes replaced by U+FFFD), EJSONL (odd id). */
  warnings: DocumentError[];
  /** Encoding the bytes were decoded with ("utf-8", "utf-16le", "windows-1256", …), when read. */
  encoding?: string;
  /** Size in bytes of the raw document (the JSON line for JSON Lines), when known. */
  bytes?: number;
}

export interface InputOptions {
  /** "text" (files, folders, stdin), "jsonl" (records) or "conll" (read and decoded like "text"). */
  input?: "text" | "jsonl" | "conll";
  /** Force a decoding instead of detecting it ("utf-8", "utf-16le", "windows-1256", "iso-8859-6"; "auto" = detect). */
  encoding?: string;
  /** Reject documents (JSON Lines: lines) larger than this many bytes. Default DEFAULT_MAX_BYTES (256 MiB); Infinity = no limit. */
  maxBytes?: number;
  /** JSON Lines: the field holding the text (default "text") and the id (default "id"). */
  textField?: string;
  idField?: string;
  /** Readable used for "-" (default process.stdin). */
  stdin?: NodeJS.ReadableStream;
  /** Folders: also read entries whose name starts with "." (default false: .git, .DS_Store… are not inputs). */
  hidden?: boolean;
  /** Folders: read only files with these extensions (e.g. ["txt", "md"]); default every file (binary ones get EBINARY). */
  extensions?: string[];
}
