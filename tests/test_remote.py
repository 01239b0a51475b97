"""The remote store (``--store sparql:QUERY_URL[,UPDATE_URL]``, graph/remote.py).

Against a real server: Debian's Virtuoso, started on 127.0.0.1 by the ``virtuoso`` fixture
(skipped when it cannot be installed or started, a failure under ``KG_REQUIRE_VIRTUOSO=1``).
Against a stub HTTP server: retries honouring Retry-After, timeouts, and the truncation
signals of servers other than Virtuoso.
"""

from __future__ import annotations

import json
import shutil
import socket
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import XSD

from graph.export import nquads
from graph.problems import InputError
from graph.remote import RemoteStore, _batches, sparql_term, with_values
from graph.store import open_store
from tests.conftest import ROOT, VIRTUOSO_MAX_ROWS, assert_isomorphic, kg, virtuoso_unavailable

EX = "http://example.org/"


def dataset_of(graphs: dict[str, list[tuple]]) -> Dataset:
    dataset = Dataset()
    for name, triples in graphs.items():
        graph = dataset.graph(URIRef(name))
        for triple in triples:
            graph.add(triple)
    return dataset


# --- against the real Virtuoso --------------------------------------------------------------


@pytest.fixture
def store(virtuoso) -> RemoteStore:
    return RemoteStore(virtuoso.query_url, virtuoso.update_url, timeout=60)


def test_the_build_goes_in_and_comes_back_identical(store, built_dataset):
    """The real project's build, saved and loaded: the same quads, byte for byte."""
    store.save(built_dataset)
    loaded = store.load()
    assert nquads(loaded) == nquads(built_dataset)
    assert {g.identifier for g in loaded.graphs() if len(g)} == {
        g.identifier for g in built_dataset.graphs() if len(g)
    }
    # Pages of 1000 rows under a row cap of 2000, and the largest graph is bigger than both.
    assert max(len(g) for g in built_dataset.graphs()) > VIRTUOSO_MAX_ROWS > store.page_size


def test_saving_replaces_only_the_stores_own_graphs(store):
    foreign = URIRef(EX + "someone-elses-graph")
    store.update(f"INSERT DATA {{ GRAPH {sparql_term(foreign)} {{ <{EX}a> <{EX}b> <{EX}c> }} }}")
    first = dataset_of(
        {EX + "g1": [(URIRef(EX + "s"), URIRef(EX + "p"), Literal("one"))], EX + "g2": []}
    )
    first.graph(URIRef(EX + "g3")).add((URIRef(EX + "s"), URIRef(EX + "p"), Literal(3)))
    store.save(first)
    second = dataset_of({EX + "g1": [(URIRef(EX + "s"), URIRef(EX + "p"), Literal("two"))]})
    store.save(second)
    assert store.graphs() == [URIRef(EX + "g1")]
    assert nquads(store.load()) == nquads(second)
    assert store.count(URIRef(EX + "g3")) == 0
    assert store.count(foreign) == 1  # never touched
    store.update(f"DROP SILENT GRAPH {sparql_term(foreign)}")


HOSTILE = [
    'quote " and backslash \\ and \\u0022 written out',
    "new\nline, tab\t, return\r, form feed\f, bell\x07, nul-ish \x01",
    "}} ; DROP ALL ; INSERT DATA {{ <x> <y> <z> }}",
    "non-BMP 👩‍👧 and ‘curly’ — dash, accents: Nöel, 中文",
    '\'\'\'triple\'\'\' """quotes""" ending with a quote"',
]


def test_hostile_text_and_every_literal_kind_survive(store):
    p = URIRef(EX + "p")
    literals = [Literal(text) for text in HOSTILE] + [
        Literal("English", lang="en"),
        Literal("2022", datatype=XSD.gYear),
        Literal("2022-01", datatype=XSD.gYearMonth),  # equal to "2022" for Virtuoso
        Literal("2022-01-01", datatype=XSD.date),
        Literal(True),
        Literal(False),
        Literal(42),
        Literal("typed", datatype=URIRef(EX + "type")),
    ]
    triples = [(URIRef(f"{EX}s{i}"), p, o) for i, o in enumerate(literals)]
    dataset = dataset_of({EX + "hostile": triples})
    store.save(dataset)
    assert nquads(store.load()) == nquads(dataset)


def test_what_virtuoso_cannot_keep_is_refused_and_the_old_build_stays(store):
    """Virtuoso 7.2 compares literals by value in its quad index: one subject cannot have
    both "2022"^^xsd:gYear and "2022-01"^^xsd:gYearMonth for one property in one graph.
    The save reads the staged graph back, sees the loss, and replaces nothing."""
    s, p = URIRef(EX + "s"), URIRef(EX + "p")
    kept = dataset_of({EX + "kept": [(s, p, Literal("previous build"))]})
    store.save(kept)
    clash = dataset_of(
        {
            EX + "clash": [
                (s, p, Literal("2022", datatype=XSD.gYear)),
                (s, p, Literal("2022-01", datatype=XSD.gYearMonth)),
            ]
        }
    )
    with pytest.raises(InputError, match=r"did not keep graph .*clash as sent") as caught:
        store.save(clash)
    assert "nothing was replaced" in str(caught.value)
    assert nquads(store.load()) == nquads(kept)
    assert store.graphs() == [URIRef(EX + "kept")]
    _, leftovers = store.select(
        "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o }"
        ' FILTER(STRSTARTS(STR(?g), "urn:x-cskg:staging")) }'
    )
    assert leftovers == []


def test_clashing_date_literals_never_share_an_insert():
    """Virtuoso 7.2 keeps one spelling per date value within one update request."""
    s, p = URIRef(EX + "s"), URIRef(EX + "p")
    year, month = Literal("2022", datatype=XSD.gYear), Literal("2022-01", datatype=XSD.gYearMonth)
    triples = [(URIRef(f"{EX}{i}"), p, year if i % 2 else month) for i in range(6)]
    triples.append((s, p, Literal("x")))
    batches = list(_batches(triples, 3))
    assert sorted(t for b in batches for t in b) == sorted(triples)
    for batch in batches:
        assert len(batch) <= 3
        assert not ({year, month} <= {t[2] for t in batch})


@pytest.fixture(scope="module")
def both_stores(virtuoso, built_snapshot, tmp_path_factory) -> tuple[Path, str]:
    """A project with the real build in the memory store and in Virtuoso."""
    project = tmp_path_factory.mktemp("remote-project")
    for name in ("data", "ontology"):
        shutil.copytree(ROOT / name, project / name)
    (project / "build").mkdir()
    shutil.copy2(built_snapshot, project / "build" / "dataset.nq")
    result = kg("build", "--store", virtuoso.store, project=project)
    assert result.exit_code == 0, result.output
    return project, virtuoso.store


JOURNALIST_COMMANDS = [
    ["quotes"],
    ["quotes", "--speaker", "Cllr Whyte", "--evidence"],
    ["quotes", "--since", "2018-06", "--until", "2021", "--format", "csv"],
    ["posts"],
    ["posts", "--post", "cabinet member for children's services", "--format", "json"],
    ["ratings"],
    ["ratings", "--body", "Buckinghamshire County Council", "--format", "md"],
    ["findings"],
    ["findings", "--recurring"],
    ["findings", "--recurring", "--theme", "caseloads", "--format", "json"],
    ["responses", "--stance", "disputes"],
    ["timeline"],
    ["timeline", "Warren Whyte", "--evidence"],
    ["show", "warren-whyte"],
    ["show", "Cllr Macpherson", "--format", "json"],
    ["show", "Buckinghamshire County Council", "--format", "md"],
    ["export", "--format", "nquads", "-o", "-"],
    ["export", "--format", "turtle", "-o", "-"],
]


@pytest.mark.parametrize("command", JOURNALIST_COMMANDS, ids=" ".join)
def test_journalists_commands_answer_the_same_from_virtuoso(both_stores, command):
    project, spec = both_stores
    local = kg(*command, project=project)
    remote = kg(*command, "--store", spec, project=project)
    assert local.exit_code == 0, local.output
    assert remote.exit_code == 0, remote.stderr
    assert remote.stdout.encode() == local.stdout.encode()
    assert remote.stdout.strip()


def test_unknown_names_are_the_same_error_from_virtuoso(both_stores):
    project, spec = both_stores
    local = kg("quotes", "--speaker", "Nobody Atall", project=project)
    remote = kg("quotes", "--speaker", "Nobody Atall", "--store", spec, project=project)
    assert local.exit_code == remote.exit_code == 1
    assert remote.stderr == local.stderr


def test_a_result_cut_at_the_row_cap_is_an_error_not_a_partial_answer(virtuoso, both_stores):
    project, spec = both_stores
    # Pages larger than the server's cap: the second-largest graphs come back cut.
    big_pages = RemoteStore(virtuoso.query_url, page_size=VIRTUOSO_MAX_ROWS + 1000)
    with pytest.raises(InputError) as caught:
        big_pages.load()
    message = str(caught.value)
    assert virtuoso.query_url in message
    assert f"row cap ({VIRTUOSO_MAX_ROWS} rows" in message
    # The default pages stay under it and read everything.
    assert len(open_store(spec, project).load()) > VIRTUOSO_MAX_ROWS
    # A query whose answer is larger than the cap fails, naming the cap.
    result = kg("query", "SELECT ?s ?p ?o WHERE { ?s ?p ?o }", "--store", spec, project=project)
    assert result.exit_code == 1
    assert "row cap" in result.stderr
    assert result.stdout == ""


def test_kg_query_on_virtuoso(both_stores):
    project, spec = both_stores
    text = (
        "PREFIX kg: <https://w3id.org/cskg/ontology#> SELECT (COUNT(*) AS ?n) { ?q a kg:Quotation }"
    )
    local = kg("query", text, "--format", "csv", project=project)
    remote = kg("query", text, "--format", "csv", "--store", spec, project=project)
    assert remote.exit_code == 0, remote.stderr
    assert remote.stdout == local.stdout


GRAPH_QUERIES = [
    "PREFIX kg: <https://w3id.org/cskg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>"
    " CONSTRUCT { ?q kg:saidBy ?name ; kg:note _:n . _:n rdfs:label ?date }"
    " WHERE { ?q a kg:Quotation ; kg:speaker/rdfs:label ?name OPTIONAL { ?q kg:dateSaid ?date } }",
    "PREFIX kg: <https://w3id.org/cskg/ontology#>"
    " CONSTRUCT WHERE { ?j a kg:Judgement ; kg:grade ?g } ORDER BY ?j LIMIT 3",
    "DESCRIBE <https://w3id.org/cskg/id/person/warren-whyte>",
    "PREFIX kg: <https://w3id.org/cskg/ontology#>"
    " DESCRIBE ?b <https://w3id.org/cskg/id/body/ofsted> WHERE { ?j kg:judgedBody ?b }",
]


@pytest.mark.parametrize("text", GRAPH_QUERIES)
def test_construct_and_describe_on_virtuoso_give_the_same_graph(both_stores, text):
    """Virtuoso cuts CONSTRUCT and DESCRIBE short without a sign, so they are answered from
    the SELECT of their pattern (which says when it is cut) and made into triples here."""
    project, spec = both_stores
    local = kg("query", text, project=project)
    remote = kg("query", text, "--store", spec, project=project)
    assert local.exit_code == 0, local.stderr
    assert remote.exit_code == 0, remote.stderr
    expected, got = Graph().parse(data=local.stdout), Graph().parse(data=remote.stdout)
    assert len(got) > 0
    assert_isomorphic(expected, got)


def test_a_construct_past_the_row_cap_is_an_error(both_stores):
    project, spec = both_stores
    result = kg("query", "CONSTRUCT WHERE { ?s ?p ?o }", "--store", spec, project=project)
    assert result.exit_code == 1
    assert "row cap" in result.stderr
    assert result.stdout == ""


def test_an_empty_store_says_build_first(virtuoso):
    store = RemoteStore(virtuoso.query_url, manifest=URIRef("urn:x-test:never-written"))
    with pytest.raises(InputError, match="no build found"):
        store.load()


# --- without a server -----------------------------------------------------------------------


def test_store_specs():
    store = open_store("sparql:http://h:1/sparql,http://h:1/update", Path("."))
    assert (store.query_url, store.update_url) == ("http://h:1/sparql", "http://h:1/update")
    assert open_store("sparql:https://h/q", Path(".")).update_url == "https://h/q"
    for bad in ("sparql:", "sparql:ftp://h/q", "sparql:http://h/q,", "sparql:a,b,c"):
        with pytest.raises(InputError):
            open_store(bad, Path("."))
    result = kg("quotes", "--store", "sparql:nonsense")
    assert result.exit_code == 1
    assert "--store" in result.stderr


def test_values_open_the_where_clause():
    query = "SELECT ?a WHERE { ?a ?b ?c }"
    bound = with_values(query, {"a": URIRef(EX + "x"), "c": Literal('say "hi"\n')})
    assert bound == (
        f'SELECT ?a WHERE {{ VALUES (?a ?c) {{ (<{EX}x> "say \\"hi\\"\\n") }}  ?a ?b ?c }}'
    )
    with pytest.raises(ValueError):
        sparql_term(URIRef("http://x/> DROP ALL"))


def test_missing_virtuoso_skips_or_fails(monkeypatch):
    monkeypatch.delenv("KG_REQUIRE_VIRTUOSO", raising=False)
    with pytest.raises(pytest.skip.Exception, match="no Virtuoso: not installed"):
        virtuoso_unavailable("not installed")
    monkeypatch.setenv("KG_REQUIRE_VIRTUOSO", "1")
    with pytest.raises(pytest.fail.Exception, match="KG_REQUIRE_VIRTUOSO=1"):
        virtuoso_unavailable("not installed")


class Stub:
    """A tiny HTTP server answering each POST with the next scripted reply."""

    def __init__(self, replies):
        self.replies = list(replies)
        self.requests: list[tuple[float, dict]] = []
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                stub.requests.append((time.monotonic(), urllib.parse.parse_qs(body.decode())))
                status, headers, payload, delay = stub.replies.pop(0)
                time.sleep(delay)
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                data = json.dumps(payload).encode() if payload is not None else b""
                self.send_header("Content-Type", "application/sparql-results+json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/sparql"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


def rows(*values, var="n"):
    return {
        "head": {"vars": [var]},
        "results": {"bindings": [{var: v} for v in values]},
    }


ONE = rows({"type": "literal", "value": "1"})


def test_503_with_retry_after_is_retried_after_the_wait_asked():
    replies = [
        (503, {"Retry-After": "1"}, None, 0),
        (429, {"Retry-After": "0"}, None, 0),
        (200, {}, ONE, 0),
    ]
    with Stub(replies) as stub:
        store = RemoteStore(stub.url, retries=3)
        assert store.select("SELECT ?n WHERE {}")[1] == [{"n": {"type": "literal", "value": "1"}}]
        times = [t for t, _ in stub.requests]
    assert store.http.waited == [1.0, 0.0]
    assert times[1] - times[0] >= 0.95


def test_retries_give_up_with_the_url_and_status():
    busy = [(503, {"Retry-After": "0"}, None, 0)] * 3
    with Stub(busy) as stub, pytest.raises(InputError, match=r"HTTP 503 .*after 2 retries"):
        RemoteStore(stub.url, retries=2).select("ASK {}")
    with Stub([(503, {"Retry-After": "3600"}, None, 0)]) as stub:
        with pytest.raises(InputError, match="retry after 3600 s, longer than 60 s") as caught:
            RemoteStore(stub.url).select("ASK {}")
        assert stub.url in str(caught.value)


def test_a_slow_server_is_a_timeout_error():
    slow = Stub([(200, {}, ONE, 2)])
    with slow, pytest.raises(InputError, match=r"no answer within 0.5 s \(timeout\)"):
        RemoteStore(slow.url, timeout=0.5).select("SELECT ?n WHERE {}")


def test_an_unreachable_server_is_named():
    with socket.socket() as sock:  # a port nobody listens on: connection refused
        sock.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{sock.getsockname()[1]}/sparql"
    with pytest.raises(InputError, match="cannot reach the server") as caught:
        RemoteStore(url, timeout=2).select("ASK {}")
    assert url in str(caught.value)


@pytest.mark.parametrize(
    ("status", "headers", "expected"),
    [
        (206, {}, "HTTP 206: the server returned a partial result"),
        (200, {"X-SQL-State": "S1TAT"}, "time limit and returned a partial result"),
        (200, {"X-SPARQL-MaxRows": "10000"}, r"row cap \(10000 rows"),
    ],
)
def test_partial_results_are_errors(status, headers, expected):
    with Stub([(status, headers, ONE, 0)]) as stub, pytest.raises(InputError, match=expected):
        RemoteStore(stub.url).select("SELECT ?n WHERE {}")


def test_a_server_that_cuts_pages_silently_is_caught_by_the_count():
    """A server without any truncation signal, capping results below the page size."""
    graph = {"type": "uri", "value": EX + "g"}
    triple = {
        "s": {"type": "uri", "value": EX + "s"},
        "p": {"type": "uri", "value": EX + "p"},
        "o": {"type": "literal", "value": "v"},
    }
    page = {
        "head": {"vars": ["s", "p", "o"]},
        "results": {
            "bindings": [{**triple, "s": {"type": "uri", "value": f"{EX}s{i}"}} for i in range(3)]
        },
    }
    with (
        Stub(
            [
                (200, {}, rows(graph, var="g"), 0),
                (200, {}, rows({"type": "literal", "value": "10"}), 0),
                (200, {}, page, 0),
            ]
        ) as stub,
        pytest.raises(InputError, match="holds 10 triples but 3 came back"),
    ):
        RemoteStore(stub.url, page_size=5).load()
