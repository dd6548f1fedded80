#!/usr/bin/env node
// Deterministic benchmark corpora from the seed and fixture articles.
//
//   node bench/generate.mjs [--sizes 1,10,100] [--ar-sizes 1,10] [--many 100000] [--formats files,jsonl] [--force] [--out bench/out]
//
// For each size S (MB of UTF-8 text) writes under bench/out/:
//   corpus-S/          one .txt file per document (flat folder)
//   corpus-S.jsonl     the same documents, one {"id","text"} record per line
//   corpus-S.json      manifest: documents, bytes, seed
// `--ar-sizes` writes corpus-ar-S the same way from the Arabic sources only (the throughput row
// for Arabic news). `--many N` writes many-N/: N small one-paragraph files (for the memory test over a huge folder).
// Documents are seed/fixture articles with names, places, months, weekdays and years substituted
// from small lists by a seeded PRNG (mulberry32), so the same command always writes the same bytes.
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const OUT = join(ROOT, "bench", "out");
const SOURCES = ["seeds", "fixtures/ar/texts", "fixtures/en/texts"];

export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AR = {
  names: ["محمد", "أحمد", "علي", "خالد", "عبدالله", "سعود", "فيصل", "ناصر", "يوسف", "إبراهيم", "حسن", "عمر", "سلمان", "طارق", "وليد", "سامي", "مصطفى", "كريم"],
  places: ["الرياض", "القاهرة", "عمان", "بغداد", "دمشق", "بيروت", "الدوحة", "أبوظبي", "الكويت", "المنامة", "مسقط", "الرباط", "تونس", "الجزائر", "طرابلس", "الخرطوم", "جدة", "الإسكندرية", "البصرة", "حلب"],
  months: ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
  days: ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"],
};
const EN = {
  names: ["Mohammed", "Ahmed", "Ali", "Khalid", "Abdullah", "Saud", "Faisal", "Nasser", "Youssef", "Ibrahim", "Hassan", "Omar", "Salman", "Tariq", "Walid", "Sami"],
  places: ["Riyadh", "Cairo", "Amman", "Baghdad", "Damascus", "Beirut", "Doha", "Abu Dhabi", "Kuwait City", "Manama", "Muscat", "Rabat", "Tunis", "Algiers", "Jeddah", "Basra"],
  months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  days: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
};

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
function substitution(lists, arabic) {
  const cat = new Map();
  for (const [k, words] of Object.entries(lists)) for (const w of words) cat.set(w, k);
  const alt = [...cat.keys()].sort((a, b) => b.length - a.length).map(escape).join("|");
  // Arabic words may carry a one-letter proclitic (و ف ب ل); either way no letter may touch the word.
  const re = arabic
    ? new RegExp(`(?<![\\u0600-\\u06FF])([وفبل]?)(${alt})(?![\\u0600-\\u06FF])`, "g")
    : new RegExp(`\\b()(${alt})\\b`, "g");
  return (text, rnd) => text
    .replace(re, (_m, pre, w) => {
      const pool = lists[cat.get(w)];
      return pre + pool[Math.floor(rnd() * pool.length)];
    })
    .replace(/\b20[12]\d\b/g, () => String(2010 + Math.floor(rnd() * 17)));
}
const subAr = substitution(AR, true);
const subEn = substitution(EN, false);

export const isArabic = (t) => (t.match(/[\u0600-\u06FF]/g)?.length ?? 0) > (t.match(/[A-Za-z]/g)?.length ?? 0);

export function loadSources(arabicOnly = false) {
  const texts = [];
  for (const d of SOURCES) {
    const dir = join(ROOT, d);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) if (f.endsWith(".txt")) texts.push(readFileSync(join(dir, f), "utf8").trim());
  }
  if (arabicOnly) return texts.filter(isArabic);
  if (!texts.length) throw new Error("no source texts found in " + SOURCES.join(", "));
  return texts;
}


/** An endless deterministic stream of documents (strings). `small`: one paragraph each; `arabicOnly`: Arabic sources only. */
export function* documents(seed, small = false, arabicOnly = false) {
  const sources = loadSources(arabicOnly);
  const rnd = mulberry32(seed);
  for (;;) {
    const pick = () => sources[Math.floor(rnd() * sources.length)];
    let text;
    if (small) {
      const paras = pick().split(/\n+/).filter((p) => p.trim().length > 40);
      text = paras.length ? paras[Math.floor(rnd() * paras.length)] : pick();
    } else {
      // one article, sometimes two (a wire bulletin), sometimes with its paragraphs rotated
      text = pick();
      if (rnd() < 0.25) text += "\n\n" + pick();
      if (rnd() < 0.2) {
        const p = text.split("\n");
        const k = 1 + Math.floor(rnd() * Math.max(1, p.length - 1));
        text = [p[0], ...p.slice(k), ...p.slice(1, k)].join("\n");
      }
    }
    yield (isArabic(text) ? subAr : subEn)(text, rnd) + "\n";
  }
}

function writeCorpus(name, targetBytes, seed, formats, opts = {}) {
  const out = opts.out ?? OUT;
  mkdirSync(out, { recursive: true });
  const dir = join(out, name);
  const jsonl = join(out, `${name}.jsonl`);
  const manifest = join(out, `${name}.json`);
  const want = { name, targetBytes, seed, formats: [...formats].sort(), small: !!opts.small, count: opts.count ?? null, version: 1 };
  if (opts.arabicOnly) want.arabicOnly = true;
  if (!opts.force && existsSync(manifest)) {
    const m = JSON.parse(readFileSync(manifest, "utf8"));
    if (JSON.stringify(m.params) === JSON.stringify(want)) return m;
  }
  rmSync(dir, { recursive: true, force: true });
  rmSync(jsonl, { force: true });
  if (formats.has("files")) mkdirSync(dir, { recursive: true });
  const fd = formats.has("jsonl") ? openSync(jsonl, "w") : null;
  let buf = [];
  let bufLen = 0;
  let bytes = 0;
  let jsonlBytes = 0;
  let n = 0;
  const width = String(opts.count ?? 9_999_999).length;
  for (const text of documents(seed, opts.small, opts.arabicOnly)) {
    if (opts.count ? n >= opts.count : bytes >= targetBytes) break;
    const id = `doc-${String(n).padStart(width, "0")}`;
    const b = Buffer.byteLength(text);
    bytes += b;
    n++;
    if (formats.has("files")) writeFileSync(join(dir, `${id}.txt`), text);
    if (fd !== null) {
      const line = JSON.stringify({ id, text }) + "\n";
      buf.push(line);
      bufLen += line.length;
      if (bufLen > 1 << 20) { const s = buf.join(""); jsonlBytes += Buffer.byteLength(s); writeSync(fd, s); buf = []; bufLen = 0; }
    }
  }
  if (fd !== null) { const s = buf.join(""); jsonlBytes += Buffer.byteLength(s); writeSync(fd, s); closeSync(fd); }
  const m = { params: want, documents: n, bytes, jsonlBytes, dir: formats.has("files") ? dir : null, jsonl: fd !== null ? jsonl : null };
  writeFileSync(manifest, JSON.stringify(m, null, 2) + "\n");
  return m;
}

/** Make (or reuse) the corpus of `mb` MB; returns its manifest. */
export function corpus(mb, formats = new Set(["files", "jsonl"]), force = false, out = OUT) {
  return writeCorpus(`corpus-${mb}`, Math.round(mb * 1_000_000), 1000 + Math.round(mb * 1000), formats, { force, out });
}

/** Make (or reuse) the Arabic-only corpus of `mb` MB (seeds and Arabic fixtures, no English documents). */
export function corpusAr(mb, formats = new Set(["files", "jsonl"]), force = false, out = OUT) {
  return writeCorpus(`corpus-ar-${mb}`, Math.round(mb * 1_000_000), 2000 + Math.round(mb * 1000), formats, { force, out, arabicOnly: true });
}

/** Make (or reuse) a folder of `count` small one-paragraph files. */
export function many(count, force = false, out = OUT) {
  return writeCorpus(`many-${count}`, Infinity, 7 + count, new Set(["files"]), { small: true, count, force, out });
}

function arg(name, def) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : def;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = arg("out", OUT);
  const sizes = arg("sizes", "1,10,100").split(",").filter(Boolean).map(Number);
  const formats = new Set(arg("formats", "files,jsonl").split(","));
  const force = process.argv.includes("--force");
  for (const mb of sizes) {
    const t = performance.now();
    const m = corpus(mb, formats, force, out);
    console.log(`corpus-${mb}: ${m.documents} documents, ${(m.bytes / 1e6).toFixed(1)} MB text (${((performance.now() - t) / 1000).toFixed(1)} s)`);
  }
  for (const mb of arg("ar-sizes", "").split(",").filter(Boolean).map(Number)) {
    const t = performance.now();
    const m = corpusAr(mb, formats, force, out);
    console.log(`corpus-ar-${mb}: ${m.documents} documents, ${(m.bytes / 1e6).toFixed(1)} MB text (${((performance.now() - t) / 1000).toFixed(1)} s)`);
  }
  const manyN = arg("many");
  if (manyN) {
    const m = many(Number(manyN), force, out);
    console.log(`many-${manyN}: ${m.documents} files, ${(m.bytes / 1e6).toFixed(1)} MB`);
  }
}
