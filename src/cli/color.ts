// Colour decision, made here rather than by chalk (chalk 5 ignores NO_COLOR).
// Order: --color / --no-color, then FORCE_COLOR, then NO_COLOR, then TERM=dumb, then "is stdout a TTY".
import type { ColorSupportLevel } from "chalk";

export function colorLevel(flag: boolean | undefined, env: NodeJS.ProcessEnv, isTTY: boolean): ColorSupportLevel {
  const detected = (): ColorSupportLevel => {
    if (env.COLORTERM === "truecolor" || env.COLORTERM === "24bit") return 3;
    if (/-256(color)?$/i.test(env.TERM ?? "")) return 2;
    return 1;
  };
  if (flag === false) return 0;
  if (flag === true) return detected();
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === "" || force === "true") return 1;
    if (force === "false" || force === "0") return 0;
    const n = Number(force);
    if (n === 1 || n === 2 || n === 3) return n;
    return 1;
  }
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return 0;
  if (env.TERM === "dumb") return 0;
  return isTTY ? detected() : 0;
}

/** Table width: COLUMNS when set, else the terminal's width, else 100. */
export function terminalColumns(env: NodeJS.ProcessEnv, ttyColumns: number | undefined): number {
  const fromEnv = Number.parseInt(env.COLUMNS ?? "", 10);
  if (Number.isFinite(fromEnv) && fromEnv > 0) return fromEnv;
  if (ttyColumns && ttyColumns > 0) return ttyColumns;
  return 100;
}
