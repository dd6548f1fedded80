// Graphviz DOT for the who-met-whom network (`extract … --format dot | dot -Tsvg > net.svg`).
import type { FormatContext, Formatter } from "./formatter.js";
import { NetworkBuilder, edgeLabel, nodeDetail, type Network } from "./network.js";
import { sanitizeForTerminal } from "./sanitize.js";

/** A DOT double-quoted string: backslash and quote escaped, line breaks as \n escapes. */
export function dotString(s: string): string {
  const clean = sanitizeForTerminal(s).replace(/\s+/g, " ").trim();
  return '"' + clean.replace(/\\/g, "\\\\").replace(/"/g, '\\"') + '"';
}

const SHAPE = { person: "ellipse", organization: "box", group: "hexagon" } as const;

export function renderDot(net: Network): string {
  const lines = ["graph wazir {", "  graph [overlap=false, splines=true];", '  node [fontname="sans-serif"];', '  edge [fontname="sans-serif", fontsize=10];'];
  for (const n of net.nodes) {
    const detail = nodeDetail(n);
    const label = dotString(n.name).slice(0, -1) + (detail ? "\\n" + dotString(detail).slice(1, -1) : "") + '"';
    lines.push(`  ${n.id} [label=${label}, shape=${SHAPE[n.kind] ?? "ellipse"}];`);
  }
  for (const e of net.edges) {
    lines.push(`  ${e.a} -- ${e.b} [label=${dotString(edgeLabel(e))}, weight=${e.count}, penwidth=${Math.min(1 + (e.count - 1) * 0.5, 6)}];`);
  }
  lines.push("}");
  return lines.join("\n") + "\n";
}

export function dotFormatter(_ctx: FormatContext): Formatter {
  const b = new NetworkBuilder();
  return {
    begin: () => "",
    document: ({ result }) => { b.add(result); return ""; },
    end: () => renderDot(b.build()),
  };
}
