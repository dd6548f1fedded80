// Mermaid flowchart for the who-met-whom network (paste into Markdown inside ```mermaid).
import type { FormatContext, Formatter } from "./formatter.js";
import { NetworkBuilder, edgeLabel, nodeDetail, type Network } from "./network.js";
import { sanitizeForTerminal } from "./sanitize.js";

/** Text for inside a Mermaid "…" label: entity codes for characters Mermaid or HTML would read. */
export function mermaidText(s: string): string {
  return sanitizeForTerminal(s)
    .replace(/\s+/g, " ")
    .trim()
    .replace(/#/g, "#35;")
    .replace(/&/g, "#amp;")
    .replace(/"/g, "#quot;")
    .replace(/</g, "#lt;")
    .replace(/>/g, "#gt;")
    .replace(/`/g, "#96;");
}

const OPEN = { person: '(["', organization: '["', group: '{{"' } as const;
const CLOSE = { person: '"])', organization: '"]', group: '"}}' } as const;

export function renderMermaid(net: Network): string {
  const lines = ["graph LR"];
  for (const n of net.nodes) {
    const detail = nodeDetail(n);
    const label = mermaidText(n.name) + (detail ? "<br/>" + mermaidText(detail) : "");
    const kind = n.kind in OPEN ? n.kind : "person";
    lines.push(`  ${n.id}${OPEN[kind]}${label}${CLOSE[kind]}`);
  }
  for (const e of net.edges) lines.push(`  ${e.a} ---|"${mermaidText(edgeLabel(e))}"| ${e.b}`);
  return lines.join("\n") + "\n";
}

export function mermaidFormatter(_ctx: FormatContext): Formatter {
  const b = new NetworkBuilder();
  return {
    begin: () => "",
    document: ({ result }) => { b.add(result); return ""; },
    end: () => renderMermaid(b.build()),
  };
}
