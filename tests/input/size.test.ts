import { execFileSync } from "node:child_process";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { inputsSize } from "../../src/input/size.js";
import { tempDir } from "./helpers.js";

let made: Array<{ done(): void }> = [];
function folder(): string {
  const t = tempDir();
  made.push(t);
  return t.dir;
}
afterEach(() => {
  for (const t of made) t.done();
  made = [];
});

describe("inputsSize", () => {
  it("sums files and folders, through subfolders, without following links to folders", async () => {
    const d = folder();
    writeFileSync(join(d, "a.txt"), "x".repeat(100));
    mkdirSync(join(d, "sub/deeper"), { recursive: true });
    writeFileSync(join(d, "sub/b.txt"), "x".repeat(20));
    writeFileSync(join(d, "sub/deeper/c.txt"), "x".repeat(3));
    symlinkSync(join(d, "a.txt"), join(d, "sub/link.txt")); // a link to a file counts
    symlinkSync(d, join(d, "sub/loop")); // a link to a folder (here, a cycle) does not
    const single = join(d, "sub/b.txt");
    expect(await inputsSize([d], 1e9)).toBe(100 + 20 + 3 + 100);
    expect(await inputsSize([single, join(d, "sub")], 1e9)).toBe(20 + 20 + 3 + 100);
    // a missing path adds nothing (reading it reports it)
    expect(await inputsSize([join(d, "missing"), single], 1e9)).toBe(20);
    expect(await inputsSize([], 1e9)).toBe(0);
  });

  it("stops at the cap", async () => {
    const d = folder();
    for (let i = 0; i < 300; i++) writeFileSync(join(d, `f${i}.txt`), "x".repeat(10));
    expect(await inputsSize([d], 1e9)).toBe(3000);
    expect(await inputsSize([d], 500)).toBe(500);
  });

  it("does not know the size of standard input or a pipe", async () => {
    const d = folder();
    writeFileSync(join(d, "a.txt"), "abc");
    execFileSync("mkfifo", [join(d, "pipe")]);
    expect(await inputsSize([join(d, "a.txt"), "-"], 1e9)).toBeUndefined();
    expect(await inputsSize([join(d, "a.txt"), join(d, "pipe")], 1e9)).toBeUndefined();
  });
});
