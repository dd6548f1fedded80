// Shared helpers for the benchmark scripts: a snapshot of the build, timed runs, machine facts.
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, openSync, closeSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { cpus, loadavg, availableParallelism, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { ROOT, OUT } from "./generate.mjs";

export const HAS_TIME = existsSync("/usr/bin/time");

/**
 * A frozen copy of the build (bench/out/snap: dist, bin, package.json, node_modules link), so a
 * rebuild of dist/ during a long run cannot change what is measured. `--no-snapshot` uses the tree.
 */
export function snapshot(use = true, name = "snap") {
  if (!use) return join(ROOT, "bin", "extract.js");
  if (!existsSync(join(ROOT, "dist", "cli", "main.js"))) throw new Error("dist/ is not built: run `npm run build` first");
  const snap = join(OUT, name);
  rmSync(snap, { recursive: true, force: true });
  mkdirSync(snap, { recursive: true });
  cpSync(join(ROOT, "dist"), join(snap, "dist"), { recursive: true });
  cpSync(join(ROOT, "bin"), join(snap, "bin"), { recursive: true });
  cpSync(join(ROOT, "package.json"), join(snap, "package.json"));
  symlinkSync(join(ROOT, "node_modules"), join(snap, "node_modules"));
  // the start-up snapshot is valid only where it was built: rebuild it for the copy
  spawnSync(process.execPath, [join(snap, "dist", "cli", "snapshot", "build.js"), "--blob"], { stdio: "inherit" });
  // dist/ may have been caught mid-rebuild: check the copy runs, else compile src/ into it
  const seedDir = join(ROOT, "seeds");
  const seed = join(seedDir, readdirSync(seedDir).filter((f) => f.endsWith(".txt")).sort()[0]);
  const ok = () => spawnSync(process.execPath, [join(snap, "bin", "extract.js"), seed, "--format", "json"], { stdio: "ignore" }).status === 0;
  if (!ok()) {
    process.stderr.write("bench: dist/ copy does not run (mid-rebuild?); compiling src/ into the snapshot\n");
    rmSync(join(snap, "dist"), { recursive: true, force: true });
    spawnSync(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", join(ROOT, "tsconfig.json"), "--outDir", join(snap, "dist")], { stdio: "inherit" });
    if (!ok()) throw new Error(`the snapshot in ${snap} does not run`);
  }
  return join(snap, "bin", "extract.js");
}

let seq = 0;
/**
 * Run `node args…` with stdout to /dev/null (or `stdoutFile`), measuring wall time, CPU (user+sys,
 * all threads) and peak RSS, via /usr/bin/time when present, else via bench/wrap.mjs. With
 * `program`, args[0] is run as a program (bin/extract.js as the installed `extract` command runs:
 * through sh, from the start-up snapshot) instead of as a script given to node.
 * With `sampleMs`, also samples the RSS curve from /proc (direct spawn, no /usr/bin/time) and
 * stops the run after `limitMs` (the figures then cover the part that ran).
 */
export function measure(args, opts = {}) {
  const usage = join(tmpdir(), `wazir-bench-${process.pid}-${seq++}`);
  const out = openSync(opts.stdoutFile ?? "/dev/null", "w");
  let cmd;
  let argv;
  const direct = !!opts.sampleMs;
  const [prog, ...rest] = opts.program ? args : [process.execPath, ...args];
  if (direct) { cmd = prog; argv = rest; }
  else if (HAS_TIME) { cmd = "/usr/bin/time"; argv = ["-f", "%e %U %S %M", "-o", usage, prog, ...rest]; }
  else { cmd = process.execPath; argv = [join(ROOT, "bench", "wrap.mjs"), ...args]; } // in-process: no start-up snapshot
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, { cwd: opts.cwd ?? ROOT, stdio: ["ignore", out, "pipe"], env: { ...process.env, WAZIR_BENCH_USAGE: usage } });
    let stderr = "";
    child.stderr.on("data", (d) => { if (stderr.length < 4000) stderr += d; });
    const curve = [];
    let hwm = 0;
    let cpuTicks = 0;
    let timer = null;
    let stopped = false;
    if (direct) {
      const pid = child.pid;
      timer = setInterval(() => {
        try {
          const st = readFileSync(`/proc/${pid}/status`, "utf8");
          const rss = Number(/VmRSS:\s+(\d+)/.exec(st)?.[1] ?? 0);
          hwm = Math.max(hwm, Number(/VmHWM:\s+(\d+)/.exec(st)?.[1] ?? 0));
          const stat = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
          cpuTicks = Number(stat[11]) + Number(stat[12]);
          curve.push({ s: (performance.now() - t0) / 1000, rssMb: rss / 1024 });
        } catch { /* exited */ }
        if (opts.limitMs && performance.now() - t0 > opts.limitMs && !stopped) { stopped = true; child.kill("SIGTERM"); }
      }, opts.sampleMs);
    }
    child.on("error", reject);
    child.on("close", (code, signal) => {
      if (timer) clearInterval(timer);
      closeSync(out);
      const wallMs = performance.now() - t0;
      let r;
      if (direct) r = { wallMs, cpuMs: cpuTicks * 10, maxRssMb: hwm / 1024, curve, stopped };
      else if (HAS_TIME) {
        const txt = existsSync(usage) ? readFileSync(usage, "utf8").trim().split("\n").pop() : "";
        const [e, u, s, m] = txt.split(" ").map(Number);
        r = { wallMs: Number.isFinite(e) ? Math.max(e * 1000, 0) || wallMs : wallMs, cpuMs: (u + s) * 1000, maxRssMb: m / 1024 };
        r.wallMs = wallMs; // finer than %e
      } else {
        const j = existsSync(usage) ? JSON.parse(readFileSync(usage, "utf8")) : {};
        r = { wallMs, cpuMs: (j.userMs ?? NaN) + (j.sysMs ?? NaN), maxRssMb: (j.maxRssKb ?? NaN) / 1024 };
      }
      rmSync(usage, { force: true });
      r.code = code;
      r.signal = signal;
      r.stderr = stderr;
      if (code !== 0 && !stopped && !opts.allowFail) reject(new Error(`${opts.program ? "" : "node "}${args.join(" ")} exited with ${code ?? signal}:\n${stderr}`));
      else resolve(r);
    });
  });
}

export const median = (xs) => {
  const s = [...xs].filter(Number.isFinite).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export function machine() {
  const c = cpus();
  return {
    cpu: c[0]?.model?.trim() ?? "unknown",
    cores: availableParallelism(),
    memGb: +(totalmem() / 2 ** 30).toFixed(1),
    node: process.version,
    load: loadavg().map((x) => x.toFixed(1)).join(" "),
  };
}

export function arg(name, def) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : def;
}

export function table(head, rows) {
  const line = (cells) => `| ${cells.join(" | ")} |`;
  return [line(head), line(head.map(() => "---")), ...rows.map(line)].join("\n");
}

export const fmt = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : "–");
export { ROOT, OUT, writeFileSync };
