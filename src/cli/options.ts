// Command-line options: commander definition, validation, and the parsed options object.
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { availableParallelism } from "node:os";
import { FORMAT_NAMES, type FormatName } from "../output/formatter.js";
import { ALL_KINDS, parseKinds, type Kind } from "../output/kinds.js";
import { isSupportedEncoding } from "../input/decode.js";

export interface CliOptions {
  paths: string[];
  format: FormatName;
  only: ReadonlySet<Kind>;
  input: "text" | "jsonl" | "conll";
  textField?: string;
  idField?: string;
  encoding?: string;
  maxBytes?: number;
  referenceDate?: string;
  knowledge: boolean;
  lang: "ar" | "en" | "auto";
  color?: boolean;
  quiet: boolean;
  jobs: number;
}

export const EXAMPLES = `
Examples:
  extract article.txt                      table of what one article says
  extract news/ --json > facts.json        every .txt/.md under news/ as one JSON array
  cat article.txt | extract --format jsonl read stdin ("-" also means stdin)
  extract news/ --only ministers --format csv > ministers.csv

  # jq: every minister with portfolio and country
  extract news/ --format jsonl | jq -r '.ministers[] | [.name, .portfolio, .country] | @tsv'
  # jq: who met whom, one line per interaction
  extract news/ --json | jq -r '.[] | .file as $f | .interactions[] | "\\($f)\\t\\(.type)\\t\\([.participants[].name] | join(" + "))"'
  # jq: documents that could not be read
  extract news/ --format jsonl | jq -c 'select(.errors) | {file, errors}'

  # the who-met-whom network as a picture
  extract news/ --format dot | dot -Tsvg > network.svg
  extract news/ --format mermaid > network.mmd

  # many files on many cores: one process per batch, JSON Lines concatenate cleanly
  find news -name '*.txt' -print0 | xargs -0 -n 200 -P 4 extract --format jsonl --quiet > facts.jsonl
  find news -name '*.txt' | parallel -X -j4 --keep-order extract --format jsonl --quiet > facts.jsonl

  # JSON Lines records in, JSON Lines out (one output line per input line, same order)
  extract --input jsonl --text-field body --id-field url --format jsonl < articles.jsonl
  # Hadoop Streaming (map-only) and Spark
  hadoop jar hadoop-streaming.jar -D mapreduce.job.reduces=0 -input articles.jsonl -output facts \\
    -mapper 'extract --input jsonl --format jsonl --quiet'
  spark: sc.textFile("articles.jsonl").pipe("extract --input jsonl --format jsonl --quiet")

Exit status: 0 success (also when nothing is found), 1 some input could not be read
(the rest is still printed), 2 usage error.
Colour: only on a terminal; NO_COLOR, FORCE_COLOR, TERM=dumb, --color/--no-color are honoured.
`;

function parseJobs(v: string): number {
  if (v === "auto" || v === "0") return availableParallelism();
  if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > 1024) throw new InvalidArgumentError("expected a whole number from 1 to 1024, or 'auto'.");
  return Number(v);
}

export function parseDate(v: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const t = new Date(Date.UTC(y, mo - 1, d));
    if (t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d) return v;
  }
  throw new InvalidArgumentError("expected a calendar date as YYYY-MM-DD.");
}

export function parseSize(v: string): number {
  if (/^(0|none|unlimited|infinity)$/i.test(v.trim())) return Infinity;
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?$/i.exec(v.trim());
  if (!m) throw new InvalidArgumentError("expected a size in bytes, e.g. 500000, 512k, 10M, 1G.");
  const unit = (m[2] ?? "").toLowerCase()[0];
  const mult = unit === "k" ? 1024 : unit === "m" ? 1024 ** 2 : unit === "g" ? 1024 ** 3 : 1;
  const n = Math.floor(Number(m[1]) * mult);
  if (n < 1) throw new InvalidArgumentError("must be at least 1 byte.");
  return n;
}

function parseOnly(v: string): Set<Kind> {
  try {
    return parseKinds(v);
  } catch (e) {
    throw new InvalidArgumentError((e as Error).message + ".");
  }
}

function parseEncoding(v: string): string {
  if (!isSupportedEncoding(v)) throw new InvalidArgumentError("unknown encoding (try utf-8, utf-16le, windows-1256, iso-8859-6, or auto).");
  return v;
}

export function buildProgram(version: string): Command {
  const program = new Command("extract")
    .description("Extract ministers, people, countries, organizations, places, dates and who-met-whom from Arabic and English news.")
    .version(version, "-V, --version")
    .argument("[paths...]", "files or folders (folders: every .txt/.md inside, sorted); '-' or none = stdin")
    .addOption(new Option("-f, --format <format>", "output format").choices(FORMAT_NAMES).default("table"))
    .option("--json", "shorthand for --format json")
    .option("--only <kinds>", "comma list of kinds to output: ministers, people, countries, organizations, places, dates, interactions", parseOnly)
    .addOption(new Option("--input <kind>", "input: text files, JSON Lines records, or CoNLL tokens").choices(["text", "jsonl", "conll"]).default("text"))
    .option("--text-field <name>", "JSON Lines: field holding the text (default \"text\")")
    .option("--id-field <name>", "JSON Lines: field holding the document id (default \"id\")")
    .option("--encoding <name>", "decode input as utf-8, utf-16le, windows-1256, iso-8859-6 … instead of detecting it", parseEncoding)
    .option("--max-bytes <size>", "refuse documents larger than this: bytes, or with k/M/G (default 256M; 0 = no limit)", parseSize)
    .option("--reference-date <YYYY-MM-DD>", "date that fixes relative dates (\"yesterday\", \"الثلاثاء الماضي\")", parseDate)
    .option("--no-knowledge", "do not use the embedded knowledge file to fill a minister's country")
    .addOption(new Option("--lang <lang>", "document language").choices(["ar", "en", "auto"]).default("auto"))
    .option("--color", "colour the table even when not on a terminal")
    .option("--no-color", "never colour")
    .option("-q, --quiet", "no warnings and no progress bar on stderr")
    .option("-j, --jobs <n>", "threads that extract documents in parallel: this one and n − 1 workers, started after the first second (a number, or 'auto' = the number of cores)", parseJobs, availableParallelism())
    .addHelpText("after", EXAMPLES)
    .showHelpAfterError("(run 'extract --help' for usage and examples)")
    .allowExcessArguments(false)
    .exitOverride();
  return program;
}

/** Options from a parsed program. */
export function optionsFrom(program: Command): CliOptions {
  const o = program.opts<{
    format: FormatName; json?: boolean; only?: Set<Kind>; input: CliOptions["input"]; textField?: string; idField?: string;
    encoding?: string; maxBytes?: number; referenceDate?: string; knowledge: boolean; lang: CliOptions["lang"];
    color?: boolean; quiet?: boolean; jobs: number;
  }>();
  return {
    paths: program.args,
    format: o.json ? "json" : o.format,
    only: o.only ?? ALL_KINDS,
    input: o.input,
    textField: o.textField,
    idField: o.idField,
    encoding: o.encoding,
    maxBytes: o.maxBytes,
    referenceDate: o.referenceDate,
    knowledge: o.knowledge,
    lang: o.lang,
    color: o.color,
    quiet: !!o.quiet,
    jobs: o.jobs,
  };
}

export type ParseOutcome = { options: CliOptions } | { exitCode: number };

/**
 * Parse argv (without node and script). Help and version print and give exit code 0; usage errors
 * print commander's message and give 2 (commander itself would exit 1).
 */
export function parseArgs(argv: string[], version: string, out?: { stdout: (s: string) => void; stderr: (s: string) => void }): ParseOutcome {
  const program = buildProgram(version);
  program.configureOutput({
    ...(out ? { writeOut: out.stdout, writeErr: out.stderr } : {}),
    outputError: (str, write) => write(`extract: ${str.replace(/^error: /, "")}`),
  });
  try {
    program.parse(argv, { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help") return { exitCode: 0 };
      return { exitCode: e.exitCode === 0 ? 0 : 2 };
    }
    throw e;
  }
  return { options: optionsFrom(program) };
}
