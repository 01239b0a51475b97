"""Benchmark the network view on synthetic inspection-shaped graphs in headless Chromium.

For each size it builds an RDF dataset (the project's ontology plus councils, people, posts,
post holdings, inspections, findings, quotations and sources with evidence spans), projects it
and renders it two ways, then loads each page in Chromium with every non-file request blocked:

- ``kg viz``: graph/view.py as shipped: layout computed in Python (igraph), physics off above
  graph.view.PHYSICS_LIMIT nodes, everything inlined;
- ``pyvis default``: the same nodes and edges in a stock pyvis ``Network`` (lists filled
  directly, since ``add_edge`` is quadratic), pyvis's own template and default physics.

It reports the Python time (projection, layout, HTML), the file size, the time from navigation
to vis-network's first ``afterDrawing`` event, and the time of one redraw after a zoom.

Usage: python scripts/bench_view.py [--sizes 200,1000,5000,20000] [--timeout 60] [--out DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rdflib import Dataset, Literal, URIRef

from graph.build import add_standard_triples, load_ontology
from graph.iris import ONTOLOGY_GRAPH
from graph.namespace import KG, OA, RDF, RDFS, XSD, bind_prefixes
from graph.view import PHYSICS_LIMIT, project, render_html

ROOT = Path(__file__).resolve().parents[1]
BASE = "https://example.org/bench/"

# Wraps vis.Network as the page's script defines it, to time the first draw of any vis page.
HOOK = """
(() => {
  let visObject;
  Object.defineProperty(window, "vis", {
    configurable: true,
    get() { return visObject; },
    set(value) {
      visObject = value;
      let Network;
      Object.defineProperty(value, "Network", {
        configurable: true, enumerable: true,
        get() { return Network; },
        set(Original) {
          Network = function (...args) {
            const network = new Original(...args);
            window.__network = network;
            network.once("afterDrawing", () => { window.__firstDraw = performance.now(); });
            return network;
          };
          Network.prototype = Original.prototype;
        },
      });
    },
  });
})();
"""

REDRAW = """() => new Promise((resolve) => {
  const network = window.__network;
  const start = performance.now();
  network.once("afterDrawing", () => resolve(performance.now() - start));
  network.moveTo({scale: network.getScale() * 1.25, animation: false});
})"""


ARM = """() => {
  const start = performance.now();
  window.__network.once("afterDrawing", () => { window.__zoomFrame = performance.now() - start; });
}"""


def synthetic(nodes: int, seed: int = 7) -> Dataset:
    """About ``nodes`` view nodes shaped like the corpus: 1 source per 25 facts, and so on."""
    import random

    rng = random.Random(seed)
    dataset = bind_prefixes(Dataset())
    ontology = load_ontology(ROOT)
    onto = dataset.graph(ONTOLOGY_GRAPH)
    for triple in ontology:
        onto.add(triple)
    g = dataset.graph(URIRef(BASE + "graph/synthetic"))

    def iri(kind: str, i: int) -> URIRef:
        return URIRef(f"{BASE}{kind}/{i}")

    councils = max(2, nodes // 60)
    people = max(3, nodes // 12)
    sources = max(2, nodes // 25)
    inspections = max(2, nodes // 30)
    posts = max(2, nodes // 15)
    rest = max(4, nodes - councils - people - sources - inspections - posts)
    findings, quotations = rest // 2, rest - rest // 2
    for i in range(councils):
        g.add((iri("body", i), RDF.type, KG.Council))
        g.add((iri("body", i), RDFS.label, Literal(f"Council {i}")))
    for i in range(posts):
        g.add((iri("post", i), RDF.type, KG.Post))
        g.add((iri("post", i), RDFS.label, Literal(f"Director {i}")))
        g.add((iri("post", i), KG.postIn, iri("body", i % councils)))
    for i in range(sources):
        node = iri("source", i)
        g.add((node, RDF.type, KG.NewsArticle))
        g.add((node, RDFS.label, Literal(f"Article {i}")))
        g.add((node, KG.title, Literal(f"Article {i}")))
        g.add((node, KG.datePublished, Literal(f"{2014 + i % 10}", datatype=XSD.gYear)))

    def evidence(node: URIRef, source: int, words: str) -> None:
        span = URIRef(f"{node}/span")
        quote = URIRef(f"{node}/span/quote")
        g.add((node, KG.source, iri("source", source)))
        g.add((node, KG.evidence, span))
        g.add((span, RDF.type, KG.EvidenceSpan))
        g.add((span, KG.inSource, iri("source", source)))
        g.add((span, OA.hasSelector, quote))
        g.add((quote, RDF.type, OA.TextQuoteSelector))
        g.add((quote, OA.exact, Literal(words)))

    for i in range(people):
        node = iri("person", i)
        g.add((node, RDF.type, KG.Person))
        g.add((node, RDFS.label, Literal(f"Person {i}")))
        holding = iri("holding", i)
        g.add((holding, RDF.type, KG.PostHolding))
        g.add((holding, KG.holder, node))
        g.add((holding, KG.post, iri("post", rng.randrange(posts))))
        evidence(holding, rng.randrange(sources), f"Person {i}, director, said")
    for i in range(inspections):
        node = iri("inspection", i)
        g.add((node, RDF.type, KG.Inspection))
        g.add((node, RDFS.label, Literal(f"Inspection {i}")))
        g.add((node, KG.eventDate, Literal(f"{2014 + i % 10}", datatype=XSD.gYear)))
        g.add((node, KG.subject, iri("body", rng.randrange(councils))))
        evidence(node, rng.randrange(sources), f"inspected in {2014 + i % 10}")
    for i in range(findings):
        node = iri("finding", i)
        g.add((node, RDF.type, KG.Finding))
        g.add((node, RDFS.label, Literal(f"Finding {i}: caseloads are too high")))
        g.add((node, KG.inspection, iri("inspection", rng.randrange(inspections))))
        g.add((node, KG.findingAbout, iri("body", rng.randrange(councils))))
        evidence(node, rng.randrange(sources), f"Finding {i}: caseloads are too high.")
    for i in range(quotations):
        node = iri("quotation", i)
        g.add((node, RDF.type, KG.Quotation))
        g.add((node, RDFS.label, Literal(f"Quotation {i}")))
        g.add((node, KG.speaker, iri("person", rng.randrange(people))))
        g.add((node, KG.about, iri("finding", rng.randrange(findings))))
        g.add((node, KG.quotedFrom, iri("source", rng.randrange(sources))))
        evidence(node, rng.randrange(sources), f"We are disappointed, said person {i}.")
    add_standard_triples(g, ontology)
    return dataset


def pyvis_default(graph) -> str:
    """The same nodes and edges in a stock pyvis page with its default physics."""
    from pyvis.network import Network

    styles = {t["name"]: t for t in graph.graph["types"]}
    net = Network(height="900px", width="100%", directed=True, cdn_resources="in_line")
    index = {node: i for i, node in enumerate(graph)}
    for node, attrs in graph.nodes(data=True):
        style = styles[attrs["type"]]
        net.nodes.append(
            {
                "id": index[node],
                "label": attrs["label"][:40],
                "shape": style["shape"],
                "color": style["color"],
                "size": 10,
            }
        )
    net.node_ids = list(range(len(index)))
    for u, v, attrs in graph.edges(data=True):
        net.edges.append(
            {"from": index[u], "to": index[v], "label": attrs["label"], "arrows": "to"}
        )
    return net.generate_html()


def measure_in_browser(path: Path, timeout: float) -> dict:
    """Load one page in a fresh headless Chromium, offline; the first draw and a redraw."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=shutil.which("chromium"),
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.add_init_script(HOOK)
        page.route(
            "**/*", lambda r: r.continue_() if r.request.url.startswith("file://") else r.abort()
        )
        page.goto(path.as_uri(), wait_until="commit")
        page.wait_for_function("() => window.__firstDraw !== undefined", timeout=timeout * 1000)
        result = {"first": page.evaluate("() => window.__firstDraw") / 1000}
        result["redraw"] = page.evaluate(REDRAW)
        page.evaluate(ARM)
        page.mouse.move(800, 450)
        page.mouse.wheel(0, -200)
        page.wait_for_function("() => window.__zoomFrame !== undefined", timeout=timeout * 1000)
        result["zoom"] = page.evaluate("() => window.__zoomFrame")
        browser.close()
    return result


def measure(path: Path, timeout: float) -> dict | None:
    """Seconds from navigation to the first draw, ms of a full redraw and of a wheel-zoom
    frame (edges hidden while zooming above a few hundred nodes); None: not drawn in time.

    Each page runs in its own process group, killed at the deadline: a page whose main thread
    is stuck in vis-network's layout does not answer Playwright's own timeouts.
    """
    command = [sys.executable, __file__, "--measure", str(path), "--timeout", str(timeout)]
    child = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, start_new_session=True)
    try:
        out, _ = child.communicate(timeout=timeout + 30)
    except subprocess.TimeoutExpired:
        os.killpg(child.pid, signal.SIGKILL)
        child.communicate()
        return None
    if child.returncode != 0:
        return None
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="200,1000,5000,20000")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per page load")
    parser.add_argument("--out", type=Path, default=None, help="keep the pages in this folder")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        from playwright.sync_api import TimeoutError as PageTimeout

        try:
            print(json.dumps(measure_in_browser(args.measure, args.timeout)))
        except PageTimeout:
            print("null")
        return

    out = args.out or Path(tempfile.mkdtemp(prefix="bench-view-"))
    out.mkdir(parents=True, exist_ok=True)
    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        dataset = synthetic(size)
        start = time.perf_counter()
        graph = project(dataset)
        projected = time.perf_counter() - start
        html = render_html(graph)
        python = time.perf_counter() - start
        ours = out / f"kg-viz-{size}.html"
        ours.write_text(html, encoding="utf-8")
        theirs = out / f"pyvis-default-{size}.html"
        theirs.write_text(pyvis_default(graph), encoding="utf-8")
        physics = "on, then off" if graph.number_of_nodes() <= PHYSICS_LIMIT else "off"
        for name, path, note in (
            ("kg viz", ours, f"computed in Python, physics {physics}"),
            ("pyvis default", theirs, "pyvis default physics (barnesHut)"),
        ):
            got = measure(path, args.timeout)
            rows.append(
                (
                    graph.number_of_nodes(),
                    graph.number_of_edges(),
                    name,
                    f"{python:.1f} ({projected:.1f})" if name == "kg viz" else "",
                    path.stat().st_size / 1e6,
                    f"{got['first']:.1f}" if got else f"not drawn in {args.timeout:.0f}",
                    f"{got['redraw']:.0f}" if got else "",
                    f"{got['zoom']:.0f}" if got else "",
                    note,
                )
            )
            print(rows[-1], flush=True)
    header = (
        "| nodes | edges | page | Python s (projection) | file MB | first draw s | redraw ms "
        "| zoom frame ms | layout |\n|---:|---:|---|---:|---:|---:|---:|---:|---|"
    )
    print()
    print(header)
    for n, e, name, py, mb, first, redraw, zoom, note in rows:
        print(
            f"| {n:,} | {e:,} | {name} | {py} | {mb:.1f} | {first} | {redraw} | {zoom} | {note} |"
        )
    print(f"\npages in {out}")


if __name__ == "__main__":
    main()
