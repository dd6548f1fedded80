// Runs extract() over fixtures/en/texts and writes the JSON array score.mjs reads with --pred.
//   npx tsc -p tsconfig.json && node -e 'import("./tests/helpers/en-pred.ts")'  (or from a test)
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { DocumentResult, ExtractOptions } from "../../src/types.js";

export const EN_TEXTS = "fixtures/en/texts";
export const EN_GOLD = "fixtures/en/gold";

export function predictEnglish(extract: (text: string, o?: ExtractOptions) => DocumentResult, dir = EN_TEXTS): DocumentResult[] {
  return readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()
    .map((f) => extract(readFileSync(join(dir, f), "utf8"), { file: join(dir, f) }));
}

export function writePredictions(extract: (text: string, o?: ExtractOptions) => DocumentResult, out: string, dir = EN_TEXTS): DocumentResult[] {
  const docs = predictEnglish(extract, dir);
  writeFileSync(out, JSON.stringify(docs));
  return docs;
}
