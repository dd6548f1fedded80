// Neutralize characters from documents that could act on a terminal (first version; see SECURITY.md).
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
export function sanitizeForTerminal(s: string): string {
  return s.replace(UNSAFE, "\ufffd");
}
