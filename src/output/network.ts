// The who-met-whom network over all documents: participants merged across documents by normalized
// name, one undirected edge per pair carrying the kinds of interaction and how often each occurred.
import type { DocumentResult, InteractionType, Participant } from "../types.js";
import { normKey } from "../text/normalize.js";

export interface NetworkNode {
  /** Stable id in order of first appearance: n0, n1, … */
  id: string;
  key: string;
  name: string;
  kind: Participant["kind"];
  /** The minister's title when this participant is a minister in some document. */
  title?: string;
  country?: string;
  documents: number;
}

export interface NetworkEdge {
  a: string;
  b: string;
  /** Interaction kinds in order of first appearance, with counts. */
  kinds: [InteractionType, number][];
  count: number;
  files: string[];
}

export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

export class NetworkBuilder {
  private nodes = new Map<string, NetworkNode>();
  private edges = new Map<string, NetworkEdge & { kindMap: Map<InteractionType, number> }>();

  add(r: DocumentResult): void {
    const ministers = new Map<string, { title: string; country: string | null }>();
    for (const m of r.ministers ?? []) {
      const k = normKey(m.name);
      if (k && !ministers.has(k)) ministers.set(k, { title: m.title, country: m.country });
    }
    const seenInDoc = new Set<string>();
    for (const it of r.interactions ?? []) {
      const ids: string[] = [];
      for (const p of it.participants ?? []) {
        const key = normKey(p.name ?? "");
        if (!key) continue;
        let node = this.nodes.get(key);
        if (!node) {
          node = { id: `n${this.nodes.size}`, key, name: p.name, kind: p.kind, documents: 0 };
          this.nodes.set(key, node);
        }
        const m = ministers.get(key);
        if (m && !node.title && m.title) node.title = m.title;
        const country = m?.country ?? p.country ?? undefined;
        if (country && !node.country) node.country = country;
        if (!seenInDoc.has(key)) { seenInDoc.add(key); node.documents++; }
        if (!ids.includes(node.id)) ids.push(node.id);
      }
      for (let i = 0; i < ids.length; i++) {
        for (let j = i + 1; j < ids.length; j++) {
          const [a, b] = [ids[i]!, ids[j]!].sort((x, y) => Number(x.slice(1)) - Number(y.slice(1))) as [string, string];
          const ek = `${a}|${b}`;
          let e = this.edges.get(ek);
          if (!e) {
            e = { a, b, kinds: [], count: 0, files: [], kindMap: new Map() };
            this.edges.set(ek, e);
          }
          e.count++;
          e.kindMap.set(it.type, (e.kindMap.get(it.type) ?? 0) + 1);
          if (!e.files.includes(r.file)) e.files.push(r.file);
        }
      }
    }
  }

  build(): Network {
    const nodes = [...this.nodes.values()];
    const edges = [...this.edges.values()].map(({ kindMap, ...e }) => ({ ...e, kinds: [...kindMap.entries()] }));
    return { nodes, edges };
  }
}

export function buildNetwork(results: Iterable<DocumentResult>): Network {
  const b = new NetworkBuilder();
  for (const r of results) b.add(r);
  return b.build();
}

/** "meeting ×2, call" */
export function edgeLabel(e: NetworkEdge): string {
  return e.kinds.map(([k, n]) => (n > 1 ? `${k} ×${n}` : k)).join(", ");
}

/** Second line of a node label: "وزير الداخلية · SY". */
export function nodeDetail(n: NetworkNode): string {
  return [n.title, n.country].filter(Boolean).join(" · ");
}
