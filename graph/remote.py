"""A remote SPARQL 1.1 server as the store: ``--store sparql:QUERY_URL[,UPDATE_URL]``.

Only the SPARQL 1.1 protocol is used (queries as form posts, updates as
``application/sparql-update`` posts), so any SPARQL 1.1 server works; the tests run it against
Debian's Virtuoso 7.2.

- ``save`` replaces what the store holds with the dataset's named graphs. Each graph is first
  written with ``INSERT DATA`` (in batches) into a staging graph of its own and read back to
  check the server kept every triple as sent; only then is the previous build dropped (with
  the store's manifest graph, the list of the graphs it holds) and the staging graphs
  ``MOVE``d onto the real graph names, and the result read back once more. A failure while
  uploading or checking leaves the previous build as it was (the staging graphs are dropped).
  Other graphs on the server are never touched.
- ``load`` reads the manifest, then every graph in pages of ``page_size`` triples (keyset
  paging on the subject, so no ``OFFSET``: Virtuoso refuses ORDER BY with an offset past
  10,000 rows), and checks the total against a ``COUNT``: a server that silently returns fewer
  rows than asked raises an error instead of a partial dataset.
- ``graph`` is an rdflib ``Graph`` backed by rdflib's ``SPARQLStore``: queries (and the triple
  lookups rdflib turns into queries) run on the server, with the store's graphs as the default
  graph (one ``default-graph-uri`` per graph, as the protocol defines).

Every request has a timeout; ``429`` and ``503`` answers are retried, waiting as long as their
``Retry-After`` asks (up to ``max_wait`` seconds). Every failure is an :class:`InputError`
naming the URL. A result the server cut short is an error, never a partial answer: HTTP 206,
Virtuoso's ``X-SQL-State: S1TAT`` (an "anytime" partial result) and Virtuoso's
``X-SPARQL-MaxRows`` header (the result reached its ``ResultSetMaxRows`` cap).

Virtuoso keeps values, not spellings: ``"true"^^xsd:boolean`` comes back as ``"1"``, which
``load`` turns back into the canonical ``true``/``false``; an integer written ``"012"`` comes
back as ``12`` and language tags come back in lower case (the project writes neither).
"""

from __future__ import annotations

import contextlib
import email.utils
import json
import re
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from io import BytesIO
from typing import Any

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import DCTERMS, XSD
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from rdflib.query import Result
from rdflib.term import Node

from graph.namespace import bind_prefixes
from graph.problems import InputError, Problem

__all__ = ["MANIFEST", "RemoteStore", "Response", "is_remote", "sparql_term", "with_values"]

MANIFEST = URIRef("urn:x-cskg:store:manifest")
"""The graph listing the graphs a build stored (``<MANIFEST> dcterms:hasPart <graph>``)."""

RESULTS_JSON = "application/sparql-results+json"
RETRY_STATUSES = (429, 503)


def _error(url: str, message: str) -> InputError:
    return InputError([Problem(url, None, "", message)])


# --- writing terms into SPARQL text -----------------------------------------------------------

_ESCAPES = {
    "\\": "\\\\",
    '"': '\\"',
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
    "\b": "\\b",
    "\f": "\\f",
}
_ESCAPED = re.compile(r'[\\"\n\r\t\b\f]')
# Characters an IRIREF may not hold (SPARQL 1.1 grammar, rule [139]).
_BAD_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def sparql_term(term: Node) -> str:
    """``term`` written for a SPARQL query or update (IRIs checked, strings escaped).

    Only ``\\`` ``"`` and the five control characters with a short escape are escaped; every
    other character is written as itself (a ``\\u`` escape would be undone before parsing and
    could close the string).
    """
    if isinstance(term, URIRef):
        if _BAD_IRI.search(term):
            raise ValueError(f"IRI {str(term)!r} cannot be written in SPARQL")
        return f"<{term}>"
    if isinstance(term, Literal):
        text = '"' + _ESCAPED.sub(lambda m: _ESCAPES[m.group()], str(term)) + '"'
        if term.language:
            return f"{text}@{term.language}"
        if term.datatype is not None and term.datatype != XSD.string:
            return f"{text}^^{sparql_term(term.datatype)}"
        return text
    if isinstance(term, BNode):
        raise ValueError("blank nodes cannot be stored remotely (the project mints IRIs)")
    return term.n3()  # a Variable


# --- HTTP ----------------------------------------------------------------------------------


@dataclass
class Response:
    status: int
    headers: Any  # email.message.Message: case-insensitive
    body: bytes


def _retry_after(value: str | None) -> float | None:
    """Seconds asked by a ``Retry-After`` header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


class Http:
    """POSTs with a timeout, retrying 429/503 after the ``Retry-After`` they ask for."""

    def __init__(
        self,
        timeout: float,
        retries: int,
        max_wait: float = 60.0,
        sleep: Callable[[float], None] = time.sleep,
    ):
        self.timeout = timeout
        self.retries = retries
        self.max_wait = max_wait
        self.sleep = sleep
        self.waited: list[float] = []  # what each retry waited, for tests and diagnostics

    def post(self, url: str, body: bytes, content_type: str, accept: str) -> Response:
        headers = {"Content-Type": content_type, "Accept": accept}
        attempt = 0
        while True:
            request = urllib.request.Request(url, data=body, headers=headers, method="POST")
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as answer:
                    return Response(answer.status, answer.headers, answer.read())
            except urllib.error.HTTPError as exc:
                detail = exc.read().decode("utf-8", "replace").strip()
                if exc.code in RETRY_STATUSES and attempt < self.retries:
                    asked = _retry_after(exc.headers.get("Retry-After"))
                    wait = asked if asked is not None else min(2.0**attempt, self.max_wait)
                    if wait > self.max_wait:
                        raise _error(
                            url,
                            f"HTTP {exc.code}: the server asks to retry after {wait:.0f} s,"
                            f" longer than {self.max_wait:.0f} s",
                        ) from None
                    attempt += 1
                    self.waited.append(wait)
                    self.sleep(wait)
                    continue
                tried = f" (after {attempt} retries)" if attempt else ""
                message = f"HTTP {exc.code} {exc.reason}{tried}: {_short(detail)}"
                raise _error(url, message) from None
            except TimeoutError:
                raise _error(url, f"no answer within {self.timeout:g} s (timeout)") from None
            except urllib.error.URLError as exc:
                reason = exc.reason
                if isinstance(reason, TimeoutError):
                    raise _error(url, f"no answer within {self.timeout:g} s (timeout)") from None
                raise _error(url, f"cannot reach the server: {reason}") from None
            except OSError as exc:
                raise _error(url, f"connection failed: {exc}") from None


def _short(text: str, limit: int = 400) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- the store -----------------------------------------------------------------------------


class RemoteStore:
    """A SPARQL 1.1 server holding the build: ``save``, ``load`` and a queryable ``graph``.

    ``update_url`` defaults to ``query_url`` (Virtuoso takes both on ``/sparql``).
    ``timeout`` is in seconds for each request; ``retries`` is how many times a 429/503 answer
    is retried; ``page_size`` (rows per read while loading) must stay below the server's row
    cap; ``batch_size`` is triples per ``INSERT DATA`` request.
    """

    name = "sparql"

    def __init__(
        self,
        query_url: str,
        update_url: str | None = None,
        *,
        timeout: float = 60.0,
        retries: int = 3,
        max_wait: float = 60.0,
        page_size: int = 1000,
        batch_size: int = 500,
        manifest: URIRef = MANIFEST,
    ):
        for url in (query_url, update_url):
            if url is not None and urllib.parse.urlsplit(url).scheme not in ("http", "https"):
                raise _error("--store", f"not an http(s) URL: {url!r}")
        if page_size < 2 or batch_size < 1:
            raise ValueError("page_size must be at least 2 and batch_size at least 1")
        self.query_url = query_url
        self.update_url = update_url or query_url
        self.http = Http(timeout, retries, max_wait)
        self.page_size = page_size
        self.batch_size = batch_size
        self.manifest = URIRef(manifest)

    @classmethod
    def from_spec(cls, spec: str, **options) -> RemoteStore:
        """``sparql:QUERY_URL[,UPDATE_URL]``."""
        urls = spec.removeprefix("sparql:").split(",")
        if not urls[0] or len(urls) > 2 or not all(urls):
            raise _error("--store", f"expected sparql:QUERY_URL[,UPDATE_URL], got {spec!r}")
        return cls(urls[0], urls[1] if len(urls) > 1 else None, **options)

    def __repr__(self) -> str:
        return f"RemoteStore({self.query_url!r}, {self.update_url!r})"

    # --- requests

    def select(
        self, query: str, graphs: Iterable[URIRef] = (), named: Iterable[URIRef] = ()
    ) -> tuple[list[str], list[dict[str, dict]]]:
        """Variables and rows (SPARQL JSON bindings) of a SELECT or ASK; error when cut short."""
        answer = self.send_query(query, graphs, named)
        try:
            data = json.loads(answer.body)
        except ValueError:
            raise _error(self.query_url, "the answer is not SPARQL JSON results") from None
        if "boolean" in data:
            return [], [{"boolean": data["boolean"]}]
        return data["head"]["vars"], data["results"]["bindings"]

    def send_query(
        self, query: str, graphs: Iterable[URIRef] = (), named: Iterable[URIRef] = ()
    ) -> Response:
        fields = [("query", query)]
        fields += [("default-graph-uri", str(g)) for g in graphs]
        fields += [("named-graph-uri", str(g)) for g in named]
        answer = self.http.post(
            self.query_url,
            urllib.parse.urlencode(fields).encode("utf-8"),
            "application/x-www-form-urlencoded",
            RESULTS_JSON,
        )
        self._check_complete(answer)
        return answer

    def _check_complete(self, answer: Response) -> None:
        """Raise when the server says it cut the result short."""
        if answer.status == 206:
            raise _error(self.query_url, "HTTP 206: the server returned a partial result")
        state = answer.headers.get("X-SQL-State")
        if state and state.strip().upper() == "S1TAT":
            raise _error(
                self.query_url,
                "the server stopped the query at its time limit and returned a partial result"
                " (X-SQL-State: S1TAT)",
            )
        cap = answer.headers.get("X-SPARQL-MaxRows")
        if cap:
            raise _error(
                self.query_url,
                f"the result reached the server's row cap ({cap.strip()} rows, X-SPARQL-MaxRows)"
                " and may be incomplete; narrow the query",
            )

    def update(self, request: str) -> None:
        self.http.post(
            self.update_url,
            request.encode("utf-8"),
            "application/sparql-update; charset=UTF-8",
            f"{RESULTS_JSON}, text/plain;q=0.5, */*;q=0.1",
        )

    # --- the store interface

    def graphs(self) -> list[URIRef]:
        """The named graphs of the stored build (from the manifest), sorted."""
        _, rows = self.select(
            f"SELECT ?g WHERE {{ GRAPH {sparql_term(self.manifest)} "
            f"{{ {sparql_term(self.manifest)} {sparql_term(DCTERMS.hasPart)} ?g }} }}"
        )
        return sorted(URIRef(r["g"]["value"]) for r in rows if r.get("g", {}).get("type") == "uri")

    def save(self, dataset: Dataset) -> None:
        """Replace the stored build with ``dataset``'s named graphs (see the module's notes)."""
        named = _named_graphs(dataset)
        problems = []
        for graph in named.values():
            for triple in graph:
                if any(isinstance(term, BNode) for term in triple):
                    problems.append(
                        Problem(str(graph.identifier), None, "", "blank nodes cannot be stored")
                    )
                    break
        if problems:
            raise InputError(problems)
        old = self.graphs()
        token = uuid.uuid4().hex
        staging = {
            name: URIRef(f"urn:x-cskg:staging:{token}:{index}")
            for index, name in enumerate(sorted(named))
        }
        try:
            for name, graph in sorted(named.items()):
                self._insert(staging[name], graph)
            for name, graph in sorted(named.items()):
                self._verify(staging[name], graph)
            self._switch(old, staging)
        except BaseException:
            self._drop_quietly(staging.values())  # after the switch: already moved away
            raise
        for name, graph in sorted(named.items()):
            self._verify(name, graph, after=True)

    def _switch(self, old: list[URIRef], staging: dict[URIRef, URIRef]) -> None:
        """Put the staged graphs in place of the old build, and list them in the manifest.

        Two requests: Virtuoso 7.2 compares literals by value inside one transaction, so a
        MOVE onto a graph dropped in the same request keeps the old spelling of an equal
        value ("2022"^^xsd:gYear for "2022-01"^^xsd:gYearMonth). The first request drops the
        manifest with the graphs, so between the two the store holds no build, never a mixed
        one.
        """
        self.update(
            " ;\n".join(
                f"DROP SILENT GRAPH {sparql_term(g)}"
                for g in [self.manifest, *sorted(set(old) | set(staging))]
            )
        )
        if not staging:
            return
        ops = [
            f"MOVE SILENT GRAPH {sparql_term(staging[g])} TO GRAPH {sparql_term(g)}"
            for g in sorted(staging)
        ]
        parts = " , ".join(sparql_term(g) for g in sorted(staging))
        ops.append(
            f"INSERT DATA {{ GRAPH {sparql_term(self.manifest)} {{ "
            f"{sparql_term(self.manifest)} {sparql_term(DCTERMS.hasPart)} {parts} }} }}"
        )
        self.update(" ;\n".join(ops))

    def _insert(self, target: URIRef, graph: Graph) -> None:
        for batch in _batches(sorted(graph), self.batch_size):
            lines = "\n".join(
                f"{sparql_term(s)} {sparql_term(p)} {sparql_term(o)} ." for s, p, o in batch
            )
            self.update(f"INSERT DATA {{ GRAPH {sparql_term(target)} {{\n{lines}\n}} }}")

    def _verify(self, staged: URIRef, graph: Graph, after: bool = False) -> None:
        """Raise when the server holds something else than what was sent."""
        sent = set(graph)
        held = set(self._triples(staged))
        if held == sent:
            return
        missing = sorted(sent - held)
        extra = sorted(held - sent)
        examples = "; ".join(
            [f"sent {' '.join(t.n3() for t in triple)}" for triple in missing[:2]]
            + [f"got {' '.join(t.n3() for t in triple)}" for triple in extra[:2]]
        )
        raise _error(
            self.update_url,
            f"the server did not keep graph {graph.identifier} as sent ({len(missing)} of"
            f" {len(sent)} triples missing or changed: {examples}); "
            + (
                "the store now holds a damaged build: run `kg build` again"
                if after
                else "nothing was replaced"
            ),
        )

    def _drop_quietly(self, graphs: Iterable[URIRef]) -> None:
        # The original error matters more; staging graphs have unguessable names.
        with contextlib.suppress(InputError):
            self.update(" ;\n".join(f"DROP SILENT GRAPH {sparql_term(g)}" for g in graphs))

    def load(self) -> Dataset:
        """The stored build: every graph of the manifest, read in full or not at all."""
        names = self.graphs()
        if not names:
            raise _error(
                self.query_url,
                "no build found in this store: run `kg build --store sparql:...` first",
            )
        dataset = bind_prefixes(Dataset())
        for name in names:
            target = dataset.graph(name)
            for triple in self._triples(name):
                target.add(triple)
        return dataset

    def count(self, name: URIRef) -> int:
        _, rows = self.select(
            f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {sparql_term(name)} {{ ?s ?p ?o }} }}"
        )
        return int(rows[0]["n"]["value"])

    def _triples(self, name: URIRef) -> Iterator[tuple[Node, Node, Node]]:
        """Every triple of graph ``name``, by pages of subjects in the server's order.

        A full page may end in the middle of a subject's triples: that subject is read again
        from its start with the next page (``STR(?s) >= last``), so no OFFSET is needed.
        """
        expected = self.count(name)
        found: set[tuple[Node, Node, Node]] = set()
        after = None
        while True:
            keyset = f"FILTER(STR(?s) >= {sparql_term(Literal(after))})" if after else ""
            _, rows = self.select(
                f"SELECT ?s ?p ?o WHERE {{ GRAPH {sparql_term(name)} {{ ?s ?p ?o }} {keyset} }}"
                f" ORDER BY STR(?s) LIMIT {self.page_size}"
            )
            page = [(_term(r["s"]), _term(r["p"]), _term(r["o"])) for r in rows]
            if len(page) < self.page_size:
                found.update(page)
                break
            last = page[-1][0]
            whole = [t for t in page if t[0] != last]
            if not whole:
                raise _error(
                    self.query_url,
                    f"{last} has {self.page_size} or more triples in graph {name}:"
                    " use a larger page_size (below the server's row cap)",
                )
            found.update(whole)
            after = str(last)
        if len(found) != expected:
            raise _error(
                self.query_url,
                f"graph {name} holds {expected} triples but {len(found)} came back: the server"
                f" cut pages of {self.page_size} rows short (a row cap below the page size?)",
            )
        yield from found

    def graph(self) -> Graph:
        """The stored build as one rdflib Graph whose queries run on the server."""
        names = self.graphs()
        if not names:
            raise _error(
                self.query_url,
                "no build found in this store: run `kg build --store sparql:...` first",
            )
        graph = Graph(store=_ServerStore(self, names))
        bind_prefixes(graph)
        return graph


def _named_graphs(dataset: Dataset) -> dict[URIRef, Graph]:
    """The dataset's non-empty named graphs; refuses triples in the default graph."""
    graphs: dict[URIRef, Graph] = {}
    for graph in dataset.graphs():
        if len(graph) == 0:
            continue
        if not isinstance(graph.identifier, URIRef) or graph.identifier == DATASET_DEFAULT_GRAPH_ID:
            raise _error("dataset", "triples outside a named graph cannot be stored remotely")
        graphs[graph.identifier] = graph
    return graphs


_DATE_TYPES = {
    str(XSD[name])
    for name in ("date", "dateTime", "gYear", "gYearMonth", "gMonth", "gMonthDay", "gDay")
}


def _clash_key(term: Node) -> tuple | None:
    """Literals Virtuoso 7.2 may merge when they are sent in one request.

    Within one update, Virtuoso keeps one spelling per date value: ``"2022"^^xsd:gYear`` and
    ``"2022-01"^^xsd:gYearMonth`` both come back as whichever came first. Literals with the
    same key here never share a request.
    """
    if not isinstance(term, Literal) or term.datatype is None:
        return None
    if str(term.datatype) in _DATE_TYPES:
        numbers = [int(n) for n in re.findall(r"\d+", str(term))[:3]]
        return ("date", *numbers, *[1] * (3 - len(numbers)))
    try:
        return ("value", hash(term.value), term.value) if term.value is not None else None
    except TypeError:
        return None


def _batches(triples: list, size: int) -> Iterator[list]:
    """``triples`` in requests of at most ``size``, no two clashing literals in one request."""
    batches: list[tuple[list, dict]] = []
    for triple in triples:
        key = _clash_key(triple[2])
        for batch, keys in batches:
            if len(batch) < size and (key is None or keys.get(key, triple[2]) == triple[2]):
                break
        else:
            batch, keys = [], {}
            batches.append((batch, keys))
        batch.append(triple)
        if key is not None:
            keys[key] = triple[2]
        if len(batch) == size:
            yield batch
            batches.remove((batch, keys))
    for batch, _ in batches:
        yield batch


def _term(value: dict[str, str]) -> Node:
    """An RDF term from a SPARQL JSON binding, spelled canonically where Virtuoso changes it."""
    kind = value["type"]
    if kind == "uri":
        return URIRef(value["value"])
    if kind == "bnode":
        return BNode(value["value"])
    text = value["value"]
    if "xml:lang" in value:
        return Literal(text, lang=value["xml:lang"])
    datatype = value.get("datatype")
    if datatype == str(XSD.boolean):
        text = {"1": "true", "0": "false"}.get(text, text)
    if datatype is None or datatype == str(XSD.string):
        return Literal(text)
    return Literal(text, datatype=URIRef(datatype))


class _ServerStore(SPARQLStore):
    """rdflib's SPARQLStore speaking through :class:`RemoteStore` (timeouts, retries,
    truncation checks, errors naming the URL), with the build's graphs as the default graph."""

    def __init__(self, remote: RemoteStore, graphs: list[URIRef]):
        super().__init__(
            remote.query_url,
            returnFormat="json",
            method="POST_FORM",
            node_to_sparql=sparql_term,
        )
        self.remote = remote
        self.default_graphs = graphs

    def query(self, query, initNs=None, initBindings=None, queryGraph=None, DEBUG=False):
        if not isinstance(query, str):
            raise TypeError(
                "a remote store runs query text, not a prepared query (pass the SPARQL text)"
            )
        # The project's queries declare their prefixes; rdflib would inject every prefix
        # the Graph knows in front of each one. Bindings go in as VALUES at the start of the
        # WHERE clause (rdflib appends them after the query, which Virtuoso 7.2 applies to
        # the projection without joining: every row came back, relabelled).
        if initBindings:
            query = with_values(query, initBindings)
        return super().query(query, None, None, queryGraph, DEBUG)

    def _query(self, query: str, default_graph=None, named_graph=None) -> Result:
        self._queries += 1
        answer = self.remote.send_query(query, self.default_graphs, self.default_graphs)
        kind = (answer.headers.get("Content-Type") or RESULTS_JSON).split(";")[0].strip()
        try:
            return Result.parse(BytesIO(answer.body), content_type=kind)
        except Exception as exc:
            raise _error(self.remote.query_url, f"cannot read the answer ({kind}): {exc}") from None


_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


def with_values(query: str, bindings: dict) -> str:
    """``query`` with ``bindings`` (variable -> RDF term) as a VALUES block opening its
    WHERE clause: the same answers as rdflib's ``initBindings`` for a query without
    sub-queries or aggregates over the bound variables (the project's named queries)."""
    match = _WHERE.search(query)
    if match is None:
        raise ValueError("the query has no WHERE { ... } to bind values in")
    names = " ".join(f"?{name}" for name in bindings)
    values = " ".join(sparql_term(term) for term in bindings.values())
    block = f" VALUES ({names}) {{ ({values}) }} "
    return query[: match.end()] + block + query[match.end() :]


def is_remote(graph: Graph) -> bool:
    """Whether ``graph``'s queries run on a SPARQL server (they must be sent as text)."""
    return isinstance(graph.store, SPARQLStore)
