"""``kg serve``: the SPARQL 1.1 protocol queried with real clients (SPARQLWrapper, rdflib's
SPARQLStore, plain HTTP), its safety rules, timeout and row cap, and the web pages in headless
Chromium. The server runs as a real subprocess on a free loopback port, over the real corpus
plus one source whose every text is hostile."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore, SPARQLUpdateStore
from werkzeug.datastructures import MIMEAccept

from graph.adhoc import as_table, evaluate, prepare
from graph.export import union_graph
from graph.pipeline import build_project
from graph.serve import EXAMPLES, negotiate
from graph.store import open_store, read_dataset
from tests.conftest import ROOT, assert_isomorphic, kg

ID = "https://w3id.org/cskg/id/"
HOSTILE_NAME = "Eve <img src=x onerror=alert('name')> \"Jones\""
HOSTILE_QUOTE = (
    "Children </td></table><script>alert('quote')</script> {{ 7*7 }} & 'safe' "
    "\U0001d4b3 come first."
)
HOSTILE_TITLE = 'Council told <script>alert("title")</script> & more'
QUOTATIONS = EXAMPLES["1-quotations"][1]
TIMEOUT = 3.0
MAX_ROWS = 2000
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def _write_json(path: Path, value: object) -> None:
    """JSON is YAML: the simplest way to write hostile strings into the data files."""
    path.write_text(json.dumps(value, ensure_ascii=False, indent=1), encoding="utf-8")


def hostile_project(root: Path) -> Path:
    """The real corpus plus a source, a person and a quotation whose texts are hostile."""
    for name in ("data", "ontology"):
        shutil.copytree(ROOT / name, root / name)
    evidence = f'{HOSTILE_NAME}, the council\'s leader, said: "{HOSTILE_QUOTE}"'
    text = f"{HOSTILE_TITLE}\n\n{evidence}\n"
    (root / "data/sources/hostile-source.txt").write_text(text, encoding="utf-8")
    _write_json(
        root / "data/sources/hostile-source.yaml",
        {
            "id": "hostile-source",
            "title": HOSTILE_TITLE,
            "title_basis": "headline",
            "kind": "news-article",
            "publisher": "unknown",
            "publisher_note": "A test text.",
            "original_file": "hostile.txt",
            "published": {"date": "2021-05-04", "basis": "stated", "note": "Test."},
        },
    )
    entities = (root / "data/entities.yaml").read_text(encoding="utf-8")
    person = f"people:\n  - id: eve-jones\n    name: {json.dumps(HOSTILE_NAME)}\n"
    (root / "data/entities.yaml").write_text(entities.replace("people:\n", person, 1))
    _write_json(
        root / "data/facts/hostile-source.yaml",
        {
            "source": "hostile-source",
            "quotations": [
                {
                    "id": "hostile-quotation",
                    "speaker": "eve-jones",
                    "speaker_role": "the council's leader",
                    "cue": "said",
                    "text": HOSTILE_QUOTE,
                    "evidence": evidence,
                    "date": "2021-05-04",
                    "date_basis": "inferred",
                    "date_note": "The article's date.",
                }
            ],
        },
    )
    build_project(root)
    return root


@dataclass
class Running:
    url: str
    project: Path
    process: subprocess.Popen
    graph: Graph
    dataset: object

    @property
    def sparql(self) -> str:
        return self.url + "sparql"

    def local(self, text: str):
        """The same query evaluated here, directly on the same build."""
        return evaluate(self.graph, prepare(text), self.dataset)


def start_server(project: Path, *options: str) -> tuple[str, subprocess.Popen]:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "graph.cli",
            "serve",
            "--port",
            "0",
            "--project",
            str(project),
            *list(options),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    line = process.stdout.readline()
    if " on http://" not in line:
        process.kill()
        _, errors = process.communicate()
        pytest.fail(f"kg serve did not start: {line}{errors}")
    url = line.split(" on ", 1)[1].split()[0]
    return url, process


def stop_server(process: subprocess.Popen) -> str:
    """Stop the server as Ctrl-C or a service manager would; return what it wrote to stderr."""
    process.terminate()
    try:
        _, errors = process.communicate(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        _, errors = process.communicate()
    return errors


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Running:
    project = hostile_project(tmp_path_factory.mktemp("served"))
    url, process = start_server(
        project, "--timeout", str(TIMEOUT), "--max-rows", str(MAX_ROWS), "--workers", "2"
    )
    dataset = open_store(None, project).load()
    dataset.default_union = True
    yield Running(url, project, process, union_graph(dataset), dataset)
    errors = stop_server(process)
    assert process.returncode == 0, errors


def http(url: str, data: bytes | None = None, headers: dict | None = None, method=None):
    """(status, headers, body) of one request, errors included."""
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def get(server: Running, query: str, accept: str | None = None, **params: str):
    url = server.sparql + "?" + urllib.parse.urlencode({"query": query, **params})
    return http(url, headers={"Accept": accept} if accept else {})


# --- the protocol with real clients --------------------------------------------------------


def rows_of(result) -> set[tuple[str, ...]]:
    return {tuple("" if v is None else str(v) for v in row) for row in result}


def wrapper(server: Running, query: str, fmt: str, method: str = "GET"):
    from SPARQLWrapper import POST, SPARQLWrapper

    client = SPARQLWrapper(server.sparql)
    client.setQuery(query)
    client.setReturnFormat(fmt)
    if method == "POST":
        client.setMethod(POST)
    return client.query()


@pytest.mark.parametrize("method", ["GET", "POST"])
@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
def test_sparqlwrapper_select_in_every_format(server, fmt, method):
    expected = server.local(QUOTATIONS)
    variables = [str(v) for v in expected.vars]
    wanted = {tuple("" if row[v] is None else str(row[v]) for v in variables) for row in expected}
    assert len(wanted) > 40
    assert any(HOSTILE_QUOTE in row for row in wanted)
    result = wrapper(server, QUOTATIONS, fmt, method)
    if fmt == "json":
        data = result.convert()
        assert data["head"]["vars"] == variables
        got = {
            tuple(b.get(v, {}).get("value", "") for v in variables)
            for b in data["results"]["bindings"]
        }
    elif fmt == "xml":
        document = result.convert()
        got = set()
        for node in document.getElementsByTagName("result"):
            values = {
                b.getAttribute("name"): b.firstChild.firstChild.data
                if b.firstChild.firstChild
                else ""
                for b in node.getElementsByTagName("binding")
            }
            got.add(tuple(values.get(v, "") for v in variables))
    else:
        text = result.convert().decode("utf-8")
        if fmt == "csv":
            header, *rows = list(csv.reader(io.StringIO(text)))
        else:
            header, *rows = [line.split("\t") for line in text.splitlines()]
        if fmt == "tsv":  # TSV writes terms in SPARQL syntax: ?var, "literal", <iri>
            assert header == ["?" + v for v in variables]
            rows = [[_tsv_value(cell) for cell in row] for row in rows]
        else:
            assert header == variables
        got = {tuple(row) for row in rows}
    assert got == wanted


def _tsv_value(cell: str) -> str:
    if cell.startswith("<") and cell.endswith(">"):
        return cell[1:-1]
    if cell.startswith('"'):
        return json.loads(cell[: cell.rindex('"') + 1])
    return cell


def test_sparqlwrapper_ask(server):
    assert wrapper(server, "ASK { ?s ?p ?o }", "json").convert()["boolean"] is True
    xml = wrapper(server, "ASK { <urn:x:nothing> ?p ?o }", "xml").convert()
    assert xml.getElementsByTagName("boolean")[0].firstChild.data == "false"


CONSTRUCT = """PREFIX schema: <https://schema.org/>
CONSTRUCT { ?q schema:text ?t ; schema:spokenByCharacter ?who }
WHERE { ?q a schema:Quotation ; schema:text ?t ; schema:spokenByCharacter ?who }"""


def parse(body: bytes, fmt: str) -> Graph:
    """rdflib's JSON-LD parser goes through its deprecated ConjunctiveGraph: read_dataset
    silences exactly that."""
    if fmt == "json-ld":
        return union_graph(read_dataset(body, "json-ld"))
    return Graph().parse(data=body, format=fmt)


@pytest.mark.parametrize(
    "fmt, parse_as", [("turtle", "turtle"), ("n3", "turtle"), ("json-ld", "json-ld")]
)
def test_sparqlwrapper_construct_in_every_format(server, fmt, parse_as):
    expected = server.local(CONSTRUCT).graph
    assert len(expected) > 80
    result = wrapper(server, CONSTRUCT, fmt)
    body = result.response.read()
    got = parse(body, parse_as)
    assert_isomorphic(expected, got)
    assert (URIRef(ID + "quotation/hostile-quotation"), None, Literal(HOSTILE_QUOTE)) in got


@pytest.mark.parametrize(
    "accept, fmt",
    [
        ("text/turtle", "turtle"),
        ("application/n-triples", "nt"),
        ("application/ld+json", "json-ld"),
        ("application/rdf+xml", "xml"),
    ],
)
def test_construct_and_describe_by_accept_header(server, accept, fmt):
    status, headers, body = get(server, CONSTRUCT, accept)
    assert status == 200 and headers.get_content_type() == accept
    assert_isomorphic(server.local(CONSTRUCT).graph, parse(body, fmt))
    describe = f"DESCRIBE <{ID}person/warren-whyte>"
    status, _, body = get(server, describe, accept)
    assert status == 200
    assert_isomorphic(server.local(describe).graph, parse(body, fmt))


def test_rdflib_sparqlstore_reads_the_endpoint(server):
    for return_format in ("json", "xml", "csv"):
        remote = Graph(store=SPARQLStore(server.sparql, returnFormat=return_format))
        got = rows_of(remote.query(QUOTATIONS))
        assert got == rows_of(server.local(QUOTATIONS)), return_format
    remote = Graph(store=SPARQLStore(server.sparql, returnFormat="json", method="POST"))
    assert rows_of(remote.query(QUOTATIONS)) == rows_of(server.local(QUOTATIONS))
    # CONSTRUCT through the store: rdflib asks for RDF/XML by default.
    remote = Graph(store=SPARQLStore(server.sparql))
    assert_isomorphic(server.local(CONSTRUCT).graph, remote.query(CONSTRUCT).graph)
    # Triple patterns become queries of their own.
    quote = URIRef(ID + "quotation/hostile-quotation")
    assert Literal(HOSTILE_QUOTE) in set(remote.objects(quote, URIRef("https://schema.org/text")))


def test_named_graphs_are_reached_with_graph(server):
    query = EXAMPLES["5-named-graphs"][1]
    status, _, body = get(server, query, "application/sparql-results+json")
    assert status == 200
    got = {
        b["graph"]["value"]: int(b["triples"]["value"])
        for b in json.loads(body)["results"]["bindings"]
    }
    assert got == {str(row[0]): int(row[1]) for row in server.local(query)}
    assert ID + "graph/hostile-source" in got and len(got) == 8


def test_post_bodies_and_form_give_the_same_answer(server):
    query = (
        "SELECT ?name WHERE { ?p a <https://w3id.org/cskg/ontology#Person> ;"
        " <http://www.w3.org/2000/01/rdf-schema#label> ?name } ORDER BY ?name"
    )
    accept = {"Accept": "text/csv"}
    _, _, by_get = get(server, query, "text/csv")
    _, _, by_form = http(
        server.sparql,
        urllib.parse.urlencode({"query": query}).encode(),
        {**accept, "Content-Type": "application/x-www-form-urlencoded"},
    )
    _, _, by_body = http(
        server.sparql,
        query.encode("utf-8"),
        {**accept, "Content-Type": "application/sparql-query; charset=utf-8"},
    )
    assert by_get == by_form == by_body
    header, *rows = csv.reader(io.StringIO(by_get.decode("utf-8")))
    assert header == ["name"] and len(rows) == 11
    assert [HOSTILE_NAME] in rows and ["Warren Whyte"] in rows


def test_content_negotiation(server):
    query = "SELECT * WHERE { ?s ?p ?o } LIMIT 1"
    assert get(server, query)[1].get_content_type() == "application/sparql-results+json"
    assert get(server, query, "*/*")[1].get_content_type() == "application/sparql-results+json"
    chosen = get(server, query, "text/csv;q=0.5, application/sparql-results+xml;q=0.9")
    assert chosen[1].get_content_type() == "application/sparql-results+xml"
    status, _, body = get(server, query, "image/png")
    assert status == 406 and b"application/sparql-results+json" in body
    status, _, body = get(server, "ASK { ?s ?p ?o }", "text/csv")
    assert status == 406
    # A format= parameter that suits the query wins; one that does not falls back to Accept.
    assert get(server, query, "text/csv", format="tsv")[1].get_content_type() == (
        "text/tab-separated-values"
    )
    assert get(server, CONSTRUCT, "text/turtle", format="xml")[1].get_content_type() == (
        "text/turtle"
    )


def test_negotiate_unit():
    assert negotiate("SELECT", None) == "json"
    assert negotiate("CONSTRUCT", None) == "turtle"
    assert negotiate("DESCRIBE", MIMEAccept([("application/ld+json", 1)])) == "jsonld"
    assert negotiate("ASK", MIMEAccept([("text/csv", 1)])) is None
    assert negotiate("SELECT", MIMEAccept([("text/csv", 1)]), "tsv") == "tsv"


def test_service_description(server):
    status, headers, body = http(server.sparql, headers={"Accept": "text/turtle"})
    assert status == 200 and headers.get_content_type() == "text/turtle"
    description = Graph().parse(data=body, format="turtle")
    sd = "http://www.w3.org/ns/sparql-service-description#"
    service = URIRef(server.sparql)
    assert (service, URIRef(sd + "supportedLanguage"), URIRef(sd + "SPARQL11Query")) in description
    assert (None, URIRef(sd + "supportedLanguage"), URIRef(sd + "SPARQL11Update")) not in (
        description
    )
    status, headers, _ = http(server.sparql, headers={"Accept": "text/html"})
    # urllib follows the redirect to the SPARQL page
    assert status == 200 and headers.get_content_type() == "text/html"


# --- safe by default --------------------------------------------------------------------------


def count(server: Running) -> int:
    _, _, body = get(server, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "text/csv")
    return int(body.decode().split()[1])


def test_updates_are_refused_with_a_clear_message(server):
    from SPARQLWrapper import POST, SPARQLWrapper

    before = count(server)
    client = SPARQLWrapper(server.sparql)
    client.setMethod(POST)
    client.setQuery("INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }")
    with pytest.raises(urllib.error.HTTPError) as caught:
        client.query()
    assert caught.value.code == 403
    assert b"read-only" in caught.value.read()
    store = SPARQLUpdateStore(server.sparql, server.sparql)
    for update in (
        "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }",
        "DELETE WHERE { ?s ?p ?o }",
        f"LOAD <{(ROOT / 'README.md').as_uri()}>",
        "CLEAR ALL",
    ):
        with pytest.raises(Exception, match="403"):
            store.update(update)
    for body, ctype in (
        (b"update=DROP+ALL", "application/x-www-form-urlencoded"),
        (b"DROP ALL", "application/sparql-update"),
    ):
        status, _, answer = http(server.sparql, body, {"Content-Type": ctype})
        assert status == 403 and b"read-only" in answer
    # An update sent as a query is refused too, not reported as a syntax error.
    status, _, answer = get(server, "DELETE WHERE { ?s ?p ?o }")
    assert status == 403 and b"read-only" in answer
    assert count(server) == before


@pytest.mark.parametrize(
    "query, word",
    [
        ("SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }", b"SERVICE"),
        (
            "SELECT * WHERE { ?x ?y ?z SERVICE SILENT <file:///etc/passwd> { ?s ?p ?o } }",
            b"SERVICE",
        ),
        ("SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }", b"FROM"),
        ("SELECT * FROM NAMED <http://example.org/g> WHERE { GRAPH ?g { ?s ?p ?o } }", b"FROM"),
        ("ASK FROM <file:///etc/hosts> { ?s ?p ?o }", b"FROM"),
        (
            "CONSTRUCT { ?s ?p ?o } WHERE"
            " { { SELECT * WHERE { SERVICE <http://x/> { ?s ?p ?o } } } }",
            b"SERVICE",
        ),
    ],
)
def test_queries_reading_from_elsewhere_are_refused(server, query, word):
    status, _, body = get(server, query)
    assert status == 403
    assert word in body and b"outside the graph" in body


def test_dataset_parameters_are_refused(server):
    status, _, body = get(server, "ASK { ?s ?p ?o }", **{"default-graph-uri": "file:///etc/passwd"})
    assert status == 403 and b"default-graph-uri" in body
    status, _, body = get(server, "ASK { ?s ?p ?o }", **{"named-graph-uri": "http://x/"})
    assert status == 403 and b"named-graph-uri" in body


def test_bad_requests_say_what_is_wrong(server):
    status, _, body = get(server, "SELECT ?s WHERE {\n  ?s ?p \n")
    assert status == 400 and b"invalid SPARQL" in body and b"column" in body
    status, _, body = http(server.sparql, b"query=ASK{}", {"Content-Type": "text/plain"})
    assert status == 415 and b"application/sparql-query" in body
    url = server.sparql + "?query=ASK%7B%7D&query=ASK%7B%7D"
    assert http(url)[0] == 400
    assert http(server.sparql, method="PUT", data=b"")[0] == 405


def test_row_cap_stops_a_large_result(server):
    status, _, body = get(server, "SELECT * WHERE { ?s ?p ?o }")
    assert status == 422
    assert f"more than {MAX_ROWS} rows".encode() in body
    status, _, body = get(server, "CONSTRUCT WHERE { ?s ?p ?o }", "text/turtle")
    assert status == 422 and b"triples" in body
    # exactly at the cap is fine
    status, _, body = get(server, f"SELECT * WHERE {{ ?s ?p ?o }} LIMIT {MAX_ROWS}", "text/csv")
    assert status == 200 and body.count(b"\r\n") == MAX_ROWS + 1


def test_a_slow_query_is_stopped_while_others_are_answered(server):
    slow: dict = {}

    def run_slow() -> None:
        began = time.monotonic()
        slow["answer"] = get(server, SLOW)
        slow["seconds"] = time.monotonic() - began

    thread = threading.Thread(target=run_slow)
    thread.start()
    time.sleep(0.5)
    quick = []
    while thread.is_alive() and len(quick) < 40:
        began = time.monotonic()
        status, _, body = get(server, "ASK { ?s a <https://schema.org/Quotation> }")
        quick.append((status, json.loads(body)["boolean"], time.monotonic() - began))
    thread.join(30)
    status, _, body = slow["answer"]
    assert status == 503 and b"stopped after 3 s" in body and b"--timeout" in body
    assert TIMEOUT - 0.5 < slow["seconds"] < TIMEOUT + 5
    assert len(quick) >= 3, quick  # answered while the slow query ran
    assert all(s == 200 and answer is True and took < TIMEOUT for s, answer, took in quick)
    # The killed worker is replaced: once it is back, two slow queries at once are both
    # stopped (each worker ran one), and the server answers again afterwards.
    time.sleep(6)  # a restart takes about 2 s here
    answers: list = []
    pair = [threading.Thread(target=lambda: answers.append(get(server, SLOW))) for _ in "ab"]
    for thread in pair:
        thread.start()
    for thread in pair:
        thread.join(30)
    assert [status for status, _, _ in answers] == [503, 503]
    assert all(b"stopped after" in body for _, _, body in answers)
    deadline = time.monotonic() + 60
    while get(server, "ASK { ?s ?p ?o }")[0] != 200 and time.monotonic() < deadline:
        time.sleep(0.5)
    assert count(server) == len(server.graph)


# --- the web pages in headless Chromium ------------------------------------------------------


class Site:
    """A page of the running server: records console errors, dialogs, off-site requests."""

    def __init__(self, browser, server: Running):
        self.server = server
        self.context = browser.new_context(viewport={"width": 1300, "height": 900})
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.blocked: list[str] = []
        self.expected: set[str] = set()
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dialog)
        self.context.route("**/*", self._route)

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def _route(self, route) -> None:
        if route.request.url.startswith(self.server.url):
            route.continue_()
        else:
            self.blocked.append(route.request.url)
            route.abort()

    def open(self, path: str, status: int = 200):
        response = self.page.goto(self.server.url + path.lstrip("/"))
        assert response.status == status, response.text()
        if status != 200:  # Chromium logs the error status of the page itself
            self.expected.add(f"the server responded with a status of {status}")
        self.page.wait_for_load_state("load")
        return self.page

    def cells(self) -> list[str]:
        return self.page.locator("td").all_inner_texts()

    def close(self) -> None:
        errors = [e for e in self.errors if not any(x in e for x in self.expected)]
        assert errors == [], errors
        assert self.dialogs == [], self.dialogs
        assert self.blocked == [], self.blocked
        assert self.page.evaluate("() => window.__pwned") is None
        self.context.close()


@pytest.fixture
def site(browser, server):
    opened = Site(browser, server)
    yield opened
    opened.close()


def test_home_page_searches_names(site):
    page = site.open("/")
    assert "named graphs" in page.locator(".stats").inner_text()
    page.fill("input[name=q]", "whyte")
    page.click("header button[type=submit]")
    page.wait_for_url("**/?q=whyte")
    links = page.locator(".found a")
    assert links.all_inner_texts() == ["Warren Whyte"]
    links.first.click()
    page.wait_for_url("**/entity/warren-whyte")
    assert page.locator("h1").inner_text() == "Warren Whyte"


def test_hostile_text_is_shown_as_text(site):
    page = site.open("/?q=" + urllib.parse.quote("<img"))
    assert page.locator(".found a").all_inner_texts() == [HOSTILE_NAME]
    page = site.open("/quotes?speaker=eve-jones")
    assert page.locator("td.col-quotation").all_inner_texts() == [HOSTILE_QUOTE]
    assert page.locator("td.col-source").all_inner_texts() == [HOSTILE_TITLE]
    assert page.locator("td.col-speaker").all_inner_texts() == [
        f"{HOSTILE_NAME} (the council's leader)"
    ]
    assert page.locator("td.col-body").all_inner_texts() == [""]  # a person, with no post
    assert page.locator("img, script").count() == 0
    page = site.open("/entity/eve-jones")
    assert page.locator("h1").inner_text() == HOSTILE_NAME
    assert HOSTILE_QUOTE in site.cells()
    network = page.frame_locator("iframe.network")
    network.locator("#kg-network canvas").first.wait_for()
    assert network.locator("#kg-title").inner_text()  # the view's own page, drawn
    page = site.open("/query?" + urllib.parse.urlencode({"query": QUOTATIONS}))
    assert HOSTILE_QUOTE in site.cells() and HOSTILE_TITLE in site.cells()
    # a query whose text is itself hostile, shown back in the form and in the error
    bad = "</textarea><script>window.__pwned=1</script>"
    page = site.open("/query?" + urllib.parse.urlencode({"query": bad}), status=400)
    assert page.locator("textarea").input_value() == bad
    assert "invalid SPARQL" in page.locator("pre.error").inner_text()


def test_entity_page_has_the_card_quotations_and_network(site, server):
    page = site.open("/entity/warren-whyte")
    card = dict(
        zip(
            page.locator(".card dt").all_inner_texts(),
            page.locator(".card dd").all_inner_texts(),
            strict=True,
        )
    )
    assert card["id"] == "warren-whyte" and card["iri"] == ID + "person/warren-whyte"
    headings = page.locator("h2").all_inner_texts()
    assert headings == ["Network", "Posts", "Quotations", "Connections", "Sources"]
    expected = [r["quotation"] for r in kg_json("show", "warren-whyte", server)["quotations"]]
    assert page.locator("td.col-quotation").all_inner_texts() == expected and expected
    frame = page.frames[1]
    frame.wait_for_function("() => window.kgView && window.kgView.drawn", timeout=30000)
    drawn = frame.evaluate("() => kgView.data.details.map(d => d.iri)")
    assert ID + "person/warren-whyte" in drawn and len(drawn) > 5
    page.locator("td.col-name a").first.click()
    page.wait_for_url("**/entity/**")
    assert page.locator(".card").count() == 1


def kg_json(command: str, entity: str, server: Running) -> dict:
    result = kg(command, entity, "-f", "json", project=server.project)
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    return {table["title"]: table["rows"] for table in data} if isinstance(data, list) else data


def test_quotations_page_filters_like_kg_quotes(site, server):
    page = site.open("/quotes")
    page.fill("input[name=speaker]", "Whyte")
    page.fill("input[name=since]", "2018")
    page.click("form.filters button")
    page.wait_for_url("**/quotes?**")
    result = kg(
        "quotes", "--speaker", "Whyte", "--since", "2018", "-f", "json", project=server.project
    )
    expected = [r["quotation"] for r in json.loads(result.stdout)]
    assert page.locator("td.col-quotation").all_inner_texts() == expected and expected
    page = site.open("/quotes?speaker=Nobody+Atall", status=400)
    assert "closest known" in page.locator("pre.error").inner_text()


def test_timeline_page(site, server):
    page = site.open("/timeline?entity=Whyte")
    result = kg("timeline", "Whyte", "-f", "json", project=server.project)
    expected = [r["what"] for r in json.loads(result.stdout)]
    assert page.locator("td.col-what").all_inner_texts() == expected and expected


def test_sparql_page_runs_the_examples(site, server):
    page = site.open("/query")
    labels = page.locator(".examples a").all_inner_texts()
    assert labels == [title for title, _ in EXAMPLES.values()]
    for key, (_, text) in EXAMPLES.items():
        page = site.open(f"/query?example={key}")
        table = as_table(server.local(text))
        assert page.locator("tbody tr").count() == len(table.rows), key
        assert page.locator("thead th").all_inner_texts() == table.columns
    page.fill("textarea", "ASK { ?s ?p ?o }")
    page.click("form.sparql button")
    assert page.locator("pre.result").inner_text().strip() == "true"
    page = site.open("/query?" + urllib.parse.urlencode({"query": SLOW}), status=503)
    assert "stopped after" in page.locator("pre.error").inner_text()
    page = site.open("/nowhere", status=404)


def test_docs_python_example_runs(server, capsys):
    """The Python example of docs/serve.md, run against this server."""
    text = (ROOT / "docs" / "serve.md").read_text(encoding="utf-8")
    code = text.split("```python\n", 1)[1].split("```", 1)[0]
    exec(code.replace("http://127.0.0.1:8000/", server.url), {})
    printed = capsys.readouterr().out
    assert "Warren Whyte" in printed and HOSTILE_NAME in printed
    assert f"'value': '{len(server.graph)}'" in printed


def test_kg_serve_help_and_bad_project(tmp_path):
    result = kg("serve", "--help")
    assert result.exit_code == 0 and "Example: kg serve" in result.stdout
    process = subprocess.run(
        [sys.executable, "-m", "graph.cli", "serve", "--port", "0", "--project", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert process.returncode == 1
    assert "no build found: run `kg build` first" in process.stderr
