// The script a start-up snapshot is made from. build.ts bundles it, and everything an Arabic or
// English run needs, into one file (node's snapshot builder loads no other module), and
// `node --build-snapshot` runs it once: the modules are evaluated, the lexicons built into their
// lookup structures, and the heap saved. bin/extract.js then starts node from that heap, so a run
// skips module loading and lexicon building (about half of a one-file run's time).
//
// What may not be in the heap: anything tied to this process or this moment (an open handle, an
// ICU converter, the environment or the clock read at load time). The modules read those when
// they run, not when they load. The English rules are in it (handed to the pipeline here, so they
// share its modules instead of loading second copies from dist/), but not compromise and chrono:
// those load, as always, on the first English sentence that needs them.
import { startupSnapshot } from "node:v8";
import { start } from "../main.js";
// Evaluated now, not on first use: the pipeline and its lexicons, the input readers, the formats.
import "../run.js";
import "../../input/chunk.js";
import "../../output/formats.js";
import "../../output/table.js";
import * as english from "../../extract/en/index.js";
import { provideEnglishRules } from "../../extract/pipeline.js";
import { extractLarge } from "../../input/chunk.js";
import { extractJob } from "../../parallel/extract.js";
import { WARM_UP_TEXT } from "./warm-up.js";

provideEnglishRules(english);

// One Arabic document extracted and written as JSON (both indents) the way a run does it, so the
// snapshot holds the extraction code compiled: a one-file run then skips compiling it (on a seed,
// ~0.23 s of a ~0.55 s run on a loaded machine, 21 interleaved runs). What it leaves behind (interned
// words, memos) is the caches any earlier document of a run leaves: no output depends on it.
for (const indent of [0, 2] as const) extractJob(extractLarge, { text: WARM_UP_TEXT, options: {}, write: { indent, notes: { warnings: [], errors: [] } } });

startupSnapshot.setDeserializeMainFunction(() => {
  // `node --snapshot-blob B -- ARGS`: process.argv is [node, ...ARGS]
  void start(process.argv.slice(1));
});
