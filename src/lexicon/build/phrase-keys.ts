// Writes dist/lexicon/phrase-keys.json: the key (normalized tokens) of every phrase the lexicons
// add at load, so that start-up looks keys up instead of normalizing some 9,000 phrases. Run by
// `npm run build` after tsc. The table records the sources of the code that computes keys and is
// ignored when they change; without it keys are computed as before (tests/lexicon/phrase-keys.test.ts
// checks that the table equals the computed keys).
//
//   npx tsc -p tsconfig.json && node dist/lexicon/build/phrase-keys.js
import { rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const out = new URL("../phrase-keys.json", import.meta.url);
// a table from an earlier build would answer instead of computing: record from scratch
rmSync(out, { force: true });
const { recordPhraseKeys } = await import("../gazetteer.js");
const table = recordPhraseKeys();
// the lexicons an Arabic run loads (the English ones are built when an English document comes)
await import("../../extract/pipeline.js");
writeFileSync(out, JSON.stringify(table()));
console.log(`wrote ${fileURLToPath(out)}`);
