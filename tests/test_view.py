"""The network view: ontology-driven projection, filters, exports, escaping, and the page itself
driven in a real headless Chromium with every non-file request blocked."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from rdflib import Dataset, Literal, URIRef

from graph.build import add_standard_triples, load_ontology
from graph.cli import main
from graph.export import union_graph
from graph.iris import ONTOLOGY_GRAPH
from graph.namespace import KG, OA, RDF, RDFS, SKOS, XSD, bind_prefixes
from graph.pipeline import counts
from graph.problems import InputError
from graph.store import open_store
from graph.view import Selection, ViewSpec, layout, project, render_html, select

ROOT = Path(__file__).resolve().parents[1]
ID = "https://w3id.org/cskg/id/"
WHYTE = ID + "person/warren-whyte"

XSS_IMG = "<img src=x onerror=alert(1)><img src=x onerror=\"window.__pwned='img'\">"
XSS_SCRIPT = "</script><script>window.__pwned='script'</script><!--"
XSS_HREF = "see <a href=\"javascript:window.__pwned='href'\">href</a> & co"
XSS_HEADING = "<h1 onmouseover=\"window.__pwned='heading'\">heading</h1>"


# --- fixtures ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def project_dir(built_snapshot) -> Path:
    """A built copy of the project's data and ontology (shared with the other test files)."""
    return built_snapshot.parents[1]


@pytest.fixture(scope="module")
def dataset(project_dir) -> Dataset:
    return open_store(None, project_dir).load()


@pytest.fixture(scope="module")
def full(dataset) -> nx.MultiDiGraph:
    return project(dataset)


def hostile_dataset() -> Dataset:
    """A person, body, source, quotation and evidence span whose every text is hostile."""
    base = "https://example.org/id/"
    dataset = bind_prefixes(Dataset())
    ontology = load_ontology(ROOT)
    onto = dataset.graph(ONTOLOGY_GRAPH)
    for triple in ontology:
        onto.add(triple)
    g = dataset.graph(URIRef(base + "graph/hostile"))
    person, body = URIRef(base + "person/evil"), URIRef(base + "body/evil")
    source, quote = URIRef(base + "source/evil"), URIRef(base + "quotation/evil")
    span, selector = URIRef(base + "source/evil/span/0-5"), URIRef(base + "source/evil/span/q")
    g.add((person, RDF.type, KG.Person))
    g.add((person, RDFS.label, Literal(XSS_IMG)))
    g.add((person, SKOS.altLabel, Literal(XSS_HREF)))
    g.add((body, RDF.type, KG.Council))
    g.add((body, RDFS.label, Literal(XSS_HEADING)))
    g.add((body, KG.note, Literal(XSS_SCRIPT)))
    g.add((source, RDF.type, KG.NewsArticle))
    g.add((source, RDFS.label, Literal(XSS_SCRIPT)))
    g.add((source, KG.title, Literal(XSS_SCRIPT)))
    g.add((source, KG.datePublished, Literal("2020", datatype=XSD.gYear)))
    g.add((quote, RDF.type, KG.Quotation))
    g.add((quote, RDFS.label, Literal(XSS_HREF)))
    g.add((quote, KG.text, Literal(XSS_SCRIPT + " " + XSS_IMG)))
    g.add((quote, KG.speaker, person))
    g.add((quote, KG.about, body))
    g.add((quote, KG.quotedFrom, source))
    g.add((quote, KG.dateSaid, Literal("2020-02-03", datatype=XSD.date)))
    g.add((quote, KG.evidence, span))
    g.add((span, RDF.type, KG.EvidenceSpan))
    g.add((span, KG.inSource, source))
    g.add((span, OA.hasSelector, selector))
    g.add((selector, RDF.type, OA.TextQuoteSelector))
    g.add((selector, OA.exact, Literal(XSS_IMG)))
    g.add((selector, OA.prefix, Literal(XSS_SCRIPT)))
    g.add((selector, OA.suffix, Literal(XSS_HREF)))
    add_standard_triples(g, ontology)
    return dataset


def page_data(html: str) -> dict:
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S)
    assert match, "no data block"
    return json.loads(match.group(1))


# --- projection -------------------------------------------------------------------------------


def test_projection_has_every_instance_of_every_view_class(dataset, full):
    union = union_graph(dataset)
    onto = dataset.graph(ONTOLOGY_GRAPH)
    view_classes = [c for c, flag in onto.subject_objects(KG.viewNode) if flag.toPython()]
    expected = {str(s) for c in view_classes for s in union.subjects(RDF.type, c)}
    assert set(full) == expected
    built = counts(dataset)
    by_type: dict[str, int] = {}
    for _, attrs in full.nodes(data=True):
        by_type[attrs["type"]] = by_type.get(attrs["type"], 0) + 1
    assert by_type["Person"] == built["people"]
    assert by_type["Body"] == built["bodies"]
    assert by_type["Quotation"] == built["quotations"]
    assert by_type["Finding"] == built["findings"]
    assert by_type["Source"] == built["sources"]
    assert by_type["Event"] == built["events"]


def test_relationship_class_is_one_edge_not_a_node(dataset, full):
    holdings = set(union_graph(dataset).subjects(RDF.type, KG.PostHolding))
    assert holdings and not holdings & set(full)
    drawn = [(u, v, d) for u, v, d in full.edges(data=True) if d["label"] == "holds post"]
    assert len(drawn) == len(holdings)
    for u, v, attrs in drawn:
        assert full.nodes[u]["type"] == "Person" and full.nodes[v]["type"] == "Post"
        assert attrs["evidence"] and attrs["sources"]
    assert any(attrs["dates"] for *_, attrs in drawn)


def test_edges_use_the_most_specific_annotated_property(full):
    labels = {d["label"] for *_, d in full.edges(data=True)}
    assert {"said by", "reported in", "holds post", "agrees with", "part of"} <= labels
    # a quotation is linked to its source by kg:quotedFrom and kg:source: one edge, not two
    pairs = [(u, v) for u, v, d in full.edges(data=True) if d["label"] == "reported in"]
    assert len(pairs) == len(set(pairs))


def test_node_data_carries_facts_evidence_and_sources(full):
    quote = next(n for n, d in full.nodes(data=True) if d["type"] == "Quotation")
    attrs = full.nodes[quote]
    assert attrs["evidence"] and all(e["exact"] and e["source"] for e in attrs["evidence"])
    assert attrs["sources"] and attrs["dates"] and attrs["texts"]
    council = full.nodes[ID + "body/buckinghamshire-county-council"]
    assert council["type"] == "Body" and council["kind"] == "Council"
    assert "Bucks County Council" in council["names"]
    assert full.graph["sources"][attrs["sources"][0]]["title"]


def test_annotations_in_the_ontology_change_the_view(dataset, full):
    """The view follows the ontology graph inside the dataset: no class or property is coded."""
    changed = Dataset()
    for s, p, o, g in dataset.quads((None, None, None, None)):
        changed.add((s, p, o, g))
    onto = changed.graph(ONTOLOGY_GRAPH)
    onto.remove((KG.Figure, KG.viewNode, None))
    onto.add((KG.judgedBy, KG.viewEdge, Literal("judged by")))
    onto.add((KG.Council, KG.viewNode, Literal(True)))
    onto.add((KG.Council, KG.viewColor, Literal("#000000")))
    onto.add((KG.Council, KG.viewShape, Literal("star")))
    graph = project(changed)
    figures = [n for n, d in full.nodes(data=True) if d["type"] == "Figure"]
    assert figures and not set(figures) & set(graph)
    assert any(d["label"] == "judged by" for *_, d in graph.edges(data=True))
    council = graph.nodes[ID + "body/buckinghamshire-county-council"]
    assert council["type"] == "Council"  # the most specific view class wins
    assert {"name": "Council", "color": "#000000", "shape": "star"}.items() <= next(
        t for t in graph.graph["types"] if t["name"] == "Council"
    ).items()


def test_view_spec_reads_the_annotations():
    spec = ViewSpec(load_ontology(ROOT))
    assert spec.node_types[KG.Person].color.startswith("#")
    assert spec.relations[KG.PostHolding] == (KG.holder, KG.post, "holds post")
    assert spec.edge_labels[KG.quotedFrom] == spec.edge_labels[KG.source] == "reported in"


def test_layout_is_deterministic_with_or_without_igraph(full, monkeypatch):
    first = layout(full)
    assert first == layout(full) and set(first) == set(full)
    monkeypatch.setitem(sys.modules, "igraph", None)  # import igraph now raises ImportError
    fallback = layout(full)
    assert set(fallback) == set(full) and len(set(fallback.values())) == len(full)


# --- narrowing --------------------------------------------------------------------------------


def test_focus_and_depth(full):
    one = select(full, Selection(focus="warren-whyte", depth=1))
    assert set(one) == {WHYTE, *nx.all_neighbors(full, WHYTE)}
    two = select(full, Selection(focus="Warren Whyte", depth=2))
    assert set(one) < set(two) < set(full)
    assert set(select(full, Selection(focus=WHYTE, depth=0))) == {WHYTE}


def test_types(full):
    people = select(full, Selection(types=("Person", "body")))
    assert {d["type"] for _, d in people.nodes(data=True)} == {"Person", "Body"}
    assert people.number_of_nodes() == sum(
        1 for _, d in full.nodes(data=True) if d["type"] in {"Person", "Body"}
    )


def test_dates(full):
    recent = select(full, Selection(since="2020"))
    dated = [d for _, d in recent.nodes(data=True) if d["start"]]
    assert dated and all(d["end"] >= "2020-01-01" for d in dated)
    early = select(full, Selection(until="2016-06"))
    assert all(d["start"] <= "2016-06-30" for _, d in early.nodes(data=True) if d["start"])
    assert not set(recent) - set(full) and set(recent) != set(early)


def test_source_and_theme(full):
    source = "bucks-high-caseloads-slammed-by-inspectors"
    graph = select(full, Selection(source=source))
    assert ID + "source/" + source in graph
    for _, attrs in graph.nodes(data=True):
        assert not attrs["sources"] or ID + "source/" + source in attrs["sources"]
    themed = select(full, Selection(theme="caseloads"))
    seeds = [n for n, d in themed.nodes(data=True) if d["themes"]]
    assert seeds and all(
        any(t.endswith("/caseloads") for t in themed.nodes[n]["themes"]) for n in seeds
    )


@pytest.mark.parametrize(
    ("selection", "option"),
    [
        (Selection(focus="nobody-at-all"), "--focus"),
        (Selection(types=("Unicorn",)), "--types"),
        (Selection(since="2020-13"), "--since"),
        (Selection(since="2021", until="2019"), "--since"),
        (Selection(source="no-such-source"), "--source"),
        (Selection(theme="no-such-theme"), "--theme"),
    ],
)
def test_bad_selection_names_the_option(full, selection, option):
    with pytest.raises(InputError) as caught:
        select(full, selection)
    assert caught.value.problems[0].file == option


# --- the command line and exports ---------------------------------------------------------------


def test_kg_viz_options(project_dir, tmp_path, full):
    runner = CliRunner()
    out = tmp_path / "whyte.html"
    result = runner.invoke(
        main, ["viz", "--project", str(project_dir), "-o", str(out), "--focus", "warren-whyte"]
    )
    assert result.exit_code == 0, result.output
    expected = select(full, Selection(focus="warren-whyte"))
    counts_said = f"({expected.number_of_nodes()} nodes, {expected.number_of_edges()} edges)"
    assert counts_said in result.output
    assert len(page_data(out.read_text(encoding="utf-8"))["nodes"]) == len(expected)
    bad = runner.invoke(
        main, ["viz", "--project", str(project_dir), "-o", str(out), "--types", "X"]
    )
    assert bad.exit_code == 1 and "--types" in bad.output and "nothing was written" in bad.output
    piped = runner.invoke(
        main, ["viz", "--project", str(project_dir), "-o", "-", "--types", "Body"]
    )
    assert piped.exit_code == 0 and piped.output.startswith("<!DOCTYPE html>")


def test_kg_run_writes_the_view(project_dir, tmp_path):
    result = CliRunner().invoke(
        main, ["run", "--project", str(project_dir), "--out", str(tmp_path)]
    )
    assert result.exit_code == 0, result.output
    assert page_data((tmp_path / "graph.html").read_text(encoding="utf-8"))["nodes"]


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_export_projection(project_dir, tmp_path, full, fmt):
    out = tmp_path / f"graph.{fmt}"
    args = ["export", "--project", str(project_dir), "--format", fmt, "-o", str(out)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    read = nx.read_graphml if fmt == "graphml" else nx.read_gexf
    graph = read(out)
    assert graph.number_of_nodes() == full.number_of_nodes()
    assert graph.number_of_edges() == full.number_of_edges()
    assert graph.nodes[WHYTE]["label"] == "Warren Whyte"
    first = out.read_bytes()
    assert CliRunner().invoke(main, args).exit_code == 0
    assert out.read_bytes() == first  # deterministic


# --- the page, statically -----------------------------------------------------------------------


def test_page_is_self_contained(full):
    html = render_html(full)
    assert not re.search(r"<(script|link|img|iframe)[^>]*\s(src|href)=", html, re.I)
    assert "@import" not in html
    assert all(url.startswith(("data:", '"data:')) for url in re.findall(r"url\(([^)]*)\)", html))
    assert "default-src 'none'" in html  # the page may fetch nothing
    data = page_data(html)
    assert len(data["nodes"]) == full.number_of_nodes()
    assert len(data["edges"]) == full.number_of_edges()
    assert {t["name"] for t in data["types"]} == {d["type"] for _, d in full.nodes(data=True)}


def test_hostile_text_is_data_never_markup():
    graph = project(hostile_dataset())
    html = render_html(graph, title="<b>t</b>", subtitle=XSS_IMG)
    for text in (XSS_IMG, XSS_SCRIPT, XSS_HREF, XSS_HEADING, "<b>t</b>"):
        assert text not in html
    assert html.count("</script>") == 3  # the data block, vis-network, the view's script
    data = page_data(html)
    labels = {d["label"] for d in data["details"]}
    assert {XSS_IMG, XSS_HREF, XSS_HEADING, XSS_SCRIPT} <= labels
    quote = next(d for d in data["details"] if d["type"] == "Quotation")
    assert quote["evidence"][0]["exact"] == XSS_IMG
    assert all("title" not in node for node in data["nodes"])  # pyvis's title path is unused


# --- the page in headless Chromium --------------------------------------------------------------

DRAWN = """() => {
  const b = kgView.network.body;
  const shown = (n) => n && !n.options.hidden;
  const nodes = Object.values(b.nodes).filter(shown).length;
  const edges = Object.values(b.edges).filter((e) => e.connected && !e.options.hidden
      && shown(e.from) && shown(e.to)).length;
  const canvas = document.querySelector('#kg-network canvas');
  const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
  let ink = 0;
  for (let i = 0; i < pixels.length; i += 4 * 7) { if (pixels[i + 3] && pixels[i] < 240) ink++; }
  return {nodes, edges, ink};
}"""


class Page:
    """A view opened offline: records console errors, dialogs and every blocked request."""

    def __init__(self, browser, path: Path, bypass_csp: bool = False):
        self.context = browser.new_context(
            viewport={"width": 1400, "height": 900}, bypass_csp=bypass_csp
        )
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.blocked: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dialog)
        self.page.route("**/*", self._route)
        self.page.goto(path.as_uri())
        self.page.wait_for_function("() => window.kgView && window.kgView.drawn", timeout=30000)
        self.page.wait_for_function("() => !kgView.network.physics.physicsEnabled", timeout=30000)

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def _route(self, route) -> None:
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            self.blocked.append(route.request.url)
            route.abort()

    def drawn(self) -> dict:
        return self.page.evaluate(DRAWN)

    def index_of(self, iri: str) -> int:
        return self.page.evaluate("(iri) => kgView.data.details.findIndex(d => d.iri === iri)", iri)

    def close(self) -> None:
        assert self.errors == [], self.errors
        assert self.blocked == [], self.blocked
        assert self.dialogs == [], self.dialogs
        self.context.close()


def write(path: Path, html: str) -> Path:
    path.write_text(html, encoding="utf-8")
    return path


def test_browser_draws_the_whole_projection_offline(browser, tmp_path, full):
    page = Page(browser, write(tmp_path / "all.html", render_html(full)))
    drawn = page.drawn()
    assert drawn["nodes"] == full.number_of_nodes()
    assert drawn["edges"] == full.number_of_edges()
    assert drawn["ink"] > 1000  # something is on the canvas
    legend = page.page.locator("#kg-legend-list li").all_inner_texts()
    assert any("Person" in item for item in legend)
    page.close()


def test_browser_focus_and_type_filters_change_the_drawing(browser, tmp_path, full):
    for selection in (Selection(focus="warren-whyte", depth=1), Selection(types=("Person",))):
        graph = select(full, selection)
        page = Page(browser, write(tmp_path / "part.html", render_html(graph)))
        drawn = page.drawn()
        assert (drawn["nodes"], drawn["edges"]) == (
            graph.number_of_nodes(),
            graph.number_of_edges(),
        )
        assert drawn["nodes"] < full.number_of_nodes()
        page.close()


def test_browser_legend_hides_a_type(browser, tmp_path, full):
    page = Page(browser, write(tmp_path / "all.html", render_html(full)))
    people = sum(1 for _, d in full.nodes(data=True) if d["type"] == "Person")
    page.page.locator('#kg-legend input[data-type="Person"]').uncheck()
    assert page.drawn()["nodes"] == full.number_of_nodes() - people
    page.close()


def test_browser_search_centres_the_node_and_opens_its_panel(browser, tmp_path, full):
    page = Page(browser, write(tmp_path / "all.html", render_html(full)))
    page.page.fill("#kg-search", "warren wh")
    assert page.page.locator("#kg-results li").first.inner_text().startswith("Warren Whyte")
    page.page.press("#kg-search", "Enter")
    index = page.index_of(WHYTE)
    page.page.wait_for_function(
        """(i) => {
          const n = kgView.network, box = document.getElementById('kg-network');
          const at = n.canvasToDOM(n.getPositions([i])[i]);
          return Math.abs(at.x - box.clientWidth / 2) < 3
              && Math.abs(at.y - box.clientHeight / 2) < 3;
        }""",
        arg=index,
        timeout=5000,
    )
    assert page.page.evaluate("() => kgView.network.getSelectedNodes()") == [index]
    assert page.page.inner_text("#kg-panel .kg-panel-title") == "Warren Whyte"
    page.close()


def test_browser_click_shows_evidence_and_source(browser, tmp_path, full):
    quote = next(n for n, d in full.nodes(data=True) if d["type"] == "Quotation" and d["evidence"])
    attrs = full.nodes[quote]
    page = Page(browser, write(tmp_path / "all.html", render_html(full)))
    index = page.index_of(quote)
    point = page.page.evaluate(
        """(i) => { kgView.network.moveTo({position: kgView.network.getPositions([i])[i],
                                           scale: 1.5, animation: false});
                   const at = kgView.network.canvasToDOM(kgView.network.getPositions([i])[i]);
                   const box = document.getElementById('kg-network').getBoundingClientRect();
                   return {x: box.left + at.x, y: box.top + at.y}; }""",
        index,
    )
    page.page.mouse.move(point["x"], point["y"])
    page.page.wait_for_selector("#kg-tooltip:not([hidden])")
    assert "Quotation" in page.page.inner_text("#kg-tooltip")
    page.page.mouse.click(point["x"], point["y"])
    page.page.wait_for_selector("#kg-panel:not([hidden])")
    panel = page.page.inner_text("#kg-panel")
    assert page.page.inner_text("#kg-panel .kg-panel-title") == " ".join(attrs["label"].split())
    evidence = page.page.locator("#kg-panel .kg-evidence mark").all_text_contents()
    assert attrs["evidence"][0]["exact"] in evidence
    title = full.graph["sources"][attrs["evidence"][0]["source"]]["title"]
    assert title in panel
    page.close()


@pytest.mark.parametrize("bypass_csp", [False, True], ids=["with-csp", "escaping-alone"])
def test_browser_runs_no_injected_script(browser, tmp_path, bypass_csp):
    graph = project(hostile_dataset())
    html = render_html(graph, title=XSS_HEADING, subtitle=XSS_IMG)
    page = Page(browser, write(tmp_path / "hostile.html", html), bypass_csp=bypass_csp)
    p = page.page
    assert page.drawn()["nodes"] == graph.number_of_nodes() == 4
    for index in range(graph.number_of_nodes()):
        p.evaluate("(i) => kgView.focusNode(i)", index)
        p.wait_for_timeout(50)
    p.evaluate(
        f"() => kgView.focusNode(kgView.data.details.findIndex(d => d.label === {XSS_IMG!r}))"
    )
    assert p.inner_text("#kg-panel .kg-panel-title") == XSS_IMG
    assert XSS_HREF in p.inner_text("#kg-panel")
    p.evaluate(
        f"() => kgView.focusNode(kgView.data.details.findIndex(d => d.label === {XSS_HREF!r}))"
    )
    assert p.locator("#kg-panel .kg-evidence mark").first.text_content() == XSS_IMG
    assert XSS_SCRIPT in p.inner_text("#kg-panel")
    p.fill("#kg-search", "img src")
    assert XSS_IMG in p.inner_text("#kg-results")
    p.hover("#kg-results li")
    assert p.title() == XSS_HEADING
    assert p.inner_text("#kg-subtitle") == XSS_IMG
    p.wait_for_timeout(300)
    assert p.evaluate("() => window.__pwned === undefined")
    assert (
        p.evaluate("() => document.querySelectorAll('img, a, iframe, h1:not(#kg-title)').length")
        == 0
    )
    page.close()
