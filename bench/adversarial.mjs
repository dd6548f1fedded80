#!/usr/bin/env node
// `npm run bench:adversarial`: inputs built to make rules go quadratic, timed against normal news.
//
//   node bench/adversarial.mjs [--size 1] [--steps 4] [--budget 120] [--case name,name] [--out bench/ADVERSARIAL.md]
//
// Each case is one document of --size MB (UTF-8), also built at 1/2, 1/4, … of that size (--steps
// sizes in all) to see how time grows: "growth" is time(2n)/time(n) for the last doubling (≈ 2 is
// linear, ≈ 4 quadratic). Every size runs in a fresh child process (`extract` from dist/index.js,
// after warm-up documents, from a snapshot of dist/), timed in CPU milliseconds so a busy machine skews less, and killed
// after --budget seconds (then the larger sizes are skipped). The baseline is normal Arabic news:
// the seed and fixture articles as one document of the same size, and as separate documents.
// Target: every case at ≥ 1/5 of the normal throughput.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { arg, fmt, machine, snapshot, table } from "./lib.mjs";
import { ROOT } from "./generate.mjs";

let articles = null;
const arabicArticles = () => (articles ??= ["seeds", "fixtures/ar/texts"].flatMap((d) => readdirSync(join(ROOT, d)).filter((f) => f.endsWith(".txt")).sort()
  .map((f) => readFileSync(join(ROOT, d, f), "utf8").trim())));

/** Repeat `unit` (a string or a function of the repetition index) until `bytes` UTF-8 bytes. */
function fill(bytes, unit, sep = "") {
  const parts = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) {
    const s = (typeof unit === "function" ? unit(i) : unit) + sep;
    parts.push(s);
    n += Buffer.byteLength(s);
  }
  return parts.join("");
}

const NAMES = ["محمد", "سعود", "عبدالعزيز", "فيصل", "خالد", "سلمان", "نايف", "تركي"];
export const CASES = {
  "normal (one document)": (b) => fill(b, (i) => { const a = arabicArticles(); return a[i % a.length]; }, "\n\n"),
  "one word repeated": (b) => fill(b, "الوزير", " "),
  "honorific chain": (b) => fill(b, "الشيخ", " ") + "محمد",
  "بن chain": (b) => "الأمير محمد " + fill(b, (i) => `بن ${NAMES[i % NAMES.length]}`, " "),
  "no space": (b) => fill(b, (i) => { const a = arabicArticles(); return a[i % a.length].replace(/\s+/g, ""); }),
  "no punctuation": (b) => fill(b, (i) => { const a = arabicArticles(); return a[i % a.length].replace(/[^\p{L}\p{N}\s]/gu, "").replace(/\s+/g, " "); }, " "),
  "minister titles": (b) => fill(b, (i) => ["وزير الخارجية", "وزير الداخلية السعودي", "نائب رئيس مجلس الوزراء وزير الدفاع", "وزيرة الصحة"][i % 4], " "),
  "titles with names, no punctuation": (b) => fill(b, (i) => `وزير الخارجية ${NAMES[i % 8]} بن ${NAMES[(i + 3) % 8]} التقى`, " "),
  "nested brackets": (b) => { const d = Math.floor(b / 4); return "(".repeat(d) + "قال وزير الخارجية" + ")".repeat(d) + " " + fill(b / 2, "[«(وزير الداخلية)»]", " "); },
  "meeting chain": (b) => fill(b, (i) => `التقى وزير الخارجية ${NAMES[i % 8]} مع نظيره ${NAMES[(i + 1) % 8]} و`, " "),
  "digits and dates": (b) => fill(b, (i) => `${(i % 28) + 1} ${["يناير", "مارس", "مايو"][i % 3]} ${2000 + (i % 25)}`, " "),
};

// ---------------------------------------------------------------- child: time one case at one size
if (process.argv[2] === "--child") {
  const [, , , name, bytesS, separate, dist] = process.argv;
  const { extract } = await import(join(dist, "index.js"));
  const warm = arabicArticles();
  for (const t of warm.slice(0, 5)) extract(t);
  const bytes = Number(bytesS);
  let docs;
  if (separate === "1") {
    docs = [];
    let n = 0;
    for (let i = 0; n < bytes; i++) { const t = warm[i % warm.length]; docs.push(t); n += Buffer.byteLength(t); }
  } else docs = [CASES[name](bytes)];
  const realBytes = docs.reduce((a, t) => a + Buffer.byteLength(t), 0);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let facts = 0;
  for (const t of docs) {
    const r = extract(t);
    facts += r.ministers.length + r.people.length + r.interactions.length + r.dates.length;
  }
  const c = process.cpuUsage(c0);
  process.stdout.write(JSON.stringify({ bytes: realBytes, chars: docs.reduce((a, t) => a + t.length, 0), wallMs: performance.now() - t0, cpuMs: (c.user + c.system) / 1000, facts }) + "\n");
  process.exit(0);
}

let DIST = join(ROOT, "dist");
function runChild(name, bytes, budgetS, separate = false) {
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), "--child", name, String(Math.round(bytes)), separate ? "1" : "0", DIST], {
    encoding: "utf8", timeout: budgetS * 1000, killSignal: "SIGKILL", maxBuffer: 1 << 20,
  });
  if (r.error?.code === "ETIMEDOUT" || r.signal) return { timeout: true };
  if (r.status !== 0) return { failed: (r.stderr || "").split("\n").filter(Boolean).slice(-3).join(" | ") };
  return JSON.parse(r.stdout.trim().split("\n").pop());
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const size = Number(arg("size", "1")) * 1_000_000;
  const steps = Number(arg("steps", "4"));
  const budget = Number(arg("budget", "120"));
  const only = arg("case", "");
  const outFile = arg("out", join(ROOT, "bench", "ADVERSARIAL.md"));
  const names = Object.keys(CASES).filter((n) => !only || only.split(",").includes(n) || n.startsWith("normal"));
  // a frozen copy of dist/ (bench/out/snap-adv), unless --no-snapshot
  DIST = join(snapshot(!process.argv.includes("--no-snapshot"), "snap-adv"), "..", "..", "dist");
  const sizes = Array.from({ length: steps }, (_, i) => size / 2 ** (steps - 1 - i));
  const m = machine();
  const say = (s) => process.stderr.write(s + "\n");
  say(`adversarial: ${m.cpu}, ${m.cores} cores, node ${m.node}, load ${m.load}`);

  const normalDocs = runChild("normal (one document)", size, budget * 4, true);
  const normalRate = normalDocs.bytes / normalDocs.cpuMs; // bytes per CPU ms
  say(`normal Arabic news as separate documents: ${fmt(normalDocs.bytes / 1e6, 2)} MB in ${fmt(normalDocs.cpuMs / 1000, 1)} CPU s = ${fmt(normalRate / 1000, 3)} MB/CPU-s`);
  const rows = [];
  for (const name of names) {
    const pts = [];
    let note = "";
    for (const b of sizes) {
      const r = runChild(name, b, budget);
      if (r.timeout) { note = `over ${budget} s at ${fmt(b / 1e6, 3)} MB`; break; }
      if (r.failed) { note = `failed at ${fmt(b / 1e6, 3)} MB: ${r.failed}`; break; }
      pts.push(r);
      say(`  ${name}: ${fmt(r.bytes / 1e6, 3)} MB, ${r.chars} chars: ${fmt(r.cpuMs, 0)} CPU ms (${fmt(r.bytes / r.cpuMs / 1000, 3)} MB/CPU-s), ${r.facts} facts`);
    }
    const last = pts.at(-1);
    const prev = pts.at(-2);
    const growth = last && prev ? (last.cpuMs / prev.cpuMs) / (last.bytes / prev.bytes) * 2 : NaN;
    const rel = last ? (last.bytes / last.cpuMs) / normalRate : NaN;
    rows.push([name, last ? fmt(last.bytes / 1e6, 3) : "–", last ? fmt(last.cpuMs / 1000, 2) : "–", last ? fmt(last.bytes / last.cpuMs / 1000, 3) : "–",
      fmt(rel, 2), fmt(growth, 2), !last || note ? "NO" : rel >= 0.2 ? "yes" : "NO", note || pts.map((p) => fmt(p.cpuMs, 0)).join(" → ") + " ms"]);
  }
  const md = [
    "# wazir adversarial inputs", "",
    `Machine: ${m.cpu}, ${m.cores} cores, Node ${m.node}, load average ${m.load} at start. \`node bench/adversarial.mjs ${process.argv.slice(2).join(" ")}\`, ${new Date().toISOString()}.`,
    `Baseline: normal Arabic news as separate documents, ${fmt(normalRate / 1000, 3)} MB per CPU second. "growth" is time(2n)/time(n) on the last doubling (2 = linear, 4 = quadratic).`, "",
    table(["case", "MB", "CPU s", "MB per CPU s", "vs normal (≥ 0.2)", "growth", "ok", "CPU ms by size (×2 each)"], rows), "",
  ].join("\n");
  writeFileSync(outFile, md);
  process.stdout.write(md);
}
