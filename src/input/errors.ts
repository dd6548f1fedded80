// Clear, terminal-safe messages for everything that can go wrong while reading an input.
import type { DocumentError } from "../types.js";
import { sanitizeForTerminal } from "../output/sanitize.js";
import type { InputDocument } from "./types.js";

const REASONS: Record<string, string> = {
  ENOENT: "no such file or directory",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  ELOOP: "too many levels of symbolic links (a symlink loop)",
  ENOTDIR: "a part of the path is not a directory",
  ENAMETOOLONG: "file name too long",
  EISDIR: "is a directory",
  EIO: "input/output error",
  EMFILE: "too many open files",
  ENFILE: "too many open files in the system",
  ENXIO: "no such device or address",
  ENODEV: "no such device",
  EAGAIN: "resource temporarily unavailable",
  EBADF: "bad file descriptor (is the stream closed?)",
  ESTALE: "stale file handle",
  ERR_STRING_TOO_LONG: "the decoded text is too long for a JavaScript string",
};

/** "cannot read '<path>': <reason>", with the path made safe to print. */
export function cannotRead(file: string, reason: string): string {
  return `cannot read '${sanitizeForTerminal(file)}': ${sanitizeForTerminal(reason)}`;
}

export function errorOf(file: string, e: unknown): DocumentError {
  const err = e as NodeJS.ErrnoException;
  const code = typeof err?.code === "string" && err.code ? err.code : "EREAD";
  const reason = REASONS[code] ?? (err?.message ? String(err.message).replace(/^[A-Z_]+:\s*/, "").replace(/,\s*\w+\s+'.*'$/, "") : "unknown error");
  return { code: code === "ERR_STRING_TOO_LONG" ? "ETOOBIG" : code, message: cannotRead(file, reason) };
}

export function failed(file: string, code: string, reason: string, extra: Partial<InputDocument> = {}): InputDocument {
  return { file, text: null, errors: [{ code, message: cannotRead(file, reason) }], warnings: [], ...extra };
}

export function failedWith(file: string, e: unknown): InputDocument {
  return { file, text: null, errors: [errorOf(file, e)], warnings: [] };
}
