// Gazetteer look-ups from the Arabic rules. A gazetteer keeps, per document, a memo array sized by
// the token count for each way it is asked (with or without clitics), made on the first look-up;
// the rules ask at many tokens where no entry can start. The gazetteers' own filter answers that
// from bits per token (mayStartAt): asked first, it spares the look-up, and the memo of a
// gazetteer no token of the document can start.
import { mayStartAt, type Gazetteer, type GazetteerMatch } from "../../lexicon/gazetteer.js";
import type { Token } from "../../text/tokens.js";

/** g.matchAt(tokens, i, clitics, limit): null without asking g where no entry of g can start at token i. */
export function lookup<T>(g: Gazetteer<T>, tokens: Token[], i: number, clitics = true, limit = tokens.length): GazetteerMatch<T> | null {
  if (!mayStartAt(tokens, i, g.bit)) return null;
  return g.matchAt(tokens, i, clitics, limit);
}
