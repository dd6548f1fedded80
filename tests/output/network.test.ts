import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { buildNetwork, edgeLabel } from "../../src/output/network.js";
import { renderDot, dotString } from "../../src/output/dot.js";
import { renderMermaid, mermaidText } from "../../src/output/mermaid.js";
import { arabicDoc, nastyDoc } from "./fixtures.js";

const DOT = "/usr/bin/dot";
const hasDot = existsSync(DOT) || spawnSync("dot", ["-V"]).status === 0;

describe("network", () => {
  it("merges participants across spellings and documents, labels ministers with title and country", () => {
    const net = buildNetwork([arabicDoc("a.txt"), arabicDoc("b.txt")]);
    expect(net.nodes).toHaveLength(2);
    const khattab = net.nodes[0]!;
    expect(khattab.title).toBe("وزير الداخلية السوري");
    expect(khattab.country).toBe("SY");
    expect(khattab.documents).toBe(2);
    expect(net.edges).toHaveLength(1);
    expect(net.edges[0]!.count).toBe(4);
    expect(net.edges[0]!.files).toEqual(["a.txt", "b.txt"]);
    expect(edgeLabel(net.edges[0]!)).toBe("meeting ×2, call ×2");
  });

  it("links every pair of a three-party interaction", () => {
    const net = buildNetwork([nastyDoc()]);
    expect(net.nodes).toHaveLength(3);
    expect(net.edges.map((e) => `${e.a}-${e.b}`)).toEqual(["n0-n1", "n0-n2", "n1-n2"]);
  });
});

describe("dot", () => {
  it("escapes quotes and backslashes", () => {
    expect(dotString('a "b" \\c')).toBe('"a \\"b\\" \\\\c"');
  });

  it.skipIf(!hasDot)("is parsed by graphviz, labels intact", () => {
    const src = renderDot(buildNetwork([arabicDoc(), nastyDoc()]));
    const r = spawnSync(hasDot && existsSync(DOT) ? DOT : "dot", ["-Tjson0"], { input: src, encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const g = JSON.parse(r.stdout) as { objects: { name: string; label: string }[]; edges: { label: string }[] };
    const labels = g.objects.map((o) => o.label);
    expect(labels).toContain("أنس خطاب\\nوزير الداخلية السوري · SY");
    // graphviz keeps label escapes (\\n, \\\\) for rendering; quotes come back unescaped
    expect(labels).toContain('John "JJ" O\'Neil, Jr.\\nMinister of Foreign Affairs \\\\ Trade · GB');
    expect(labels).toContain('The "G7"; group\\\\');
    expect(g.edges).toHaveLength(4);
    expect(g.edges.map((e) => e.label)).toContain("meeting, call");
  });
});

describe("mermaid", () => {
  it("escapes characters Mermaid would read", () => {
    expect(mermaidText('a "b" <c> & #d `e`')).toBe("a #quot;b#quot; #lt;c#gt; #amp; #35;d #96;e#96;");
  });

  it("has the flowchart shape: header, one node per line, edges between declared nodes", () => {
    const out = renderMermaid(buildNetwork([arabicDoc(), nastyDoc()]));
    const [head, ...lines] = out.trimEnd().split("\n");
    expect(head).toBe("graph LR");
    const declared = new Set<string>();
    let edges = 0;
    for (const l of lines) {
      const node = /^ {2}(n\d+)(\(\["|\["|\{\{")([^"]*)("\]\)|"\]|"\}\})$/.exec(l);
      const edge = /^ {2}(n\d+) ---\|"([^"]*)"\| (n\d+)$/.exec(l);
      expect(node ?? edge, l).not.toBeNull();
      if (node) declared.add(node[1]!);
      if (edge) {
        edges++;
        expect(declared.has(edge[1]!) && declared.has(edge[3]!)).toBe(true);
      }
    }
    expect(declared.size).toBe(5);
    expect(edges).toBe(4);
    expect(out).toContain("أنس خطاب<br/>وزير الداخلية السوري · SY");
  });
});
