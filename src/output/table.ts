// The default terminal view: per document, interactions first, then ministers, then other entities;
// at the end the who-met-whom network and a summary line. Every line is exactly `columns` wide.
import Table from "cli-table3";
import { Chalk } from "chalk";
import type { DocumentResult, Participant } from "../types.js";
import type { FormatContext, Formatter, RunSummary } from "./formatter.js";
import { displayText as d, fitWidths, padTo, rule, width } from "./display.js";
import { NetworkBuilder, edgeLabel, type NetworkNode } from "./network.js";

export const MIN_COLUMNS = 40;

function participant(p: Participant): string {
  const name = d(p.name);
  return p.country ? `${name} (${d(p.country)})` : name;
}

function mentionsNote(n: number): string {
  return n > 1 ? ` ×${n}` : "";
}

export function tableFormatter(ctx: FormatContext): Formatter {
  const W = Math.max(MIN_COLUMNS, Math.floor(ctx.columns));
  const c = ctx.chalk ?? new Chalk({ level: 0 });
  const net = new NetworkBuilder();

  const table = (head: string[], weights: number[], rows: string[][], compact = false): string => {
    const colWidths = fitWidths(W - head.length - 1, head.map((h, i) => 2 + Math.max(width(h), ...rows.map((r) => width(r[i] ?? "")))), weights, 5);
    const style = { head: [], border: [], "padding-left": 1, "padding-right": 1 };
    const full = new Table({ head: head.map((h) => c.bold(h)), colWidths, wordWrap: true, style });
    if (!compact) {
      for (const r of rows) full.push(r);
      return full.toString() + "\n";
    }
    // compact: a rule under the header but none between rows (for tables of mostly one-line rows).
    // Two tables with the same widths: the header's, without its bottom border, over the body's,
    // whose top border becomes the header rule.
    const body = new Table({ colWidths, wordWrap: true, style, chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" } });
    for (const r of rows) body.push(r);
    const headLines = full.toString().split("\n").slice(0, -1);
    const bodyLines = body.toString().split("\n");
    bodyLines[0] = bodyLines[0]!.replace("┌", "├").replace(/┬/g, "┼").replace("┐", "┤");
    return [...headLines, ...bodyLines].join("\n") + "\n";
  };
  const line = (s: string) => padTo(s, W) + "\n";
  const heading = (s: string) => c.dim(rule(s, W)) + "\n";

  function interactions(r: DocumentResult): string {
    const rows = r.interactions.map((i) => {
      // "who" is the initiator when one is named, else the first participant
      const k = Math.max(0, i.participants.findIndex((p) => i.initiator !== undefined && p.name === i.initiator));
      const first = i.participants[k];
      const rest = i.participants.filter((_, j) => j !== k);
      const kind = i.status === "planned" ? `${i.type} (planned)` : i.type;
      const where = [i.place ? d(i.place) : "", i.date ? d(i.date) : ""].filter(Boolean).join(" · ");
      return [first ? participant(first) : "", rest.map(participant).join(", "), kind, i.topics.map(d).join("; "), where];
    });
    return table(["who", "with whom", "kind", "about", "where / when"], [20, 22, 11, 27, 20], rows);
  }

  function ministers(r: DocumentResult): string {
    const rows = r.ministers.map((m) => [
      d(m.name) + mentionsNote(m.mentions.length),
      d(m.title),
      m.portfolio,
      m.country ? d(m.country) + (m.countryBasis ? ` (${m.countryBasis})` : "") : "",
    ]);
    return table(["minister", "title", "portfolio", "country"], [26, 40, 17, 17], rows, true);
  }

  function entities(r: DocumentResult): string {
    const rows: string[][] = [];
    const only = ctx.only;
    if (only.has("people")) for (const p of r.people)
      rows.push(["person", d(p.name) + mentionsNote(p.mentions.length), [p.title, p.role].filter(Boolean).map((x) => d(x)).join(" · ")]);
    if (only.has("organizations")) for (const o of r.organizations)
      rows.push(["org", d(o.name) + mentionsNote(o.mentions.length), [o.kind, o.country].filter(Boolean).map((x) => d(x)).join(" · ")]);
    if (only.has("places")) for (const p of r.places)
      rows.push(["place", d(p.name) + mentionsNote(p.mentions.length), p.country ? d(p.country) : ""]);
    if (only.has("countries")) for (const k of r.countries)
      rows.push(["country", d(k.name) + mentionsNote(k.mentions.length), [k.code, k.nameAr].filter(Boolean).map((x) => d(x)).join(" · ")]);
    if (only.has("dates")) for (const t of r.dates)
      rows.push(["date", d(t.text), t.value && t.value !== t.text ? d(t.value) : ""]);
    return rows.length ? table(["kind", "name", "details"], [14, 43, 43], rows, true) : "";
  }

  function nodeName(n: NetworkNode): string {
    return n.country ? `${d(n.name)} (${d(n.country)})` : d(n.name);
  }

  return {
    begin: () => "",
    document({ result: r }) {
      net.add(r);
      let out = heading(`${d(r.file)} · ${r.language}`);
      if (r.errors?.length) {
        for (const e of r.errors) out += line(`  cannot read: ${d(e.message)}`);
        return out;
      }
      let body = "";
      if (ctx.only.has("interactions") && r.interactions.length) body += interactions(r);
      if (ctx.only.has("ministers") && r.ministers.length) body += ministers(r);
      body += entities(r);
      return out + (body || line("  nothing found"));
    },
    end(s: RunSummary | null) {
      let out = "";
      const g = net.build();
      if (ctx.only.has("interactions") && g.edges.length) {
        const byId = new Map(g.nodes.map((n) => [n.id, n]));
        const edges = [...g.edges].sort((a, b) => b.count - a.count);
        out += heading("network");
        out += table(["who", "with whom", "interactions", "count", "documents"], [22, 22, 19, 10, 27],
          edges.map((e) => [nodeName(byId.get(e.a)!), nodeName(byId.get(e.b)!), edgeLabel(e), String(e.count), e.files.map(d).join(", ")]));
      }
      if (s) {
        const parts = [
          `${s.documents} document${s.documents === 1 ? "" : "s"}`,
          `${s.ministers} minister${s.ministers === 1 ? "" : "s"}`,
          `${s.interactions} interaction${s.interactions === 1 ? "" : "s"}`,
        ];
        if (s.failed) parts.push(`${s.failed} unreadable`);
        parts.push(`${(s.elapsedMs / 1000).toFixed(2)} s`);
        out += heading(parts.join(" · "));
      }
      return out;
    },
  };
}
