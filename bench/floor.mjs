#!/usr/bin/env node
// The floor: the least any extractor must do. Reads the corpus, decodes UTF-8, NFC-normalizes,
// tokenizes and looks every token up in a Map; prints {documents, bytes, ms, tokens, hits} as JSON.
//
//   node bench/floor.mjs <corpus.jsonl | folder>
import { createReadStream, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const TOKEN_RE = /\p{L}+|\p{N}+|[^\s\p{L}\p{N}]/gu;
// a lexicon of a realistic size: every distinct word of the first documents, then synthetic keys
const lexicon = new Map();
let tokens = 0;
let hits = 0;

function pass(text) {
  const t = text.normalize("NFC");
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(t); m; m = TOKEN_RE.exec(t)) {
    tokens++;
    const v = lexicon.get(m[0]);
    if (v !== undefined) hits++;
    else if (lexicon.size < 50_000) lexicon.set(m[0], tokens);
  }
}

const target = process.argv[2];
if (!target) { console.error("usage: node bench/floor.mjs <corpus.jsonl | folder>"); process.exit(2); }
const t0 = performance.now();
let documents = 0;
let bytes = 0;
if (statSync(target).isDirectory()) {
  const dec = new TextDecoder("utf-8");
  for (const f of readdirSync(target).sort()) {
    const b = readFileSync(join(target, f));
    bytes += b.length;
    documents++;
    pass(dec.decode(b));
  }
} else {
  const dec = new TextDecoder("utf-8");
  let rest = Buffer.alloc(0);
  for await (const chunk of createReadStream(target, { highWaterMark: 1 << 20 })) {
    let b = rest.length ? Buffer.concat([rest, chunk]) : chunk;
    let start = 0;
    for (let nl = b.indexOf(10, start); nl >= 0; nl = b.indexOf(10, start)) {
      const line = b.subarray(start, nl);
      start = nl + 1;
      if (!line.length) continue;
      bytes += line.length + 1;
      documents++;
      pass(JSON.parse(dec.decode(line)).text);
    }
    rest = Buffer.from(b.subarray(start));
  }
  if (rest.length) { bytes += rest.length; documents++; pass(JSON.parse(dec.decode(rest)).text); }
}
const ms = performance.now() - t0;
const ru = process.resourceUsage();
console.log(JSON.stringify({ documents, bytes, ms, cpuMs: (ru.userCPUTime + ru.systemCPUTime) / 1000, maxRssKb: ru.maxRSS, tokens, hits }));
